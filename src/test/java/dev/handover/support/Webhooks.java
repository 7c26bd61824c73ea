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

    /** An {@code OutboundMessage} sent by the bot (no userId, source api). */
    public static ObjectNode botReply(String location, String conversationId, String contactId, String text,
            Instant timestamp) {
        ObjectNode body = inbound(conversationId, contactId, text, timestamp);
        body.put("type", "OutboundMessage");
        body.put("direction", "outbound");
        body.put("source", "api");
        body.put("locationId", location);
        return body;
    }

    /** An {@code OutboundMessage} a person of the team sent from the CRM app. */
    public static ObjectNode staffReply(String location, String conversationId, String contactId, String text,
            Instant timestamp) {
        ObjectNode body = botReply(location, conversationId, contactId, text, timestamp);
        body.put("source", "app");
        body.put("userId", "staff-user-9");
        return body;
    }

    /** A generic JSON event, signed with the bot's event secret. */
    public static String genericEvent(ObjectNode body, String secret) {
        String text = body.toString();
        return event("/events", text, Map.of("x-handover-signature", "sha256=" + hmacHex(secret, text)));
    }

    /** A generic event stamped with the real time (the function's test clock starts there). */
    public static ObjectNode generic(String location, String bot, String conversationId, String contactId,
            String role, String text) {
        return generic(location, bot, conversationId, contactId, role, text, Instant.now());
    }

    public static ObjectNode generic(String location, String bot, String conversationId, String contactId,
            String role, String text, Instant timestamp) {
        ObjectNode body = JSON.createObjectNode();
        body.put("locationId", location);
        body.put("botId", bot);
        body.put("conversationId", conversationId);
        body.put("contactId", contactId);
        body.put("channel", "Live_Chat");
        body.put("role", role);
        body.put("text", text);
        body.put("eventId", UUID.randomUUID().toString());
        body.put("timestamp", timestamp.toString());
        return body;
    }

    /** A HighLevel workflow "Webhook" action payload for a Customer Replied trigger. */
    public static ObjectNode workflow(String location, String contactId, String text) {
        ObjectNode body = JSON.createObjectNode();
        body.put("contact_id", contactId);
        body.put("first_name", "Ana");
        body.put("last_name", "Lopez");
        body.put("full_name", "Ana Lopez");
        body.put("phone", "+15550101");
        body.put("tags", "lead,website");
        body.put("contact_type", "lead");
        ObjectNode locationNode = body.putObject("location");
        locationNode.put("name", "Test Dental");
        locationNode.put("id", location);
        ObjectNode message = body.putObject("message");
        message.put("type", "SMS");
        message.put("body", text);
        message.put("direction", "inbound");
        ObjectNode workflow = body.putObject("workflow");
        workflow.put("id", "wf-1");
        workflow.put("name", "Human handover");
        body.putObject("triggerData");
        body.putObject("customData");
        return body;
    }

    public static String workflowEvent(ObjectNode body, Map<String, String> headers) {
        return event("/workflow", body.toString(), headers);
    }

    private static String hmacHex(String secret, String body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Function URL (HTTP API v2) event with the body signed by {@code x-ghl-signature}. */
    public static String signedEvent(String body) {
        return event(body, Map.of("x-ghl-signature", TestKeys.signEd25519(body)));
    }

    public static String signedEvent(ObjectNode body) {
        return signedEvent(body.toString());
    }

    public static String event(String body, Map<String, String> headers) {
        return event("/", body, headers);
    }

    public static String event(String path, String body, Map<String, String> headers) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", path);
        ObjectNode headerNode = event.putObject("headers");
        headerNode.put("content-type", "application/json");
        headerNode.put("user-agent", "HighLevel-Webhooks/test");
        headers.forEach(headerNode::put);
        ObjectNode http = event.putObject("requestContext").putObject("http");
        http.put("method", "POST");
        http.put("path", path);
        event.put("body", body);
        event.put("isBase64Encoded", false);
        return event.toString();
    }

    /** A request event from its JSON, as the mock event server would hand it to the handler. */
    public static com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent event(String json) {
        try {
            return JSON.readValue(json, com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sleeps, keeping the thread's interrupt. */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
