package dev.handover.crm;

import java.time.Duration;

/**
 * When the current invocation must have finished its CRM work: every CRM call, first attempts and look-ups included,
 * starts only while time is left and waits at most until then, so that the function answers (429 if work remains)
 * before Lambda or the webhook sender gives up. DynamoDB calls may run until the answer is due, later than that, so
 * that the outcome of a call that ended at the deadline, and the mark that awaits the redelivery, are still written.
 */
public final class Deadline {

    /** How long past the deadline checkpoints may still be written when the answer has no due time of its own. */
    public static final Duration CHECKPOINT_GRACE = Duration.ofSeconds(2);

    private final long endNanos;
    private final long answerNanos;

    private Deadline(long endNanos, long answerNanos) {
        this.endNanos = endNanos;
        this.answerNanos = answerNanos;
    }

    public static Deadline in(Duration budget) {
        return in(budget, budget.plus(CHECKPOINT_GRACE));
    }

    /** @param answerBy when the answer is due (the Lambda's time less a margin); never before the budget ends */
    public static Deadline in(Duration budget, Duration answerBy) {
        long now = System.nanoTime();
        return new Deadline(now + budget.toNanos(), now + Math.max(budget.toNanos(), answerBy.toNanos()));
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    /** The time DynamoDB calls of this invocation may still take: until the answer is due. */
    public Duration storeTimeLeft() {
        return Duration.ofNanos(Math.max(0, answerNanos - System.nanoTime()));
    }

    /** True when waiting {@code delay} still leaves {@code reserve} for the next attempt and the answer. */
    public boolean allows(Duration delay, Duration reserve) {
        return remaining().compareTo(delay.plus(reserve)) > 0;
    }
}
