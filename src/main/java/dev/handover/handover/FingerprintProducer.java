package dev.handover.handover;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.handover.aws.SecretReadException;
import dev.handover.aws.SecretReader;
import dev.handover.config.FingerprintConfig;
import io.quarkus.runtime.Startup;
import dev.handover.scenario.MessageFingerprint;

/**
 * Provides the {@link MessageFingerprint} keyed with the deployment's secret salt, at start-up: a salt that is
 * missing, short, or in a secret that cannot be read fails the function's init rather than its first customer
 * message. The secret is read once: a salt never rotates by itself (the templates generate it without a rotation
 * schedule, and a new one would change every fingerprint), so a SnapStart snapshot keeps the salt it was taken
 * with and a restore reads nothing; a salt changed by hand is used from the next published version or cold start.
 */
@ApplicationScoped
public class FingerprintProducer {

    @Produces
    @Startup
    @Singleton
    MessageFingerprint fingerprints(FingerprintConfig config, SecretReader secrets) {
        Optional<String> secretArn = config.saltSecretArn().filter(arn -> !arn.isBlank());
        String source = secretArn.isPresent() ? "handover.fingerprint.salt-secret-arn (HANDOVER_FINGERPRINT_SALT_SECRET_ARN)"
                : "handover.fingerprint.salt (HANDOVER_FINGERPRINT_SALT)";
        String salt;
        try {
            salt = secretArn.isPresent() ? secrets.read(secretArn.get())
                    : config.salt().filter(value -> !value.isBlank()).orElseThrow(() -> new IllegalStateException(
                            "no fingerprint salt: set HANDOVER_FINGERPRINT_SALT_SECRET_ARN (a Secrets Manager secret) "
                                    + "or HANDOVER_FINGERPRINT_SALT"));
        } catch (SecretReadException e) {
            throw new IllegalStateException(source + ": " + e.getMessage());
        }
        try {
            return new MessageFingerprint(salt);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ": " + e.getMessage());
        }
    }
}
