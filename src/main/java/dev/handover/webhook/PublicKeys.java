package dev.handover.webhook;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** Reads public keys given as PEM or as the bare base64 of their X.509 encoding, as configuration passes them. */
final class PublicKeys {

    private PublicKeys() {
    }

    static PublicKey parse(String text, String algorithm) {
        String base64 = text.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s|\\\\n", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("the configured " + algorithm + " webhook public key cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
