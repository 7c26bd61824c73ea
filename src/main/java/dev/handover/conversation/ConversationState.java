package dev.handover.conversation;

import java.time.Instant;
import java.util.Optional;

import dev.handover.conversation.ConversationEvent.Author;

/**
 * What the function remembers of a conversation.
 *
 * @param pausedUntil when the bot may speak again; {@link Instant#MAX} for an indefinite pause
 * @param episode the latest handover episode, open or finished
 * @param failedAttempts failed attempts of the bot counted since the last reset
 * @param lastAuthor who wrote the previous message
 * @param lastActivityAt when the previous message arrived
 * @param lastCustomerFingerprint the fingerprint of the previous customer message (no text is stored)
 * @param lastCustomerDelivery the delivery that fingerprint came from, so a redelivery is not its own repeat
 * @param pauseTag the pause tag this conversation's pause put on the contact, while it may still be there
 * @param replyWatch the latest handover's wait for a person's reply, if its action has one
 */
public record ConversationState(
        Optional<Instant> pausedUntil,
        Optional<Episode> episode,
        int failedAttempts,
        Optional<Author> lastAuthor,
        Optional<Instant> lastActivityAt,
        Optional<String> lastCustomerFingerprint,
        Optional<String> lastCustomerDelivery,
        Optional<PauseTag> pauseTag,
        Optional<ReplyWatch> replyWatch) {

    public static final ConversationState EMPTY = new ConversationState(Optional.empty(), Optional.empty(), 0,
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** A conversation without a pause tag. */
    public ConversationState(Optional<Instant> pausedUntil, Optional<Episode> episode, int failedAttempts,
            Optional<Author> lastAuthor, Optional<Instant> lastActivityAt, Optional<String> lastCustomerFingerprint,
            Optional<String> lastCustomerDelivery) {
        this(pausedUntil, episode, failedAttempts, lastAuthor, lastActivityAt, lastCustomerFingerprint,
                lastCustomerDelivery, Optional.empty());
    }

    /** A conversation without a wait for a person's reply. */
    public ConversationState(Optional<Instant> pausedUntil, Optional<Episode> episode, int failedAttempts,
            Optional<Author> lastAuthor, Optional<Instant> lastActivityAt, Optional<String> lastCustomerFingerprint,
            Optional<String> lastCustomerDelivery, Optional<PauseTag> pauseTag) {
        this(pausedUntil, episode, failedAttempts, lastAuthor, lastActivityAt, lastCustomerFingerprint,
                lastCustomerDelivery, pauseTag, Optional.empty());
    }

    /** Compared with the clock, never left to TTL deletion, which can lag by days. */
    public boolean pausedAt(Instant now) {
        return pausedUntil.filter(until -> until.isAfter(now)).isPresent();
    }

    public Optional<Episode> openEpisode() {
        return episode.filter(Episode::open);
    }

    public ConversationState withPause(Optional<Instant> until) {
        return new ConversationState(until, episode, failedAttempts, lastAuthor, lastActivityAt,
                lastCustomerFingerprint, lastCustomerDelivery, pauseTag, replyWatch);
    }

    public ConversationState withEpisode(Episode current) {
        return new ConversationState(pausedUntil, Optional.of(current), failedAttempts, lastAuthor, lastActivityAt,
                lastCustomerFingerprint, lastCustomerDelivery, pauseTag, replyWatch);
    }

    /** This conversation with its wait for a person's reply over (fired, or a person acted). */
    public ConversationState withoutPendingWatch() {
        return new ConversationState(pausedUntil, episode, failedAttempts, lastAuthor, lastActivityAt,
                lastCustomerFingerprint, lastCustomerDelivery, pauseTag, replyWatch.map(watch -> new ReplyWatch(
                        watch.episodeId(), Optional.empty(), false, Optional.empty())));
    }
}
