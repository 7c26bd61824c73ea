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

    /** The feature ids of a normalised text (see {@link TextNormalizer#normalize}), sorted, repeats kept. */
    static int[] of(String normalizedText) {
        String text = normalizedText.length() > MAX_CHARS ? normalizedText.substring(0, MAX_CHARS) : normalizedText;
        String padded = " " + text + " ";
        String[] words = text.isEmpty() ? new String[0] : text.split(" ");
        int grams = 0;
        for (int length = MIN_GRAM; length <= MAX_GRAM; length++) {
            grams += Math.max(0, padded.length() - length + 1);
        }
        int[] features = new int[grams + words.length * 2];
        int count = 0;
        for (int length = MIN_GRAM; length <= MAX_GRAM; length++) {
            for (int start = 0; start + length <= padded.length(); start++) {
                features[count++] = bucket(padded.substring(start, start + length).hashCode() * 31 + length);
            }
        }
        for (int i = 0; i < words.length; i++) {
            features[count++] = bucket(("w" + words[i]).hashCode());
            if (i + 1 < words.length) {
                features[count++] = bucket(("b" + words[i] + " " + words[i + 1]).hashCode());
            }
        }
        int[] result = Arrays.copyOf(features, count);
        Arrays.sort(result);
        return result;
    }

    private static int bucket(int hash) {
        return Math.floorMod(hash, DIMENSION);
    }
}
