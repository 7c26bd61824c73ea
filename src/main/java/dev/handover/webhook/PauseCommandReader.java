package dev.handover.webhook;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

import dev.handover.config.SleepUnits;
import dev.handover.conversation.PauseRequest;

/**
 * The duration of a {@code pause} command, in the fields of the platform's handover settings: {@code sleepTime} with
 * {@code sleepTimeUnit} (seconds, minutes, hours or days; hours when absent), or {@code reactivateEnabled: false}
 * for a pause until resumed; neither, the bot's own {@code manualMessageSleepTime}.
 */
final class PauseCommandReader {

    /** Longer pauses are surely a mistake of unit, as in the bots document; until resumed is said so. */
    static final Duration MAX_PAUSE = Duration.ofDays(3650);

    private PauseCommandReader() {
    }

    static PauseRequest read(JsonFields fields) {
        Optional<Double> amount = fields.optionalNumber("sleepTime");
        Optional<String> unit = fields.optionalText("sleepTimeUnit");
        if (Boolean.FALSE.equals(fields.optionalBoolean("reactivateEnabled").orElse(null))) {
            if (amount.isPresent()) {
                throw WebhookRejectedException.badRequest("invalid_value",
                        "'sleepTime' and 'reactivateEnabled: false' exclude each other");
            }
            return PauseRequest.untilResumed();
        }
        if (amount.isEmpty()) {
            if (unit.isPresent()) {
                throw WebhookRejectedException.badRequest("missing_field", "'sleepTimeUnit' needs 'sleepTime'");
            }
            return PauseRequest.asBotDefault();
        }
        OptionalLong seconds = SleepUnits.seconds(unit.orElse(null));
        if (seconds.isEmpty()) {
            throw WebhookRejectedException.badRequest("invalid_value",
                    "'sleepTimeUnit' must be one of " + SleepUnits.NAMES);
        }
        double total = amount.get() * seconds.getAsLong();
        if (!(total >= 1) || total > MAX_PAUSE.getSeconds()) {
            throw WebhookRejectedException.badRequest("invalid_value", "'sleepTime' must be at least one second and "
                    + "at most " + MAX_PAUSE.toDays() + " days; for a pause until resumed send reactivateEnabled: false");
        }
        return PauseRequest.lasting(Duration.ofSeconds(Math.round(total)));
    }
}
