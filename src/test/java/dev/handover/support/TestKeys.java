package dev.handover.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Signing keys generated for one test run; none is committed. The Quarkus app and the tests live in different class
 * loaders, so the keys travel through system properties, which both see.
 */
public final class TestKeys {

    private static final String ED25519_PRIVATE = "handovertest.ed25519-private";
    private static final String ED25519_PUBLIC = "handovertest.ed25519-public";
    private static final String RSA_PRIVATE = "handovertest.rsa-private";
    private static final String RSA_PUBLIC = "handovertest.rsa-public";

    private TestKeys() {
    }

    /** Generates the run's key pairs once per JVM. */
    public static synchronized void ensureGenerated() {
        if (System.getProperty(ED25519_PRIVATE) != null) {
            return;
        }
        KeyPair ed = generate("Ed25519", 0);
        KeyPair rsa = generate("RSA", 2048);
        System.setProperty(ED25519_PRIVATE, encode(ed.getPrivate().getEncoded()));
        System.setProperty(ED25519_PUBLIC, encode(ed.getPublic().getEncoded()));
        System.setProperty(RSA_PRIVATE, encode(rsa.getPrivate().getEncoded()));
        System.setProperty(RSA_PUBLIC, encode(rsa.getPublic().getEncoded()));
    }

    public static String ed25519PublicKey() {
        ensureGenerated();
        return System.getProperty(ED25519_PUBLIC);
    }

    public static String rsaPublicKey() {
        ensureGenerated();
        return System.getProperty(RSA_PUBLIC);
    }

    public static String signEd25519(String body) {
        ensureGenerated();
        return sign("Ed25519", "Ed25519", System.getProperty(ED25519_PRIVATE), body);
    }

    public static String signRsa(String body) {
        ensureGenerated();
        return sign("RSA", "SHA256withRSA", System.getProperty(RSA_PRIVATE), body);
    }

    /** The Ed25519 signature of raw bytes, which need not be UTF-8 (for fuzzing the decoder behind the signature). */
    public static String signEd25519(byte[] body) {
        ensureGenerated();
        return sign(privateKey("Ed25519", System.getProperty(ED25519_PRIVATE)), "Ed25519", body);
    }

    /** The RSA-SHA256 signature of raw bytes. */
    public static String signRsa(byte[] body) {
        ensureGenerated();
        return sign(privateKey("RSA", System.getProperty(RSA_PRIVATE)), "SHA256withRSA", body);
    }

    /** A key pair of the same kind that the function does not trust, for "wrong key" cases. */
    public static KeyPair generate(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (size > 0) {
                generator.initialize(size);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(String keyAlgorithm, String algorithm, String privateKeyBase64, String body) {
        try {
            PrivateKey key = KeyFactory.getInstance(keyAlgorithm)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyBase64)));
            return sign(algorithm, key, body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(String algorithm, PrivateKey key, String body) {
        return sign(key, algorithm, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String sign(PrivateKey key, String algorithm, byte[] body) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(key);
            signature.update(body);
            return encode(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey(String keyAlgorithm, String privateKeyBase64) {
        try {
            return KeyFactory.getInstance(keyAlgorithm)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyBase64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
