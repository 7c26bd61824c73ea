package dev.handover.scenario;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A compact, text-free summary of a message (hashes of its words), so that "the customer repeats the question" can
 * be noticed without storing what customers write.
 */
public final class MessageFingerprint {

    /** A repeat must share this share of words; short messages ("hello?") are never repeats of a question. */
    private static final double SIMILARITY = 0.7;
    private static final int MIN_WORDS = 3;

    private MessageFingerprint() {
    }

    public static String of(String text) {
        Set<String> hashes = new TreeSet<>();
        for (String word : TextNormalizer.normalize(text).split(" ")) {
            if (!word.isEmpty()) {
                hashes.add(Integer.toHexString(word.hashCode()));
            }
        }
        return String.join(" ", hashes);
    }

    /** Jaccard similarity of the word sets, at least {@value #SIMILARITY}, with enough words to mean a question. */
    public static boolean nearDuplicate(String fingerprint, String other) {
        Set<String> a = words(fingerprint);
        Set<String> b = words(other);
        if (a.size() < MIN_WORDS || b.size() < MIN_WORDS) {
            return false;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared / (double) (a.size() + b.size() - shared) >= SIMILARITY;
    }

    private static Set<String> words(String fingerprint) {
        return Arrays.stream(fingerprint.split(" ")).filter(word -> !word.isEmpty()).collect(Collectors.toSet());
    }
}
