package dev.handover.config;

import io.smallrye.config.ConfigMapping;

/** The secret of the message fingerprints ({@code HANDOVER_FINGERPRINT_SALT}), kept apart from the other settings. */
@ConfigMapping(prefix = "handover.fingerprint")
public interface FingerprintConfig {

    /**
     * Secret salt of the word hashes that let the function notice a repeated customer question without storing the
     * text: at least 16 characters, one per deployment, never in code (the SAM template generates one in Secrets
     * Manager). Required: without it the function does not start. Changing it only makes the next message of each
     * conversation miss one comparison.
     */
    String salt();
}
