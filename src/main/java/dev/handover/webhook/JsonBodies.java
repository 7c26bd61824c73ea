package dev.handover.webhook;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
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

    /**
     * The body as a JSON object. A malformed body is refused with the kind of problem and its position only: the
     * parser's own message quotes the offending text, which may be a customer's words or a secret, and the detail
     * goes to the sender and the log.
     */
    static JsonNode readObject(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw WebhookRejectedException.badRequest("invalid_json", "the body is not valid JSON: " + problem(e)
                    + position(e.getLocation()));
        } catch (IOException e) {
            throw WebhookRejectedException.badRequest("invalid_json", "the body cannot be read as JSON");
        }
        if (root == null || !root.isObject()) {
            throw WebhookRejectedException.badRequest("invalid_json", "the body must be a JSON object");
        }
        return root;
    }

    /** A fixed description of the parser's complaint, picked by its kind, never by the text it quotes. */
    private static String problem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "it exceeds a parser limit (nesting deeper than 32 levels, or a number or string too long)";
        }
        if (e instanceof JsonEOFException) {
            return "it ends before the JSON value is complete";
        }
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Unrecognized token")) {
            return "an unrecognised token (a bare word or a misspelt true, false or null)";
        }
        if (message.startsWith("Unexpected close marker")) {
            return "a closing bracket that does not match";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a control character inside a string";
        }
        if (message.startsWith("Invalid UTF-8")) {
            return "invalid UTF-8";
        }
        if (message.startsWith("Unexpected character") || message.startsWith("Illegal character")) {
            return "an unexpected character";
        }
        return "malformed JSON";
    }

    private static String position(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
