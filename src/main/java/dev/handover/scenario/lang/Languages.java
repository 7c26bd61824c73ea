package dev.handover.scenario.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The supported languages, and a light guess of a text's language from its stop words. */
public final class Languages {

    /** Every supported language, English first (the most common in the corpus and in chats). */
    public static final List<LanguageRules> ALL = List.of(English.RULES, Spanish.RULES, Portuguese.RULES,
            French.RULES, German.RULES, Italian.RULES, Dutch.RULES);

    /** Reported when no stop word of a supported language occurs (a bare "agent", or another language). */
    public static final String UNKNOWN = "und";

    private static final Map<String, List<String>> OWNERS = new HashMap<>();

    static {
        for (LanguageRules language : ALL) {
            for (String word : language.stopWords()) {
                List<String> owners = OWNERS.computeIfAbsent(word, w -> new ArrayList<>());
                if (!owners.contains(language.code())) {
                    owners.add(language.code()); // a word listed twice still counts once
                }
            }
        }
    }

    private Languages() {
    }

    /**
     * A guess of a text's language.
     *
     * @param language the supported language with the most stop words, or {@link #UNKNOWN}
     * @param sure whether that language clearly leads (by two stop words or more over any other); the
     *     detectors then apply its rules only, so that a word of another language ("will" is German for "wants")
     *     cannot fire a rule; otherwise every language's rules apply
     * @param likely the languages tied for the most stop words (empty when none occurs), whose typos are fixed
     */
    public record Guess(String language, boolean sure, List<String> likely) {

        /** Whether the rules of {@code code} apply to the text. */
        public boolean applies(String code) {
            return !sure || language.equals(code);
        }

        /** Whether words of {@code code} may be typo-corrected in the text. */
        public boolean isLikely(String code) {
            return likely.isEmpty() || likely.contains(code);
        }
    }

    /**
     * Guesses the language of normalised text from its distinct stop words; ties go to the earlier language in ALL.
     */
    public static Guess guess(String normalizedText) {
        Map<String, Integer> counts = new HashMap<>();
        // Each word counts once: "no no no" is one Portuguese stop word, not three.
        for (String word : new HashSet<>(Arrays.asList(normalizedText.split(" ")))) {
            for (String code : OWNERS.getOrDefault(word, List.of())) {
                counts.merge(code, 1, Integer::sum);
            }
        }
        int best = 0;
        int second = 0;
        for (int count : counts.values()) {
            if (count > best) {
                second = best;
                best = count;
            } else {
                second = Math.max(second, count);
            }
        }
        List<String> likely = new ArrayList<>();
        for (LanguageRules language : ALL) {
            if (best > 0 && counts.getOrDefault(language.code(), 0) == best) {
                likely.add(language.code());
            }
        }
        String language = likely.isEmpty() ? UNKNOWN : likely.get(0);
        return new Guess(language, best - second >= 2, List.copyOf(likely));
    }
}
