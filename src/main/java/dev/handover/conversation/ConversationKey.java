package dev.handover.conversation;

/** Identifies a conversation across locations: conversation ids are only unique within a location. */
public record ConversationKey(String locationId, String conversationId) {

    public static ConversationKey of(ConversationEvent event) {
        return new ConversationKey(event.locationId(), event.conversationId());
    }
}
