package dev.handover.forward;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.conversation.Channel;
import dev.handover.conversation.ConversationEvent;

/**
 * A customer message as the bot behind the function receives it: the generic event JSON that {@code /events}
 * accepts, {@code role: "user"}. Its {@code eventId} is the delivery's id, the same in every attempt and every
 * redelivery, so that a bot can drop a copy; its {@code timestamp} is the time of the forward, fresh for a bot that
 * refuses stale events as {@code /events} does (the message's own time is {@code sentAt}).
 */
final class ForwardedEvent {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ForwardedEvent() {
    }

    static byte[] body(ConversationEvent event, String botId, Instant now) {
        ObjectNode body = JSON.createObjectNode();
        body.put("locationId", event.locationId());
        body.put("botId", botId);
        body.put("conversationId", event.conversationId());
        body.put("contactId", event.contactId());
        channel(event.channel()).ifPresent(name -> body.put("channel", name));
        body.put("role", "user");
        body.put("text", event.text());
        body.put("eventId", event.deliveryId());
        event.conversationProviderId().ifPresent(id -> body.put("conversationProviderId", id));
        body.put("sentAt", event.occurredAt().toString());
        body.put("timestamp", now.toString());
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The channel as {@code /events} reads it; none when the function could not tell it (a workflow webhook). */
    static java.util.Optional<String> channel(Channel channel) {
        return channel.sendType().or(() -> java.util.Optional.ofNullable(switch (channel) {
            case GOOGLE_BUSINESS -> "GMB";
            case CALL -> "CALL";
            case VOICEMAIL -> "VoiceMail";
            default -> null;
        }));
    }
}
