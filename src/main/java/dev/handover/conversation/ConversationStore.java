package dev.handover.conversation;

import static dev.handover.conversation.ConversationItem.DELIVERY_PREFIX;
import static dev.handover.conversation.ConversationItem.EPISODE_DONE;
import static dev.handover.conversation.ConversationItem.EPISODE_FAILED;
import static dev.handover.conversation.ConversationItem.EPISODE_ID;
import static dev.handover.conversation.ConversationItem.EPISODE_LEASE;
import static dev.handover.conversation.ConversationItem.EPISODE_OPEN;
import static dev.handover.conversation.ConversationItem.EPISODE_PLANNED;
import static dev.handover.conversation.ConversationItem.EPISODE_REASON;
import static dev.handover.conversation.ConversationItem.EPISODE_SCENARIO;
import static dev.handover.conversation.ConversationItem.EPISODE_STARTED;
import static dev.handover.conversation.ConversationItem.EXPIRATION;
import static dev.handover.conversation.ConversationItem.FAILED_ATTEMPTS;
import static dev.handover.conversation.ConversationItem.LAST_ACTIVITY;
import static dev.handover.conversation.ConversationItem.LAST_AUTHOR;
import static dev.handover.conversation.ConversationItem.LAST_DELIVERY;
import static dev.handover.conversation.ConversationItem.LAST_FINGERPRINT;
import static dev.handover.conversation.ConversationItem.PAUSED_UNTIL;
import static dev.handover.conversation.ConversationItem.PK;
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
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.HandoverConfig;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Every DynamoDB expression of the function. One item per conversation holds the recent delivery ids, the pause,
 * the failed-attempt count and the current handover episode, so that a plain message costs one conditional write
 * that claims the delivery, records the activity and returns the state as it was. Only single-item conditional
 * writes are used: no transactions, and TTL is never relied on.
 */
@ApplicationScoped
public class ConversationStore {

    /** Expired delivery ids are removed once this many have piled up on an item. */
    private static final int PRUNE_THRESHOLD = 25;
    /** TTL of an indefinitely paused conversation: effectively never, without ever being absent. */
    private static final Duration FOREVER = Duration.ofDays(3650);
    private static final Logger LOG = Logger.getLogger(ConversationStore.class);

    private final DynamoDbClient dynamo;
    private final String table;
    private final Duration deliveryTtl;
    private final Duration conversationTtl;

    public ConversationStore(DynamoDbClient dynamo, HandoverConfig config) {
        this.dynamo = dynamo;
        this.table = config.table().name();
        this.deliveryTtl = config.table().deliveryTtl();
        this.conversationTtl = config.table().conversationTtl();
    }

    /**
     * Claims a delivery id, records who wrote when (and a fingerprint of a customer message), and returns the
     * conversation as it was before, in one round trip. A delivery id already claimed and not yet expired makes the
     * result a duplicate, and nothing is written.
     */
    public ClaimResult claim(ConversationKey key, ConversationEvent event, Optional<String> fingerprint, Instant now,
            boolean onlyIfAwaited) {
        Map<String, String> names = new HashMap<>(Map.of("#delivery", DELIVERY_PREFIX + event.deliveryId(),
                "#expiration", EXPIRATION, "#author", LAST_AUTHOR, "#activity", LAST_ACTIVITY));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                // A content hash counts once within its window of the delivery that was processed, not per bucket.
                ":deliveryExpiry", number(now.plus(event.dedupeWindow().orElse(deliveryTtl)).getEpochSecond()),
                ":ttl", number(now.plus(conversationTtl).getEpochSecond()),
                ":now", number(now.getEpochSecond()),
                ":author", string(event.author().name())));
        if (onlyIfAwaited) {
            values.put(":minusNow", number(-now.getEpochSecond()));
        }
        StringBuilder update = new StringBuilder("SET #delivery = :deliveryExpiry, "
                + "#expiration = if_not_exists(#expiration, :ttl), #author = :author, #activity = :now");
        fingerprint.ifPresent(print -> {
            update.append(", #fingerprint = :fingerprint, #lastDelivery = :lastDelivery");
            names.put("#fingerprint", LAST_FINGERPRINT);
            names.put("#lastDelivery", LAST_DELIVERY);
            values.put(":fingerprint", string(print.isEmpty() ? "-" : print));
            values.put(":lastDelivery", string(event.deliveryId()));
        });
        UpdateItemRequest request = UpdateItemRequest.builder().tableName(table).key(key(key))
                .updateExpression(update.toString())
                // An awaited redelivery is marked with minus its deadline (see awaitRedelivery).
                .conditionExpression(onlyIfAwaited ? "#delivery <= :minusNow"
                        : "attribute_not_exists(#delivery) OR #delivery < :now")
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .returnValues(ReturnValue.ALL_OLD)
                .build();
        try {
            Map<String, AttributeValue> before = call(() -> dynamo.updateItem(request).attributes());
            pruneDeliveries(key, before, now);
            return new ClaimResult(ClaimResult.Status.CLAIMED, ConversationItem.state(before));
        } catch (ConditionalCheckFailedException refused) {
            return new ClaimResult(onlyIfAwaited ? ClaimResult.Status.NOT_AWAITED : ClaimResult.Status.DUPLICATE,
                    ConversationState.EMPTY);
        }
    }

    /**
     * Gives a delivery id back so that the sender's redelivery is processed, not dropped as a duplicate, and marks it
     * as awaited until {@code deadline}: HighLevel redelivers with the original timestamp, past the usual maximum age.
     * The mark is minus the deadline, so that the ordinary claim condition ({@code < now}) still accepts it.
     */
    public void awaitRedelivery(ConversationKey key, String deliveryId, Instant deadline) {
        update(key, "SET #delivery = :mark", null, Map.of("#delivery", DELIVERY_PREFIX + deliveryId),
                Map.of(":mark", number(-deadline.getEpochSecond())));
    }

    /** A consistent read of the conversation, for answers that did not claim anything. */
    public ConversationState read(ConversationKey key) {
        return ConversationItem.state(call(() -> dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(key(key)).consistentRead(true).build()).item()));
    }

    /**
     * Counts a failed attempt atomically ({@code ADD}) and returns the new count; {@code startOver} counts it as the
     * first after a quiet period. Nothing is counted while a handover episode is open.
     */
    public int addFailedAttempt(ConversationKey key, boolean startOver, Instant now) {
        try {
            Map<String, AttributeValue> after = call(() -> dynamo.updateItem(UpdateItemRequest.builder()
                    .tableName(table).key(key(key))
                    .updateExpression(startOver ? "SET #count = :one, #expiration = :ttl"
                            : "ADD #count :one SET #expiration = :ttl")
                    .conditionExpression("attribute_not_exists(#open) OR #open = :false")
                    .expressionAttributeNames(Map.of("#count", FAILED_ATTEMPTS, "#open", EPISODE_OPEN,
                            "#expiration", EXPIRATION))
                    .expressionAttributeValues(Map.of(":one", number(1), ":false", AttributeValue.fromBool(false),
                            ":ttl", number(now.plus(conversationTtl).getEpochSecond())))
                    .returnValues(ReturnValue.UPDATED_NEW)
                    .build()).attributes());
            return Integer.parseInt(after.get(FAILED_ATTEMPTS).n());
        } catch (ConditionalCheckFailedException episodeOpen) {
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
        try {
            update(key, "SET #paused = :until, #count = :zero, #expiration = :ttl",
                    "attribute_not_exists(#paused) OR #paused < :until",
                    Map.of("#paused", PAUSED_UNTIL, "#count", FAILED_ATTEMPTS, "#expiration", EXPIRATION),
                    Map.of(":until", number(until.getEpochSecond()), ":zero", number(0),
                            ":ttl", number(keepUntil(until, now))));
        } catch (ConditionalCheckFailedException longerPause) {
            LOG.debugf("conversation %s keeps its longer pause", key.conversationId());
        }
    }

    /** Ends the pause now; the failed-attempt count starts from zero. */
    public void resume(ConversationKey key, Instant now) {
        update(key, "SET #count = :zero, #expiration = :ttl REMOVE #paused", null,
                Map.of("#paused", PAUSED_UNTIL, "#count", FAILED_ATTEMPTS, "#expiration", EXPIRATION),
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
        StringBuilder update = new StringBuilder("SET #id = :id, #scenario = :scenario, #reason = :reason, "
                + "#started = :started, #open = :true, #planned = :planned, #done = :empty, #failed = :empty, "
                + "#lease = :lease, #count = :zero, #expiration = :ttl");
        pausedUntil.ifPresent(until -> {
            update.append(", #paused = :until");
            values.put(":until", number(until.getEpochSecond()));
        });
        try {
            update(key, update.toString(), "(attribute_not_exists(#open) OR #open = :false) "
                    + "AND (attribute_not_exists(#paused) OR #paused <= :now)", names, values);
            return true;
        } catch (ConditionalCheckFailedException alreadyOpen) {
            return false;
        }
    }

    /**
     * Takes over an open episode whose lease has run out: its invocation crashed, timed out or gave up for a retry.
     * Returns false while another invocation holds it, so that no two run its actions at once.
     */
    public boolean takeLease(ConversationKey key, String episodeId, Instant now, Instant leaseUntil) {
        try {
            update(key, "SET #lease = :lease", "#id = :episode AND #open = :true AND #lease < :now",
                    Map.of("#lease", EPISODE_LEASE, "#id", EPISODE_ID, "#open", EPISODE_OPEN),
                    Map.of(":lease", number(leaseUntil.toEpochMilli()), ":episode", string(episodeId),
                            ":true", AttributeValue.fromBool(true), ":now", number(now.toEpochMilli())));
            return true;
        } catch (ConditionalCheckFailedException held) {
            return false;
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

    /** Creates the table as the SAM template does, for local runs and tests; a table that exists is left alone. */
    public void createTableIfMissing() {
        try {
            dynamo.createTable(CreateTableRequest.builder().tableName(table)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName(PK)
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName(PK).keyType(KeyType.HASH).build())
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .build());
            dynamo.waiter().waitUntilTableExists(DescribeTableRequest.builder().tableName(table).build());
            LOG.infof("created DynamoDB table %s", table);
        } catch (ResourceInUseException exists) {
            LOG.debugf("DynamoDB table %s exists", table);
        }
    }

    /** The item must outlive its pause: TTL is for cleanup, never a way to end a pause. */
    private long keepUntil(Instant pausedUntil, Instant now) {
        if (pausedUntil.equals(Instant.MAX)) {
            return now.plus(FOREVER).getEpochSecond();
        }
        return (pausedUntil.isAfter(now) ? pausedUntil : now).plus(conversationTtl).getEpochSecond();
    }

    private void episodeUpdate(ConversationKey key, String episodeId, String expression, Map<String, String> names,
            Map<String, AttributeValue> values) {
        Map<String, String> allNames = new HashMap<>(names);
        allNames.put("#id", EPISODE_ID);
        Map<String, AttributeValue> allValues = new HashMap<>(values);
        allValues.put(":episode", string(episodeId));
        update(key, expression, "#id = :episode", allNames, allValues);
    }

    private void pruneDeliveries(ConversationKey key, Map<String, AttributeValue> item, Instant now) {
        List<String> expired = item.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(DELIVERY_PREFIX))
                .filter(entry -> Math.abs(Long.parseLong(entry.getValue().n())) < now.getEpochSecond())
                .map(Map.Entry::getKey).limit(100).toList();
        if (expired.size() < PRUNE_THRESHOLD) {
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < expired.size(); i++) {
            names.put("#d" + i, expired.get(i));
        }
        try {
            update(key, "REMOVE " + String.join(", ", names.keySet()), null, names, Map.of());
        } catch (StoreUnavailableException e) {
            // Housekeeping only: the claim condition ignores expired ids anyway.
            LOG.debugf("pruning expired delivery ids failed: %s", e.getMessage());
        }
    }

    private void update(ConversationKey key, String expression, String condition, Map<String, String> names,
            Map<String, AttributeValue> values) {
        UpdateItemRequest.Builder request = UpdateItemRequest.builder().tableName(table).key(key(key))
                .updateExpression(expression).expressionAttributeNames(names);
        if (!values.isEmpty()) {
            request.expressionAttributeValues(values);
        }
        if (condition != null) {
            request.conditionExpression(condition);
        }
        call(() -> dynamo.updateItem(request.build()));
    }

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (ConditionalCheckFailedException e) {
            throw e;
        } catch (SdkException e) {
            throw new StoreUnavailableException("DynamoDB request failed: " + e.getMessage(), e);
        }
    }
}
