package dev.handover.scenario;

import dev.handover.config.BotProfile;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationEvent.Author;

/** The scenario checks: a pure function of the event and the bot's settings, with no I/O. */
public final class ScenarioEngine {

    private final ContactRequestDetector contactRequests = new ContactRequestDetector();

    public Decision decide(ConversationEvent event, BotProfile bot) {
        if (event.author() != Author.CUSTOMER) {
            return Decision.none("not-a-customer-message");
        }
        if (event.text().isBlank()) {
            return Decision.none("no-text");
        }
        Detection request = contactRequests.detect(event.text(), bot.examples());
        return request.matched()
                ? Decision.handover(Scenario.CONTACT_REQUEST, request.reason())
                : Decision.none(request.reason());
    }
}
