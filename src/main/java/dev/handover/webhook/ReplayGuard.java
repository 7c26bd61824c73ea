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
    private final Duration retryWindow;
    private final Duration clockSkew;

    public ReplayGuard(Clock clock, HandoverConfig config) {
        this.clock = clock;
        this.maxAge = config.webhook().maxAge();
        this.retryWindow = config.webhook().retryWindow();
        this.clockSkew = config.webhook().clockSkew();
    }

    /**
     * Returns true when the webhook is older than the maximum age but inside the retry window: it is accepted only as
     * the redelivery of a delivery the function answered with 429.
     */
    public boolean check(Instant timestamp) {
        Instant now = clock.instant();
        if (timestamp.isBefore(now.minus(retryWindow))) {
            throw stale();
        }
        if (timestamp.isAfter(now.plus(clockSkew))) {
            throw WebhookRejectedException.unauthorized("future_timestamp",
                    "the webhook timestamp is more than " + clockSkew.toSeconds() + " s in the future");
        }
        return timestamp.isBefore(now.minus(maxAge));
    }

    WebhookRejectedException stale() {
        return WebhookRejectedException.unauthorized("stale_timestamp", "the webhook timestamp is older than "
                + maxAge.toMinutes() + " minutes and it is not a redelivery this function asked for");
    }
}
