package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.handover.support.TestKeys;

/** BouncyCastle's verifier must answer exactly as the JDK provider it replaced, on valid and on mangled input. */
class Ed25519VerifierTest {

    @Test
    void verify_agreesWithTheJdkProvider_onSignedTamperedAndMangledInputs() throws GeneralSecurityException {
        Random random = new Random(11);
        KeyPair keys = TestKeys.generate("Ed25519", 0);
        Ed25519Verifier verifier = new Ed25519Verifier(keys.getPublic());
        int valid = 0;
        for (int i = 0; i < 300; i++) {
            byte[] body = new byte[random.nextInt(2000)];
            random.nextBytes(body);
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.getPrivate());
            signer.update(body);
            byte[] signature = signer.sign();
            switch (i % 4) {
                case 1 -> signature[random.nextInt(signature.length)] ^= (byte) (1 << random.nextInt(8));
                case 2 -> { if (body.length > 0) body[random.nextInt(body.length)] ^= 0x01; }
                // An S of 2^255-ish: not below the group order, which RFC 8032 makes invalid.
                case 3 -> signature[63] |= (byte) 0xf0;
                default -> { }
            }
            boolean jdk = jdkVerify(keys.getPublic(), body, signature);
            assertThat(verifier.verify(body, signature)).as("input %d", i).isEqualTo(jdk);
            valid += jdk ? 1 : 0;
        }
        // Every unmodified input is valid (and a body of zero bytes may be left unchanged by case 2).
        assertThat(valid).isBetween(75, 77);
    }

    @Test
    void verify_wrongLength_isFalse() {
        Ed25519Verifier verifier = new Ed25519Verifier(TestKeys.generate("Ed25519", 0).getPublic());

        assertThat(verifier.verify(new byte[] {1, 2}, new byte[63])).isFalse();
        assertThat(verifier.verify(new byte[] {1, 2}, new byte[65])).isFalse();
    }

    private static boolean jdkVerify(PublicKey key, byte[] body, byte[] signature) {
        try {
            Signature jdk = Signature.getInstance("Ed25519");
            jdk.initVerify(key);
            jdk.update(body);
            return jdk.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
