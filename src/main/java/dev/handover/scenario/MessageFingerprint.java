package dev.handover.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.handover.conversation.ConversationEvent;

/**
 * A compact, text-free summary of a message (salted hashes of its words), so that "the customer repeats the
 * question" can be noticed without storing what customers write. The salt is the conversation, so that the same word
 * hashes differently in every conversation and a table of word hashes does not read them back.
 */
public final class MessageFingerprint {

    /** A repeat must share this share of words; short messages ("hello?") are never repeats of a question. */
    private static final double SIMILARITY = 0.7;
    private static final int MIN_WORDS = 3;

    private MessageFingerprint() {
    }

    public static String of(String text, String salt) {
        Set<String> hashes = new TreeSet<>();
        MessageDigest sha256 = sha256();
        for (String word : TextNormalizer.normalize(text).split(" ")) {
            if (!word.isEmpty()) {
                sha256.update(salt.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
                hashes.add(HexFormat.of().formatHex(sha256.digest(word.getBytes(StandardCharsets.UTF_8)), 0, 5));
            }
        }
        return String.join(" ", hashes);
    }

    /** The salt of a conversation's fingerprints. */
    public static String salt(ConversationEvent event) {
        return event.locationId() + "/" + event.conversationId();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
