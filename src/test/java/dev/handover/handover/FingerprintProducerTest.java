package dev.handover.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.handover.aws.SecretReadException;
import dev.handover.aws.SecretReader;
import dev.handover.config.FingerprintConfig;
import dev.handover.scenario.MessageFingerprint;

/**
 * Where the fingerprint salt comes from at start-up and how a bad one stops the function: the message names the
 * setting and the secret, never the salt. (The salt read through the handler: {@code SecretSourcesTest}; the
 * reader's failures against Secrets Manager's protocol: {@code SecretReaderTest}.)
 */
class FingerprintProducerTest {

    private static final String ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:salt-AbCdEf";

    @Test
    void secret_shouldWinOverTheEnvironmentSalt() {
        MessageFingerprint fingerprints = produce(config("environment-salt-0123456789", ARN),
                reader("salt-from-the-secret-0123456789"));

        assertThat(fingerprints.of("where is my order", "c1"))
                .isEqualTo(new MessageFingerprint("salt-from-the-secret-0123456789").of("where is my order", "c1"));
    }

    @Test
    void environmentSalt_shouldServeWithoutASecret() {
        MessageFingerprint fingerprints = produce(config("environment-salt-0123456789", null), unusedReader());

        assertThat(fingerprints.of("where is my order", "c1"))
                .isEqualTo(new MessageFingerprint("environment-salt-0123456789").of("where is my order", "c1"));
    }

    @Test
    void unreadableSecret_shouldFailTheStartUpNamingTheSecret() {
        SecretReader denied = new SecretReader(null) {
            @Override
            public String read(String secretId) {
                throw new SecretReadException("secret " + secretId + " cannot be read: AccessDeniedException (HTTP 400)",
                        false);
            }
        };

        assertThatThrownBy(() -> produce(config("environment-salt-0123456789", ARN), denied))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("handover.fingerprint.salt-secret-arn (HANDOVER_FINGERPRINT_SALT_SECRET_ARN): secret " + ARN
                        + " cannot be read: AccessDeniedException (HTTP 400)");
    }

    @Test
    void shortSaltInTheSecret_shouldFailTheStartUpWithoutQuotingIt() {
        assertThatThrownBy(() -> produce(config(null, ARN), reader("short-salt")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("handover.fingerprint.salt-secret-arn (HANDOVER_FINGERPRINT_SALT_SECRET_ARN): the "
                        + "fingerprint salt must be at least 16 characters")
                .message().doesNotContain("short-salt");
    }

    @Test
    void noSaltAtAll_shouldFailTheStartUpNamingBothSettings() {
        assertThatThrownBy(() -> produce(config(" ", ""), unusedReader()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HANDOVER_FINGERPRINT_SALT_SECRET_ARN").hasMessageContaining("HANDOVER_FINGERPRINT_SALT");
    }

    private static MessageFingerprint produce(FingerprintConfig config, SecretReader reader) {
        return new FingerprintProducer().fingerprints(config, reader);
    }

    private static SecretReader reader(String value) {
        return new SecretReader(null) {
            @Override
            public String read(String secretId) {
                assertThat(secretId).isEqualTo(ARN);
                return value;
            }
        };
    }

    private static SecretReader unusedReader() {
        return new SecretReader(null) {
            @Override
            public String read(String secretId) {
                throw new AssertionError("no secret to read");
            }
        };
    }

    private static FingerprintConfig config(String salt, String secretArn) {
        return new FingerprintConfig() {
            @Override
            public Optional<String> salt() {
                return Optional.ofNullable(salt);
            }

            @Override
            public Optional<String> saltSecretArn() {
                return Optional.ofNullable(secretArn);
            }
        };
    }
}
