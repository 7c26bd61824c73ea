package dev.handover.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.config.HandoverConfig;

/** Refuses signed webhooks whose timestamp is too old or too far ahead: a captured request cannot be replayed. */
@ApplicationScoped
public class ReplayGuard {

    private final Clock clock;
    private final Duration maxAge;
    private final Duration clockSkew;

    public ReplayGuard(Clock clock, HandoverConfig config) {
        this.clock = clock;
        this.maxAge = config.webhook().maxAge();
        this.clockSkew = config.webhook().clockSkew();
    }

    public void check(Instant timestamp) {
        Instant now = clock.instant();
        if (timestamp.isBefore(now.minus(maxAge))) {
            throw WebhookRejectedException.unauthorized("stale_timestamp",
                    "the webhook timestamp is older than " + maxAge.toMinutes() + " minutes");
        }
        if (timestamp.isAfter(now.plus(clockSkew))) {
            throw WebhookRejectedException.unauthorized("future_timestamp",
                    "the webhook timestamp is more than " + clockSkew.toSeconds() + " s in the future");
        }
    }
}
