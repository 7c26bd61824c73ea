package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.TestKeys;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Hostile or broken requests through the whole Lambda handler: each gets its documented 4xx with a JSON reason, and
 * none reaches the CRM or DynamoDB.
 */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class BadInputTest extends ConversationTest {

    private static final String TABLE = "handover-test";
    private static final String ORDINARY_TEXT = "What time do you open on Saturday?";

    @Inject
    DynamoDbClient dynamo;

    /** What a bad request must be answered with. */
    record Expected(String event, int status, String error) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no signature", "wrong-key signature", "tampered body", "stale timestamp",
            "future timestamp", "not JSON", "JSON array", "missing contactId", "contactId as number",
            "body over 256 KB", "bad base64", "invalid UTF-8", "unknown channel", "deeply nested JSON",
            "missing timestamp", "id over 128 characters", "invalid x-ghl beside valid x-wh", "GET method",
            "empty body"})
    void badRequest_shouldBeRefusedWithoutCrmCallsOrStoreWrites(String name) {
        // GIVEN a bad request, and the store as it is
        Expected expected = badRequest(name);
        int itemsBefore = itemCount();

        // WHEN it is sent through the Lambda handler
        Reply reply = Lambda.invoke(expected.event());

        // THEN the documented refusal, with a JSON reason
        assertThat(reply.status()).as("status").isEqualTo(expected.status());
        assertThat(reply.body().path("error").asText()).as("error").isEqualTo(expected.error());
        assertThat(reply.body().path("detail").asText()).as("detail").isNotBlank();
        assertThat(reply.body().has("decision")).as("no outcome for a refused request").isFalse();
        // AND nothing reached the CRM or the store
        assertThat(crm.calls()).isEmpty();
        assertThat(conversationItem()).as("item of conversation " + conversation).isEmpty();
        assertThat(itemCount()).as("items in " + TABLE).isEqualTo(itemsBefore);
    }

    @Test
    void ordinaryMessage_validRsaSignatureOnly_shouldBeAnsweredNoneAndRecorded() {
        // GIVEN an ordinary question signed only with the legacy x-wh-signature (RSA-SHA256)
        String body = inbound(ORDINARY_TEXT).toString();
        int itemsBefore = itemCount();

        Reply reply = Lambda.invoke(Webhooks.event(body, Map.of("x-wh-signature", TestKeys.signRsa(body))));

        // THEN it is processed: no handover, no CRM call, and its delivery is claimed in the store
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
        assertThat(reply.body().has("signatureCheck")).isFalse();
        assertThat(crm.calls()).isEmpty();
        assertThat(conversationItem()).as("the store check above can see writes").isNotEmpty();
        assertThat(itemCount()).isEqualTo(itemsBefore + 1);
    }

    @Test
    void ordinaryMessage_base64EncodedAndSigned_shouldBeAnsweredNone() {
        // Function URLs base64-encode bodies they do not consider text; the signature covers the decoded bytes
        String body = inbound(ORDINARY_TEXT).toString();
        String event = withBase64Body(Webhooks.signedEvent(body), body.getBytes(StandardCharsets.UTF_8));

        Reply reply = Lambda.invoke(event);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
    }

    private Expected badRequest(String name) {
        Instant now = clock.instant();
        String body = inbound(ORDINARY_TEXT).toString();
        return switch (name) {
            case "no signature" -> new Expected(Webhooks.event(body, Map.of()), 401, "missing_signature");
            case "wrong-key signature" -> new Expected(Webhooks.event(body, Map.of("x-ghl-signature",
                    TestKeys.sign("Ed25519", TestKeys.generate("Ed25519", 0).getPrivate(), body))),
                    401, "invalid_signature");
            case "tampered body" -> {
                String signature = TestKeys.signEd25519(body);
                String tampered = body.replace("What time", "What tame");
                assertThat(tampered).isNotEqualTo(body).hasSameSizeAs(body);
                yield new Expected(Webhooks.event(tampered, Map.of("x-ghl-signature", signature)),
                        401, "invalid_signature");
            }
            case "stale timestamp" -> new Expected(
                    Webhooks.signedEvent(inbound(ORDINARY_TEXT, now.minus(Duration.ofMinutes(10)))),
                    401, "stale_timestamp");
            case "future timestamp" -> new Expected(
                    Webhooks.signedEvent(inbound(ORDINARY_TEXT, now.plus(Duration.ofMinutes(2)))),
                    401, "future_timestamp");
            case "missing timestamp" -> {
                ObjectNode node = inbound(ORDINARY_TEXT);
                node.remove("timestamp");
                node.remove("dateAdded");
                yield new Expected(Webhooks.signedEvent(node), 401, "missing_timestamp");
            }
            case "not JSON" -> new Expected(Webhooks.signedEvent("type=InboundMessage&contactId=" + contact),
                    400, "invalid_json");
            case "JSON array" -> new Expected(Webhooks.signedEvent("[" + body + "]"), 400, "invalid_json");
            case "missing contactId" -> {
                ObjectNode node = inbound(ORDINARY_TEXT);
                node.remove("contactId");
                yield new Expected(Webhooks.signedEvent(node), 400, "missing_field");
            }
            case "contactId as number" -> {
                ObjectNode node = inbound(ORDINARY_TEXT);
                node.put("contactId", 4711);
                yield new Expected(Webhooks.signedEvent(node), 400, "wrong_type");
            }
            case "id over 128 characters" -> {
                ObjectNode node = inbound(ORDINARY_TEXT);
                node.put("contactId", "c".repeat(129));
                yield new Expected(Webhooks.signedEvent(node), 400, "invalid_id");
            }
            case "unknown channel" -> {
                ObjectNode node = inbound(ORDINARY_TEXT);
                node.put("messageType", "Carrier Pigeon");
                yield new Expected(Webhooks.signedEvent(node), 400, "unknown_channel");
            }
            case "deeply nested JSON" -> {
                String nested = body.substring(0, body.length() - 1) + ",\"extra\":" + "[".repeat(1000)
                        + "]".repeat(1000) + "}";
                yield new Expected(Webhooks.signedEvent(nested), 400, "invalid_json");
            }
            case "body over 256 KB" -> new Expected(
                    Webhooks.signedEvent(inbound("a".repeat(262_144)).toString()), 400, "body_too_large");
            case "bad base64" -> new Expected(withBase64Body(Webhooks.signedEvent(body), "not base64 at all!"),
                    400, "bad_base64");
            case "invalid UTF-8" -> {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                int at = body.indexOf("What");
                bytes[at] = (byte) 0xc3;
                bytes[at + 1] = (byte) 0x28;
                yield new Expected(withBase64Body(Webhooks.signedEvent(body), bytes), 400, "not_utf8");
            }
            case "invalid x-ghl beside valid x-wh" -> new Expected(Webhooks.event(body, Map.of(
                    "x-ghl-signature", TestKeys.sign("Ed25519", TestKeys.generate("Ed25519", 0).getPrivate(), body),
                    "x-wh-signature", TestKeys.signRsa(body))), 401, "invalid_signature");
            case "GET method" -> new Expected(withMethod(Webhooks.signedEvent(body), "GET"), 405,
                    "method_not_allowed");
            case "empty body" -> new Expected(Webhooks.event("", Map.of("x-ghl-signature", TestKeys.signEd25519(""))),
                    400, "empty_body");
            default -> throw new IllegalArgumentException("no such case: " + name);
        };
    }

    private ObjectNode inbound(String text) {
        return inbound(text, clock.instant());
    }

    private ObjectNode inbound(String text, Instant timestamp) {
        return Webhooks.inbound(conversation, contact, text, timestamp);
    }

    private int itemCount() {
        ScanRequest count = ScanRequest.builder().tableName(TABLE).select(Select.COUNT).consistentRead(true).build();
        return dynamo.scanPaginator(count).stream().mapToInt(ScanResponse::count).sum();
    }

    private Map<String, AttributeValue> conversationItem() {
        return dynamo.getItem(GetItemRequest.builder().tableName(TABLE).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("conv#" + Webhooks.LOCATION + "#" + conversation)))
                .build()).item();
    }

    private static String withBase64Body(String event, String base64) {
        ObjectNode node = readEvent(event);
        node.put("body", base64);
        node.put("isBase64Encoded", true);
        return node.toString();
    }

    private static String withBase64Body(String event, byte[] body) {
        return withBase64Body(event, Base64.getEncoder().encodeToString(body));
    }

    private static String withMethod(String event, String method) {
        ObjectNode node = readEvent(event);
        ((ObjectNode) node.get("requestContext").get("http")).put("method", method);
        return node.toString();
    }

    private static ObjectNode readEvent(String event) {
        try {
            return (ObjectNode) Webhooks.JSON.readTree(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
