package dev.handover.conversation;

import static dev.handover.conversation.ConversationItem.COUNTED_DELIVERY;
import static dev.handover.conversation.ConversationItem.EPISODE_OPEN;
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
 * The conversation's DynamoDB expressions, with those of its helpers in this package ({@link DeliveryClaims}) and of
 * the handover episode ({@link EpisodeCheckpoints}): every DynamoDB expression of the function is in one of them. One
 * item per conversation holds the recent delivery ids, the pause, the failed-attempt count and the current handover
 * episode, so that a plain message costs one conditional write that claims the delivery, records the activity and
 * returns the state as it was. Only single-item conditional writes are used: no transactions, and TTL is never
 * relied on.
 *
 * <p>The SDK retries a write whose answer was lost (a reset connection, an attempt over its timeout, a 500), and
 * the retry then fails its own condition, since the first attempt already changed the item. So every conditional
 * write tells "mine" (the value it would have written is there: its delivery mark, episode id or lease mark) from
 * "someone else's" by the item the refusal found.
 */
@ApplicationScoped
public class ConversationStore {

    private static final Logger LOG = Logger.getLogger(ConversationStore.class);

    private final DynamoCalls calls;
    private final DeliveryClaims claims;
    private final Duration deliveryTtl;
    private final Duration conversationTtl;
    private final ItemExpiry expiry;

    public ConversationStore(DynamoDbClient dynamo, HandoverConfig config) {
        this.calls = new DynamoCalls(dynamo, config.table().name());
        this.deliveryTtl = config.table().deliveryTtl();
        this.conversationTtl = config.table().conversationTtl();
        this.expiry = new ItemExpiry(conversationTtl);
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
                ":zero", number(0), ":ttl", number(expiry.keepUntil(until, now))));
        try {
            update(key, "SET #paused = :until, #count = :zero, #expiration = :ttl" + expiry.floor(until, now, names),
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

    private void update(ConversationKey key, String expression, String condition, Map<String, String> names,
            Map<String, AttributeValue> values) {
        calls.update(key, expression, condition, names, values);
    }
}
