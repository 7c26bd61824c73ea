package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.handover.support.TestKeys;
import dev.handover.webhook.SignatureVerifier.SignatureCheck;

class SignatureVerifierTest {

    private static final String BODY = "{\"type\":\"InboundMessage\",\"locationId\":\"loc-1\",\"contactId\":\"c-1\","
            + "\"conversationId\":\"conv-1\",\"messageType\":\"SMS\",\"body\":\"hello\","
            + "\"timestamp\":\"2025-01-28T14:35:00Z\",\"webhookId\":\"abc123xyz\"}";

    private static KeyPair ed25519;
    private static KeyPair rsa;
    private static SignatureVerifier verifier;

    @BeforeAll
    static void generateKeys() {
        ed25519 = TestKeys.generate("Ed25519", 0);
        rsa = TestKeys.generate("RSA", 2048);
        verifier = new SignatureVerifier(true, base64(ed25519.getPublic().getEncoded()),
                base64(rsa.getPublic().getEncoded()));
    }

    @Test
    void ghlSignature_valid_shouldPassAsEd25519() {
        RawRequest request = request(BODY, Map.of("x-ghl-signature", signEd25519(ed25519, BODY)));

        assertThat(verifier.verify(request)).isEqualTo(SignatureCheck.ED25519);
    }

    @Test
    void whSignature_validAndNoGhlHeader_shouldPassAsRsa() {
        RawRequest request = request(BODY, Map.of("x-wh-signature", signRsa(rsa, BODY)));

        assertThat(verifier.verify(request)).isEqualTo(SignatureCheck.RSA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N/A", "n/a", "  N/A  ", "", "   "})
    void ghlSignature_notApplicable_shouldFallBackToWhSignature(String ghl) {
        // GIVEN an x-ghl-signature that carries no signature, and a valid legacy x-wh-signature
        RawRequest request = request(BODY, Map.of("x-ghl-signature", ghl, "x-wh-signature", signRsa(rsa, BODY)));

        // THEN the RSA signature decides
        assertThat(verifier.verify(request)).isEqualTo(SignatureCheck.RSA);
    }

    @Test
    void ghlSignature_notApplicableAndNoWhSignature_shouldBeMissingSignature() {
        RawRequest request = request(BODY, Map.of("x-ghl-signature", "N/A"));

        assertRejected(request, 401, "missing_signature");
    }

    @Test
    void ghlSignature_bodyTamperedByOneByte_shouldBeRejected() {
        // GIVEN a signature over the original body
        String signature = signEd25519(ed25519, BODY);
        // WHEN one byte of the body changes on the way
        byte[] tampered = BODY.getBytes(StandardCharsets.UTF_8);
        tampered[tampered.length / 2] ^= 0x01;

        // THEN the request is refused
        assertRejected(new RawRequest("/", tampered, Map.of("x-ghl-signature", signature)), 401, "invalid_signature");
    }

    @Test
    void whSignature_bodyTamperedByOneByte_shouldBeRejected() {
        String signature = signRsa(rsa, BODY);
        byte[] tampered = BODY.getBytes(StandardCharsets.UTF_8);
        tampered[tampered.length - 3] ^= 0x20;

        assertRejected(new RawRequest("/", tampered, Map.of("x-wh-signature", signature)), 401, "invalid_signature");
    }

    @Test
    void ghlSignature_byAnotherKey_shouldBeRejected() {
        KeyPair stranger = TestKeys.generate("Ed25519", 0);

        assertRejected(request(BODY, Map.of("x-ghl-signature", signEd25519(stranger, BODY))), 401,
                "invalid_signature");
    }

    @Test
    void whSignature_byAnotherKey_shouldBeRejected() {
        KeyPair stranger = TestKeys.generate("RSA", 2048);

        assertRejected(request(BODY, Map.of("x-wh-signature", signRsa(stranger, BODY))), 401, "invalid_signature");
    }

    @Test
    void signatureHeaders_bothMissing_shouldBeRejectedAsMissing() {
        WebhookRejectedException rejection = assertRejected(request(BODY, Map.of("content-type", "application/json")),
                401, "missing_signature");

        assertThat(rejection.detail()).contains("x-ghl-signature").contains("x-wh-signature");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%% not base64 %%%", "AAAA", "c2lnbmF0dXJl", "////////////////////////////////"})
    void ghlSignature_garbage_shouldBeRejected(String garbage) {
        assertRejected(request(BODY, Map.of("x-ghl-signature", garbage)), 401, "invalid_signature");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%% not base64 %%%", "AAAA", "c2lnbmF0dXJl"})
    void whSignature_garbage_shouldBeRejected(String garbage) {
        assertRejected(request(BODY, Map.of("x-wh-signature", garbage)), 401, "invalid_signature");
    }

    @Test
    void whSignature_allOnesOfModulusLength_shouldBeRejected() {
        // A signature value larger than the modulus makes the RSA primitive itself fail, not just the comparison.
        byte[] large = new byte[256];
        java.util.Arrays.fill(large, (byte) 0xff);

        assertRejected(request(BODY, Map.of("x-wh-signature", base64(large))), 401, "invalid_signature");
    }

    @Test
    void ghlSignature_invalidWhileWhSignatureValid_shouldStillBeRejected() {
        // GIVEN a wrong x-ghl-signature next to a correct x-wh-signature
        RawRequest request = request(BODY, Map.of(
                "x-ghl-signature", signEd25519(TestKeys.generate("Ed25519", 0), BODY),
                "x-wh-signature", signRsa(rsa, BODY)));

        // THEN x-ghl-signature wins: an attacker cannot fall back to the weaker check
        WebhookRejectedException rejection = assertRejected(request, 401, "invalid_signature");
        assertThat(rejection.detail()).contains("x-ghl-signature");
    }

    @Test
    void ghlSignature_ed25519SignatureInRsaHeader_shouldBeRejected() {
        assertRejected(request(BODY, Map.of("x-wh-signature", signEd25519(ed25519, BODY))), 401, "invalid_signature");
    }

    @Test
    void verification_disabled_shouldReturnDisabledWithoutAnySignature() {
        SignatureVerifier disabled = new SignatureVerifier(false, base64(ed25519.getPublic().getEncoded()),
                base64(rsa.getPublic().getEncoded()));

        assertThat(disabled.verify(request(BODY, Map.of()))).isEqualTo(SignatureCheck.DISABLED);
        assertThat(disabled.verify(request(BODY, Map.of("x-ghl-signature", "garbage"))))
                .isEqualTo(SignatureCheck.DISABLED);
    }

    @Test
    void publicKeys_givenAsPem_shouldLoadAndVerify() {
        // GIVEN both keys as PEM blocks with BEGIN/END lines and 64-character lines
        SignatureVerifier pem = new SignatureVerifier(true, pem(ed25519.getPublic().getEncoded()),
                pem(rsa.getPublic().getEncoded()));

        assertThat(pem.verify(request(BODY, Map.of("x-ghl-signature", signEd25519(ed25519, BODY)))))
                .isEqualTo(SignatureCheck.ED25519);
        assertThat(pem.verify(request(BODY, Map.of("x-wh-signature", signRsa(rsa, BODY)))))
                .isEqualTo(SignatureCheck.RSA);
    }

    @Test
    void publicKeys_givenAsPemWithEscapedNewlines_shouldLoadAndVerify() {
        // Environment variables often carry PEM with literal "\n" sequences instead of line breaks.
        SignatureVerifier escaped = new SignatureVerifier(true,
                pem(ed25519.getPublic().getEncoded()).replace("\n", "\\n"),
                pem(rsa.getPublic().getEncoded()).replace("\n", "\\n"));

        assertThat(escaped.verify(request(BODY, Map.of("x-wh-signature", signRsa(rsa, BODY)))))
                .isEqualTo(SignatureCheck.RSA);
        assertThat(escaped.verify(request(BODY, Map.of("x-ghl-signature", signEd25519(ed25519, BODY)))))
                .isEqualTo(SignatureCheck.ED25519);
    }

    @Test
    void ed25519Key_unreadable_shouldFailConstructionNamingTheAlgorithm() {
        String rsaKey = base64(rsa.getPublic().getEncoded());

        assertThatThrownBy(() -> new SignatureVerifier(true, "not a key at all", rsaKey))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Ed25519");
        // An RSA key where the Ed25519 key belongs is unreadable too.
        assertThatThrownBy(() -> new SignatureVerifier(true, rsaKey, rsaKey))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Ed25519");
    }

    @Test
    void rsaKey_unreadable_shouldFailConstructionNamingTheAlgorithm() {
        String edKey = base64(ed25519.getPublic().getEncoded());

        assertThatThrownBy(() -> new SignatureVerifier(true, edKey, "bm90IGEga2V5"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RSA");
        assertThatThrownBy(() -> new SignatureVerifier(true, edKey, ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RSA");
    }

    private static WebhookRejectedException assertRejected(RawRequest request, int status, String error) {
        WebhookRejectedException rejection = catchThrowableOfType(WebhookRejectedException.class,
                () -> verifier.verify(request));
        assertThat(rejection).as("verification must be refused").isNotNull();
        assertThat(rejection.status()).isEqualTo(status);
        assertThat(rejection.error()).isEqualTo(error);
        assertThat(rejection.detail()).isNotBlank();
        return rejection;
    }

    private static RawRequest request(String body, Map<String, String> headers) {
        return new RawRequest("/", body.getBytes(StandardCharsets.UTF_8), new HashMap<>(headers));
    }

    private static String signEd25519(KeyPair keys, String body) {
        return TestKeys.sign("Ed25519", keys.getPrivate(), body);
    }

    private static String signRsa(KeyPair keys, String body) {
        return TestKeys.sign("SHA256withRSA", keys.getPrivate(), body);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String pem(byte[] der) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END PUBLIC KEY-----\n";
    }
}
