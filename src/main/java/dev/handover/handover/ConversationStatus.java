package dev.handover.handover;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.ConversationState;
import dev.handover.conversation.ConversationStore;

/**
 * The {@code status} query of a custom bot: the conversation's pause and handovers, from one consistent read.
 * Read-only: no delivery is claimed, nothing is written, and the CRM is not called.
 */
@ApplicationScoped
public class ConversationStatus {

    private final ConversationStore store;
    private final Clock clock;

    public ConversationStatus(ConversationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The conversation as it is, and the decision line's outcome ({@code status}). */
    public record Status(ConversationState state, Outcome outcome) {
    }

    public Status of(ConversationKey key) {
        ConversationState state = store.read(key);
        Instant now = clock.instant();
        return new Status(state, Outcome.simple("status", "status query", state, now));
    }
}
