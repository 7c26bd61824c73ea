package dev.handover.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.handover.config.FingerprintConfig;
import dev.handover.scenario.MessageFingerprint;

/** Provides the {@link MessageFingerprint} keyed with the deployment's secret salt. */
@ApplicationScoped
public class FingerprintProducer {

    @Produces
    @Singleton
    MessageFingerprint fingerprints(FingerprintConfig config) {
        try {
            return new MessageFingerprint(config.salt());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("handover.fingerprint.salt (HANDOVER_FINGERPRINT_SALT): " + e.getMessage());
        }
    }
}
