package dev.handover.forward;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a generic event: {@code x-handover-signature: sha256=<hex>}, the HMAC-SHA256 of the raw body with
 * the bot's {@code eventSecret}. The function checks it on {@code /events} and puts it on every message it forwards
 * to a bot, so that a bot verifies a forward exactly as the function verifies the bot's events.
 */
public final class EventSignature {

    /** The header that carries the signature. */
    public static final String HEADER = "x-handover-signature";
    /**
     * Set on every forward. {@code /events} refuses a request that carries it: a {@code forwardTo} pointing back at
     * the function would otherwise forward each message to itself without end.
     */
    public static final String FORWARDED_HEADER = "x-handover-forwarded";

    private EventSignature() {
    }

    /** The header's value for this body: {@code sha256=} and the lower-case hex of the HMAC. */
    public static String of(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret, body));
    }

    public static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
