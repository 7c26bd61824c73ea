package dev.handover.webhook;

import static dev.handover.webhook.WebhookExamples.INBOUND_SMS;
import static dev.handover.webhook.WebhookExamples.OUTBOUND_USER_CALL;
import static dev.handover.webhook.WebhookExamples.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Bodies the parser must refuse, each with the status and error it answers, and the limits it keeps. */
class HighLevelWebhookRejectionTest {

    private final WebhookExamples examples = new WebhookExamples();

    @ParameterizedTest
    @ValueSource(strings = {"ContactCreate", "ContactTagUpdate", "AppointmentCreate", "inboundmessage"})
    void unknownEventType_shouldBeIgnoredWithoutReadingMessageFields(String type) {
        // GIVEN another event type, without any of the message fields
        ParsedWebhook parsed = examples.parse("{\"type\":\"" + type + "\",\"id\":\"x\"}");

        assertThat(parsed.event()).isEmpty();
        assertThat(parsed.type()).isEqualTo(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "locationId", "contactId", "conversationId", "messageType"})
    void requiredField_missing_shouldBeRejectedNamingTheField(String field) {
        ObjectNode body = object(INBOUND_SMS);
        body.remove(field);

        WebhookRejectedException rejection = examples.reject(body.toString(), 400, "missing_field");

        assertThat(rejection.detail()).contains("'" + field + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"locationId", "contactId", "conversationId"})
    void requiredId_nullOrBlank_shouldBeRejectedNamingTheField(String field) {
        ObjectNode nulled = object(INBOUND_SMS);
        nulled.putNull(field);
        ObjectNode blank = object(INBOUND_SMS);
        blank.put(field, "  ");

        assertThat(examples.reject(nulled.toString(), 400, "missing_field").detail()).contains(field);
        assertThat(examples.reject(blank.toString(), 400, "missing_field").detail()).contains(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "contactId", "conversationId", "locationId", "messageType", "body", "userId",
            "timestamp", "webhookId"})
    void field_numberWhereStringBelongs_shouldBeWrongType(String field) {
        ObjectNode body = object(INBOUND_SMS);
        body.put(field, 12345);

        WebhookRejectedException rejection = examples.reject(body.toString(), 400, "wrong_type");

        assertThat(rejection.detail()).contains("'" + field + "'").contains("number");
    }

    @Test
    void contactId_objectWhereStringBelongs_shouldBeWrongType() {
        ObjectNode body = object(INBOUND_SMS);
        body.putObject("contactId").put("id", "c-1");

        assertThat(examples.reject(body.toString(), 400, "wrong_type").detail()).contains("contactId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pigeon", "TYPE_ACTIVITY_CONTACT", "", "SMS2"})
    void messageType_unknown_shouldBeUnknownChannel(String messageType) {
        ObjectNode body = object(INBOUND_SMS);
        body.put("messageType", messageType);

        examples.reject(body.toString(), 400, "unknown_channel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"this is not json", "{\"type\":\"InboundMessage\"", "[{\"type\":\"InboundMessage\"}]",
            "[]", "\"InboundMessage\"", "42", "null", "", "   "})
    void body_notAJsonObject_shouldBeInvalidJson(String body) {
        examples.reject(body, 400, "invalid_json");
    }

    @Test
    void body_nestedThousandLevels_shouldBeInvalidJsonNotStackOverflow() {
        String nested = "{\"type\":\"InboundMessage\",\"extra\":" + "[".repeat(1000) + "]".repeat(1000) + "}";

        examples.reject(nested, 400, "invalid_json");
    }

    @Test
    void body_nestedObjectsThousandLevels_shouldBeInvalidJson() {
        String nested = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);

        examples.reject(nested, 400, "invalid_json");
    }

    @Test
    void body_nestedFortyLevels_shouldBeInvalidJsonWellBelowJacksonsDefaultLimit() {
        // Jackson's own limit is 1000 levels; the parser keeps hostile bodies far shallower than that
        String nested = "{\"type\":\"InboundMessage\",\"extra\":" + "[".repeat(40) + "]".repeat(40) + "}";

        examples.reject(nested, 400, "invalid_json");
    }

    @Test
    void body_extraFieldNestedTenLevels_shouldStillParse() {
        ObjectNode body = object(INBOUND_SMS);
        ObjectNode inner = body.putObject("meta");
        for (int level = 0; level < 9; level++) {
            inner = inner.putObject("level" + level);
        }

        assertThat(examples.event(body.toString()).deliveryId()).isEqualTo("abc123xyz");
    }

    @Test
    void timestamp_missingAndNoDateAdded_shouldBeUnauthorized() {
        ObjectNode body = object(INBOUND_SMS);
        body.remove("timestamp");
        body.remove("dateAdded");

        examples.reject(body.toString(), 401, "missing_timestamp");
    }

    @Test
    void timestamp_missingButDateAddedPresent_shouldUseDateAdded() {
        ObjectNode body = object(INBOUND_SMS);
        body.remove("timestamp");

        assertThat(examples.event(body.toString()).occurredAt()).isEqualTo(Instant.parse("2021-04-21T11:31:45.750Z"));
    }

    @Test
    void timestamp_notAnInstant_shouldBeInvalidTimestamp() {
        ObjectNode body = object(INBOUND_SMS);
        body.put("timestamp", "yesterday");

        examples.reject(body.toString(), 400, "invalid_timestamp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"contactId", "conversationId", "locationId", "webhookId", "userId"})
    void id_longerThan128Characters_shouldBeInvalidId(String field) {
        ObjectNode body = object(OUTBOUND_USER_CALL);
        body.put(field, "a".repeat(129));

        WebhookRejectedException rejection = examples.reject(body.toString(), 400, "invalid_id");

        assertThat(rejection.detail()).contains(field);
    }

    @Test
    void id_exactly128Characters_shouldBeAccepted() {
        ObjectNode body = object(INBOUND_SMS);
        body.put("contactId", "c".repeat(128));

        assertThat(examples.event(body.toString()).contactId()).hasSize(128);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "tab\tid", "new\nline", "ümlaut", "conv#1\u0000"})
    void id_notPrintableAscii_shouldBeInvalidId(String id) {
        ObjectNode body = object(INBOUND_SMS);
        body.put("conversationId", id);

        examples.reject(body.toString(), 400, "invalid_id");
    }
}
