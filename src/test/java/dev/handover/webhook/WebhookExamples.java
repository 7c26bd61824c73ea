package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.conversation.ConversationEvent;

/** HighLevel's example webhook bodies and the parsing helpers the parser tests share. */
final class WebhookExamples {


    static final ObjectMapper JSON = new ObjectMapper();

    /** HighLevel's InboundMessage "Example(Message)", with the signed envelope's timestamp and webhookId added. */
    static final String INBOUND_SMS = """
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
    static final String INBOUND_EMAIL = """
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
    static final String OUTBOUND_APP_SMS = """
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
    static final String OUTBOUND_USER_CALL = """
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
    static final String OUTBOUND_WORKFLOW_VOICEMAIL = """
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

    ParsedWebhook parse(String body) {
        return parser.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    ConversationEvent event(String body) {
        return parse(body).event().orElseThrow(() -> new AssertionError("expected a message event"));
    }

    WebhookRejectedException reject(String body, int status, String error) {
        WebhookRejectedException rejection = catchThrowableOfType(WebhookRejectedException.class, () -> parse(body));
        assertThat(rejection).as("parsing must be refused: %s", body.length() > 200 ? body.substring(0, 200) : body)
                .isNotNull();
        assertThat(rejection.status()).isEqualTo(status);
        assertThat(rejection.error()).isEqualTo(error);
        assertThat(rejection.detail()).isNotBlank();
        return rejection;
    }

    static ObjectNode object(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
