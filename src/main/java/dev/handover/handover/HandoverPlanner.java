package dev.handover.handover;

import java.time.Duration;
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

    /**
     * @param pauseTag the bot's pause tag: added as an action of its own when the handover pauses the bot
     * @param failedAttempts the conversation's failed-attempt count after the deciding event
     * @param language the language guess of the deciding message, kept for the words of a resumed episode
     */
    static Episode plan(Decision decision, BotProfile.Handover actions, Optional<String> pauseTag, Instant now,
            int failedAttempts, String language) {
        List<String> planned = new ArrayList<>();
        if (actions.assignToUserId().isPresent()) {
            planned.add(HandoverAction.ASSIGN.id());
        }
        if (actions.writesTask()) {
            planned.add(HandoverAction.TASK.id());
        }
        // By the deciding message's language: a bot may have a closing message for some languages only.
        if (actions.finalMessage().in(language).isPresent()) {
            planned.add(HandoverAction.CLOSING_MESSAGE.id());
        }
        if (!actions.tags().isEmpty()) {
            planned.add(HandoverAction.TAGS.id());
        }
        if (pauseTag.isPresent() && pausedUntil(actions, now).isPresent()) {
            planned.add(HandoverAction.PAUSE_TAG.id());
        }
        String scenario = decision.scenario().orElseThrow().id();
        return new Episode(UUID.randomUUID().toString(), scenario, decision.reason(), now, true, List.copyOf(planned),
                Map.of(), Map.of(), failedAttempts, language);
    }

    /** Empty when the bot is not paused; {@link Instant#MAX} when paused until resumed. */
    static Optional<Instant> pausedUntil(BotProfile.Handover actions, Instant now) {
        if (actions.pauseFor().filter(Duration::isZero).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(until(actions.pauseFor(), now));
    }

    /** Stored in epoch seconds: answer with the value the table holds. Empty means until resumed. */
    static Instant until(Optional<Duration> pause, Instant now) {
        return pause.map(duration -> now.plus(duration).truncatedTo(ChronoUnit.SECONDS)).orElse(Instant.MAX);
    }
}
