package dev.handover.config;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A bot's business hours and the closing message it sends outside them.
 *
 * @param hours when a person of the team is there
 * @param messages the after-hours message by language code (its texts hold {@value #NEXT_OPENING})
 * @param fallback the message for a customer whose language has none of its own (or is not recognised)
 */
public record BusinessHoursSettings(BusinessHours hours, Map<String, AfterHoursMessage> messages,
        AfterHoursMessage fallback) {

    /** The placeholder of an after-hours message that the next opening time replaces. */
    public static final String NEXT_OPENING = "{nextOpening}";
    /** The closing message outside business hours when the bot sets none. */
    public static final String DEFAULT_MESSAGE = "Thank you! Our team is away right now; someone will get back to "
            + "you after we open on " + NEXT_OPENING + ".";

    public BusinessHoursSettings {
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(fallback, "fallback");
        messages = Map.copyOf(messages);
    }

    /**
     * One after-hours text and the locale its opening time is written in.
     *
     * @param locale the language of the text: the key it is given under, or for the default one its guessed language
     */
    public record AfterHoursMessage(String text, Locale locale) {
    }

    /** The message for a customer whose messages read as {@code language}. */
    public AfterHoursMessage message(String language) {
        return messages.getOrDefault(language, fallback);
    }
}
