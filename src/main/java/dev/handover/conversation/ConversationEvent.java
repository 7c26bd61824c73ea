package dev.handover.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a conversation, whatever input shape it arrived in.
 *
 * @param deliveryId the id the sender gives this delivery (webhookId, eventId or a content hash), used to drop duplicates
 * @param botId the bot the event names; HighLevel webhooks name none and are routed by location
 * @param author who wrote the message
 * @param channel the CRM channel, e.g. {@code SMS}; the closing message goes back on it
 * @param text the message text, empty for calls and attachments
 * @param answered for a bot message of a generic event: whether the bot says it answered
 * @param confidence for a bot message of a generic event: the bot's confidence, 0 to 1
 * @param resume a command to end the bot's pause rather than a message
 * @param occurredAt when the sender says the event happened
 * @param dedupeWindow for a delivery id that is a hash of the content: how long after it was processed the same
 *        content is a duplicate; empty for an id the sender gives, which is kept for the delivery TTL
 * @param pause a command to pause the bot rather than a message
 */
public record ConversationEvent(
        String deliveryId,
        String locationId,
        Optional<String> botId,
        String conversationId,
        String contactId,
        Author author,
        Channel channel,
        String text,
        Optional<Boolean> answered,
        Optional<Double> confidence,
        boolean resume,
        Optional<String> conversationProviderId,
        Optional<String> subject,
        Optional<String> threadId,
        Instant occurredAt,
        Optional<Duration> dedupeWindow,
        Optional<PauseRequest> pause) {

    public ConversationEvent {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(locationId, "locationId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(occurredAt, "occurredAt");
        text = text == null ? "" : text;
        dedupeWindow = dedupeWindow == null ? Optional.empty() : dedupeWindow;
        pause = pause == null ? Optional.empty() : pause;
    }

    /** An event that is no pause command. */
    public ConversationEvent(String deliveryId, String locationId, Optional<String> botId, String conversationId,
            String contactId, Author author, Channel channel, String text, Optional<Boolean> answered,
            Optional<Double> confidence, boolean resume, Optional<String> conversationProviderId,
            Optional<String> subject, Optional<String> threadId, Instant occurredAt,
            Optional<Duration> dedupeWindow) {
        this(deliveryId, locationId, botId, conversationId, contactId, author, channel, text, answered, confidence,
                resume, conversationProviderId, subject, threadId, occurredAt, dedupeWindow, Optional.empty());
    }

    /** An event whose delivery id the sender gave. */
    public ConversationEvent(String deliveryId, String locationId, Optional<String> botId, String conversationId,
            String contactId, Author author, Channel channel, String text, Optional<Boolean> answered,
            Optional<Double> confidence, boolean resume, Optional<String> conversationProviderId,
            Optional<String> subject, Optional<String> threadId, Instant occurredAt) {
        this(deliveryId, locationId, botId, conversationId, contactId, author, channel, text, answered, confidence,
                resume, conversationProviderId, subject, threadId, occurredAt, Optional.empty());
    }

    /** A plain text message, the common case; the optional parts are empty. */
    public static ConversationEvent message(String deliveryId, String locationId, String conversationId,
            String contactId, Author author, Channel channel, String text, Instant occurredAt) {
        return new ConversationEvent(deliveryId, locationId, Optional.empty(), conversationId, contactId, author,
                channel, text, Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(),
                Optional.empty(), occurredAt);
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
