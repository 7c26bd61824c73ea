package dev.handover.conversation;

import static dev.handover.conversation.ConversationItem.EXPIRATION_FLOOR;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The expiry the store classes give a conversation item that a pause starts or extends: TTL is for cleanup, never a
 * way to end a pause, so the item outlives its pause.
 */
final class ItemExpiry {

    /** TTL of an indefinitely paused conversation: effectively never, without ever being absent. */
    private static final Duration FOREVER = Duration.ofDays(3650);

    private final Duration conversationTtl;

    ItemExpiry(Duration conversationTtl) {
        this.conversationTtl = conversationTtl;
    }

    /** The item's expiry (epoch seconds) for a pause until {@code pausedUntil}; {@code now} when there is none. */
    long keepUntil(Instant pausedUntil, Instant now) {
        if (pausedUntil.equals(Instant.MAX)) {
            return now.plus(FOREVER).getEpochSecond();
        }
        return (pausedUntil.isAfter(now) ? pausedUntil : now).plus(conversationTtl).getEpochSecond();
    }

    /**
     * The update clause for a pause outlasting half the TTL, which keeps the claims from moving the item's expiry
     * before it (the clause uses {@code :ttl}); empty for a shorter pause. Adds the name it uses to {@code names}.
     */
    String floor(Instant until, Instant now, Map<String, String> names) {
        if (!until.isAfter(now.plus(conversationTtl.dividedBy(2)))) {
            return "";
        }
        names.put("#floor", EXPIRATION_FLOOR);
        return ", #floor = :ttl";
    }
}
