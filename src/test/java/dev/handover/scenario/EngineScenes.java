package dev.handover.scenario;

import static dev.handover.scenario.Scenario.CONTACT_REQUEST;
import static dev.handover.scenario.Scenario.FAILED_TO_RESOLVE_ISSUE;
import static dev.handover.scenario.Scenario.LACK_OF_INFORMATION;
import static dev.handover.support.TestBots.bot;

import java.time.Instant;
import java.util.Optional;

import dev.handover.config.BotProfile;
import dev.handover.conversation.Channel;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationEvent.Author;
import dev.handover.conversation.ConversationState;

/** The scene the engine tests share: a bot with every action, the clock, the messages and states around them. */
final class EngineScenes {

    static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    static final String FALLBACK_REPLY = "I'm sorry, I don't have that information.";
    static final String FALLBACK_REASON = "bot:fallback:en:no-info";
    static final String QUESTION = "How much does the premium plan cost per month?";

    static final BotProfile ALL_ACTIONS = bot("bot-1")
            .handovers(CONTACT_REQUEST, FAILED_TO_RESOLVE_ISSUE, LACK_OF_INFORMATION).build();

    static final MessageFingerprint FINGERPRINTS = new MessageFingerprint("unit-test-secret-salt");
    static final ScenarioEngine ENGINE = new ScenarioEngine(FINGERPRINTS);

    private EngineScenes() {
    }

    static Assessment assess(ConversationEvent event, ConversationState state, BotProfile profile) {
        return ENGINE.assess(event, state, profile, NOW);
    }

    static ConversationEvent customer(String text) {
        return customer(text, "d-2");
    }

    static ConversationEvent customer(String text, String deliveryId) {
        return ConversationEvent.message(deliveryId, "loc-1", "conv-1", "contact-1", Author.CUSTOMER, Channel.SMS,
                text, NOW);
    }

    static ConversationEvent botReply(String text) {
        return ConversationEvent.message("d-3", "loc-1", "conv-1", "contact-1", Author.BOT, Channel.SMS, text, NOW);
    }

    static ConversationEvent botEvent(String text, Boolean answered, Double confidence) {
        return new ConversationEvent("d-3", "loc-1", Optional.of("bot-1"), "conv-1", "contact-1", Author.BOT,
                Channel.LIVE_CHAT, text, Optional.ofNullable(answered), Optional.ofNullable(confidence), false,
                Optional.empty(), Optional.empty(), Optional.empty(), NOW);
    }

    /** The customer asked {@link #QUESTION} (delivery d-1) a minute ago and nobody answered yet. */
    static ConversationState afterCustomer() {
        return state(Author.CUSTOMER, NOW.minusSeconds(60), QUESTION, "d-1");
    }

    /** The customer asked {@link #QUESTION} (delivery d-1) and the bot replied. */
    static ConversationState afterBot() {
        return state(Author.BOT, NOW.minusSeconds(30), QUESTION, "d-1");
    }

    static ConversationState state(Author lastAuthor, Instant lastActivity, String lastCustomerText,
            String lastCustomerDelivery) {
        return new ConversationState(Optional.empty(), Optional.empty(), 1, Optional.of(lastAuthor),
                Optional.of(lastActivity), Optional.of(FINGERPRINTS.of(lastCustomerText, "loc-1/conv-1")),
                Optional.of(lastCustomerDelivery));
    }
}
