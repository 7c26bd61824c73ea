package dev.handover.webhook;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.handover.conversation.Channel;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationEvent.Author;

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

    /** Hostile bodies nest deeply to exhaust the stack; real webhooks are a few levels deep. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
            .build());

    public ParsedWebhook parse(byte[] body) {
        JsonNode root = readObject(body);
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
                () -> WebhookRejectedException.badRequest("unknown_channel", "messageType '" + abbreviate(messageType)
                        + "' is not a known channel"));
        Optional<String> userId = fields.optionalId("userId");
        Optional<String> source = fields.optionalText("source");
        String deliveryId = fields.optionalId("webhookId")
                .or(() -> fields.optionalId("messageId"))
                .or(() -> fields.optionalId("emailMessageId"))
                .orElseGet(() -> "sha256:" + sha256(body));
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

    static JsonNode readObject(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw WebhookRejectedException.badRequest("invalid_json", "the body is not valid JSON: "
                    + abbreviate(e.getOriginalMessage()));
        } catch (IOException e) {
            throw WebhookRejectedException.badRequest("invalid_json", "the body cannot be read as JSON");
        }
        if (root == null || !root.isObject()) {
            throw WebhookRejectedException.badRequest("invalid_json", "the body must be a JSON object");
        }
        return root;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
