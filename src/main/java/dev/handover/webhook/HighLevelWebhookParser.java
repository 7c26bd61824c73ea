package dev.handover.webhook;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import dev.handover.conversation.Channel;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationEvent.Author;
import dev.handover.text.HtmlText;

/**
 * Parses HighLevel Marketplace {@code InboundMessage} / {@code OutboundMessage} webhooks (flat JSON with
 * {@code timestamp} and {@code webhookId}) into a {@link ConversationEvent}. Other event types are reported as
 * ignored. The event type is read from {@code type}, never from {@code direction}, which HighLevel's own examples
 * get wrong.
 */
@ApplicationScoped
public class HighLevelWebhookParser {

    static final String INBOUND = "InboundMessage";
    static final String OUTBOUND = "OutboundMessage";

    public ParsedWebhook parse(byte[] body) {
        JsonNode root = JsonBodies.readObject(body);
        JsonFields fields = new JsonFields(root);
        String type = fields.optionalText("type").orElseThrow(
                () -> WebhookRejectedException.badRequest("missing_field", "'type' is required"));
        if (!INBOUND.equals(type) && !OUTBOUND.equals(type)) {
            return ParsedWebhook.ignored(type);
        }
        String locationId = fields.requiredId("locationId");
        String conversationId = fields.requiredId("conversationId");
        String contactId = fields.requiredId("contactId");
        String messageType = fields.optionalText("messageType").orElseThrow(
                () -> WebhookRejectedException.badRequest("missing_field", "'messageType' is required"));
        Channel channel = Channel.fromMessageType(messageType).orElseThrow(
                () -> WebhookRejectedException.badRequest("unknown_channel", "'messageType' is not a known channel"));
        Optional<String> userId = fields.optionalId("userId");
        Optional<String> source = fields.optionalText("source");
        String deliveryId = fields.optionalId("webhookId")
                .or(() -> fields.optionalId("messageId"))
                .or(() -> fields.optionalId("emailMessageId"))
                .orElseGet(() -> "sha256:" + JsonBodies.sha256(body));
        ConversationEvent event = new ConversationEvent(deliveryId, locationId, Optional.empty(), conversationId,
                contactId, author(type, userId, source), channel, text(fields, channel),
                Optional.empty(), Optional.empty(), false, fields.optionalId("conversationProviderId"),
                fields.optionalText("subject"), fields.optionalId("threadId"), occurredAt(fields));
        return ParsedWebhook.message(event, type);
    }

    private static String text(JsonFields fields, Channel channel) {
        String body = fields.optionalText("body").orElse("");
        return channel == Channel.EMAIL ? HtmlText.of(body) : body;
    }

    /** The signed envelope {@code timestamp}; {@code dateAdded} where an older delivery lacks it. */
    static Optional<Instant> timestamp(JsonFields fields) {
        return fields.optionalText("timestamp").or(() -> fields.optionalText("dateAdded")).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw WebhookRejectedException.badRequest("invalid_timestamp", "'timestamp' is not an ISO-8601 instant");
            }
        });
    }

    private static Instant occurredAt(JsonFields fields) {
        return timestamp(fields).orElseThrow(() -> WebhookRejectedException.unauthorized("missing_timestamp",
                "'timestamp' is required to reject replayed webhooks"));
    }

    /**
     * An OutboundMessage with a {@code userId} or sent from the CRM app is a person of the team; any other outbound
     * message (API, workflow, the bot itself) is treated as the bot's.
     */
    private static Author author(String type, Optional<String> userId, Optional<String> source) {
        if (INBOUND.equals(type)) {
            return Author.CUSTOMER;
        }
        return userId.isPresent() || source.filter("app"::equals).isPresent() ? Author.STAFF : Author.BOT;
    }

}
