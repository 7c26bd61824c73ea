package dev.handover.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.config.BotDirectory;
import dev.handover.config.BotProfile;
import dev.handover.config.HandoverConfig;
import dev.handover.conversation.Channel;
import dev.handover.conversation.ConversationEvent.Author;
import dev.handover.conversation.ConversationEvent;
import dev.handover.crm.CrmException;
import dev.handover.crm.CrmGateway;
import dev.handover.crm.Deadline;
import dev.handover.crm.HighLevelDtos.ConversationSummary;
import dev.handover.webhook.SignatureVerifier.SignatureCheck;

/**
 * HighLevel workflow "Webhook" action payloads: snake_case contact fields, {@code message{type, body, direction}} and
 * the user's Custom Data. They are not signed, so the bot's {@code workflowSecret} must come in the
 * {@code x-handover-secret} header or as Custom Data {@code secret}; they carry no id, so a delivery is identified by
 * a hash of its content within a time window; the conversation is looked up through the CRM when not given.
 */
@ApplicationScoped
public class WorkflowIngress implements Ingress {

    static final String SECRET_HEADER = "x-handover-secret";

    private final BotDirectory bots;
    private final CrmGateway crm;
    private final Clock clock;
    private final Duration dedupeWindow;

    public WorkflowIngress(BotDirectory bots, CrmGateway crm, Clock clock, HandoverConfig config) {
        this.bots = bots;
        this.crm = crm;
        this.clock = clock;
        this.dedupeWindow = config.workflow().dedupeWindow();
    }

    @Override
    public Admission admit(RawRequest request, Deadline deadline) {
        JsonFields root = new JsonFields(JsonBodies.readObject(request.body()));
        JsonFields custom = root.object("customData");
        String locationId = root.object("location").optionalId("id").or(() -> custom.optionalId("locationId"))
                .orElseThrow(() -> WebhookRejectedException.badRequest("missing_field", "'location.id' is required"));
        String contactId = root.optionalId("contact_id").or(() -> custom.optionalId("contactId"))
                .orElseThrow(() -> WebhookRejectedException.badRequest("missing_field", "'contact_id' is required"));
        Optional<String> botId = custom.optionalId("botId");
        Optional<BotProfile> bot = botId.isPresent() ? bots.find(locationId, botId.get()) : bots.forLocation(locationId);
        if (bot.isEmpty()) {
            return Admission.ignored("no bot is configured for location " + locationId, SignatureCheck.NOT_NEEDED);
        }
        authenticate(bot.get(), request, custom);
        boolean resume = custom.optionalText("command").filter("resume"::equals).isPresent();
        if (!root.has("message") && !resume) {
            return Admission.ignored("the workflow payload carries no message (use a message trigger such as "
                    + "Customer Replied)", SignatureCheck.SHARED_SECRET);
        }
        JsonFields message = root.object("message");
        String text = message.optionalText("body").orElse("");
        Author author = author(message, custom);
        Optional<String> conversationId = custom.optionalId("conversationId");
        Optional<Channel> channel = message.optionalText("type").flatMap(Channel::fromMessageType);
        if (conversationId.isEmpty() || channel.isEmpty()) {
            Optional<ConversationSummary> found = lookUp(locationId, contactId, deadline);
            if (found.isEmpty()) {
                return Admission.ignored("contact " + contactId + " has no conversation in location " + locationId,
                        SignatureCheck.SHARED_SECRET);
            }
            conversationId = conversationId.or(() -> Optional.of(found.get().id()));
            channel = channel.or(() -> Channel.fromMessageType(found.get().lastMessageType()))
                    .or(() -> Channel.fromMessageType(found.get().type()));
        }
        // Fail toward a human: an unknown channel only stops the closing message, not the handover.
        Channel resolved = channel.orElse(resume ? Channel.LIVE_CHAT : Channel.UNKNOWN);
        // Without a messageId, the content is the id, and the store keeps it for the window after the delivery it
        // processed: any two copies less than the window apart count once (time buckets split copies 1 s apart).
        Optional<String> messageId = custom.optionalId("messageId");
        String deliveryId = messageId.map(id -> "wf:" + id).orElseGet(() -> "wf:" + Secrets.sha256Hex(
                String.join("|", locationId, contactId, author.name(), text, resume ? "resume" : "")));
        return Admission.of(new ConversationEvent(deliveryId, locationId, Optional.of(bot.get().botId()),
                conversationId.get(), contactId, author, resolved, text, Optional.empty(), Optional.empty(), resume,
                Optional.empty(), Optional.empty(), Optional.empty(), clock.instant(),
                messageId.isPresent() ? Optional.empty() : Optional.of(dedupeWindow)), false,
                SignatureCheck.SHARED_SECRET);
    }

    private static void authenticate(BotProfile bot, RawRequest request, JsonFields custom) {
        String expected = bot.workflowSecret().orElseThrow(() -> WebhookRejectedException.unauthorized("no_secret",
                "bot " + bot.botId() + " has no workflowSecret, so its workflow webhooks cannot be authenticated"));
        Optional<String> given = request.header(SECRET_HEADER).or(() -> custom.optionalText("secret"));
        if (given.isEmpty()) {
            throw WebhookRejectedException.unauthorized("missing_secret",
                    "send the bot's workflow secret in " + SECRET_HEADER + " or as Custom Data 'secret'");
        }
        if (!Secrets.sameSecret(expected, given.get())) {
            throw WebhookRejectedException.unauthorized("invalid_secret", "the workflow secret does not match");
        }
    }

    /** Outbound workflow messages are the bot's unless Custom Data says a person sent them. */
    private static Author author(JsonFields message, JsonFields custom) {
        if (!message.optionalText("direction").filter("outbound"::equalsIgnoreCase).isPresent()) {
            return Author.CUSTOMER;
        }
        return custom.optionalText("role").filter(role -> role.equalsIgnoreCase("agent")
                || role.equalsIgnoreCase("staff")).isPresent() ? Author.STAFF : Author.BOT;
    }

    private Optional<ConversationSummary> lookUp(String locationId, String contactId, Deadline deadline) {
        try {
            return crm.latestConversation(locationId, contactId, deadline);
        } catch (CrmException e) {
            if (e.kind() == CrmException.Kind.PERMANENT) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
