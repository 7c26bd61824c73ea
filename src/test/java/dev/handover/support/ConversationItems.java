package dev.handover.support;

import java.util.HashMap;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** Direct access to the test table's conversation items: to look at what the function stored, or to seed one. */
public final class ConversationItems {

    public static final String TABLE = "handover-test";

    private ConversationItems() {
    }

    public static Map<String, AttributeValue> key(String location, String conversation) {
        return Map.of("pk", AttributeValue.fromS("conv#" + location + "#" + conversation));
    }

    public static Map<String, AttributeValue> get(DynamoDbClient dynamo, String location, String conversation) {
        return dynamo.getItem(GetItemRequest.builder().tableName(TABLE).consistentRead(true)
                .key(key(location, conversation)).build()).item();
    }

    /** Writes the item with these attributes besides its key, replacing what was there. */
    public static void put(DynamoDbClient dynamo, String location, String conversation,
            Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.putAll(key(location, conversation));
        dynamo.putItem(PutItemRequest.builder().tableName(TABLE).item(item).build());
    }

    /** Sets one attribute, as another invocation's write would. */
    public static void set(DynamoDbClient dynamo, String location, String conversation, String path,
            Map<String, String> names, AttributeValue value) {
        dynamo.updateItem(UpdateItemRequest.builder().tableName(TABLE).key(key(location, conversation))
                .updateExpression("SET " + path + " = :value").expressionAttributeNames(names)
                .expressionAttributeValues(Map.of(":value", value)).build());
    }

    public static long deliveryIds(Map<String, AttributeValue> item) {
        return item.keySet().stream().filter(name -> name.startsWith("d#")).count();
    }
}
