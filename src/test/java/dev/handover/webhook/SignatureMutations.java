package dev.handover.webhook;

import static dev.handover.webhook.FuzzEnvelopes.bytes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import dev.handover.support.TestKeys;

/**
 * The generator of signature headers that do not sign the body they come with: garbage, another body's, another
 * algorithm's or another key's signature, a flipped bit, or a header name that is not the one checked.
 */
final class SignatureMutations {

    private final FuzzDraws draws;
    private final Random random;
    private final FuzzEnvelopes envelopes;
    /** A key the function does not trust: its signatures are well formed and still wrong. */
    private final KeyPair foreignEd25519;

    SignatureMutations(FuzzDraws draws, FuzzEnvelopes envelopes, KeyPair foreignEd25519) {
        this.draws = draws;
        this.random = draws.random;
        this.envelopes = envelopes;
        this.foreignEd25519 = foreignEd25519;
    }

    FuzzCase garbageSignature() {
        byte[] body = bytes(envelopes.validMessage());
        Map<String, String> headers = envelopes.junkHeaders();
        String[] names = {"x-ghl-signature", "x-wh-signature"};
        switch (random.nextInt(4)) {
            case 0 -> headers.put(draws.caseOf(names[0]), garbageSignature(body, true));
            case 1 -> headers.put(draws.caseOf(names[1]), garbageSignature(body, false));
            case 2 -> {
                headers.put(draws.caseOf(names[0]), garbageSignature(body, true));
                headers.put(draws.caseOf(names[1]), garbageSignature(body, false));
            }
            default -> {
                // "N/A" or blank beside a garbage legacy signature, or a header name that is not the one checked
                headers.put(names[0], draws.pick(new String[] {"N/A", "n/a", "", "   "}));
                if (random.nextBoolean()) {
                    headers.put(names[1], garbageSignature(body, false));
                } else {
                    headers.put(draws.pick(new String[] {"x-ghl-signature ", "x_ghl_signature", "ghl-signature",
                        "x-ghl-signature-v2"}), TestKeys.signEd25519(body));
                }
            }
        }
        APIGatewayV2HTTPEvent event = envelopes.request("POST", envelopes.highLevelPath(), headers, body);
        if (random.nextInt(20) == 0) {
            event.setHeaders(null);
        }
        return new FuzzCase("signature", event, Set.of("401 invalid_signature", "401 missing_signature"));
    }

    /** Anything but the valid signature of this body for this header. */
    private String garbageSignature(byte[] body, boolean ed25519) {
        return switch (random.nextInt(10)) {
            case 0 -> {
                byte[] bytes = new byte[random.nextInt(300)];
                random.nextBytes(bytes);
                yield Base64.getEncoder().encodeToString(bytes); // any length, incl. 64 and 256 bytes
            }
            case 1 -> {
                byte[] bytes = new byte[ed25519 ? 64 : 256];
                random.nextBytes(bytes);
                yield Base64.getEncoder().encodeToString(bytes); // the right length, the wrong bytes
            }
            case 2 -> draws.randomAscii(1 + random.nextInt(120)) + "%"; // not base64
            case 3 -> "N/A";
            case 4 -> {
                byte[] other = bytes(envelopes.validMessage());
                yield ed25519 ? TestKeys.signEd25519(other) : TestKeys.signRsa(other); // another body's
            }
            case 5 -> ed25519 ? TestKeys.signRsa(body) : TestKeys.signEd25519(body); // the other algorithm's
            case 6 -> TestKeys.sign("Ed25519", foreignEd25519.getPrivate(), new String(body, StandardCharsets.UTF_8));
            case 7 -> {
                // The valid signature with a bit flipped in its bytes (not its base64, whose padding bits are loose)
                byte[] valid = Base64.getDecoder().decode(ed25519 ? TestKeys.signEd25519(body) : TestKeys.signRsa(body));
                valid[random.nextInt(valid.length)] ^= (byte) (1 << random.nextInt(8));
                yield Base64.getEncoder().encodeToString(valid);
            }
            case 8 -> {
                String valid = ed25519 ? TestKeys.signEd25519(body) : TestKeys.signRsa(body);
                yield valid.substring(0, random.nextInt(valid.length() - 4)); // truncated
            }
            default -> "sha256=" + HexFormat.of().formatHex(new byte[32]);
        };
    }

    /** The hex HMAC of a body under a guessed secret; an empty one becomes a zero byte, as a key cannot be empty. */
    static String hmacHex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.isEmpty() ? new byte[1] : secret.getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
