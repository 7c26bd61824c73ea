package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.conversation.Channel;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationEvent.Author;

class HighLevelWebhookParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** HighLevel's InboundMessage "Example(Message)", with the signed envelope's timestamp and webhookId added. */
    private static final String INBOUND_SMS = """
            {
              "type": "InboundMessage",
              "locationId": "l1C08ntBrFjLS0elLIYU",
              "attachments": [],
              "body": "This is a test message",
              "contactId": "cI08i1Bls3iTB9bKgFJh",
              "contentType": "text/plain",
              "conversationId": "fcanlLgpbQgQhderivVs",
              "dateAdded": "2021-04-21T11:31:45.750Z",
              "direction": "inbound",
              "messageType": "SMS",
              "status": "delivered",
              "conversationProviderId": "cI08i1Bls3iTB9bKgF01",
              "timestamp": "2025-01-28T14:35:00Z",
              "webhookId": "abc123xyz"
            }
            """;

    /** HighLevel's InboundMessage "Example(Email)", with timestamp and webhookId added. */
    private static final String INBOUND_EMAIL = """
            {
              "type": "InboundMessage",
              "locationId": "kF4NJ5gzRyQF2gKFD34G",
              "body": "<div style=\\"font-family: verdana, geneva; font-size: 11pt;\\">Testing Email Notification</div>",
              "contactId": "3bN9f8LYJFG8F232XMUbfq",
              "conversationId": "yCdNo6pwyTLYKgg6V2gj",
              "dateAdded": "2024-01-12T12:59:04.045Z",
              "direction": "inbound",
              "messageType": "Email",
              "emailMessageId": "sddfDSF3G56GHG",
              "from": "Internal Notify <sample@email.service>",
              "threadId": "sddfDSF3G56GHG",
              "subject": "Order Confirmed",
              "to": ["testprasath95@gmail.com"],
              "conversationProviderId": "cI08i1Bls3iTB9bKgF01",
              "timestamp": "2024-01-12T12:59:05.123Z",
              "webhookId": "wh-email-1"
            }
            """;

    /** HighLevel's OutboundMessage "Example(Message)": sent from the CRM app (note its wrong "direction"). */
    private static final String OUTBOUND_APP_SMS = """
            {
              "type": "OutboundMessage",
              "locationId": "l1C08ntBrFjLS0elLIYU",
              "attachments": [],
              "body": "This is a test message",
              "contactId": "cI08i1Bls3iTB9bKgFJh",
              "contentType": "text/plain",
              "conversationId": "fcanlLgpbQgQhderivVs",
              "dateAdded": "2021-04-21T11:31:45.750Z",
              "direction": "inbound",
              "messageType": "SMS",
              "source": "app",
              "status": "delivered",
              "conversationProviderId": "cI08i1Bls3iTB9bKgF01",
              "timestamp": "2025-01-28T14:35:00Z",
              "webhookId": "wh-out-1"
            }
            """;

    /** HighLevel's OutboundMessage "Example(Call and Voicemail)": a user's call. */
    private static final String OUTBOUND_USER_CALL = """
            {
              "type": "OutboundMessage",
              "locationId": "0d48aEf7q67DAu134bpy",
              "attachments": ["call recording url"],
              "contactId": "gblakL5aYQC4glDtP1r2t3",
              "conversationId": "SGDqZrzmwTr19d10aHkt9F",
              "dateAdded": "2024-05-08T11:57:42.250Z",
              "direction": "outbound",
              "messageType": "CALL",
              "userId": "xsmF1xxhmC92ZpL1lj7aLa",
              "messageId": "tyW42xCD0HQpb3hhfLcx",
              "status": "completed",
              "callDuration": 120,
              "callStatus": "completed",
              "timestamp": "2024-05-08T11:57:43Z",
              "webhookId": "wh-call-1"
            }
            """;

    /** HighLevel's OutboundMessage "Example(Voicemail send through workflow)": neither a user nor the app. */
    private static final String OUTBOUND_WORKFLOW_VOICEMAIL = """
            {
              "type": "OutboundMessage",
              "locationId": "0d48aEf7q67DAuXUxbpy",
              "attachments": ["voicemail url"],
              "contactId": "gb7xwL5aYQC4glDtP1r5",
              "conversationId": "SGDqZrzmwTr5P7aHkt9F",
              "dateAdded": "2024-05-08T12:04:55.828Z",
              "direction": "outbound",
              "messageType": "VoiceMail",
              "messageId": "hhYtaQM2I9ym8qhU9CmM",
              "status": "completed",
              "timestamp": "2024-05-08T12:04:56Z",
              "webhookId": "wh-vm-1"
            }
            """;

    private final HighLevelWebhookParser parser = new HighLevelWebhookParser();

    @Test
    void inboundSmsExample_shouldParseIntoCustomerSmsEvent() {
        ParsedWebhook parsed = parse(INBOUND_SMS);

        assertThat(parsed.type()).isEqualTo("InboundMessage");
        ConversationEvent event = parsed.event().orElseThrow();
        assertThat(event.author()).isEqualTo(Author.CUSTOMER);
        assertThat(event.channel()).isEqualTo(Channel.SMS);
        assertThat(event.text()).isEqualTo("This is a test message");
        assertThat(event.locationId()).isEqualTo("l1C08ntBrFjLS0elLIYU");
        assertThat(event.contactId()).isEqualTo("cI08i1Bls3iTB9bKgFJh");
        assertThat(event.conversationId()).isEqualTo("fcanlLgpbQgQhderivVs");
        assertThat(event.conversationProviderId()).contains("cI08i1Bls3iTB9bKgF01");
        assertThat(event.deliveryId()).isEqualTo("abc123xyz");
        // occurredAt is the signed envelope timestamp, not dateAdded
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2025-01-28T14:35:00Z"));
        assertThat(event.subject()).isEmpty();
        assertThat(event.threadId()).isEmpty();
    }

    @Test
    void inboundEmailExample_shouldParseSubjectAndThread() {
        ConversationEvent event = event(INBOUND_EMAIL);

        assertThat(event.author()).isEqualTo(Author.CUSTOMER);
        assertThat(event.channel()).isEqualTo(Channel.EMAIL);
        // the detectors read the text of an HTML email, not its markup
        assertThat(event.text()).isEqualTo("Testing Email Notification");
        assertThat(event.subject()).contains("Order Confirmed");
        assertThat(event.threadId()).contains("sddfDSF3G56GHG");
        assertThat(event.deliveryId()).isEqualTo("wh-email-1");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2024-01-12T12:59:05.123Z"));
        assertThat(event.contactId()).isEqualTo("3bN9f8LYJFG8F232XMUbfq");
        assertThat(event.conversationId()).isEqualTo("yCdNo6pwyTLYKgg6V2gj");
    }

    @Test
    void outboundMessage_sourceApp_shouldBeStaff() {
        ConversationEvent event = event(OUTBOUND_APP_SMS);

        // "direction" says inbound in HighLevel's example; "type" decides
        assertThat(event.author()).isEqualTo(Author.STAFF);
    }

    @Test
    void outboundMessage_withUserId_shouldBeStaff() {
        ConversationEvent event = event(OUTBOUND_USER_CALL);

        assertThat(event.author()).isEqualTo(Author.STAFF);
        assertThat(event.channel()).isEqualTo(Channel.CALL);
        assertThat(event.text()).isEmpty();
    }

    @Test
    void outboundMessage_withoutUserIdOrAppSource_shouldBeBot() {
        ConversationEvent event = event(OUTBOUND_WORKFLOW_VOICEMAIL);

        assertThat(event.author()).isEqualTo(Author.BOT);
        assertThat(event.channel()).isEqualTo(Channel.VOICEMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"workflow", "api", "bulk_actions", "App"})
    void outboundMessage_otherSource_shouldBeBot(String source) {
        ObjectNode body = object(OUTBOUND_APP_SMS);
        body.put("source", source);

        assertThat(event(body.toString()).author()).isEqualTo(Author.BOT);
    }

    @Test
    void outboundMessage_blankUserId_shouldBeBot() {
        ObjectNode body = object(OUTBOUND_WORKFLOW_VOICEMAIL);
        body.put("userId", "");

        assertThat(event(body.toString()).author()).isEqualTo(Author.BOT);
    }

    @Test
    void inboundMessage_withUserIdAndAppSource_shouldStillBeCustomer() {
        ObjectNode body = object(INBOUND_SMS);
        body.put("userId", "user-1");
        body.put("source", "app");

        assertThat(event(body.toString()).author()).isEqualTo(Author.CUSTOMER);
    }

    @Test
    void deliveryId_noWebhookId_shouldFallBackToMessageId() {
        ObjectNode body = object(OUTBOUND_USER_CALL);
        body.remove("webhookId");

        assertThat(event(body.toString()).deliveryId()).isEqualTo("tyW42xCD0HQpb3hhfLcx");
    }

    @Test
    void deliveryId_noWebhookIdNorMessageId_shouldFallBackToEmailMessageId() {
        ObjectNode body = object(INBOUND_EMAIL);
        body.remove("webhookId");

        assertThat(event(body.toString()).deliveryId()).isEqualTo("sddfDSF3G56GHG");
    }

    @Test
    void deliveryId_noIdAtAll_shouldBeSha256OfTheBody() throws Exception {
        ObjectNode body = object(INBOUND_SMS);
        body.remove("webhookId");
        body.put("webhookId", "   ");
        String text = body.toString();

        String deliveryId = event(text).deliveryId();

        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(deliveryId).isEqualTo("sha256:" + expected);
        // a different body gets a different id
        body.put("body", "another message");
        assertThat(event(body.toString()).deliveryId()).startsWith("sha256:").isNotEqualTo(deliveryId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ContactCreate", "ContactTagUpdate", "AppointmentCreate", "inboundmessage"})
    void unknownEventType_shouldBeIgnoredWithoutReadingMessageFields(String type) {
        // GIVEN another event type, without any of the message fields
        ParsedWebhook parsed = parse("{\"type\":\"" + type + "\",\"id\":\"x\"}");

        assertThat(parsed.event()).isEmpty();
        assertThat(parsed.type()).isEqualTo(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "locationId", "contactId", "conversationId", "messageType"})
    void requiredField_missing_shouldBeRejectedNamingTheField(String field) {
        ObjectNode body = object(INBOUND_SMS);
        body.remove(field);

        WebhookRejectedException rejection = reject(body.toString(), 400, "missing_field");

        assertThat(rejection.detail()).contains("'" + field + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"locationId", "contactId", "conversationId"})
    void requiredId_nullOrBlank_shouldBeRejectedNamingTheField(String field) {
        ObjectNode nulled = object(INBOUND_SMS);
        nulled.putNull(field);
        ObjectNode blank = object(INBOUND_SMS);
        blank.put(field, "  ");

        assertThat(reject(nulled.toString(), 400, "missing_field").detail()).contains(field);
        assertThat(reject(blank.toString(), 400, "missing_field").detail()).contains(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"type", "contactId", "conversationId", "locationId", "messageType", "body", "userId",
            "timestamp", "webhookId"})
    void field_numberWhereStringBelongs_shouldBeWrongType(String field) {
        ObjectNode body = object(INBOUND_SMS);
        body.put(field, 12345);

        WebhookRejectedException rejection = reject(body.toString(), 400, "wrong_type");

        assertThat(rejection.detail()).contains("'" + field + "'").contains("number");
    }

    @Test
    void contactId_objectWhereStringBelongs_shouldBeWrongType() {
        ObjectNode body = object(INBOUND_SMS);
        body.putObject("contactId").put("id", "c-1");

        assertThat(reject(body.toString(), 400, "wrong_type").detail()).contains("contactId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pigeon", "TYPE_ACTIVITY_CONTACT", "", "SMS2"})
    void messageType_unknown_shouldBeUnknownChannel(String messageType) {
        ObjectNode body = object(INBOUND_SMS);
        body.put("messageType", messageType);

        reject(body.toString(), 400, "unknown_channel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"this is not json", "{\"type\":\"InboundMessage\"", "[{\"type\":\"InboundMessage\"}]",
            "[]", "\"InboundMessage\"", "42", "null", "", "   "})
    void body_notAJsonObject_shouldBeInvalidJson(String body) {
        reject(body, 400, "invalid_json");
    }

    @Test
    void body_nestedThousandLevels_shouldBeInvalidJsonNotStackOverflow() {
        String nested = "{\"type\":\"InboundMessage\",\"extra\":" + "[".repeat(1000) + "]".repeat(1000) + "}";

        reject(nested, 400, "invalid_json");
    }

    @Test
    void body_nestedObjectsThousandLevels_shouldBeInvalidJson() {
        String nested = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);

        reject(nested, 400, "invalid_json");
    }

    @Test
    void body_nestedFortyLevels_shouldBeInvalidJsonWellBelowJacksonsDefaultLimit() {
        // Jackson's own limit is 1000 levels; the parser keeps hostile bodies far shallower than that
        String nested = "{\"type\":\"InboundMessage\",\"extra\":" + "[".repeat(40) + "]".repeat(40) + "}";

        reject(nested, 400, "invalid_json");
    }

    @Test
    void body_extraFieldNestedTenLevels_shouldStillParse() {
        ObjectNode body = object(INBOUND_SMS);
        ObjectNode inner = body.putObject("meta");
        for (int level = 0; level < 9; level++) {
            inner = inner.putObject("level" + level);
        }

        assertThat(event(body.toString()).deliveryId()).isEqualTo("abc123xyz");
    }

    @Test
    void timestamp_missingAndNoDateAdded_shouldBeUnauthorized() {
        ObjectNode body = object(INBOUND_SMS);
        body.remove("timestamp");
        body.remove("dateAdded");

        reject(body.toString(), 401, "missing_timestamp");
    }

    @Test
    void timestamp_missingButDateAddedPresent_shouldUseDateAdded() {
        ObjectNode body = object(INBOUND_SMS);
        body.remove("timestamp");

        assertThat(event(body.toString()).occurredAt()).isEqualTo(Instant.parse("2021-04-21T11:31:45.750Z"));
    }

    @Test
    void timestamp_notAnInstant_shouldBeInvalidTimestamp() {
        ObjectNode body = object(INBOUND_SMS);
        body.put("timestamp", "yesterday");

        reject(body.toString(), 400, "invalid_timestamp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"contactId", "conversationId", "locationId", "webhookId", "userId"})
    void id_longerThan128Characters_shouldBeInvalidId(String field) {
        ObjectNode body = object(OUTBOUND_USER_CALL);
        body.put(field, "a".repeat(129));

        WebhookRejectedException rejection = reject(body.toString(), 400, "invalid_id");

        assertThat(rejection.detail()).contains(field);
    }

    @Test
    void id_exactly128Characters_shouldBeAccepted() {
        ObjectNode body = object(INBOUND_SMS);
        body.put("contactId", "c".repeat(128));

        assertThat(event(body.toString()).contactId()).hasSize(128);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "tab\tid", "new\nline", "ümlaut", "conv#1\u0000"})
    void id_notPrintableAscii_shouldBeInvalidId(String id) {
        ObjectNode body = object(INBOUND_SMS);
        body.put("conversationId", id);

        reject(body.toString(), 400, "invalid_id");
    }

    private ParsedWebhook parse(String body) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    private ConversationEvent event(String body) {
        return parse(body).event().orElseThrow(() -> new AssertionError("expected a message event"));
    }

    private WebhookRejectedException reject(String body, int status, String error) {
        WebhookRejectedException rejection = catchThrowableOfType(WebhookRejectedException.class, () -> parse(body));
        assertThat(rejection).as("parsing must be refused: %s", body.length() > 200 ? body.substring(0, 200) : body)
                .isNotNull();
        assertThat(rejection.status()).isEqualTo(status);
        assertThat(rejection.error()).isEqualTo(error);
        assertThat(rejection.detail()).isNotBlank();
        return rejection;
    }

    private static ObjectNode object(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
