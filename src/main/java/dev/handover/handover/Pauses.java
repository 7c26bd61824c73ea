package dev.handover.handover;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.config.BotProfile;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.ConversationState;
import dev.handover.conversation.ConversationStore;
import dev.handover.conversation.PauseRequest;
import dev.handover.crm.Deadline;

/**
 * The pauses that are no handover: a person replying from the CRM (the platform's sleepOnManualMessage), a
 * {@code pause} command and a {@code resume} command, each with its pause tag.
 */
@ApplicationScoped
public class Pauses {

    private final ConversationStore store;
    private final PauseTagging tagging;

    public Pauses(ConversationStore store, PauseTagging tagging) {
        this.store = store;
        this.tagging = tagging;
    }

    /** The conversation after a pause was started or extended, and how its pause tag went. */
    record Paused(ConversationState state, List<ActionReport> actions) {
    }

    /** Ends the pause now (the failed-attempt count starts from zero) and removes the pause tag. */
    Outcome resume(ConversationKey key, ConversationState state, BotProfile bot, Instant now, Deadline deadline) {
        store.resume(key, now);
        List<ActionReport> tag = tagging.resumed(bot, key, state, now, deadline);
        return Outcome.of("resumed", Optional.empty(), "the pause was ended by a resume event",
                state.withPause(Optional.empty()), now, tag);
    }

    /** A person or a workflow pauses the bot on purpose; a longer pause in place is kept. */
    Outcome command(ConversationEvent event, ConversationKey key, ConversationState state, BotProfile bot,
            Instant now, Deadline deadline) {
        if (bot.shadow()) {
            return Outcome.simple("paused", "a pause command (shadow: nothing paused)", state, now);
        }
        PauseRequest request = event.pause().orElseThrow();
        Paused paused = pause(event, key, state, bot, HandoverPlanner.until(request.pauseFor(bot.manualSleep()), now),
                now, deadline);
        return Outcome.of("paused", Optional.empty(), "a pause command", paused.state(), now, paused.actions());
    }

    /** A person of the team answered from the CRM: the bot keeps quiet, as the platform's sleepOnManualMessage. */
    Outcome staffReply(ConversationEvent event, ConversationKey key, ConversationState state, BotProfile bot,
            Instant now, Deadline deadline) {
        if (!bot.sleepOnManualMessage()) {
            return Outcome.simple(state.pausedAt(now) ? "paused" : "none", "staff-reply", state, now);
        }
        if (bot.shadow()) {
            return Outcome.simple("paused", "a person replied from the CRM (shadow: nothing paused)", state, now);
        }
        Paused paused = staffPause(event, key, state, bot, now, deadline);
        return Outcome.of("paused", Optional.empty(), "a person replied from the CRM", paused.state(), now,
                paused.actions());
    }

    /** Starts or extends the human's pause, as a person's reply does. */
    Paused staffPause(ConversationEvent event, ConversationKey key, ConversationState state, BotProfile bot,
            Instant now, Deadline deadline) {
        return pause(event, key, state, bot, HandoverPlanner.until(bot.manualSleep(), now), now, deadline);
    }

    /** Starts or extends the pause; the state has the longer of the two pauses. */
    private Paused pause(ConversationEvent event, ConversationKey key, ConversationState state, BotProfile bot,
            Instant until, Instant now, Deadline deadline) {
        store.extendPause(key, until, now);
        Instant longest = state.pausedUntil().filter(current -> current.isAfter(until)).orElse(until);
        List<ActionReport> tag = tagging.paused(bot, key, event.contactId(), state, longest, now, deadline);
        return new Paused(state.withPause(Optional.of(longest)), tag);
    }
}
