package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsTest {

    // The well-known HMAC-SHA256 example: key "key", this message; an oracle independent of the code under test.
    private static final String SECRET = "key";
    private static final byte[] BODY = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);
    private static final String HEX = "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";

    @ParameterizedTest
    @ValueSource(strings = {
            "sha256=" + HEX,
            HEX,
            "sha256=F7BC83F430538424B13298E6AA6FB143EF4D59A14946175997479DBC2D1A3CD8",
            "F7BC83F430538424B13298E6AA6FB143EF4D59A14946175997479DBC2D1A3CD8",
            "SHA256=" + HEX,
            "  sha256=" + HEX + "  "})
    void validHmac_correctSignatureInAnyAcceptedForm_shouldAccept(String header) {
        assertThat(Secrets.validHmac(SECRET, BODY, header)).isTrue();
    }

    @Test
    void validHmac_wrongSecret_shouldReject() {
        assertThat(Secrets.validHmac("kex", BODY, "sha256=" + HEX)).isFalse();
        assertThat(Secrets.validHmac("key ", BODY, HEX)).isFalse();
    }

    @Test
    void validHmac_bodyTamperedByOneByte_shouldReject() {
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 1] ^= 0x01;

        assertThat(Secrets.validHmac(SECRET, tampered, "sha256=" + HEX)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "sha256=",
            "sha256=not-hex-at-all",
            "sha256=" + "zz",
            "sha1=" + HEX,                          // another algorithm's prefix is not stripped
            "sha256=" + "f7bc83f43053842",          // odd length
            "sha256=" + "f7bc83f430538424b13298e6aa6fb143",   // truncated
            "sha256=" + HEX + "00",                 // extended
            "sha256=" + "e7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8", // one nibble off
            "sha256=" + HEX + " sha256=" + HEX})
    void validHmac_garbageOrWrongSignature_shouldReject(String header) {
        assertThat(Secrets.validHmac(SECRET, BODY, header)).isFalse();
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(nullValues = "NULL", value = {
            "s3cret,  s3cret,  true",
            "s3cret,  s3creT,  false",
            "s3cret,  s3cre,   false",
            "s3cret,  s3cret!, false",
            "s3cret,  '',      false",
            "s3cret,  NULL,    false",
            "'',      '',      true",
            "pässwörd, pässwörd, true"})
    void sameSecret_comparedWithGiven_shouldMatchOnlyTheSameText(String expected, String given, boolean same) {
        assertThat(Secrets.sameSecret(expected, given)).isEqualTo(same);
    }
}
