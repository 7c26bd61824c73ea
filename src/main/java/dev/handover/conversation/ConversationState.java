package dev.handover.conversation;

import java.time.Instant;
import java.util.Optional;

/**
 * What the function remembers of a conversation.
 *
 * @param pausedUntil when the bot may speak again; {@link Instant#MAX} for an indefinite pause
 * @param episode the latest handover episode, open or finished
 */
public record ConversationState(Optional<Instant> pausedUntil, Optional<Episode> episode) {

    public static final ConversationState EMPTY = new ConversationState(Optional.empty(), Optional.empty());

    /** Compared with the clock, never left to TTL deletion, which can lag by days. */
    public boolean pausedAt(Instant now) {
        return pausedUntil.filter(until -> until.isAfter(now)).isPresent();
    }

    public Optional<Episode> openEpisode() {
        return episode.filter(Episode::open);
    }
}
