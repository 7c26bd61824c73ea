package dev.handover.scenario;

import dev.handover.scenario.lang.LanguageRules;
import dev.handover.scenario.lang.Languages;
import java.util.ArrayList;
import java.util.List;

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

    /** The text once per language, joined with a line break so that no phrase spans two spellings. */
    String allLanguages(String normalizedText) {
        StringBuilder out = new StringBuilder(normalizedText.length() * (spellers.size() + 1));
        out.append(normalizedText);
        for (Speller speller : spellers) {
            out.append('\n').append(speller.apply(normalizedText, false));
        }
        return out.toString();
    }
}
