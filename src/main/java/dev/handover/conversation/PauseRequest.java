package dev.handover.conversation;

import java.time.Duration;
import java.util.Optional;

/**
 * A {@code pause} command: pause the bot on purpose, for the bot's own manual sleep time, for a given duration, or
 * until resumed.
 *
 * @param botDefault pause as a person's reply from the CRM would ({@code manualMessageSleepTime})
 * @param duration when not {@code botDefault}: how long; empty means until resumed
 */
public record PauseRequest(boolean botDefault, Optional<Duration> duration) {

    public static PauseRequest asBotDefault() {
        return new PauseRequest(true, Optional.empty());
    }

    public static PauseRequest lasting(Duration duration) {
        return new PauseRequest(false, Optional.of(duration));
    }

    public static PauseRequest untilResumed() {
        return new PauseRequest(false, Optional.empty());
    }

    /** How long to pause, given the bot's manual sleep; empty means until resumed. */
    public Optional<Duration> pauseFor(Optional<Duration> botManualSleep) {
        return botDefault ? botManualSleep : duration;
    }
}
