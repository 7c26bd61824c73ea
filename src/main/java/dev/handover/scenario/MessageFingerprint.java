package dev.handover.scenario;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.handover.conversation.ConversationEvent;

/**
 * A compact, text-free summary of a message (keyed hashes of its words), so that "the customer repeats the question"
 * can be noticed without storing what customers write. Each word is an HMAC-SHA256 under the deployment's secret
 * salt, of the conversation and the word: without the secret, a dictionary of word hashes cannot be built (the
 * conversation alone is the item's own key, so it hides nothing), and the conversation makes the same word hash
 * differently in every conversation.
 */
public final class MessageFingerprint {

    /** Shorter secrets are refused at start-up: a guessable salt is no better than none. */
    public static final int MIN_SECRET_LENGTH = 16;
    /** A repeat must share this share of words; short messages ("hello?") are never repeats of a question. */
    private static final double SIMILARITY = 0.7;
    private static final int MIN_WORDS = 3;
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    /** @param secret the deployment's secret salt, at least {@value #MIN_SECRET_LENGTH} characters */
    public MessageFingerprint(String secret) {
        if (secret == null || secret.strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the fingerprint salt must be at least " + MIN_SECRET_LENGTH
                    + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    public String of(String text, String conversation) {
        Set<String> hashes = new TreeSet<>();
        Mac mac = mac();
        byte[] prefix = (conversation + '\0').getBytes(StandardCharsets.UTF_8);
        for (String word : TextNormalizer.normalize(text).split(" ")) {
            if (!word.isEmpty()) {
                mac.update(prefix);
                hashes.add(HexFormat.of().formatHex(mac.doFinal(word.getBytes(StandardCharsets.UTF_8)), 0, 5));
            }
        }
        return String.join(" ", hashes);
    }

    /** The conversation part of a message's fingerprint. */
    public static String salt(ConversationEvent event) {
        return event.locationId() + "/" + event.conversationId();
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
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
