package dev.handover.crm;

import java.time.Duration;

/**
 * When the current invocation must have answered: CRM retries wait only as long as this leaves room for, so that
 * the function answers (429 if work remains) before Lambda or the webhook sender gives up.
 */
public final class Deadline {

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    public static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** True when waiting {@code delay} still leaves {@code reserve} for the next attempt and the answer. */
    public boolean allows(Duration delay, Duration reserve) {
        return remaining().compareTo(delay.plus(reserve)) > 0;
    }
}
