package dev.handover.conversation;

/**
 * The result of claiming a delivery: a first delivery gets the conversation's state in the same round trip; a
 * duplicate, or an old delivery that was not awaited, gets nothing to act on.
 */
public record ClaimResult(Status status, ConversationState state) {

    public enum Status {
        CLAIMED,
        /** Already processed (or being processed) and not given back. */
        DUPLICATE,
        /** Past the webhook's maximum age, and not a redelivery the function asked for. */
        NOT_AWAITED
    }

    public boolean duplicate() {
        return status == Status.DUPLICATE;
    }
}
