package dev.handover.conversation;

import static dev.handover.conversation.ConversationItem.EPISODE_ATTEMPTS;
import static dev.handover.conversation.ConversationItem.EPISODE_DONE;
import static dev.handover.conversation.ConversationItem.EPISODE_FAILED;
import static dev.handover.conversation.ConversationItem.EPISODE_ID;
import static dev.handover.conversation.ConversationItem.EPISODE_LANGUAGE;
import static dev.handover.conversation.ConversationItem.EPISODE_LEASE;
import static dev.handover.conversation.ConversationItem.EPISODE_OPEN;
import static dev.handover.conversation.ConversationItem.EPISODE_PLANNED;
import static dev.handover.conversation.ConversationItem.EPISODE_REASON;
import static dev.handover.conversation.ConversationItem.EPISODE_SCENARIO;
import static dev.handover.conversation.ConversationItem.EPISODE_STARTED;
import static dev.handover.conversation.ConversationItem.EXPIRATION;
import static dev.handover.conversation.ConversationItem.FAILED_ATTEMPTS;
import static dev.handover.conversation.ConversationItem.PAUSED_UNTIL;
import static dev.handover.conversation.ConversationItem.key;
import static dev.handover.conversation.ConversationItem.number;
import static dev.handover.conversation.ConversationItem.string;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.config.HandoverConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The handover episode's expressions, on the conversation item: opening the episode with its pause, taking over the
 * lease of one left unfinished, and the checkpoint that records what its actions did. An invocation holds an episode
 * under a lease mark of its own ({@link #leaseMark}), and a checkpoint is written only under that mark: an
 * invocation whose episode was taken over after its lease ran out (an action that ended long after the answer, in a
 * Lambda environment frozen meanwhile) can neither release nor close the episode another invocation now runs.
 *
 * <p>As in {@link ConversationStore}, a write whose first attempt was applied with its answer lost is retried by the
 * SDK and then fails its own condition; the item the refusal found tells "mine" from "someone else's".
 */
@ApplicationScoped
public class EpisodeCheckpoints {

    private final DynamoCalls calls;
    private final ItemExpiry expiry;

    public EpisodeCheckpoints(DynamoDbClient dynamo, HandoverConfig config) {
        this.calls = new DynamoCalls(dynamo, config.table().name());
        this.expiry = new ItemExpiry(config.table().conversationTtl());
    }

    /** The lease mark an invocation holds an episode with until {@code until}: unique to the invocation. */
    public String leaseMark(Instant until) {
        return Mark.of(until.toEpochMilli());
    }

    /**
     * Opens a handover episode under {@code lease}, starts the pause and resets the failed-attempt count in one
     * conditional write. Fails (returns false) while another episode is open or the bot is paused: one handover per
     * episode.
     */
    public boolean open(ConversationKey key, Episode episode, Optional<Instant> pausedUntil, Instant now,
            String lease) {
        Map<String, String> names = new HashMap<>(Map.of("#id", EPISODE_ID, "#scenario", EPISODE_SCENARIO,
                "#reason", EPISODE_REASON, "#started", EPISODE_STARTED, "#open", EPISODE_OPEN,
                "#planned", EPISODE_PLANNED, "#done", EPISODE_DONE, "#failed", EPISODE_FAILED,
                "#paused", PAUSED_UNTIL, "#expiration", EXPIRATION));
        names.put("#lease", EPISODE_LEASE);
        names.put("#count", FAILED_ATTEMPTS);
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":id", string(episode.id()), ":scenario", string(episode.scenario()),
                ":reason", string(episode.reason()), ":started", number(now.getEpochSecond()),
                ":true", AttributeValue.fromBool(true), ":false", AttributeValue.fromBool(false),
                ":planned", AttributeValue.fromL(episode.planned().stream().map(ConversationItem::string).toList()),
                ":empty", AttributeValue.fromM(Map.of()), ":now", number(now.getEpochSecond()),
                ":lease", AttributeValue.fromN(lease)));
        values.put(":zero", number(0));
        values.put(":ttl", number(expiry.keepUntil(pausedUntil.orElse(now), now)));
        names.put("#attempts", EPISODE_ATTEMPTS);
        names.put("#language", EPISODE_LANGUAGE);
        values.put(":attempts", number(episode.failedAttempts()));
        values.put(":language", string(episode.language()));
        StringBuilder update = new StringBuilder("SET #id = :id, #scenario = :scenario, #reason = :reason, "
                + "#started = :started, #open = :true, #planned = :planned, #done = :empty, #failed = :empty, "
                + "#lease = :lease, #count = :zero, #expiration = :ttl, #attempts = :attempts, "
                + "#language = :language");
        pausedUntil.ifPresent(until -> {
            update.append(", #paused = :until").append(expiry.floor(until, now, names));
            values.put(":until", number(until.getEpochSecond()));
        });
        try {
            calls.update(key, update.toString(), "(attribute_not_exists(#open) OR #open = :false) "
                    + "AND (attribute_not_exists(#paused) OR #paused <= :now)", names, values);
            return true;
        } catch (ConditionalCheckFailedException refused) {
            AttributeValue id = calls.refused(key, refused).get(EPISODE_ID);
            // Our own episode: the first attempt was applied and its answer lost.
            return id != null && episode.id().equals(id.s());
        }
    }

    /**
     * Takes over an open episode whose lease has run out or was released: its invocation crashed, timed out or gave
     * up for a retry. Returns the conversation as the lease write left it, so that the taker runs from the latest
     * checkpoint; empty while another invocation holds it, so that no two run its actions at once.
     */
    public Optional<ConversationState> takeLease(ConversationKey key, String episodeId, Instant now, String lease) {
        try {
            return Optional.of(ConversationItem.state(calls.update(UpdateItemRequest.builder().key(key(key))
                    .updateExpression("SET #lease = :lease")
                    .conditionExpression("#id = :episode AND #open = :true AND #lease < :now")
                    .expressionAttributeNames(Map.of("#lease", EPISODE_LEASE, "#id", EPISODE_ID, "#open", EPISODE_OPEN))
                    .expressionAttributeValues(Map.of(":lease", AttributeValue.fromN(lease),
                            ":episode", string(episodeId), ":true", AttributeValue.fromBool(true),
                            ":now", number(now.toEpochMilli())))
                    .returnValues(ReturnValue.ALL_NEW))));
        } catch (ConditionalCheckFailedException refused) {
            Map<String, AttributeValue> item = calls.refused(key, refused);
            return Mark.same(item.get(EPISODE_LEASE), lease) ? Optional.of(ConversationItem.state(item))
                    : Optional.empty();
        }
    }

    /**
     * Writes {@code checkpoint} in one conditional write: every action's result, and the episode closed, released or
     * kept. Returns false, writing nothing, when the episode is no longer held under {@code lease} (another
     * invocation took it over: it looks at the CRM before repeating anything).
     */
    public boolean record(ConversationKey key, String episodeId, String lease, Checkpoint checkpoint) {
        if (checkpoint.empty()) {
            return true;
        }
        Map<String, String> names = new HashMap<>(Map.of("#id", EPISODE_ID, "#lease", EPISODE_LEASE));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":episode", string(episodeId),
                ":lease", AttributeValue.fromN(lease)));
        List<String> sets = new ArrayList<>();
        results("#done", EPISODE_DONE, checkpoint.done(), names, values, sets);
        results("#failed", EPISODE_FAILED, checkpoint.failed(), names, values, sets);
        // A released lease is a mark too (whole part 0, so any clock takes it): a retry of our own release, refused
        // because the lease is no longer ours, finds this exact value.
        String released = checkpoint.ending() == Checkpoint.Ending.RELEASE ? Mark.of(0) : null;
        switch (checkpoint.ending()) {
            case CLOSE -> {
                names.put("#open", EPISODE_OPEN);
                values.put(":false", AttributeValue.fromBool(false));
                sets.add("#open = :false");
            }
            case RELEASE -> {
                values.put(":released", AttributeValue.fromN(released));
                sets.add("#lease = :released");
            }
            case KEEP -> {
            }
        }
        try {
            calls.update(key, "SET " + String.join(", ", sets), "#id = :episode AND #lease = :lease", names, values);
            return true;
        } catch (ConditionalCheckFailedException refused) {
            Map<String, AttributeValue> item = calls.refused(key, refused);
            AttributeValue id = item.get(EPISODE_ID);
            return released != null && id != null && episodeId.equals(id.s())
                    && Mark.same(item.get(EPISODE_LEASE), released);
        }
    }

    /** Adds {@code map.action = detail} for each result, under names of its own (action ids are not placeholders). */
    private static void results(String map, String attribute, Map<String, String> results, Map<String, String> names,
            Map<String, AttributeValue> values, List<String> sets) {
        if (results.isEmpty()) {
            return;
        }
        names.put(map, attribute);
        for (Map.Entry<String, String> result : results.entrySet()) {
            String n = Integer.toString(sets.size());
            names.put("#a" + n, result.getKey());
            values.put(":v" + n, string(result.getValue()));
            sets.add(map + ".#a" + n + " = :v" + n);
        }
    }
}
