package dev.handover.crm;

import java.time.Duration;

/**
 * When the current invocation must have finished its CRM work: every CRM call, first attempts and look-ups included,
 * starts only while time is left and waits at most until then, so that the function answers (429 if work remains)
 * before Lambda or the webhook sender gives up. DynamoDB calls may run {@link #CHECKPOINT_GRACE} longer, so that
 * the outcome of a call that ended at the deadline is still checkpointed.
 */
public final class Deadline {

    /** How long past the deadline checkpoints may still be written; the Lambda handler keeps more than this back. */
    public static final Duration CHECKPOINT_GRACE = Duration.ofSeconds(1);

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

    /** The time DynamoDB calls of this invocation may still take: the time left plus {@link #CHECKPOINT_GRACE}. */
    public Duration storeTimeLeft() {
        return Duration.ofNanos(Math.max(0, endNanos + CHECKPOINT_GRACE.toNanos() - System.nanoTime()));
    }

    /** True when waiting {@code delay} still leaves {@code reserve} for the next attempt and the answer. */
    public boolean allows(Duration delay, Duration reserve) {
        return remaining().compareTo(delay.plus(reserve)) > 0;
    }
}
