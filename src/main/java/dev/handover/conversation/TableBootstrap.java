package dev.handover.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import dev.handover.config.HandoverConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Creates the table at start-up when configured to: local runs and tests, never in AWS, where SAM owns it. */
@ApplicationScoped
public class TableBootstrap {

    private static final Logger LOG = Logger.getLogger(TableBootstrap.class);

    void onStart(@Observes StartupEvent event, HandoverConfig config, DynamoDbClient dynamo) {
        if (config.table().createIfMissing()) {
            createTableIfMissing(dynamo, config.table().name());
        }
    }

    /** The table as the SAM template creates it, with its sparse due-work index; a table that exists is left alone. */
    private static void createTableIfMissing(DynamoDbClient dynamo, String table) {
        try {
            dynamo.createTable(CreateTableRequest.builder().tableName(table)
                    .attributeDefinitions(attribute(ConversationItem.PK, ScalarAttributeType.S),
                            attribute(ConversationItem.DUE_SHARD, ScalarAttributeType.S),
                            attribute(ConversationItem.DUE_AT, ScalarAttributeType.N))
                    .keySchema(key(ConversationItem.PK, KeyType.HASH))
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName(DueWork.INDEX)
                            .keySchema(key(ConversationItem.DUE_SHARD, KeyType.HASH),
                                    key(ConversationItem.DUE_AT, KeyType.RANGE))
                            .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build())
                            .build())
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .build());
            dynamo.waiter().waitUntilTableExists(DescribeTableRequest.builder().tableName(table).build());
            LOG.infof("created DynamoDB table %s", table);
        } catch (ResourceInUseException exists) {
            LOG.debugf("DynamoDB table %s exists", table);
        }
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
