package dev.handover.scenario;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bot's configured example phrases, matched in a clause word by word in order, allowing a couple of words in
 * between ("speak to human" matches "speak to a real human") and one typo in longer words. They are the fallback
 * for languages the rules do not cover.
 */
final class ExamplePhrases {

    /** Words that may sit between two words of an example phrase. */
    private static final int MAX_GAP = 2;
    private static final int MIN_LENGTH_FOR_TYPO = 5;
    /** Bots are few; the cache only guards against unbounded growth from ad-hoc phrases. */
    private static final int MAX_CACHED = 1024;

    private final Map<String, String[]> normalized = new ConcurrentHashMap<>();

    /** Where the example starts in the clause (word index), or -1. */
    int find(String example, String[] clauseWords) {
        String[] words = wordsOf(example);
        if (words.length == 0) {
            return -1;
        }
        for (int start = 0; start < clauseWords.length; start++) {
            if (same(clauseWords[start], words[0]) && matchesFrom(words, clauseWords, start + 1)) {
                return start;
            }
        }
        return -1;
    }

    private static boolean matchesFrom(String[] words, String[] clauseWords, int from) {
        int position = from;
        for (int i = 1; i < words.length; i++) {
            int limit = Math.min(clauseWords.length, position + MAX_GAP + 1);
            int found = -1;
            for (int j = position; j < limit; j++) {
                if (same(clauseWords[j], words[i])) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            position = found + 1;
        }
        return true;
    }

    private static boolean same(String word, String expected) {
        return word.equals(expected)
                || (expected.length() >= MIN_LENGTH_FOR_TYPO && EditDistance.withinOne(word, expected));
    }

    private String[] wordsOf(String example) {
        String[] cached = normalized.get(example);
        if (cached != null) {
            return cached;
        }
        String text = TextNormalizer.normalize(example);
        String[] words = text.isEmpty() ? new String[0] : text.split(" ");
        if (normalized.size() >= MAX_CACHED) {
            normalized.clear();
        }
        normalized.put(example, words);
        return words;
    }
}
