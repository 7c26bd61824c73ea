package dev.handover.scenario;

import dev.handover.scenario.lang.Languages;

/** The language of a raw text as the detectors guess it: normalised, then read for its stop words. */
public final class LanguageGuess {

    private LanguageGuess() {
    }

    /** A supported language's code ({@code en}, {@code de}, ...), or {@link Languages#UNKNOWN}. */
    public static String of(String text) {
        return Languages.guess(TextNormalizer.normalize(text == null ? "" : text)).language();
    }
}
