package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/** Dutch rules, over normalised text (lower case, no accents, apostrophes dropped). */
final class Dutch {

    private Dutch() {
    }

    static final LanguageRules RULES = LanguageRules.builder("nl")
            .build();
}
