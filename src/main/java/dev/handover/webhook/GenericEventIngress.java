package dev.handover.webhook;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.config.BotDirectory;
import dev.handover.config.BotProfile;
import dev.handover.conversation.Channel;
import dev.handover.conversation.ConversationEvent.Author;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.PauseRequest;
import dev.handover.crm.Deadline;
import dev.handover.forward.EventSignature;
import dev.handover.webhook.SignatureVerifier.SignatureCheck;

/**
 * The generic JSON event any bot can send: {@code {locationId, botId, conversationId, contactId, channel, role, text,
 * answered?, confidence?, eventId?, timestamp}}, authenticated by {@code x-handover-signature: sha256=<hex>}, the
 * HMAC-SHA256 of the raw body with the bot's {@code eventSecret}, and by a fresh {@code timestamp} (ISO-8601, within
 * the webhook's maximum age, like HighLevel's). {@code "command": "resume"} ends the bot's pause, {@code "pause"}
 * starts one (see {@link PauseCommandReader}), and {@code "status"} asks for the conversation's pause and handover,
 * read-only: no delivery is claimed.
 */
@ApplicationScoped
public class GenericEventIngress implements Ingress {

    static final String SIGNATURE_HEADER = EventSignature.HEADER;

    private final BotDirectory bots;
    private final ReplayGuard replayGuard;

    public GenericEventIngress(BotDirectory bots, ReplayGuard replayGuard) {
        this.bots = bots;
        this.replayGuard = replayGuard;
    }

    @Override
    public Admission admit(RawRequest request, Deadline deadline) {
        if (request.header(EventSignature.FORWARDED_HEADER).isPresent()) {
            // A forwardTo that points back at the function: answering it would forward the message again, for ever.
            throw WebhookRejectedException.badRequest("forward_loop", "the event was forwarded by this function; a "
                    + "bot's forwardTo must be the bot's own webhook, not the function's /events");
        }
        JsonFields fields = new JsonFields(JsonBodies.readObject(request.body()));
        String locationId = fields.requiredId("locationId");
        String botId = fields.requiredId("botId");
        Optional<BotProfile> bot = bots.find(locationId, botId);
        if (bot.isEmpty()) {
            return Admission.ignored("no bot " + botId + " is configured for location " + locationId,
                    SignatureCheck.NOT_NEEDED);
        }
        String secret = bot.get().eventSecret().orElseThrow(() -> WebhookRejectedException.unauthorized("no_secret",
                "bot " + botId + " has no eventSecret, so its events cannot be authenticated"));
        Optional<String> signature = request.header(SIGNATURE_HEADER);
        if (signature.isEmpty()) {
            throw WebhookRejectedException.unauthorized("missing_signature", "the request has no " + SIGNATURE_HEADER);
        }
        if (!Secrets.validHmac(secret, request.body(), signature.get())) {
            throw WebhookRejectedException.unauthorized("invalid_signature", SIGNATURE_HEADER + " does not match the body");
        }
        String command = command(fields);
        boolean resume = "resume".equals(command);
        // Required, as on HighLevel's webhooks: without it a captured event (a resume) could be replayed once its
        // dedupe id has expired.
        Instant timestamp = fields.optionalText("timestamp").map(GenericEventIngress::instant)
                .orElseThrow(() -> WebhookRejectedException.unauthorized("missing_timestamp",
                        "'timestamp' is required to reject replayed events"));
        boolean onlyIfAwaited = replayGuard.check(timestamp);
        if ("status".equals(command)) {
            // Nothing is claimed, so no redelivery is awaited: an old status query is only stale.
            if (onlyIfAwaited) {
                throw replayGuard.stale();
            }
            return Admission.status(new ConversationKey(locationId, fields.requiredId("conversationId")),
                    SignatureCheck.HMAC);
        }
        Optional<PauseRequest> pause = "pause".equals(command) ? Optional.of(PauseCommandReader.read(fields))
                : Optional.empty();
        boolean isCommand = resume || pause.isPresent();
        Optional<Double> confidence = fields.optionalNumber("confidence");
        if (confidence.filter(value -> value < 0 || value > 1).isPresent()) {
            throw WebhookRejectedException.badRequest("invalid_value", "'confidence' must be between 0 and 1");
        }
        ConversationEvent event = new ConversationEvent(
                fields.optionalId("eventId").map(id -> "evt:" + id).orElseGet(() -> "sha256:" + JsonBodies.sha256(request.body())),
                locationId, Optional.of(botId), fields.requiredId("conversationId"), fields.requiredId("contactId"),
                isCommand ? Author.CUSTOMER : author(fields), isCommand ? channelOrDefault(fields) : channel(fields),
                isCommand ? "" : fields.optionalText("text").orElse(""), fields.optionalBoolean("answered"),
                confidence, resume, fields.optionalId("conversationProviderId"), Optional.empty(), Optional.empty(),
                timestamp, Optional.empty(), pause);
        return Admission.of(event, onlyIfAwaited, SignatureCheck.HMAC);
    }

    /** The command, or null for a message. */
    private static String command(JsonFields fields) {
        Optional<String> command = fields.optionalText("command");
        if (command.isPresent() && !List.of("resume", "pause", "status").contains(command.get())) {
            throw WebhookRejectedException.badRequest("invalid_value",
                    "'command' can only be \"resume\", \"pause\" or \"status\"");
        }
        return command.orElse(null);
    }

    private static Author author(JsonFields fields) {
        String role = fields.optionalText("role").orElseThrow(() -> WebhookRejectedException.badRequest(
                "missing_field", "'role' is required (user, bot or agent)"));
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "user", "customer", "contact" -> Author.CUSTOMER;
            case "bot", "assistant" -> Author.BOT;
            case "agent", "staff", "human" -> Author.STAFF;
            default -> throw WebhookRejectedException.badRequest("invalid_value",
                    "'role' must be user, bot or agent");
        };
    }

    private static Channel channel(JsonFields fields) {
        String channel = fields.optionalText("channel").orElseThrow(() -> WebhookRejectedException.badRequest(
                "missing_field", "'channel' is required (SMS, Email, WhatsApp, FB, IG, Live_Chat, Custom, ...)"));
        return Channel.fromMessageType(channel).orElseThrow(() -> WebhookRejectedException.badRequest(
                "unknown_channel", "'channel' is not a known channel (SMS, Email, WhatsApp, FB, IG, Live_Chat, Custom, ...)"));
    }

    private static Channel channelOrDefault(JsonFields fields) {
        return fields.has("channel") ? channel(fields) : Channel.LIVE_CHAT;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw WebhookRejectedException.badRequest("invalid_timestamp", "'timestamp' is not an ISO-8601 instant");
        }
    }
}
