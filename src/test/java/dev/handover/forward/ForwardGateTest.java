package dev.handover.forward;

import static dev.handover.forward.GateRequests.LOCATION;
import static dev.handover.forward.GateRequests.QUESTION;
import static dev.handover.forward.GateRequests.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.handover.support.BotWebhook;
import dev.handover.support.ConversationTest;
import dev.handover.support.ForwardProfile;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.LogCapture;
import dev.handover.support.OpenApiRequests;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The gate of a bot behind the function ({@code forwardTo}), through the handler: the customer messages the bot
 * should answer reach its webhook signed as {@code /events} expects, once per delivery; the messages the function
 * holds (a handover, a pause) never do. WireMock plays the bot's webhook and the CRM.
 */
@QuarkusTest
@TestProfile(ForwardProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class ForwardGateTest extends ConversationTest {

    private final BotWebhook bot = new BotWebhook();

    @BeforeEach
    void freshBot() {
        bot.reset();
    }

    @Test
    void ordinaryQuestion_isForwardedOnce_asTheSignedGenericEvent() {
        ObjectNode inbound = GateRequests.inbound(LOCATION, conversation, contact, QUESTION, clock.instant());
        String event = Webhooks.signedEvent(inbound);
        Instant before = clock.instant();

        Reply reply;
        String log;
        try (LogCapture capture = LogCapture.start()) {
            reply = Lambda.invoke(event);
            log = capture.text();
        }

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
        assertThat(reply.body().get("forwarded").asBoolean()).isTrue();
        assertThat(reply.body().has("held")).isFalse();
        assertThat(reply.body().has("forwardError")).isFalse();
        LoggedRequest forward = bot.requests().get(0);
        assertThat(bot.requests()).hasSize(1);
        assertThat(forward.getMethod().getName()).isEqualTo("POST");
        assertThat(forward.getUrl()).isEqualTo("/bot/hook?source=handover");
        assertThat(forward.getHeader("content-type")).isEqualTo("application/json");
        assertThat(forward.getHeader("x-handover-forwarded")).isEqualTo("1");
        GateRequests.assertSigned(forward, SECRET);
        JsonNode body = GateRequests.json(forward);
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("locationId", "botId", "conversationId", "contactId", "channel", "role",
                "text", "eventId", "conversationProviderId", "sentAt", "timestamp");
        assertThat(body.get("locationId").asText()).isEqualTo(LOCATION);
        assertThat(body.get("botId").asText()).isEqualTo("gated-bot");
        assertThat(body.get("conversationId").asText()).isEqualTo(conversation);
        assertThat(body.get("contactId").asText()).isEqualTo(contact);
        assertThat(body.get("channel").asText()).isEqualTo("SMS");
        assertThat(body.get("role").asText()).isEqualTo("user");
        assertThat(body.get("text").asText()).isEqualTo(QUESTION);
        assertThat(body.get("eventId").asText()).isEqualTo(inbound.get("webhookId").asText());
        assertThat(body.get("conversationProviderId").asText()).isEqualTo("prov-1");
        assertThat(Instant.parse(body.get("sentAt").asText()))
                .isEqualTo(Instant.parse(inbound.get("timestamp").asText()));
        assertThat(Instant.parse(body.get("timestamp").asText())).isBetween(before, clock.instant());
        assertThat(crm.calls()).isEmpty();
        // Neither the customer's words nor the secret or the signature are logged.
        assertThat(log).contains("forwarded to bot gated-bot").doesNotContain("Saturday", "5521", SECRET,
                forward.getHeader("x-handover-signature").substring(7));

        // A copy of the delivery is a duplicate, and is not forwarded again.
        Reply copy = Lambda.invoke(event);
        assertThat(copy.body().get("decision").asText()).isEqualTo("duplicate");
        assertThat(copy.body().has("forwarded")).isFalse();
        assertThat(bot.requests()).hasSize(1);
    }

    @Test
    void forwardedEvent_isWhatEventsAccepts_andEventsRefusesItFromTheFunctionItself() {
        assertThat(Lambda.invoke(Webhooks.signedEvent(GateRequests.inbound(LOCATION, conversation, contact, QUESTION,
                clock.instant()))).body().get("forwarded").asBoolean()).isTrue();
        LoggedRequest forward = bot.requests().get(0);
        String body = forward.getBodyAsString();
        String signature = forward.getHeader("x-handover-signature");

        // The forward as it came, marker included: a forwardTo pointing at /events would loop; refused, nothing done.
        Reply loop = Lambda.invoke(Webhooks.event("/events", body, Map.of("x-handover-signature", signature,
                "x-handover-forwarded", "1")));
        assertThat(loop.status()).isEqualTo(400);
        assertThat(loop.body().get("error").asText()).isEqualTo("forward_loop");
        assertThat(loop.body().toString()).doesNotContain("Saturday");
        assertThat(bot.requests()).hasSize(1);

        // Without the marker, /events takes the forwarded body and its signature as a bot's own event.
        Reply accepted = Lambda.invoke(Webhooks.event("/events", body, Map.of("x-handover-signature", signature)));
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        assertThat(accepted.body().get("decision").asText()).isEqualTo("none");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void contactRequest_handsOver_andIsNotForwarded() {
        Reply reply = Lambda.invoke(Webhooks.signedEvent(GateRequests.inbound(LOCATION, conversation, contact,
                "I want to talk to a person", clock.instant())));

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(reply.body().get("held").asBoolean()).isTrue();
        assertThat(reply.body().has("forwarded")).isFalse();
        assertThat(bot.requests()).isEmpty();
        // The default task description carries the latest messages, read at handover time.
        assertThat(crm.calls()).containsExactlyInAnyOrder("PUT /contacts/" + contact,
                "GET /conversations/" + conversation + "/messages?limit=50", "POST /contacts/" + contact + "/tasks",
                "POST /conversations/messages", "POST /contacts/" + contact + "/tags");
        OpenApiRequests api = new OpenApiRequests();
        assertThat(crm.requests()).allSatisfy(request -> assertThat(api.check(new OpenApiRequests.Request(
                request.getMethod().getName(), request.getUrl(), request.getHeader("Version"),
                request.getBodyAsString())).problems()).isEmpty());
    }

    @Test
    void pausedConversation_holdsTheCustomersMessages_untilThePauseEnds() {
        Lambda.accepted(GateRequests.inbound(LOCATION, conversation, contact, "I want to talk to a person",
                clock.instant()));
        crm.wireMock().resetRequests();
        clock.advance(Duration.ofMinutes(5));

        Reply held = Lambda.accepted(GateRequests.inbound(LOCATION, conversation, contact, QUESTION, clock.instant()));
        Reply botsOwn = Lambda.accepted(Webhooks.botReply(LOCATION, conversation, contact, "We open at 9.",
                clock.instant()));

        assertThat(held.body().get("decision").asText()).isEqualTo("paused");
        assertThat(held.body().get("held").asBoolean()).isTrue();
        assertThat(held.body().has("forwarded")).isFalse();
        // The bot's own message is not the customer's: neither forwarded nor held.
        assertThat(botsOwn.body().has("held")).isFalse();
        assertThat(botsOwn.body().has("forwarded")).isFalse();
        assertThat(bot.requests()).isEmpty();
        assertThat(crm.calls()).isEmpty();

        // After the 30-minute pause, the gate opens again.
        clock.advance(Duration.ofMinutes(26));
        Reply after = Lambda.accepted(GateRequests.inbound(LOCATION, conversation, contact, QUESTION,
                clock.instant()));
        assertThat(after.body().get("decision").asText()).isEqualTo("none");
        assertThat(after.body().get("forwarded").asBoolean()).isTrue();
        assertThat(bot.requests()).hasSize(1);
        assertThat(crm.calls()).isEmpty();
    }
}
