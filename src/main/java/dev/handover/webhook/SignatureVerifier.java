package dev.handover.webhook;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.handover.config.HandoverConfig;

/**
 * Checks that a webhook comes from HighLevel: {@code x-ghl-signature} (Ed25519 over the raw body) first, then the
 * legacy {@code x-wh-signature} (RSA-SHA256), as HighLevel's own SDK does. Only the raw bytes are verified, never
 * re-serialised JSON.
 */
@ApplicationScoped
public class SignatureVerifier {

    static final String ED25519_HEADER = "x-ghl-signature";
    static final String RSA_HEADER = "x-wh-signature";
    private static final Logger LOG = Logger.getLogger(SignatureVerifier.class);

    private final boolean enabled;
    private final Ed25519Verifier ed25519;
    private final PublicKey rsaKey;

    @Inject
    public SignatureVerifier(HandoverConfig config) {
        this(config.webhook().verifySignatures(), config.webhook().ed25519PublicKey(), config.webhook().rsaPublicKey());
    }

    SignatureVerifier(boolean enabled, String ed25519Key, String rsaKey) {
        this.enabled = enabled;
        this.ed25519 = new Ed25519Verifier(PublicKeys.parse(ed25519Key, "Ed25519"));
        this.rsaKey = PublicKeys.parse(rsaKey, "RSA");
        if (!enabled) {
            LOG.warn("Webhook signature verification is DISABLED by configuration (handover.webhook.verify-signatures)");
        }
    }

    /** Returns which signature was valid, or throws a 401 rejection. */
    public SignatureCheck verify(RawRequest request) {
        if (!enabled) {
            return SignatureCheck.DISABLED;
        }
        Optional<String> ed25519Header = present(request.header(ED25519_HEADER));
        if (ed25519Header.isPresent()) {
            if (validEd25519(request.body(), ed25519Header.get())) {
                return SignatureCheck.ED25519;
            }
            throw WebhookRejectedException.unauthorized("invalid_signature", ED25519_HEADER + " does not match the body");
        }
        Optional<String> rsa = present(request.header(RSA_HEADER));
        if (rsa.isPresent()) {
            if (valid("SHA256withRSA", rsaKey, request.body(), rsa.get())) {
                return SignatureCheck.RSA;
            }
            throw WebhookRejectedException.unauthorized("invalid_signature", RSA_HEADER + " does not match the body");
        }
        throw WebhookRejectedException.unauthorized("missing_signature",
                "the request has neither " + ED25519_HEADER + " nor " + RSA_HEADER);
    }

    /** Some deliveries carry the literal {@code N/A}: that is no signature at all. */
    private static Optional<String> present(Optional<String> header) {
        return header.map(String::trim).filter(value -> !value.isEmpty() && !"N/A".equalsIgnoreCase(value));
    }

    private boolean validEd25519(byte[] body, String signatureBase64) {
        byte[] signature = decode(signatureBase64);
        return signature != null && ed25519.verify(body, signature);
    }

    private static byte[] decode(String signatureBase64) {
        try {
            return Base64.getDecoder().decode(signatureBase64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean valid(String algorithm, PublicKey key, byte[] body, String signatureBase64) {
        byte[] signature = decode(signatureBase64);
        if (signature == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(body);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // A malformed signature (wrong length, bad encoding) is simply not a valid one.
            return false;
        }
    }

    /** Which check let a request in. */
    public enum SignatureCheck {
        /** HighLevel's Ed25519 {@code x-ghl-signature}. */
        ED25519,
        /** HighLevel's legacy RSA {@code x-wh-signature}. */
        RSA,
        /** The bot's HMAC-SHA256 of a generic event. */
        HMAC,
        /** The bot's shared secret of a workflow webhook. */
        SHARED_SECRET,
        /** Nothing was authenticated because nothing will be done (no bot configured). */
        NOT_NEEDED,
        /** Verification is switched off by configuration. */
        DISABLED
    }
}
