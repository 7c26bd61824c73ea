package dev.handover.webhook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;

import dev.handover.support.Webhooks;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * What the fuzz tests check: each answer against what its generator allows, and the table, whose items show
 * whether a request was processed (the base test proves a processed one adds an item, the refusal test that none
 * was added).
 */
final class FuzzChecks {

    static final String TABLE = "handover-test";

    private FuzzChecks() {
    }

    /** Checks one answer against what its generator allows; returns it as "status error|decision". */
    static String check(FuzzCase fuzz, APIGatewayV2HTTPResponse response, List<String> failures, int index) {
        int status = response.getStatusCode();
        JsonNode body;
        try {
            body = json(response.getBody());
        } catch (RuntimeException e) {
            failures.add(describe(index, fuzz, status + " with a body that is not JSON: " + response.getBody()));
            return status + " (not JSON)";
        }
        String answer;
        if (status == 200) {
            answer = "200 " + body.path("decision").asText();
            if (!answer.equals("200 ignored")) {
                failures.add(describe(index, fuzz, "processed: " + response.getBody()));
            }
        } else {
            answer = status + " " + body.path("error").asText();
            if (status < 400 || status >= 500) {
                failures.add(describe(index, fuzz, "status " + status + ": " + response.getBody()));
            }
            if (body.path("error").asText().isBlank() || body.path("detail").asText().isBlank()) {
                failures.add(describe(index, fuzz, "error without error/detail: " + response.getBody()));
            }
        }
        if (!fuzz.expected().contains(answer) && !fuzz.expected().contains(status + " *")) {
            failures.add(describe(index, fuzz, "answered " + answer + " (" + body.path("detail").asText("")
                    + "), expected one of " + fuzz.expected()));
        }
        return answer;
    }

    static String describe(int index, FuzzCase fuzz, String problem) {
        APIGatewayV2HTTPEvent event = fuzz.event();
        String body = event.getBody() == null ? "null" : event.getBody();
        return "#" + index + " [" + fuzz.generator() + "] " + problem + "\n    path=" + event.getRawPath()
                + " base64=" + event.getIsBase64Encoded() + " headers=" + abbreviate(String.valueOf(event.getHeaders()))
                + "\n    body=" + abbreviate(body);
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...(" + text.length() + " chars)";
    }

    static Map<String, Map<String, AttributeValue>> tableSnapshot(DynamoDbClient dynamo) {
        Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        dynamo.scanPaginator(ScanRequest.builder().tableName(TABLE).consistentRead(true).build()).items()
                .forEach(item -> items.put(item.get("pk").s(), item));
        return items;
    }

    static int itemCount(DynamoDbClient dynamo) {
        ScanRequest count = ScanRequest.builder().tableName(TABLE).select(Select.COUNT).consistentRead(true).build();
        return dynamo.scanPaginator(count).stream().mapToInt(ScanResponse::count).sum();
    }

    static JsonNode json(String text) {
        try {
            return Webhooks.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
