package dev.handover.conversation;

import static dev.handover.conversation.ConversationItem.DELIVERY_PREFIX;
import static dev.handover.conversation.ConversationItem.EXPIRATION;
import static dev.handover.conversation.ConversationItem.EXPIRATION_FLOOR;
import static dev.handover.conversation.ConversationItem.GIVEN_BACK_PREFIX;
import static dev.handover.conversation.ConversationItem.LAST_ACTIVITY;
import static dev.handover.conversation.ConversationItem.LAST_AUTHOR;
import static dev.handover.conversation.ConversationItem.LAST_DELIVERY;
import static dev.handover.conversation.ConversationItem.LAST_FINGERPRINT;
import static dev.handover.conversation.ConversationItem.NOTHING;
import static dev.handover.conversation.ConversationItem.PAUSED_UNTIL;
import static dev.handover.conversation.ConversationItem.PREVIOUS_ACTIVITY;
import static dev.handover.conversation.ConversationItem.PREVIOUS_AUTHOR;
import static dev.handover.conversation.ConversationItem.PREVIOUS_DELIVERY;
import static dev.handover.conversation.ConversationItem.PREVIOUS_FINGERPRINT;
import static dev.handover.conversation.ConversationItem.key;
import static dev.handover.conversation.ConversationItem.number;
import static dev.handover.conversation.ConversationItem.string;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The delivery-id expressions of {@link ConversationStore}: the claim, the give-back for a redelivery, and the
 * housekeeping that keeps the item small. Package-private: the store is the one way in.
 */
final class DeliveryClaims {

    /** The most attributes one housekeeping write removes, well within DynamoDB's 4 KB per expression. */
    private static final int REMOVE_BATCH = 100;
    private static final Logger LOG = Logger.getLogger(DeliveryClaims.class);

    private final DynamoCalls calls;
    private final Duration deliveryTtl;
    private final Duration conversationTtl;

    DeliveryClaims(DynamoCalls calls, Duration deliveryTtl, Duration conversationTtl) {
        this.calls = calls;
        this.deliveryTtl = deliveryTtl;
        this.conversationTtl = conversationTtl;
    }

    ClaimResult claim(ConversationKey key, ConversationEvent event, Optional<String> fingerprint,
            Instant now, boolean onlyIfAwaited, String mark) {
        String delivery = DELIVERY_PREFIX + event.deliveryId();
        Map<String, String> names = new HashMap<>(Map.of("#delivery", delivery,
                "#givenBack", GIVEN_BACK_PREFIX + event.deliveryId(), "#floor", EXPIRATION_FLOOR,
                "#expiration", EXPIRATION, "#author", LAST_AUTHOR, "#activity", LAST_ACTIVITY));
        names.put("#previousAuthor", PREVIOUS_AUTHOR);
        names.put("#previousActivity", PREVIOUS_ACTIVITY);
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":mark", AttributeValue.fromN(mark),
                ":ttl", number(now.plus(conversationTtl).getEpochSecond()),
                ":now", number(now.getEpochSecond()), ":author", string(event.author().name()),
                ":nothing", string(NOTHING), ":never", number(0)));
        if (onlyIfAwaited) {
            values.put(":minusNow", number(-now.getEpochSecond()));
        }
        // The expiry moves forward with every message, except while a long pause needs it later (the floor).
        StringBuilder update = new StringBuilder("SET #delivery = :mark, "
                + "#expiration = if_not_exists(#floor, :ttl), #author = :author, #activity = :now, "
                + "#previousAuthor = if_not_exists(#author, :nothing), "
                + "#previousActivity = if_not_exists(#activity, :never)");
        fingerprint.ifPresent(print -> {
            update.append(", #fingerprint = :fingerprint, #lastDelivery = :lastDelivery, "
                    + "#previousFingerprint = if_not_exists(#fingerprint, :nothing), "
                    + "#previousDelivery = if_not_exists(#lastDelivery, :nothing)");
            names.put("#previousFingerprint", PREVIOUS_FINGERPRINT);
            names.put("#previousDelivery", PREVIOUS_DELIVERY);
            names.put("#fingerprint", LAST_FINGERPRINT);
            names.put("#lastDelivery", LAST_DELIVERY);
            values.put(":fingerprint", string(print.isEmpty() ? "-" : print));
            values.put(":lastDelivery", string(event.deliveryId()));
        });
        // An awaited redelivery is marked with minus its deadline (see awaitRedelivery); a given-back mark equal to
        // the delivery's is a claim that landed after its invocation had answered 429.
        // (attribute_exists: dynalite takes two missing attributes for equal.)
        String givenBack = "(attribute_exists(#givenBack) AND #delivery = #givenBack)";
        String condition = onlyIfAwaited ? "#delivery <= :minusNow OR " + givenBack
                : "attribute_not_exists(#delivery) OR #delivery < :now OR " + givenBack;
        Map<String, AttributeValue> found;
        ClaimResult result;
        try {
            found = calls.update(UpdateItemRequest.builder().key(key(key)).updateExpression(update.toString())
                    .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_OLD));
            result = new ClaimResult(ClaimResult.Status.CLAIMED, ConversationItem.state(found));
        } catch (ConditionalCheckFailedException refused) {
            found = calls.refused(key, refused);
            if (!Mark.same(found.get(delivery), mark)) {
                return new ClaimResult(onlyIfAwaited ? ClaimResult.Status.NOT_AWAITED : ClaimResult.Status.DUPLICATE,
                        ConversationItem.state(found), Mark.whole(found.get(delivery)).filter(expiry -> expiry > 0)
                                .map(expiry -> Instant.ofEpochSecond(expiry).minus(deliveryTtl)));
            }
            // Our own first attempt was applied and its answer lost: the state before it is in the copies it took.
            LOG.infof("conversation %s: claim of %s was applied although its answer was lost", key.conversationId(),
                    event.deliveryId());
            result = new ClaimResult(ClaimResult.Status.CLAIMED, ConversationItem.stateBefore(found));
        }
        housekeeping(key, found, event.deliveryId(), now);
        return result;
    }

    /**
     * Gives a delivery id back so that the sender's redelivery is processed, not dropped as a duplicate, and marks it
     * as awaited until {@code deadline}: HighLevel redelivers with the original timestamp, past the usual maximum age.
     * The mark is minus the deadline, so that the ordinary claim condition ({@code < now}) still accepts it. The
     * claim's own mark is kept beside it: should the claim land after this (a stalled write), the redelivery still
     * finds its delivery given back. A delivery someone else holds is left alone.
     */
    void awaitRedelivery(ConversationKey key, String deliveryId, String mark, Instant now, Instant deadline) {
        try {
            calls.update(UpdateItemRequest.builder().key(key(key))
                    .updateExpression("SET #delivery = :minusDeadline, #givenBack = :mark")
                    .conditionExpression("attribute_not_exists(#delivery) OR #delivery = :mark OR #delivery < :now")
                    .expressionAttributeNames(Map.of("#delivery", DELIVERY_PREFIX + deliveryId,
                            "#givenBack", GIVEN_BACK_PREFIX + deliveryId))
                    .expressionAttributeValues(Map.of(":minusDeadline", number(-deadline.getEpochSecond()),
                            ":mark", AttributeValue.fromN(mark), ":now", number(now.getEpochSecond()))));
        } catch (ConditionalCheckFailedException held) {
            LOG.infof("delivery %s is held by another invocation: not given back", deliveryId);
        }
    }

    /**
     * After a claim: drops the delivery ids no duplicate can need any more (see {@link DeliveryIds}), and once a long
     * pause is over lets the expiry move with the messages again. Both are rare; failing them loses nothing.
     */
    private void housekeeping(ConversationKey key, Map<String, AttributeValue> found, String deliveryId,
            Instant now) {
        try {
            prune(key, DeliveryIds.toPrune(found, deliveryId, now));
            if (found.containsKey(EXPIRATION_FLOOR) && !ConversationItem.state(found).pausedAt(now)) {
                calls.update(key, "SET #expiration = :ttl REMOVE #floor", "attribute_not_exists(#paused) OR #paused <= :now",
                        Map.of("#expiration", EXPIRATION, "#floor", EXPIRATION_FLOOR, "#paused", PAUSED_UNTIL),
                        Map.of(":ttl", number(now.plus(conversationTtl).getEpochSecond()),
                                ":now", number(now.getEpochSecond())));
            }
        } catch (StoreUnavailableException | ConditionalCheckFailedException e) {
            LOG.debugf("conversation %s: housekeeping skipped: %s", key.conversationId(), e.getMessage());
        }
    }

    /**
     * Removes the attributes in batches; returns how many went. Unconditional: they are expired or the oldest, and a
     * copy of one arriving meanwhile is still refused by its timestamp.
     */
    int prune(ConversationKey key, List<String> attributes) {
        int removed = 0;
        for (int from = 0; from < attributes.size(); from += REMOVE_BATCH) {
            List<String> batch = attributes.subList(from, Math.min(attributes.size(), from + REMOVE_BATCH));
            Map<String, String> names = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                names.put("#d" + i, batch.get(i));
            }
            try {
                calls.update(key, "REMOVE " + String.join(", ", names.keySet()), null, names, Map.of());
                removed += batch.size();
            } catch (ConditionalCheckFailedException changed) {
                LOG.debugf("conversation %s changed while pruning", key.conversationId());
            }
        }
        return removed;
    }

}
