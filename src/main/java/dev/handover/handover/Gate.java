package dev.handover.handover;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.config.BotProfile;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationEvent.Author;
import dev.handover.crm.Deadline;
import dev.handover.forward.BotForwarder;
import dev.handover.forward.ForwardResult;

/**
 * The gate in front of a bot that sits behind the function ({@code forwardTo}): a customer message the bot should
 * answer (decision {@code none}, fully handled) is forwarded to it; one the function holds (the bot is paused, or
 * the message hands the conversation over) is not, so the bot never sees a message during a pause. A forward is
 * made once per delivery: it is the last step of the delivery's processing, so a forwarded delivery is answered 200
 * and stays claimed (a copy or a redelivery of it is a duplicate), while a failed one is answered 429 and its claim
 * given back, so that the redelivery forwards it.
 */
@ApplicationScoped
public class Gate {

    private final BotForwarder forwarder;

    public Gate(BotForwarder forwarder) {
        this.forwarder = forwarder;
    }

    public Outcome apply(ConversationEvent event, BotProfile bot, Outcome outcome, Deadline deadline) {
        if (bot.forwardTo().isEmpty() || bot.shadow() || event.author() != Author.CUSTOMER || event.resume()) {
            return outcome;
        }
        return switch (outcome.decision()) {
            case "none" -> outcome.status() == 200 ? forward(event, bot, outcome, deadline) : outcome;
            case "paused", "handover" -> outcome.withGate(GateReport.held());
            default -> outcome;
        };
    }

    private Outcome forward(ConversationEvent event, BotProfile bot, Outcome outcome, Deadline deadline) {
        ForwardResult result = forwarder.forward(event, bot, deadline);
        return outcome.withGate(result.forwarded() ? GateReport.forwarded(result.detail())
                : GateReport.failed((result.kind() == ForwardResult.Kind.CONFIGURATION
                        ? "CONFIGURATION ERROR, check the bot's forwardTo and eventSecret: " : "") + result.detail()));
    }
}
