package dev.handover.handover;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.handover.config.BusinessHoursSettings;
import dev.handover.config.LocalizedText.Text;

/**
 * What business hours change in a handover that starts while nobody is there: the closing message says when the
 * team is back, and the task falls due that much open time after the opening. Pure: every answer is a function of
 * the episode's start, so a resumed episode writes the same message and the same due date as the first attempt.
 */
final class AfterHours {

    private AfterHours() {
    }

    static boolean applies(Optional<BusinessHoursSettings> settings, Instant startedAt) {
        return settings.filter(hours -> !hours.hours().isOpen(startedAt)).isPresent();
    }

    /** In hours, the usual due date; after hours, {@code dueHours} of open time from the next opening. */
    static Instant taskDue(Optional<BusinessHoursSettings> settings, Instant startedAt, int dueHours) {
        Instant due = applies(settings, startedAt)
                ? settings.get().hours().plusOpenTime(startedAt, Duration.ofHours(dueHours))
                : startedAt.plus(Duration.ofHours(dueHours));
        return due.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * The closing message: the bot's own in hours ({@code finalMessage}, already chosen by the episode's language),
     * the after-hours one in the customer's language otherwise.
     */
    static String closingText(Optional<BusinessHoursSettings> settings, Instant startedAt, String language,
            String finalMessage) {
        if (!applies(settings, startedAt)) {
            return finalMessage;
        }
        Text message = settings.get().message(language);
        return message.text().replace(BusinessHoursSettings.NEXT_OPENING,
                nextOpening(settings.get(), startedAt, message));
    }

    /** The next opening in the bot's zone, written the way the message's language writes a date and a time. */
    static String nextOpening(BusinessHoursSettings settings, Instant startedAt, Text message) {
        Instant opening = settings.hours().nextOpening(startedAt);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(message.locale()).format(opening.atZone(settings.hours().zone()));
    }
}
