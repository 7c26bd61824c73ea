package dev.handover.crm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before retrying a CRM call: the server's {@code Retry-After} (seconds or an HTTP date) when it
 * sends one, else HighLevel's {@code X-RateLimit-Interval-Milliseconds} when the burst quota is spent, else
 * exponential backoff with full jitter. Pure, so that it is tested without waiting.
 */
public final class RetryPolicy {

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;

    public RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
        this.maxAttempts = maxAttempts;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The delay before attempt {@code attempt + 1} (attempts count from 1).
     *
     * @param hints what the failed response said about waiting
     */
    public Duration delay(int attempt, RateLimitHints hints, Instant now) {
        Optional<Duration> told = hints.retryAfter().flatMap(value -> retryAfter(value, now))
                .or(() -> hints.quotaSpent() ? hints.intervalMillis().map(Duration::ofMillis) : Optional.empty());
        if (told.isPresent()) {
            return told.get();
        }
        long ceiling = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }

    static Optional<Duration> retryAfter(String value, Instant now) {
        String text = value.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /**
     * What a failed response said about waiting.
     *
     * @param retryAfter the {@code Retry-After} header
     * @param intervalMillis {@code X-RateLimit-Interval-Milliseconds}: the length of the burst window
     * @param quotaSpent {@code X-RateLimit-Remaining} is 0
     */
    public record RateLimitHints(Optional<String> retryAfter, Optional<Long> intervalMillis, boolean quotaSpent) {

        public static final RateLimitHints NONE = new RateLimitHints(Optional.empty(), Optional.empty(), false);
    }
}
