package dev.handover.conversation;

import static dev.handover.conversation.ConversationItem.DUE_AT;
import static dev.handover.conversation.ConversationItem.EPISODE_ID;
import static dev.handover.conversation.ConversationItem.EXPIRATION;
import static dev.handover.conversation.ConversationItem.EXPIRATION_FLOOR;
import static dev.handover.conversation.ConversationItem.FAILED_ATTEMPTS;
import static dev.handover.conversation.ConversationItem.PAUSED_UNTIL;
import static dev.handover.conversation.ConversationItem.PK;
import static dev.handover.conversation.ConversationItem.WATCH_AT;
import static dev.handover.conversation.ConversationItem.WATCH_EPISODE;
import static dev.handover.conversation.ConversationItem.WATCH_ROUTE;
import static dev.handover.conversation.ConversationItem.WATCH_TRIED;
import static dev.handover.conversation.ConversationItem.number;
import static dev.handover.conversation.ConversationItem.string;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.HandoverConfig;
import dev.handover.conversation.DueSweep.Taken;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The expressions of a handover's wait for a person's reply ({@link ReplyWatch}). It is armed once per handover,
 * right after the episode opened, with the sweep's look at its deadline (or an earlier look left as it is); a
 * person's reply, or a pause or resume by hand, cancels it; the sweep that holds the conversation marks it as begun
 * before its CRM calls and ends it after them. Each write is conditional on the episode or on the sweep's lease
 * mark, so that two sweeps, a sweep and a person's reply, or a retried write cannot make it act twice.
 */
@ApplicationScoped
public class ReplyWatches {

    /** Arming alternates between two conditional writes while the look they depend on changes under them. */
    private static final int ARM_ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(ReplyWatches.class);

    private final DynamoCalls calls;
    private final DueWork work;
    private final Duration conversationTtl;

    public ReplyWatches(DynamoDbClient dynamo, HandoverConfig config, DueWork work) {
        this.calls = new DynamoCalls(dynamo, config.table().name());
        this.work = work;
        this.conversationTtl = config.table().conversationTtl();
    }

    /**
     * Starts the wait of the handover {@code episodeId}: the sweep looks at {@code deadline}, or earlier when an
     * earlier look is already scheduled (that look finds the wait and moves the next one to its deadline). False
     * when the handover is no longer the conversation's latest or a person already acted on it.
     */
    public boolean arm(ConversationKey key, String episodeId, Instant deadline, ReplyWatch.Route route) {
        for (int attempt = 0; attempt < ARM_ATTEMPTS; attempt++) {
            Map<String, String> names = watchNames();
            names.put("#id", EPISODE_ID);
            Map<String, AttributeValue> values = new HashMap<>(Map.of(":ep", string(episodeId),
                    ":at", number(deadline.getEpochSecond()), ":route", ConversationItem.route(route)));
            String set = "SET #ep = :ep, #at = :at, #route = :route";
            String once = "(attribute_not_exists(#ep) OR #ep <> :ep) AND #id = :ep";
            try {
                calls.update(key, set + ", " + work.schedule(key, deadline, DueWork.NO_REPLY_WORK, names, values),
                        once + " AND (attribute_not_exists(#dueAt) OR #dueAt > :dueAt)", names, values);
                return true;
            } catch (ConditionalCheckFailedException earlierLook) {
                Optional<Boolean> settled = armed(calls.refused(key, earlierLook), episodeId);
                if (settled.isPresent()) {
                    return settled.get();
                }
            }
            values.remove(":shard");
            values.remove(":dueAt");
            values.remove(":dueFor");
            names.remove("#shard");
            names.remove("#dueFor");
            try {
                calls.update(key, set, once + " AND #dueAt <= :at", names, values);
                return true;
            } catch (ConditionalCheckFailedException noEarlierLook) {
                Optional<Boolean> settled = armed(calls.refused(key, noEarlierLook), episodeId);
                if (settled.isPresent()) {
                    return settled.get();
                }
            }
        }
        LOG.warnf("conversation %s: its due work kept changing; the wait for a reply is not armed",
                key.conversationId());
        return false;
    }

    /** A person acted on the handover {@code episodeId}: its wait is over, and can no longer be armed. */
    public void cancel(ConversationKey key, String episodeId) {
        Map<String, String> names = watchNames();
        names.put("#id", EPISODE_ID);
        names.put("#tried", WATCH_TRIED);
        try {
            calls.update(key, "SET #ep = :ep REMOVE #at, #route, #tried", "#id = :ep", names,
                    Map.of(":ep", string(episodeId)));
        } catch (ConditionalCheckFailedException newer) {
            LOG.debugf("conversation %s has a newer handover; its wait stays", key.conversationId());
        }
    }

    /**
     * The sweep holding the conversation is about to act on its wait: false when a person acted meanwhile, or
     * another sweep holds it now.
     */
    public boolean begin(Taken taken, String episodeId) {
        Map<String, String> names = sweepNames();
        names.remove("#route");
        Map<String, AttributeValue> values = Map.of(":mark", AttributeValue.fromN(taken.mark()),
                ":ep", string(episodeId));
        try {
            calls.update(request(taken).updateExpression("SET #tried = :mark")
                    .conditionExpression("#dueAt = :mark AND #ep = :ep AND attribute_exists(#at)")
                    .expressionAttributeNames(names).expressionAttributeValues(values));
            return true;
        } catch (ConditionalCheckFailedException refused) {
            Map<String, AttributeValue> item = calls.refused(key(taken), refused);
            return Mark.same(item.get(WATCH_TRIED), taken.mark()) && item.containsKey(WATCH_AT);
        }
    }

    /**
     * The bot takes the conversation back: the pause ends (the failed-attempt count starts from zero) and the wait
     * is over, in one write, unless a person acted since {@link #begin}.
     */
    public boolean resumed(Taken taken, Instant now) {
        Map<String, String> names = sweepNames();
        names.put("#paused", PAUSED_UNTIL);
        names.put("#floor", EXPIRATION_FLOOR);
        names.put("#count", FAILED_ATTEMPTS);
        names.put("#expiration", EXPIRATION);
        names.remove("#ep");
        try {
            calls.update(request(taken).updateExpression("SET #count = :zero, #expiration = :ttl "
                    + "REMOVE #paused, #floor, #at, #route, #tried")
                    .conditionExpression("#dueAt = :mark AND #tried = :mark").expressionAttributeNames(names)
                    .expressionAttributeValues(Map.of(":mark", AttributeValue.fromN(taken.mark()),
                            ":zero", number(0), ":ttl", number(now.plus(conversationTtl).getEpochSecond()))));
            return true;
        } catch (ConditionalCheckFailedException refused) {
            Map<String, AttributeValue> item = calls.refused(key(taken), refused);
            // Applied with its answer lost, this write left neither the mark nor a pause; a person's reply left a
            // pause.
            return !item.containsKey(WATCH_TRIED) && !item.containsKey(PAUSED_UNTIL);
        }
    }

    /**
     * The wait is over without touching the pause: escalated ({@code begun}: after {@link #begin}), or given up
     * without a call (the bot's settings no longer have it, or its pause ended first).
     */
    public void over(Taken taken, String episodeId, boolean begun) {
        Map<String, String> names = sweepNames();
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":mark", AttributeValue.fromN(taken.mark())));
        String condition;
        if (begun) {
            names.remove("#ep");
            condition = "#dueAt = :mark AND #tried = :mark";
        } else {
            values.put(":ep", string(episodeId));
            condition = "#dueAt = :mark AND #ep = :ep AND attribute_exists(#at)";
        }
        try {
            calls.update(request(taken).updateExpression("REMOVE #at, #route, #tried").conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException changed) {
            LOG.debugf("conversation %s: its wait was ended by someone else", taken.pk());
        }
    }

    private static Optional<Boolean> armed(Map<String, AttributeValue> item, String episodeId) {
        AttributeValue watch = item.get(WATCH_EPISODE);
        if (watch != null && episodeId.equals(watch.s())) {
            // Ours (an answer lost), or cancelled by a person before it could be armed: settled either way.
            return Optional.of(item.containsKey(WATCH_AT));
        }
        AttributeValue latest = item.get(EPISODE_ID);
        return latest == null || !episodeId.equals(latest.s()) ? Optional.of(false) : Optional.empty();
    }

    private static UpdateItemRequest.Builder request(Taken taken) {
        return UpdateItemRequest.builder().key(key(taken));
    }

    private static Map<String, AttributeValue> key(Taken taken) {
        return Map.of(PK, string(taken.pk()));
    }

    private static Map<String, String> watchNames() {
        return new HashMap<>(Map.of("#ep", WATCH_EPISODE, "#at", WATCH_AT, "#route", WATCH_ROUTE));
    }

    /** The names of the sweep's writes: the wait's, the mark of the sweep that began it, and the due time. */
    private static Map<String, String> sweepNames() {
        Map<String, String> names = watchNames();
        names.put("#dueAt", DUE_AT);
        names.put("#tried", WATCH_TRIED);
        return names;
    }
}
