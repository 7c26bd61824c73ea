package dev.handover.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Generators that give a signed, well-formed message a timestamp the function must refuse: too old (also inside
 * the retry window, when no 429 was answered), in the future, or not a timestamp at all.
 */
final class TimestampMutations {

    /** The function's default windows (HandoverConfig): each generated instant falls clearly outside one. */
    static final Duration RETRY_WINDOW = Duration.ofMinutes(80);
    private static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final FuzzDraws draws;
    private final Random random;
    private final FuzzEnvelopes envelopes;
    private final Instant now;

    TimestampMutations(FuzzDraws draws, FuzzEnvelopes envelopes) {
        this.draws = draws;
        this.random = draws.random;
        this.envelopes = envelopes;
        this.now = envelopes.now;
    }

    FuzzCase staleTimestamp() {
        Instant stale = random.nextInt(10) == 0 ? draws.pick(new Instant[] {Instant.MIN, Instant.EPOCH,
            Instant.parse("0000-01-01T00:00:00Z")})
                : now.minus(RETRY_WINDOW).minusSeconds(1 + (long) (random.nextDouble() * 20 * 365 * 86_400L));
        return timestampCase("stale", stale, "401 stale_timestamp");
    }

    FuzzCase staleInRetryWindow() {
        // Older than the maximum age, inside the retry window, and never answered 429: the claim is refused.
        long span = RETRY_WINDOW.minus(MAX_AGE).toSeconds() - 2;
        Instant stale = now.minus(MAX_AGE).minusSeconds(1 + (long) (random.nextDouble() * span));
        return timestampCase("stale in window", stale, "401 stale_timestamp");
    }

    FuzzCase futureTimestamp() {
        Instant future = random.nextInt(10) == 0 ? Instant.MAX
                : now.plus(CLOCK_SKEW).plusSeconds(1 + (long) (random.nextDouble() * 20 * 365 * 86_400L));
        return timestampCase("future", future, "401 future_timestamp");
    }

    private FuzzCase timestampCase(String name, Instant timestamp, String expected) {
        ObjectNode message = envelopes.validMessage();
        message.put("dateAdded", timestamp.toString());
        if (random.nextInt(4) == 0) {
            message.remove("timestamp"); // dateAdded stands in for it
        } else {
            message.put("timestamp", timestamp.toString());
        }
        return envelopes.signedCase(name, message, expected);
    }

    FuzzCase badTimestampText() {
        ObjectNode message = envelopes.validMessage();
        String text = draws.pick(new String[] {"yesterday", "2024-13-01T00:00:00Z", "1700000000", "", " ",
            "2024-01-01", "2024-01-01T00:00:00", now.toString() + " ", "T" + now, now.toString().replace("T", " "),
            draws.randomAscii(1 + random.nextInt(40)), "+1000000001-01-01T00:00:00Z", "-1000000001-01-01T00:00:00Z"});
        message.put("timestamp", text);
        return envelopes.signedCase("timestamp text", message, "400 invalid_timestamp");
    }
}
