package dev.handover.conversation;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.HandoverConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Primes the DynamoDB client during init: one read of a key no item has, and one conditional update of it that is
 * refused, load the SDK's request pipeline (signing, marshalling, the HTTP connection, the refusal) that the first
 * webhook would otherwise pay for. It writes nothing.
 */
@ApplicationScoped
public class StoreWarmup {

    private static final Logger LOG = Logger.getLogger(StoreWarmup.class);
    /** No conversation or delivery key starts with this: the read finds nothing. */
    private static final String KEY = "priming#";

    private final DynamoDbClient dynamo;
    private final String table;

    public StoreWarmup(DynamoDbClient dynamo, HandoverConfig config) {
        this.dynamo = dynamo;
        this.table = config.table().name();
    }

    /** Never fails: an unreachable or missing table is the first request's business, answered 429 as usual. */
    public void prime() {
        try {
            dynamo.getItem(GetItemRequest.builder().tableName(table)
                    .key(Map.of(ConversationItem.PK, AttributeValue.fromS(KEY))).build());
            // A conditional update that cannot apply: the claim's request and refusal paths, with nothing written.
            dynamo.updateItem(UpdateItemRequest.builder().tableName(table)
                    .key(Map.of(ConversationItem.PK, AttributeValue.fromS(KEY)))
                    .updateExpression("SET #primed = :primed").conditionExpression("attribute_exists(#key)")
                    .expressionAttributeNames(Map.of("#primed", "primed", "#key", ConversationItem.PK))
                    .expressionAttributeValues(Map.of(":primed", AttributeValue.fromBool(true)))
                    .returnValues(ReturnValue.ALL_OLD).build());
        } catch (ConditionalCheckFailedException expected) {
            LOG.trace("priming update refused, as it should be");
        } catch (RuntimeException e) {
            LOG.debugf("priming read of DynamoDB failed (%s); the first request will connect", e.getClass().getSimpleName());
        }
    }
}
