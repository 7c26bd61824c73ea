package dev.handover.conversation;

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
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Every DynamoDB expression of the function. One item per conversation holds the recent delivery ids, the pause and
 * the current handover episode, so that a plain message costs one conditional write that both claims the delivery
 * and returns the state. Only single-item conditional writes are used: no transactions, and TTL is never relied on.
 */
@ApplicationScoped
public class ConversationStore {

    static final String PK = "pk";
    static final String EXPIRATION = "expiration";
    static final String PAUSED_UNTIL = "pausedUntil";
    static final String DELIVERY_PREFIX = "d#";
    static final String EPISODE_ID = "episodeId";
    static final String EPISODE_SCENARIO = "episodeScenario";
    static final String EPISODE_REASON = "episodeReason";
    static final String EPISODE_STARTED = "episodeStartedAt";
    static final String EPISODE_OPEN = "episodeOpen";
    static final String EPISODE_PLANNED = "episodePlanned";
    static final String EPISODE_DONE = "episodeDone";
    static final String EPISODE_FAILED = "episodeFailed";
    static final String EPISODE_LEASE = "episodeLeaseUntil";

    /** Expired delivery ids are removed once this many have piled up on an item. */
    private static final int PRUNE_THRESHOLD = 25;
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
     * Claims a delivery id and reads the conversation in one round trip. A delivery id already claimed and not yet
     * expired makes the result a duplicate.
     */
    public ClaimResult claim(ConversationKey key, String deliveryId, Instant now) {
        UpdateItemRequest request = UpdateItemRequest.builder().tableName(table).key(toKey(key))
                .updateExpression("SET #delivery = :deliveryExpiry, #expiration = if_not_exists(#expiration, :ttl)")
                .conditionExpression("attribute_not_exists(#delivery) OR #delivery < :now")
                .expressionAttributeNames(Map.of("#delivery", DELIVERY_PREFIX + deliveryId, "#expiration", EXPIRATION))
                .expressionAttributeValues(Map.of(
                        ":deliveryExpiry", number(now.plus(deliveryTtl).getEpochSecond()),
                        ":ttl", number(now.plus(conversationTtl).getEpochSecond()),
                        ":now", number(now.getEpochSecond())))
                .returnValues(ReturnValue.ALL_NEW)
                .build();
        try {
            Map<String, AttributeValue> item = call(() -> dynamo.updateItem(request).attributes());
            pruneDeliveries(key, item, now);
            return new ClaimResult(false, fromItem(item));
        } catch (ConditionalCheckFailedException duplicate) {
            return new ClaimResult(true, ConversationState.EMPTY);
        }
    }

    /** Gives a delivery id back so that the sender's redelivery is processed, not dropped as a duplicate. */
    public void release(ConversationKey key, String deliveryId) {
        update(UpdateItemRequest.builder().tableName(table).key(toKey(key))
                .updateExpression("REMOVE #delivery")
                .expressionAttributeNames(Map.of("#delivery", DELIVERY_PREFIX + deliveryId)));
    }

    /** A consistent read of the conversation, for answers that did not claim anything. */
    public ConversationState read(ConversationKey key) {
        Map<String, AttributeValue> item = call(() -> dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(toKey(key)).consistentRead(true).build()).item());
        return item == null || item.isEmpty() ? ConversationState.EMPTY : fromItem(item);
    }

    /**
     * Opens a handover episode and starts the pause in one conditional write. Fails (returns false) when another
     * episode is still open or the bot is already paused: only one handover per episode.
     */
    public boolean openEpisode(ConversationKey key, Episode episode, Optional<Instant> pausedUntil, Instant now,
            Instant leaseUntil) {
        Map<String, String> names = new HashMap<>(Map.of("#id", EPISODE_ID, "#scenario", EPISODE_SCENARIO,
                "#reason", EPISODE_REASON, "#started", EPISODE_STARTED, "#open", EPISODE_OPEN,
                "#planned", EPISODE_PLANNED, "#done", EPISODE_DONE, "#failed", EPISODE_FAILED,
                "#paused", PAUSED_UNTIL, "#expiration", EXPIRATION));
        names.put("#lease", EPISODE_LEASE);
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":id", string(episode.id()), ":scenario", string(episode.scenario()),
                ":reason", string(episode.reason()), ":started", number(now.getEpochSecond()),
                ":true", AttributeValue.fromBool(true),
                ":planned", AttributeValue.fromL(episode.planned().stream().map(ConversationStore::string).toList()),
                ":empty", AttributeValue.fromM(Map.of()), ":now", number(now.getEpochSecond())));
        values.put(":lease", number(leaseUntil.toEpochMilli()));
        StringBuilder update = new StringBuilder("SET #id = :id, #scenario = :scenario, #reason = :reason, "
                + "#started = :started, #open = :true, #planned = :planned, #done = :empty, #failed = :empty, "
                + "#lease = :lease");
        pausedUntil.ifPresent(until -> {
            update.append(", #paused = :until");
            values.put(":until", number(until.getEpochSecond()));
        });
        Instant keepUntil = pausedUntil.orElse(now).isAfter(now) ? pausedUntil.get() : now;
        if (keepUntil.equals(Instant.MAX)) {
            update.append(" REMOVE #expiration");
        } else {
            update.append(", #expiration = :ttl");
            values.put(":ttl", number(keepUntil.plus(conversationTtl).getEpochSecond()));
        }
        try {
            update(UpdateItemRequest.builder().tableName(table).key(toKey(key))
                    .updateExpression(update.toString())
                    .conditionExpression("(attribute_not_exists(#open) OR #open = :false) "
                            + "AND (attribute_not_exists(#paused) OR #paused <= :now)")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(with(values, ":false", AttributeValue.fromBool(false))));
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
            update(UpdateItemRequest.builder().tableName(table).key(toKey(key))
                    .updateExpression("SET #lease = :lease")
                    .conditionExpression("#id = :episode AND #open = :true AND #lease < :now")
                    .expressionAttributeNames(Map.of("#lease", EPISODE_LEASE, "#id", EPISODE_ID, "#open", EPISODE_OPEN))
                    .expressionAttributeValues(Map.of(":lease", number(leaseUntil.toEpochMilli()),
                            ":episode", string(episodeId), ":true", AttributeValue.fromBool(true),
                            ":now", number(now.toEpochMilli()))));
            return true;
        } catch (ConditionalCheckFailedException held) {
            return false;
        }
    }

    /** Lets the next delivery resume the episode at once instead of waiting for the lease to run out. */
    public void releaseLease(ConversationKey key, String episodeId) {
        episodeUpdate(key, episodeId, "SET #lease = :zero", Map.of("#lease", EPISODE_LEASE),
                Map.of(":zero", number(0)));
    }

    /** Records an action of the episode as done, with the id the CRM gave it. */
    public void markDone(ConversationKey key, String episodeId, String action, String crmId) {
        setEpisodeEntry(key, episodeId, EPISODE_DONE, action, crmId);
    }

    /** Records an action of the episode as failed for good; it will not be retried. */
    public void markFailed(ConversationKey key, String episodeId, String action, String reason) {
        setEpisodeEntry(key, episodeId, EPISODE_FAILED, action, reason);
    }

    /** Closes the episode once no action remains. */
    public void closeEpisode(ConversationKey key, String episodeId) {
        episodeUpdate(key, episodeId, "SET #open = :false", Map.of("#open", EPISODE_OPEN),
                Map.of(":false", AttributeValue.fromBool(false)));
    }

    private void setEpisodeEntry(ConversationKey key, String episodeId, String map, String action, String value) {
        episodeUpdate(key, episodeId, "SET #map.#action = :value", Map.of("#map", map, "#action", action),
                Map.of(":value", string(value)));
    }

    private void episodeUpdate(ConversationKey key, String episodeId, String expression, Map<String, String> names,
            Map<String, AttributeValue> values) {
        Map<String, String> allNames = new HashMap<>(names);
        allNames.put("#id", EPISODE_ID);
        update(UpdateItemRequest.builder().tableName(table).key(toKey(key))
                .updateExpression(expression)
                .conditionExpression("#id = :episode")
                .expressionAttributeNames(allNames)
                .expressionAttributeValues(with(values, ":episode", string(episodeId))));
    }

    private void pruneDeliveries(ConversationKey key, Map<String, AttributeValue> item, Instant now) {
        List<String> expired = item.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(DELIVERY_PREFIX))
                .filter(entry -> Long.parseLong(entry.getValue().n()) < now.getEpochSecond())
                .map(Map.Entry::getKey).limit(100).toList();
        if (expired.size() < PRUNE_THRESHOLD) {
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < expired.size(); i++) {
            names.put("#d" + i, expired.get(i));
        }
        try {
            update(UpdateItemRequest.builder().tableName(table).key(toKey(key))
                    .updateExpression("REMOVE " + String.join(", ", names.keySet()))
                    .expressionAttributeNames(names));
        } catch (StoreUnavailableException e) {
            // Housekeeping only: the expired ids are ignored by the claim condition anyway.
            LOG.debugf("pruning expired delivery ids failed: %s", e.getMessage());
        }
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

    private void update(UpdateItemRequest.Builder request) {
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

    private static Map<String, AttributeValue> toKey(ConversationKey key) {
        return Map.of(PK, string("conv#" + key.locationId() + "#" + key.conversationId()));
    }

    static ConversationState fromItem(Map<String, AttributeValue> item) {
        Optional<Instant> pausedUntil = Optional.ofNullable(item.get(PAUSED_UNTIL))
                .map(value -> epochSeconds(Long.parseLong(value.n())));
        Optional<Episode> episode = Optional.ofNullable(item.get(EPISODE_ID)).map(id -> new Episode(id.s(),
                item.get(EPISODE_SCENARIO).s(), item.get(EPISODE_REASON).s(),
                Instant.ofEpochSecond(Long.parseLong(item.get(EPISODE_STARTED).n())),
                Boolean.TRUE.equals(item.get(EPISODE_OPEN).bool()),
                item.get(EPISODE_PLANNED).l().stream().map(AttributeValue::s).toList(),
                strings(item.get(EPISODE_DONE)), strings(item.get(EPISODE_FAILED))));
        return new ConversationState(pausedUntil, episode);
    }

    private static Instant epochSeconds(long seconds) {
        return seconds >= Instant.MAX.getEpochSecond() ? Instant.MAX : Instant.ofEpochSecond(seconds);
    }

    private static Map<String, String> strings(AttributeValue map) {
        Map<String, String> result = new LinkedHashMap<>();
        if (map != null && map.hasM()) {
            map.m().forEach((name, value) -> result.put(name, value.s()));
        }
        return result;
    }

    private static Map<String, AttributeValue> with(Map<String, AttributeValue> values, String name,
            AttributeValue value) {
        Map<String, AttributeValue> result = new HashMap<>(values);
        result.put(name, value);
        return result;
    }

    private static AttributeValue string(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
