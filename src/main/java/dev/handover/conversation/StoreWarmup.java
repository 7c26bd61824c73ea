package dev.handover.conversation;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.HandoverConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * Primes the DynamoDB client during init: one read of a key no item has loads the SDK's request pipeline (signing,
 * marshalling, the HTTP connection) that the first webhook would otherwise pay for. It writes nothing.
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
        } catch (RuntimeException e) {
            LOG.debugf("priming read of DynamoDB failed (%s); the first request will connect", e.getClass().getSimpleName());
        }
    }
}
