package dev.handover.conversation;

import static dev.handover.conversation.ConversationItem.COUNTED_DELIVERY;
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
import static dev.handover.conversation.ConversationItem.EXPIRATION_FLOOR;
import static dev.handover.conversation.ConversationItem.FAILED_ATTEMPTS;
import static dev.handover.conversation.ConversationItem.PAUSED_UNTIL;
import static dev.handover.conversation.ConversationItem.key;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Every DynamoDB expression of the function. One item per conversation holds the recent delivery ids, the pause,
 * the failed-attempt count and the current handover episode, so that a plain message costs one conditional write
 * that claims the delivery, records the activity and returns the state as it was. Only single-item conditional
 * writes are used: no transactions, and TTL is never relied on.
 *
 * <p>The SDK retries a write whose answer was lost (a reset connection, an attempt over its timeout, a 500), and
 * the retry then fails its own condition, since the first attempt already changed the item. So every conditional
 * write tells "mine" (the value it would have written is there: its delivery mark, episode id or lease mark) from
 * "someone else's" by the item the refusal found.
 */
@ApplicationScoped
public class ConversationStore {

    /** TTL of an indefinitely paused conversation: effectively never, without ever being absent. */
    private static final Duration FOREVER = Duration.ofDays(3650);
    private static final Logger LOG = Logger.getLogger(ConversationStore.class);

    private final DynamoCalls calls;
    private final DeliveryClaims claims;
    private final Duration deliveryTtl;
    private final Duration conversationTtl;

    public ConversationStore(DynamoDbClient dynamo, HandoverConfig config) {
        this.calls = new DynamoCalls(dynamo, config.table().name());
        this.deliveryTtl = config.table().deliveryTtl();
        this.conversationTtl = config.table().conversationTtl();
        this.claims = new DeliveryClaims(calls, deliveryTtl, conversationTtl);
    }

    /**
     * The mark a claim of {@code event} at {@code now} writes: the delivery id's expiry, unique to this invocation. A
     * content hash (a workflow webhook without a message id) counts once within its window of the delivery that was
     * processed, so that any two copies less than the window apart count once.
     */
    public String deliveryMark(ConversationEvent event, Instant now) {
        return Mark.of(now.plus(event.dedupeWindow().orElse(deliveryTtl)).getEpochSecond());
    }

    /**
     * Claims a delivery id with {@code mark}, records who wrote when (and a fingerprint of a customer message),
     * pushes the item's expiry forward and returns the conversation as it was before, in one round trip. A
     * delivery id already claimed by someone else and not yet expired makes the result a duplicate, with the
     * conversation as it is now; nothing is written.
     */
    public ClaimResult claim(ConversationKey key, ConversationEvent event, Optional<String> fingerprint, Instant now,
            boolean onlyIfAwaited, String mark) {
        try {
            return claims.claim(key, event, fingerprint, now, onlyIfAwaited, mark);
        } catch (StoreRejectedException tooLarge) {
            // An item grown past the limit by an earlier version: make room once, then claim again.
            if (claims.prune(key, DeliveryIds.toPrune(calls.read(key), event.deliveryId(), now)) == 0) {
                throw tooLarge;
            }
            LOG.warnf("conversation %s: pruned delivery ids after DynamoDB refused the claim", key.conversationId());
            return claims.claim(key, event, fingerprint, now, onlyIfAwaited, mark);
        }
    }

    /**
     * Gives a delivery id back so that the sender's redelivery is processed, not dropped as a duplicate, and marks it
     * as awaited until {@code deadline} (see {@link DeliveryClaims#awaitRedelivery}).
     */
    public void awaitRedelivery(ConversationKey key, String deliveryId, String mark, Instant now, Instant deadline) {
        claims.awaitRedelivery(key, deliveryId, mark, now, deadline);
    }

    /** A consistent read of the conversation, for answers that did not claim anything. */
    public ConversationState read(ConversationKey key) {
        return ConversationItem.state(calls.read(key));
    }

    /**
     * Counts the failed attempt of one delivery atomically ({@code ADD}) and returns the count; {@code startOver}
     * counts it as the first after a quiet period. A delivery is counted once, however often it is delivered or its
     * write is retried. Nothing is counted while a handover episode is open.
     */
    public int addFailedAttempt(ConversationKey key, String deliveryId, boolean startOver, Instant now) {
        try {
            Map<String, AttributeValue> after = calls.update(UpdateItemRequest.builder().key(key(key))
                    .updateExpression((startOver ? "SET #count = :one, " : "ADD #count :one SET ")
                            + "#counted = :delivery, #expiration = if_not_exists(#floor, :ttl)")
                    .conditionExpression("(attribute_not_exists(#open) OR #open = :false) "
                            + "AND (attribute_not_exists(#counted) OR #counted <> :delivery)")
                    .expressionAttributeNames(Map.of("#count", FAILED_ATTEMPTS, "#open", EPISODE_OPEN,
                            "#expiration", EXPIRATION, "#floor", EXPIRATION_FLOOR, "#counted", COUNTED_DELIVERY))
                    .expressionAttributeValues(Map.of(":one", number(1), ":false", AttributeValue.fromBool(false),
                            ":ttl", number(now.plus(conversationTtl).getEpochSecond()),
                            ":delivery", string(deliveryId)))
                    .returnValues(ReturnValue.UPDATED_NEW));
            return Integer.parseInt(after.get(FAILED_ATTEMPTS).n());
        } catch (ConditionalCheckFailedException refused) {
            Map<String, AttributeValue> item = calls.refused(key, refused);
            AttributeValue counted = item.get(COUNTED_DELIVERY);
            if (counted != null && deliveryId.equals(counted.s())) {
                return ConversationItem.state(item).failedAttempts();
            }
            return 0;
        }
    }

    /** The customer says it worked, or the conversation was quiet: failed attempts count from zero again. */
    public void resetFailedAttempts(ConversationKey key) {
        update(key, "SET #count = :zero", null, Map.of("#count", FAILED_ATTEMPTS), Map.of(":zero", number(0)));
    }

    /**
     * Starts or extends the pause after a person replied from the CRM; a longer pause already in place is kept.
     * The failed-attempt count starts again, as the person takes over.
     */
    public void extendPause(ConversationKey key, Instant until, Instant now) {
        Map<String, String> names = new HashMap<>(Map.of("#paused", PAUSED_UNTIL, "#count", FAILED_ATTEMPTS,
                "#expiration", EXPIRATION));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":until", number(until.getEpochSecond()),
                ":zero", number(0), ":ttl", number(keepUntil(until, now))));
        try {
            update(key, "SET #paused = :until, #count = :zero, #expiration = :ttl" + floor(until, now, names),
                    "attribute_not_exists(#paused) OR #paused < :until", names, values);
        } catch (ConditionalCheckFailedException longerPause) {
            LOG.debugf("conversation %s keeps its longer pause", key.conversationId());
        }
    }

    /** Ends the pause now; the failed-attempt count starts from zero. */
    public void resume(ConversationKey key, Instant now) {
        update(key, "SET #count = :zero, #expiration = :ttl REMOVE #paused, #floor", null,
                Map.of("#paused", PAUSED_UNTIL, "#count", FAILED_ATTEMPTS, "#expiration", EXPIRATION,
                        "#floor", EXPIRATION_FLOOR),
                Map.of(":zero", number(0), ":ttl", number(now.plus(conversationTtl).getEpochSecond())));
    }

    /**
     * Opens a handover episode, starts the pause and resets the failed-attempt count in one conditional write. Fails
     * (returns false) while another episode is open or the bot is paused: one handover per episode.
     */
    public boolean openEpisode(ConversationKey key, Episode episode, Optional<Instant> pausedUntil, Instant now,
            Instant leaseUntil) {
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
                ":lease", number(leaseUntil.toEpochMilli())));
        values.put(":zero", number(0));
        values.put(":ttl", number(keepUntil(pausedUntil.orElse(now), now)));
        names.put("#attempts", EPISODE_ATTEMPTS);
        names.put("#language", EPISODE_LANGUAGE);
        values.put(":attempts", number(episode.failedAttempts()));
        values.put(":language", string(episode.language()));
        StringBuilder update = new StringBuilder("SET #id = :id, #scenario = :scenario, #reason = :reason, "
                + "#started = :started, #open = :true, #planned = :planned, #done = :empty, #failed = :empty, "
                + "#lease = :lease, #count = :zero, #expiration = :ttl, #attempts = :attempts, #language = :language");
        pausedUntil.ifPresent(until -> {
            update.append(", #paused = :until").append(floor(until, now, names));
            values.put(":until", number(until.getEpochSecond()));
        });
        try {
            update(key, update.toString(), "(attribute_not_exists(#open) OR #open = :false) "
                    + "AND (attribute_not_exists(#paused) OR #paused <= :now)", names, values);
            return true;
        } catch (ConditionalCheckFailedException refused) {
            AttributeValue id = calls.refused(key, refused).get(EPISODE_ID);
            // Our own episode: the first attempt was applied and its answer lost.
            return id != null && episode.id().equals(id.s());
        }
    }

    /**
     * Takes over an open episode whose lease has run out: its invocation crashed, timed out or gave up for a retry.
     * Returns the conversation as the lease write left it, so that the taker runs from the latest checkpoints; empty
     * while another invocation holds it, so that no two run its actions at once.
     */
    public Optional<ConversationState> takeLease(ConversationKey key, String episodeId, Instant now,
            Instant leaseUntil) {
        String mark = Mark.of(leaseUntil.toEpochMilli());
        try {
            return Optional.of(ConversationItem.state(calls.update(UpdateItemRequest.builder().key(key(key))
                    .updateExpression("SET #lease = :lease")
                    .conditionExpression("#id = :episode AND #open = :true AND #lease < :now")
                    .expressionAttributeNames(Map.of("#lease", EPISODE_LEASE, "#id", EPISODE_ID, "#open", EPISODE_OPEN))
                    .expressionAttributeValues(Map.of(":lease", AttributeValue.fromN(mark),
                            ":episode", string(episodeId), ":true", AttributeValue.fromBool(true),
                            ":now", number(now.toEpochMilli())))
                    .returnValues(ReturnValue.ALL_NEW))));
        } catch (ConditionalCheckFailedException refused) {
            Map<String, AttributeValue> item = calls.refused(key, refused);
            return Mark.same(item.get(EPISODE_LEASE), mark) ? Optional.of(ConversationItem.state(item))
                    : Optional.empty();
        }
    }

    /** Lets the next delivery resume the episode at once instead of waiting for the lease to run out. */
    public void releaseLease(ConversationKey key, String episodeId) {
        episodeUpdate(key, episodeId, "SET #lease = :zero", Map.of("#lease", EPISODE_LEASE), Map.of(":zero", number(0)));
    }

    /** Records an action of the episode as done, with the id the CRM gave it. */
    public void markDone(ConversationKey key, String episodeId, String action, String crmId) {
        episodeUpdate(key, episodeId, "SET #map.#action = :value", Map.of("#map", EPISODE_DONE, "#action", action),
                Map.of(":value", string(crmId)));
    }

    /** Records an action of the episode as failed for good; it will not be retried. */
    public void markFailed(ConversationKey key, String episodeId, String action, String reason) {
        episodeUpdate(key, episodeId, "SET #map.#action = :value", Map.of("#map", EPISODE_FAILED, "#action", action),
                Map.of(":value", string(reason)));
    }

    /** Closes the episode once no action remains. */
    public void closeEpisode(ConversationKey key, String episodeId) {
        episodeUpdate(key, episodeId, "SET #open = :false", Map.of("#open", EPISODE_OPEN),
                Map.of(":false", AttributeValue.fromBool(false)));
    }

    /** The item must outlive its pause: TTL is for cleanup, never a way to end a pause. */
    private long keepUntil(Instant pausedUntil, Instant now) {
        if (pausedUntil.equals(Instant.MAX)) {
            return now.plus(FOREVER).getEpochSecond();
        }
        return (pausedUntil.isAfter(now) ? pausedUntil : now).plus(conversationTtl).getEpochSecond();
    }

    /** A pause outlasting half the TTL keeps the item's expiry from being moved before it (uses :ttl). */
    private String floor(Instant until, Instant now, Map<String, String> names) {
        if (!until.isAfter(now.plus(conversationTtl.dividedBy(2)))) {
            return "";
        }
        names.put("#floor", EXPIRATION_FLOOR);
        return ", #floor = :ttl";
    }

    private void episodeUpdate(ConversationKey key, String episodeId, String expression, Map<String, String> names,
            Map<String, AttributeValue> values) {
        Map<String, String> allNames = new HashMap<>(names);
        allNames.put("#id", EPISODE_ID);
        Map<String, AttributeValue> allValues = new HashMap<>(values);
        allValues.put(":episode", string(episodeId));
        update(key, expression, "#id = :episode", allNames, allValues);
    }

    private void update(ConversationKey key, String expression, String condition, Map<String, String> names,
            Map<String, AttributeValue> values) {
        calls.update(key, expression, condition, names, values);
    }
}
