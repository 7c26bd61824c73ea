package dev.handover.webhook;

import static dev.handover.webhook.FuzzEnvelopes.MAX_BODY_BYTES;
import static dev.handover.webhook.FuzzEnvelopes.bytes;
import static dev.handover.webhook.FuzzEnvelopes.transportRefusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.Webhooks;

/**
 * Generators that break the body as bytes or as JSON: each returns a request whose body cannot be a processable
 * message, and the answers it may get.
 */
final class BodyMutations {

    private final FuzzDraws draws;
    private final Random random;
    private final FuzzEnvelopes envelopes;

    BodyMutations(FuzzDraws draws, FuzzEnvelopes envelopes) {
        this.draws = draws;
        this.random = draws.random;
        this.envelopes = envelopes;
    }

    FuzzCase randomBytes() {
        int length = random.nextInt(5) == 0 ? 0 : random.nextInt(2048);
        byte[] body = switch (random.nextInt(3)) {
            case 0 -> {
                byte[] bytes = new byte[length];
                random.nextBytes(bytes);
                yield bytes;
            }
            case 1 -> draws.randomAscii(length).getBytes(StandardCharsets.UTF_8);
            default -> draws.randomUnicode(length).getBytes(StandardCharsets.UTF_8);
        };
        // Without a closing brace the body can never be a JSON object, let alone a message.
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '}') {
                body[i] = ')';
            }
        }
        boolean signed = random.nextBoolean();
        APIGatewayV2HTTPEvent event = envelopes.request("POST", envelopes.highLevelPath(),
                signed ? envelopes.signedHeaders(body) : envelopes.junkHeaders(), body);
        if (random.nextInt(10) == 0) {
            event.setRequestContext(null); // no method at all: read as a POST
        }
        return new FuzzCase("random bytes", event,
                transportRefusal(body, signed ? "400 invalid_json" : "401 missing_signature"));
    }

    FuzzCase tokenSoup() {
        String[] tokens = {"{", "}", "[", "]", ":", ",", "\"type\"", "\"locationId\"", "\"contactId\"",
            "\"conversationId\"", "\"messageType\"", "\"timestamp\"", "\"SMS\"", "\"x\"", "1", "-0.5e3", "true",
            "false", "null", "\"2024-01-01T00:00:00Z\"", "\"ContactCreate\"", "\"Inbound\"", " ", "\"\""};
        StringBuilder soup = new StringBuilder(random.nextBoolean() ? "{\"type\":" : "{");
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) {
            soup.append(draws.pick(tokens));
        }
        if (random.nextBoolean()) {
            soup.append('}');
        }
        // The soup holds no InboundMessage/OutboundMessage, so at best it is an event type that is ignored.
        byte[] body = soup.toString().getBytes(StandardCharsets.UTF_8);
        return new FuzzCase("soup", envelopes.request("POST", envelopes.highLevelPath(), envelopes.signedHeaders(body),
                body), Set.of("400 *", "200 ignored"));
    }

    FuzzCase mutatedAfterSigning() {
        byte[] original = bytes(envelopes.validMessage());
        Map<String, String> headers = envelopes.signedHeaders(original);
        byte[] mutated = original;
        while (Arrays.equals(mutated, original)) {
            mutated = mutate(original);
        }
        return new FuzzCase("mutated", envelopes.request("POST", envelopes.highLevelPath(), headers, mutated),
                transportRefusal(mutated, "401 invalid_signature"));
    }

    private byte[] mutate(byte[] original) {
        byte[] bytes = original.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                int flips = 1 + random.nextInt(4);
                for (int i = 0; i < flips; i++) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return bytes;
            }
            case 1 -> {
                return Arrays.copyOf(original, random.nextInt(original.length));
            }
            case 2 -> {
                byte[] inserted = new byte[1 + random.nextInt(16)];
                if (random.nextBoolean()) {
                    random.nextBytes(inserted);
                } else {
                    inserted = draws.randomAscii(inserted.length).getBytes(StandardCharsets.UTF_8);
                }
                return splice(original, random.nextInt(original.length + 1), 0, inserted);
            }
            default -> {
                int at = random.nextInt(original.length);
                return splice(original, at, 1 + random.nextInt(Math.min(16, original.length - at)), new byte[0]);
            }
        }
    }

    FuzzCase truncatedResigned() {
        byte[] original = bytes(envelopes.validMessage());
        // A strict prefix of one JSON object never closes it: invalid JSON whatever the cut.
        byte[] truncated = Arrays.copyOf(original, random.nextInt(original.length));
        return new FuzzCase("truncated", envelopes.request("POST", envelopes.highLevelPath(),
                envelopes.signedHeaders(truncated), truncated), transportRefusal(truncated, "400 invalid_json"));
    }

    FuzzCase hugeBody() {
        ObjectNode message = envelopes.validMessage();
        int target = MAX_BODY_BYTES + 1 + random.nextInt(64 * 1024);
        switch (random.nextInt(3)) {
            // ASCII text in the message body
            case 0 -> message.put("body", "h".repeat(target));
            // Two-byte characters: few enough characters to pass the length check, too many bytes once encoded
            case 1 -> message.put("body", "é".repeat(target / 2 + 1));
            // A large unknown field
            default -> message.putArray("attachments").add("x".repeat(target));
        }
        byte[] body = bytes(message);
        assertThat(body.length).isGreaterThan(MAX_BODY_BYTES);
        return new FuzzCase("huge", envelopes.request("POST", envelopes.highLevelPath(), envelopes.signedHeaders(body),
                body), Set.of("400 body_too_large"));
    }

    FuzzCase deeplyNested() {
        String message = envelopes.validMessage().toString();
        String json;
        if (random.nextBoolean()) {
            // Nested inside the message: 32 levels under the root object go past the limit of 32.
            int depth = 32 + (random.nextBoolean() ? random.nextInt(8) : random.nextInt(5000));
            json = message.substring(0, message.length() - 1) + ",\"extra\":" + nested(depth, "1") + "}";
        } else {
            // The message wrapped in an array (then arrays or objects): too deep, or not an object at the top.
            json = "[" + nested(random.nextInt(3000), message) + "]";
        }
        return envelopes.signedCase("nested", json.getBytes(StandardCharsets.UTF_8), "400 invalid_json");
    }

    private String nested(int depth, String inner) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (random.nextBoolean()) {
                open.append('[');
                close.append(']');
            } else {
                open.append("{\"k\":");
                close.append('}');
            }
        }
        return open.append(inner).append(close.reverse()).toString();
    }

    FuzzCase badBase64() {
        byte[] body = bytes(envelopes.validMessage());
        String base64 = Base64.getEncoder().encodeToString(body);
        String corrupted = switch (random.nextInt(4)) {
            case 0 -> {
                // A character outside the basic alphabet (URL-safe ones, spaces and line breaks are outside it too)
                String illegal = draws.pick(new String[] {"!", "*", "#", "-", "_", " ", "\n", "\t", "é", "\"", "{",
                    "."});
                int at = random.nextInt(base64.length() + 1);
                yield base64.substring(0, at) + illegal + base64.substring(at);
            }
            case 1 -> base64 + "=QQ="; // data after the padding, or padding where a unit starts
            case 2 -> {
                String unpadded = base64.replace("=", "");
                yield unpadded.substring(0, unpadded.length() / 4 * 4) + "Q"; // a last unit of one character
            }
            default -> draws.randomAscii(1 + random.nextInt(200)) + "%"; // junk with at least one illegal character
        };
        APIGatewayV2HTTPEvent event = envelopes.request("POST", envelopes.highLevelPath(),
                envelopes.signedHeaders(body), body);
        event.setBody(corrupted);
        event.setIsBase64Encoded(true);
        return new FuzzCase("base64", event, Set.of("400 bad_base64"));
    }

    FuzzCase nonObjectJson() {
        String message = envelopes.validMessage().toString();
        String json = draws.pick(new String[] {"[]", "[" + message + "]",
            Webhooks.JSON.valueToTree(message).toString(), "\"InboundMessage\"", Integer.toString(random.nextInt()),
            "-1.5e300", "null", "true", "false", "  ", "[" + message + "," + message + "]"});
        return envelopes.signedCase("non-object", json.getBytes(StandardCharsets.UTF_8), "400 invalid_json");
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] result = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
        return result;
    }
}
