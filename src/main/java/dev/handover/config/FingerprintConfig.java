package dev.handover.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The secret of the message fingerprints, kept apart from the other settings: a Secrets Manager secret
 * ({@code HANDOVER_FINGERPRINT_SALT_SECRET_ARN}, what the SAM templates set) or, for local runs and tests, the salt
 * itself ({@code HANDOVER_FINGERPRINT_SALT}). One of them is required: without a salt the function does not start.
 */
@ConfigMapping(prefix = "handover.fingerprint")
public interface FingerprintConfig {

    /**
     * Secret salt of the word hashes that let the function notice a repeated customer question without storing the
     * text: at least 16 characters, one per deployment, never in code. Used when no secret ARN is set.
     */
    Optional<String> salt();

    /**
     * ARN (or name) of the Secrets Manager secret whose SecretString is the salt, read once at start-up; wins over
     * {@code salt}. The SAM templates generate it; changing it only makes the next message of each conversation
     * miss one comparison.
     */
    Optional<String> saltSecretArn();
}
