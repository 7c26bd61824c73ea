package dev.handover.conversation;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The time left for DynamoDB to the invocation the current thread works for, so that a slow DynamoDB counts against
 * the invocation's deadline as a slow CRM does: {@link StoreDeadlineInterceptor} caps each call at it. The entry
 * point binds it; a call from an unbound thread (a checkpoint written when an action ends after the answer) has the
 * client's own timeouts.
 */
public final class StoreTimeLimit {

    private static final ThreadLocal<Supplier<Duration>> LEFT = new ThreadLocal<>();

    private StoreTimeLimit() {
    }

    /** Runs {@code work} with DynamoDB calls limited to what {@code left} answers at the time of each call. */
    public static <T> T within(Supplier<Duration> left, Supplier<T> work) {
        Supplier<Duration> outer = LEFT.get();
        LEFT.set(left);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                LEFT.remove();
            } else {
                LEFT.set(outer);
            }
        }
    }

    /** Empty outside an invocation (start-up, table creation): the client's own timeouts apply. */
    static Optional<Duration> left() {
        Supplier<Duration> left = LEFT.get();
        return left == null ? Optional.empty() : Optional.of(left.get());
    }
}
