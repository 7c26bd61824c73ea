package dev.handover.scenario;

import dev.handover.scenario.lang.LanguageRules;
import dev.handover.scenario.lang.Languages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Normalised text with every language's chat spellings expanded, for phrase matching: phrases are looked up in all
 * languages at once, so each language's spelling of the text is searched.
 */
final class Spelling {

    private final List<Speller> spellers = new ArrayList<>();

    Spelling() {
        for (LanguageRules language : Languages.ALL) {
            spellers.add(new Speller(language));
        }
    }

    /**
     * The text in each language's spelling, each distinct spelling once, joined with a line break so that no phrase
     * spans two spellings. Most texts read the same in every language, so the phrases search one or two lines.
     */
    String allLanguages(String normalizedText) {
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(normalizedText);
        for (Speller speller : spellers) {
            spellings.add(speller.apply(normalizedText, false));
        }
        return String.join("\n", spellings);
    }
}
