package dev.handover.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.handover.config.FingerprintConfig;
import io.quarkus.runtime.Startup;
import dev.handover.scenario.MessageFingerprint;

/**
 * Provides the {@link MessageFingerprint} keyed with the deployment's secret salt, at start-up: a missing or short salt
 * fails the function's init rather than its first customer message.
 */
@ApplicationScoped
public class FingerprintProducer {

    @Produces
    @Startup
    @Singleton
    MessageFingerprint fingerprints(FingerprintConfig config) {
        try {
            return new MessageFingerprint(config.salt());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("handover.fingerprint.salt (HANDOVER_FINGERPRINT_SALT): " + e.getMessage());
        }
    }
}
