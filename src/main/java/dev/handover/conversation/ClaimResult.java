package dev.handover.conversation;

/**
 * The result of claiming a delivery: a first delivery gets the conversation's state in the same round trip, a
 * duplicate gets nothing to act on.
 */
public record ClaimResult(boolean duplicate, ConversationState state) {
}
