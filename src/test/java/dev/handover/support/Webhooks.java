package dev.handover.support;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds HighLevel webhook bodies and the Function URL events that carry them, signed with this run's keys. */
public final class Webhooks {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final String LOCATION = "loc-test-1";

    private Webhooks() {
    }

    /** An {@code InboundMessage} from a customer on SMS. */
    public static ObjectNode inbound(String conversationId, String contactId, String text, Instant timestamp) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "InboundMessage");
        body.put("locationId", LOCATION);
        body.putArray("attachments");
        body.put("body", text);
        body.put("contactId", contactId);
        body.put("contentType", "text/plain");
        body.put("conversationId", conversationId);
        body.put("dateAdded", timestamp.toString());
        body.put("direction", "inbound");
        body.put("messageType", "SMS");
        body.put("messageId", "msg-" + UUID.randomUUID());
        body.put("status", "delivered");
        body.put("conversationProviderId", "prov-1");
        body.put("timestamp", timestamp.toString());
        body.put("webhookId", UUID.randomUUID().toString());
        return body;
    }

    /** A Function URL (HTTP API v2) event with the body signed by {@code x-ghl-signature}. */
    public static String signedEvent(String body) {
        return event(body, Map.of("x-ghl-signature", TestKeys.signEd25519(body)));
    }

    public static String signedEvent(ObjectNode body) {
        return signedEvent(body.toString());
    }

    public static String event(String body, Map<String, String> headers) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", "/");
        ObjectNode headerNode = event.putObject("headers");
        headerNode.put("content-type", "application/json");
        headerNode.put("user-agent", "HighLevel-Webhooks/test");
        headers.forEach(headerNode::put);
        ObjectNode http = event.putObject("requestContext").putObject("http");
        http.put("method", "POST");
        http.put("path", "/");
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return event.toString();
    }
}
