package dev.handover.webhook;

import java.util.Optional;

import dev.handover.conversation.ConversationEvent;

/** A verified webhook: either a conversation message to act on, or an event type this function does not handle. */
public record ParsedWebhook(Optional<ConversationEvent> event, String type) {

    static ParsedWebhook message(ConversationEvent event, String type) {
        return new ParsedWebhook(Optional.of(event), type);
    }

    static ParsedWebhook ignored(String type) {
        return new ParsedWebhook(Optional.empty(), type);
    }
}
