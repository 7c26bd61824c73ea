package dev.handover.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.handover.support.Webhooks;

/** What the forwarding tests send and check: the gated bots' webhooks and the forwarded request's signature. */
final class GateRequests {

    static final String LOCATION = "loc-gated-1";
    static final String UNREACHABLE_LOCATION = "loc-gated-2";
    static final String SECRET = "gated-event-secret";
    static final String QUESTION = "What time do you open on Saturday? my order is 5521";

    private GateRequests() {
    }

    /** A customer's {@code InboundMessage} on SMS in the gated bot's location. */
    static ObjectNode inbound(String location, String conversation, String contact, String text, Instant at) {
        ObjectNode body = Webhooks.inbound(conversation, contact, text, at);
        body.put("locationId", location);
        return body;
    }

    /**
     * Checks the forward's signature the way a bot would, computed here independently of the function's code: the
     * HMAC-SHA256 of the raw body with the bot's secret, as {@code sha256=<hex>}.
     */
    static void assertSigned(LoggedRequest forward, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(forward.getBody()));
            assertThat(forward.getHeader("x-handover-signature")).isEqualTo(expected);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(LoggedRequest request) {
        try {
            return Webhooks.JSON.readTree(request.getBody());
        } catch (java.io.IOException e) {
            throw new AssertionError("the forward's body is not JSON", e);
        }
    }
}
