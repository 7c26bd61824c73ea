package dev.handover.conversation;

import java.time.Instant;
import java.util.Optional;

/**
 * The result of claiming a delivery: a first delivery gets the conversation's state in the same round trip; a
 * duplicate, or an old delivery that was not awaited, gets the conversation as the refusal found it, and when the
 * other claim of the same delivery was made.
 */
public record ClaimResult(Status status, ConversationState state, Optional<Instant> claimedAt) {

    public enum Status {
        CLAIMED,
        /** Already processed (or being processed) and not given back. */
        DUPLICATE,
        /** Past the webhook's maximum age, and not a redelivery the function asked for. */
        NOT_AWAITED
    }

    public ClaimResult(Status status, ConversationState state) {
        this(status, state, Optional.empty());
    }

    public boolean duplicate() {
        return status == Status.DUPLICATE;
    }
}
