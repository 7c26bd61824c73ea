package dev.handover.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.conversation.Channel;
import dev.handover.support.TestKeys;
import dev.handover.support.Webhooks;

/**
 * The valid message every mutation starts from, and the request around it. A valid message is only ever the
 * starting point: the generators make input that is invalid by construction from it.
 */
final class FuzzEnvelopes {

    static final int MAX_BODY_BYTES = 262_144;

    /** Texts that hand over when processed, so that a request slipping through would show as CRM calls. */
    static final String[] TEXTS = {"Can I talk to a real person please?", "I want to speak to a human",
        "agent please", "human please", "connect me with a person", "¿Puedo hablar con una persona? 😀 ok",
        "What time do you open on Saturday?", "ok let me talk to someone from the team", ""};
    private static final String[] HTML_TEXTS = {"<p>I want to speak to a human</p>",
        "<div>talk to agent<br>please</div><blockquote>old</blockquote>", "<script>x</script><style>p{}</style>hi",
        "&lt;b&gt; human please &amp; thanks", "<p>unclosed <script", "<head><title>t</title></head><p>human</p>"};
    private static final String[] CHANNELS = {"SMS", "Email", "WhatsApp", "IG", "FB", "GMB", "Live_Chat",
        "Live Chat", "TYPE_SMS", "RCS", "Custom", "TIKTOK", "CALL", "VoiceMail"};

    private final FuzzDraws draws;
    private final Random random;
    final Instant now;

    FuzzEnvelopes(FuzzDraws draws, Instant now) {
        this.draws = draws;
        this.random = draws.random;
        this.now = now;
    }

    /** A message the function would process: signed, fresh and well formed, and mostly one that hands over. */
    ObjectNode validMessage() {
        String channel = draws.pick(CHANNELS);
        boolean email = Channel.fromMessageType(channel).orElseThrow() == Channel.EMAIL;
        Instant timestamp = now.minusMillis(random.nextInt(120_000));
        ObjectNode message = Webhooks.inbound("conv-" + UUID.randomUUID(), "contact-" + UUID.randomUUID(),
                email ? draws.pick(HTML_TEXTS) : draws.pick(TEXTS), timestamp);
        message.put("locationId", randomLocation());
        message.put("messageType", channel);
        if (email) {
            message.put("subject", "Re: appointment");
            message.put("threadId", "thread-" + random.nextInt(1000));
        }
        switch (random.nextInt(6)) {
            case 0 -> {
                message.put("type", "OutboundMessage");
                message.put("direction", "outbound");
                message.put("source", "api");
            }
            case 1 -> {
                message.put("type", "OutboundMessage");
                message.put("direction", "outbound");
                message.put("source", "app");
                message.put("userId", "staff-user-" + random.nextInt(100));
            }
            default -> { }
        }
        return message;
    }

    String randomLocation() {
        return random.nextBoolean() ? Webhooks.LOCATION : "loc-fuzz-" + random.nextInt(100);
    }

    String highLevelPath() {
        return draws.pick(new String[] {"/", "/", "/highlevel", "/highlevel/", "", null});
    }

    FuzzCase signedCase(String name, ObjectNode message, String expected) {
        return signedCase(name, bytes(message), expected);
    }

    FuzzCase signedCase(String name, byte[] body, String expected) {
        return new FuzzCase(name, request("POST", highLevelPath(), signedHeaders(body), body), Set.of(expected));
    }

    /** A valid signature: Ed25519 mostly, the legacy RSA sometimes, under either spelling of the header name. */
    Map<String, String> signedHeaders(byte[] body) {
        Map<String, String> headers = junkHeaders();
        if (random.nextInt(8) == 0) {
            headers.put(draws.caseOf("x-wh-signature"), TestKeys.signRsa(body));
        } else {
            headers.put(draws.caseOf("x-ghl-signature"), TestKeys.signEd25519(body));
        }
        return headers;
    }

    /** Ordinary headers, and now and then odd ones: no value, empty, huge. */
    Map<String, String> junkHeaders() {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        if (random.nextInt(10) == 0) {
            headers.put("x-odd", null);
            headers.put(null, "no name");
            headers.put("", "");
            headers.put("x-big", "b".repeat(random.nextInt(10_000)));
        }
        return headers;
    }

    /** The event as a Function URL delivers it; bytes that are not UTF-8 travel base64-encoded. */
    APIGatewayV2HTTPEvent request(String method, String path, Map<String, String> headers, byte[] body) {
        boolean asText = utf8(body) && random.nextInt(4) != 0;
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRouteKey("$default");
        event.setRawPath(path);
        event.setHeaders(headers);
        event.setBody(asText ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body));
        event.setIsBase64Encoded(!asText);
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(method);
        http.setPath(path);
        context.setHttp(http);
        event.setRequestContext(context);
        return event;
    }

    /** What the decoder refuses before anything else looks at the body, or else {@code otherwise}. */
    static Set<String> transportRefusal(byte[] body, String otherwise) {
        if (body.length == 0) {
            return Set.of("400 empty_body");
        }
        if (body.length > MAX_BODY_BYTES) {
            return Set.of("400 body_too_large");
        }
        return Set.of(utf8(body) ? otherwise : "400 not_utf8");
    }

    static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
