package dev.handover.webhook;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed access to the fields of a webhook body, with a 400 that names the field when one is wrong. */
final class JsonFields {

    /** Ids are short tokens; anything longer is not an id and would bloat keys and logs. */
    private static final int MAX_ID_LENGTH = 128;

    private final JsonNode node;

    JsonFields(JsonNode node) {
        this.node = node;
    }

    String requiredId(String name) {
        String value = optionalText(name).orElseThrow(
                () -> WebhookRejectedException.badRequest("missing_field", "'" + name + "' is required"));
        if (value.isBlank()) {
            throw WebhookRejectedException.badRequest("missing_field", "'" + name + "' is empty");
        }
        return checkId(name, value);
    }

    Optional<String> optionalId(String name) {
        return optionalText(name).filter(value -> !value.isBlank()).map(value -> checkId(name, value));
    }

    Optional<String> optionalText(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(name, "a string", value);
        }
        return Optional.of(value.textValue());
    }

    Optional<Boolean> optionalBoolean(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw wrongType(name, "a boolean", value);
        }
        return Optional.of(value.booleanValue());
    }

    Optional<Double> optionalNumber(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw wrongType(name, "a number", value);
        }
        return Optional.of(value.doubleValue());
    }

    /** A nested object's fields; an absent object reads as empty. */
    JsonFields object(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return new JsonFields(com.fasterxml.jackson.databind.node.MissingNode.getInstance());
        }
        if (!value.isObject()) {
            throw wrongType(name, "an object", value);
        }
        return new JsonFields(value);
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    private static WebhookRejectedException wrongType(String name, String expected, JsonNode value) {
        return WebhookRejectedException.badRequest("wrong_type",
                "'" + name + "' must be " + expected + ", not " + value.getNodeType().name().toLowerCase());
    }

    private static String checkId(String name, String value) {
        if (value.length() > MAX_ID_LENGTH || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw WebhookRejectedException.badRequest("invalid_id",
                    "'" + name + "' must be at most " + MAX_ID_LENGTH + " printable ASCII characters");
        }
        return value;
    }
}
