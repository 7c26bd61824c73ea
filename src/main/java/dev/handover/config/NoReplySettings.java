package dev.handover.config;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * What a handover action does when no person of the team has answered the customer within a time: the bot takes the
 * conversation back, or someone else is brought in.
 *
 * @param timeout how long the team has ({@code humanResponseTimeout}); open time when the bot has business hours
 * @param onNoReply resume (end the pause, the bot's message to the customer) or escalate (assign, tag)
 * @param message resume: what the bot tells the customer ({@code noReplyMessage}), by their language or one for all;
 *        {@link LocalizedText#NONE} sends nothing
 * @param escalateToUserId escalate: the user the contact is assigned to
 * @param escalationTag escalate: the tag added to the contact
 */
public record NoReplySettings(Duration timeout, OnNoReply onNoReply, LocalizedText message,
        Optional<String> escalateToUserId, Optional<String> escalationTag) {

    /** What the bot says when it takes the conversation back and the action does not say. */
    public static final String DEFAULT_MESSAGE = "Sorry for the wait! Nobody from the team is free right now, so I'm "
            + "back to help you in the meantime.";

    public NoReplySettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(onNoReply, "onNoReply");
        Objects.requireNonNull(message, "message");
    }

    /** The two ways out of a handover nobody answered ({@code onNoReply}). */
    public enum OnNoReply {
        RESUME("resume"),
        ESCALATE("escalate");

        private final String id;

        OnNoReply(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static Optional<OnNoReply> fromId(String id) {
            for (OnNoReply value : values()) {
                if (value.id.equals(id)) {
                    return Optional.of(value);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * When the team's time is up for a handover at {@code handoverAt}: the timeout later, or with business hours
     * that much open time later (a handover on Friday evening with 2 hours fires at Monday's opening plus 2 hours).
     * Rounded up to the second the table keeps, so that it never fires before the timeout.
     */
    public Instant deadline(Instant handoverAt, Optional<BusinessHours> hours) {
        Instant at = hours.map(open -> open.plusOpenTime(handoverAt, timeout)).orElse(handoverAt.plus(timeout));
        Instant seconds = at.truncatedTo(ChronoUnit.SECONDS);
        return seconds.equals(at) ? at : seconds.plusSeconds(1);
    }
}
