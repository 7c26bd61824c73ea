package dev.handover.conversation;

import static dev.handover.conversation.ConversationItem.key;

import java.util.Map;
import java.util.function.Supplier;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Sends the store's requests and translates their failures: a refused condition stays a
 * {@link ConditionalCheckFailedException}, a request DynamoDB calls invalid becomes a {@link StoreRejectedException}
 * (a retry cannot fix it), anything else a {@link StoreUnavailableException} (a redelivery may).
 */
final class DynamoCalls {

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoCalls(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** An update that returns the item as a refused condition found it (DynamoDB does; dynalite returns none). */
    Map<String, AttributeValue> update(UpdateItemRequest.Builder request) {
        UpdateItemRequest built = request.tableName(table)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build();
        return call(() -> dynamo.updateItem(built).attributes());
    }

    /** An update without return values; {@code condition} may be null. */
    void update(ConversationKey conversation, String expression, String condition, Map<String, String> names,
            Map<String, AttributeValue> values) {
        UpdateItemRequest.Builder request = UpdateItemRequest.builder().key(key(conversation))
                .updateExpression(expression).expressionAttributeNames(names);
        if (!values.isEmpty()) {
            request.expressionAttributeValues(values);
        }
        if (condition != null) {
            request.conditionExpression(condition);
        }
        update(request);
    }

    /**
     * The item a refused condition saw: the one DynamoDB returned with the refusal, or else (dynalite returns it
     * empty) a consistent read. Only this rare path pays the read.
     */
    Map<String, AttributeValue> refused(ConversationKey conversation, ConditionalCheckFailedException refusal) {
        return refused(key(conversation), refusal);
    }

    /** The same, for an item named by its key attributes. */
    Map<String, AttributeValue> refused(Map<String, AttributeValue> key, ConditionalCheckFailedException refusal) {
        if (refusal.hasItem() && !refusal.item().isEmpty()) {
            return refusal.item();
        }
        return read(key);
    }

    Map<String, AttributeValue> read(ConversationKey conversation) {
        return read(key(conversation));
    }

    /** A consistent read of the item named by its key attributes; empty when there is none. */
    Map<String, AttributeValue> read(Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = call(() -> dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(key).consistentRead(true).build()).item());
        return item == null ? Map.of() : item;
    }

    <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (ConditionalCheckFailedException e) {
            throw e;
        } catch (DynamoDbException e) {
            if (e.awsErrorDetails() != null && "ValidationException".equals(e.awsErrorDetails().errorCode())) {
                throw new StoreRejectedException("DynamoDB refused the request as invalid: "
                        + e.awsErrorDetails().errorMessage(), e);
            }
            throw unavailable(e);
        } catch (SdkException e) {
            throw unavailable(e);
        }
    }

    private static StoreUnavailableException unavailable(SdkException e) {
        return new StoreUnavailableException("DynamoDB request failed: " + e.getMessage(), e);
    }
}
