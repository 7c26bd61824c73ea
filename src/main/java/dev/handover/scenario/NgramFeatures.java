package dev.handover.scenario;

import java.util.Arrays;

/**
 * The features of the detectors' linear models: hashed character 2- to 5-grams of the normalised text (with a space
 * at either end, so word starts and ends count), its words and its word pairs. The same code extracts them when the
 * models are trained at build time and when a message is scored, so both see the same numbers.
 */
final class NgramFeatures {

    /** Size of the hashed feature space; collisions are rare enough for a few thousand training rows. */
    static final int DIMENSION = 1 << 18;
    private static final int MIN_GRAM = 2;
    private static final int MAX_GRAM = 5;
    /** Texts longer than this are scored on their start: a chat message that long is not a short reply. */
    private static final int MAX_CHARS = 600;

    private NgramFeatures() {
    }

    /**
     * The feature ids of a normalised text (see {@link TextNormalizer#normalize}), sorted, repeats kept. Each id is the
     * bucket of the {@link String#hashCode} of the gram (times 31 plus its length), of {@code "w" + word} or of
     * {@code "b" + word + " " + next}, computed over the characters in place: no substring is made, since this runs
     * for every customer message.
     */
    static int[] of(String normalizedText) {
        String text = normalizedText.length() > MAX_CHARS ? normalizedText.substring(0, MAX_CHARS) : normalizedText;
        int padded = text.length() + 2;
        String[] words = text.isEmpty() ? new String[0] : text.split(" ");
        int grams = 0;
        for (int length = MIN_GRAM; length <= MAX_GRAM; length++) {
            grams += Math.max(0, padded - length + 1);
        }
        int[] features = new int[grams + words.length * 2];
        int count = 0;
        for (int start = 0; start + MIN_GRAM <= padded; start++) {
            int hash = 0;
            for (int length = 1; length <= MAX_GRAM && start + length <= padded; length++) {
                hash = 31 * hash + paddedChar(text, start + length - 1);
                if (length >= MIN_GRAM) {
                    features[count++] = bucket(hash * 31 + length);
                }
            }
        }
        for (int i = 0; i < words.length; i++) {
            features[count++] = bucket(hash('w', words[i]));
            if (i + 1 < words.length) {
                features[count++] = bucket(hash(31 * hash('b', words[i]) + ' ', words[i + 1]));
            }
        }
        int[] result = count == features.length ? features : Arrays.copyOf(features, count);
        Arrays.sort(result);
        return result;
    }

    /** The text with a space at either end, without building it. */
    private static char paddedChar(String text, int index) {
        return index == 0 || index == text.length() + 1 ? ' ' : text.charAt(index - 1);
    }

    /** {@link String#hashCode} of a string that starts with what hashed to {@code seed} and goes on with {@code s}. */
    private static int hash(int seed, String s) {
        int hash = seed;
        for (int i = 0; i < s.length(); i++) {
            hash = 31 * hash + s.charAt(i);
        }
        return hash;
    }

    private static int bucket(int hash) {
        return Math.floorMod(hash, DIMENSION);
    }
}
