package dev.handover.handover;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.handover.config.BotProfile;
import dev.handover.conversation.Episode;
import dev.handover.scenario.Decision;

/** Turns a handover decision and the bot's settings into an episode: which actions, and the pause. */
final class HandoverPlanner {

    private HandoverPlanner() {
    }

    static Episode plan(Decision decision, BotProfile bot, Instant now) {
        BotProfile.Actions actions = bot.actions();
        List<String> planned = new ArrayList<>();
        if (actions.assignToUserId().isPresent()) {
            planned.add(HandoverAction.ASSIGN.id());
        }
        if (actions.createTask()) {
            planned.add(HandoverAction.TASK.id());
        }
        if (actions.finalMessage().isPresent()) {
            planned.add(HandoverAction.CLOSING_MESSAGE.id());
        }
        if (!actions.tags().isEmpty()) {
            planned.add(HandoverAction.TAGS.id());
        }
        String scenario = decision.scenario().orElseThrow().id();
        return new Episode(UUID.randomUUID().toString(), scenario, decision.reason(), now, true, List.copyOf(planned),
                Map.of(), Map.of());
    }

    /** Empty when the bot is not paused; {@link Instant#MAX} when paused until resumed. */
    static Optional<Instant> pausedUntil(BotProfile bot, Instant now) {
        BotProfile.Actions actions = bot.actions();
        if (!actions.pause()) {
            return Optional.empty();
        }
        // Stored in epoch seconds: answer with the same value the table holds.
        return Optional.of(actions.pauseFor().map(d -> now.plus(d).truncatedTo(ChronoUnit.SECONDS)).orElse(Instant.MAX));
    }
}
