package dev.handover.conversation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message of a conversation, whatever input shape it arrived in.
 *
 * @param deliveryId the id the sender gives this delivery (webhookId), used to drop duplicates
 * @param author who wrote the message
 * @param channel the CRM channel, e.g. {@code SMS}; the closing message goes back on it
 * @param text the message text, empty for calls and attachments
 * @param occurredAt when the sender says the event happened
 */
public record ConversationEvent(
        String deliveryId,
        String locationId,
        String conversationId,
        String contactId,
        Author author,
        Channel channel,
        String text,
        Optional<String> conversationProviderId,
        Optional<String> subject,
        Optional<String> threadId,
        Optional<String> userId,
        Instant occurredAt) {

    public ConversationEvent {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(channel, "channel");
        text = text == null ? "" : text;
    }

    /** Who wrote a message. */
    public enum Author {
        /** The contact (customer). */
        CUSTOMER,
        /** The AI bot. */
        BOT,
        /** A person of the team, replying from the CRM. */
        STAFF
    }
}
