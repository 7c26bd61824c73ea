package dev.handover.webhook;

import static dev.handover.webhook.WebhookExamples.INBOUND_EMAIL;
import static dev.handover.webhook.WebhookExamples.INBOUND_SMS;
import static dev.handover.webhook.WebhookExamples.OUTBOUND_APP_SMS;
import static dev.handover.webhook.WebhookExamples.OUTBOUND_USER_CALL;
import static dev.handover.webhook.WebhookExamples.OUTBOUND_WORKFLOW_VOICEMAIL;
import static dev.handover.webhook.WebhookExamples.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.conversation.Channel;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationEvent.Author;

class HighLevelWebhookParserTest {

    private final WebhookExamples examples = new WebhookExamples();

    @Test
    void inboundSmsExample_shouldParseIntoCustomerSmsEvent() {
        ParsedWebhook parsed = examples.parse(INBOUND_SMS);

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
        ConversationEvent event = examples.event(INBOUND_EMAIL);

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
        ConversationEvent event = examples.event(OUTBOUND_APP_SMS);

        // "direction" says inbound in HighLevel's example; "type" decides
        assertThat(event.author()).isEqualTo(Author.STAFF);
    }

    @Test
    void outboundMessage_withUserId_shouldBeStaff() {
        ConversationEvent event = examples.event(OUTBOUND_USER_CALL);

        assertThat(event.author()).isEqualTo(Author.STAFF);
        assertThat(event.channel()).isEqualTo(Channel.CALL);
        assertThat(event.text()).isEmpty();
    }

    @Test
    void outboundMessage_withoutUserIdOrAppSource_shouldBeBot() {
        ConversationEvent event = examples.event(OUTBOUND_WORKFLOW_VOICEMAIL);

        assertThat(event.author()).isEqualTo(Author.BOT);
        assertThat(event.channel()).isEqualTo(Channel.VOICEMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"workflow", "api", "bulk_actions", "App"})
    void outboundMessage_otherSource_shouldBeBot(String source) {
        ObjectNode body = object(OUTBOUND_APP_SMS);
        body.put("source", source);

        assertThat(examples.event(body.toString()).author()).isEqualTo(Author.BOT);
    }

    @Test
    void outboundMessage_blankUserId_shouldBeBot() {
        ObjectNode body = object(OUTBOUND_WORKFLOW_VOICEMAIL);
        body.put("userId", "");

        assertThat(examples.event(body.toString()).author()).isEqualTo(Author.BOT);
    }

    @Test
    void inboundMessage_withUserIdAndAppSource_shouldStillBeCustomer() {
        ObjectNode body = object(INBOUND_SMS);
        body.put("userId", "user-1");
        body.put("source", "app");

        assertThat(examples.event(body.toString()).author()).isEqualTo(Author.CUSTOMER);
    }

    @Test
    void deliveryId_noWebhookId_shouldFallBackToMessageId() {
        ObjectNode body = object(OUTBOUND_USER_CALL);
        body.remove("webhookId");

        assertThat(examples.event(body.toString()).deliveryId()).isEqualTo("tyW42xCD0HQpb3hhfLcx");
    }

    @Test
    void deliveryId_noWebhookIdNorMessageId_shouldFallBackToEmailMessageId() {
        ObjectNode body = object(INBOUND_EMAIL);
        body.remove("webhookId");

        assertThat(examples.event(body.toString()).deliveryId()).isEqualTo("sddfDSF3G56GHG");
    }

    @Test
    void deliveryId_noIdAtAll_shouldBeSha256OfTheBody() throws Exception {
        ObjectNode body = object(INBOUND_SMS);
        body.remove("webhookId");
        body.put("webhookId", "   ");
        String text = body.toString();

        String deliveryId = examples.event(text).deliveryId();

        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(deliveryId).isEqualTo("sha256:" + expected);
        // a different body gets a different id
        body.put("body", "another message");
        assertThat(examples.event(body.toString()).deliveryId()).startsWith("sha256:").isNotEqualTo(deliveryId);
    }
}
