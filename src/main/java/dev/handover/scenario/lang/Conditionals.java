package dev.handover.scenario.lang;

import java.util.Map;

/**
 * The words that open a condition in each language ("if", "wenn", "als"), as a regex alternation over normalised
 * text. A negation inside a condition belongs to it, not to the consequence that follows: in "wenn das morgen nicht
 * gelöst ist, stell ich die Fotos auf Insta" the "nicht" does not take back the threat.
 */
public final class Conditionals {

    private static final Map<String, String> BY_CODE = Map.of(
            "en", "(?:if|unless)", "es", "(?:si|como)", "pt", "(?:se|caso)", "fr", "(?:si|s)",
            "de", "(?:wenn|falls|sollte)", "it", "(?:se|qualora)", "nl", "(?:als|indien|tenzij)");

    private Conditionals() {
    }

    /** The condition words of a language of {@link Languages#ALL}. */
    public static String of(String code) {
        String words = BY_CODE.get(code);
        if (words == null) {
            throw new IllegalArgumentException("no condition words for language " + code);
        }
        return words;
    }
}
