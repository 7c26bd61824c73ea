package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/** Italian rules, over normalised text (lower case, no accents, apostrophes dropped). */
final class Italian {

    private Italian() {
    }

    static final LanguageRules RULES = LanguageRules.builder("it")
            .build();
}
