package dev.handover.conversation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A handover's wait for a person of the team to answer the customer (the action's {@code humanResponseTimeout}):
 * when its deadline passes with no reply, the sweep hands the conversation back to the bot or escalates it.
 *
 * @param episodeId the handover it belongs to; kept after the watch fired or a person acted, so that a handover
 *        arms it once, however often the handover is resumed
 * @param deadline when the team's time is up; empty once the watch fired or a person acted
 * @param tried a sweep has begun to act on it, so a CRM write of that sweep may have gone through: the next one
 *        looks before it writes
 * @param route where the sweep acts; empty once the watch is over
 */
public record ReplyWatch(String episodeId, Optional<Instant> deadline, boolean tried, Optional<Route> route) {

    public ReplyWatch {
        Objects.requireNonNull(episodeId, "episodeId");
    }

    /**
     * Where the sweep acts, kept from the event that started the handover, since the sweep has no event. Ids and
     * the channel only: never a text of the customer (an email's subject included).
     *
     * @param threadId an email's thread, which the bot's message answers in
     * @param conversationProviderId a custom channel's provider
     */
    public record Route(String botId, String locationId, String conversationId, String contactId, Channel channel,
            Optional<String> threadId, Optional<String> conversationProviderId) {

        public Route {
            Objects.requireNonNull(botId, "botId");
            Objects.requireNonNull(locationId, "locationId");
            Objects.requireNonNull(conversationId, "conversationId");
            Objects.requireNonNull(contactId, "contactId");
            Objects.requireNonNull(channel, "channel");
        }
    }

    /** Still waiting: nobody replied and the sweep has not finished acting on it. */
    public boolean pending() {
        return deadline.isPresent();
    }

    /** Waiting and out of time at {@code now}. */
    public boolean dueAt(Instant now) {
        return deadline.filter(at -> !at.isAfter(now)).isPresent();
    }
}
