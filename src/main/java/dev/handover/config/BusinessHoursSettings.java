package dev.handover.config;

import java.util.Objects;

import dev.handover.config.LocalizedText.Text;

/**
 * A bot's business hours and the closing message it sends outside them.
 *
 * @param hours when a person of the team is there
 * @param afterHours the after-hours message, by language code or one for all (its texts hold {@value #NEXT_OPENING});
 *        it always has a default text
 */
public record BusinessHoursSettings(BusinessHours hours, LocalizedText afterHours) {

    /** The placeholder of an after-hours message that the next opening time replaces. */
    public static final String NEXT_OPENING = "{nextOpening}";
    /** The closing message outside business hours when the bot sets none. */
    public static final String DEFAULT_MESSAGE = "Thank you! Our team is away right now; someone will get back to "
            + "you after we open on " + NEXT_OPENING + ".";

    public BusinessHoursSettings {
        Objects.requireNonNull(hours, "hours");
        if (afterHours.fallback().isEmpty()) {
            throw new IllegalArgumentException("an after-hours message without a default text");
        }
    }

    /** The message for a customer whose messages read as {@code language}; its locale writes the opening time. */
    public Text message(String language) {
        return afterHours.in(language).orElseThrow();
    }
}
