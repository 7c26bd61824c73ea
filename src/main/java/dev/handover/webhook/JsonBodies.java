package dev.handover.webhook;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads request bodies as JSON objects within limits that hostile input cannot stretch. */
final class JsonBodies {

    /** Hostile bodies nest deeply to exhaust the stack; real webhooks are a few levels deep. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
            .build());

    private JsonBodies() {
    }

    static JsonNode readObject(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw WebhookRejectedException.badRequest("invalid_json", "the body is not valid JSON: "
                    + abbreviate(e.getOriginalMessage()));
        } catch (IOException e) {
            throw WebhookRejectedException.badRequest("invalid_json", "the body cannot be read as JSON");
        }
        if (root == null || !root.isObject()) {
            throw WebhookRejectedException.badRequest("invalid_json", "the body must be a JSON object");
        }
        return root;
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
