package dev.handover.webhook;

import java.security.PublicKey;
import java.util.Arrays;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Verifies Ed25519 signatures (RFC 8032, pure Ed25519 over the raw bytes) with BouncyCastle's plain Java math: about
 * 8x faster than the JDK 17 provider, which was three quarters of the CPU of a plain webhook. The public key's point
 * is decoded once, here, instead of on every request, and the shared precomputed tables are built at construction
 * (init) rather than by the first request.
 */
final class Ed25519Verifier {

    /** An Ed25519 SubjectPublicKeyInfo is a fixed 12-byte DER prefix followed by the 32-byte key. */
    private static final int X509_LENGTH = 44;

    private final Ed25519.PublicPoint point;

    Ed25519Verifier(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null || encoded.length != X509_LENGTH) {
            throw new IllegalStateException("the configured Ed25519 webhook public key cannot be read: unexpected "
                    + "encoding");
        }
        byte[] raw = Arrays.copyOfRange(encoded, X509_LENGTH - Ed25519.PUBLIC_KEY_SIZE, X509_LENGTH);
        // Partial validation (the encoding decodes to a curve point) is what the JDK provider checks too.
        this.point = Ed25519.validatePublicKeyPartialExport(raw, 0);
        if (point == null) {
            throw new IllegalStateException("the configured Ed25519 webhook public key cannot be read: not a point "
                    + "of the curve");
        }
        Ed25519.precompute();
        // Runs the whole verification once (a signature that fails) so the first webhook pays no class loading.
        verify(new byte[0], new byte[Ed25519.SIGNATURE_SIZE]);
    }

    /** Whether {@code signature} is this key's signature of exactly {@code body}. */
    boolean verify(byte[] body, byte[] signature) {
        if (signature.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        return Ed25519.verify(signature, 0, point, body, 0, body.length);
    }
}
