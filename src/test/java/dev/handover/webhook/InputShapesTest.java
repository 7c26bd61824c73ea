package dev.handover.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;


import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.MultiBotProfile;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The workflow webhook and the generic JSON event, through the handler. */
@QuarkusTest
@TestProfile(MultiBotProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class InputShapesTest extends ConversationTest {

    static final String LOCATION = MultiBotFlowTest.LOCATION;
    static final Map<String, String> SECRET = Map.of("x-handover-secret", "test-workflow-secret");


    @Test
    void workflowWebhook_withoutConversation_shouldLookItUpAndHandOver() {
        crm.conversationFound(conversation, "TYPE_WHATSAPP");
        ObjectNode body = Webhooks.workflow(LOCATION, contact, "Can I speak to a real person?");
        ((ObjectNode) body.get("message")).remove("type");

        Reply reply = Lambda.invoke(Webhooks.workflowEvent(body, SECRET));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(crm.calls()).containsExactlyInAnyOrder(
                "GET /conversations/search?locationId=" + LOCATION + "&contactId=" + contact
                        + "&sortBy=last_message_date&sort=desc&limit=1",
                "PUT /contacts/" + contact, "POST /contacts/" + contact + "/tasks", "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
        crm.wireMock().verifyThat(getRequestedFor(urlPathEqualTo("/conversations/search"))
                .withHeader("Version", equalTo("2021-04-15")));
        // the reply goes out on the conversation's channel
        crm.wireMock().verifyThat(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlPathEqualTo("/conversations/messages"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
                        "{\"type\":\"WhatsApp\"}", true, true)));
    }

    @Test
    void workflowWebhook_secretInCustomDataAndConversationGiven_shouldNotSearch() {
        ObjectNode body = Webhooks.workflow(LOCATION, contact, "agent please");
        ObjectNode custom = (ObjectNode) body.get("customData");
        custom.put("secret", "test-workflow-secret");
        custom.put("conversationId", conversation);

        Reply reply = Lambda.invoke(Webhooks.workflowEvent(body, Map.of()));

        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(crm.calls()).hasSize(4).noneMatch(call -> call.contains("/conversations/search"));
    }

    @Test
    void workflowWebhook_sameContentTwice_shouldBeADuplicate() {
        ObjectNode body = Webhooks.workflow(LOCATION, contact, "what are your opening hours?");
        ((ObjectNode) body.get("customData")).put("conversationId", conversation);
        String event = Webhooks.workflowEvent(body, SECRET);

        assertThat(Lambda.invoke(event).body().get("decision").asText()).isEqualTo("none");
        assertThat(Lambda.invoke(event).body().get("decision").asText()).isEqualTo("duplicate");
    }

    @Test
    void workflowWebhook_wrongOrMissingSecret_shouldBe401AndCallNothing() {
        ObjectNode body = Webhooks.workflow(LOCATION, contact, "human please");

        Reply wrong = Lambda.invoke(Webhooks.workflowEvent(body, Map.of("x-handover-secret", "guess")));
        Reply missing = Lambda.invoke(Webhooks.workflowEvent(body, Map.of()));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body().get("error").asText()).isEqualTo("invalid_secret");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.body().get("error").asText()).isEqualTo("missing_secret");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void workflowWebhook_withoutMessage_shouldBeIgnored() {
        ObjectNode body = Webhooks.workflow(LOCATION, contact, "x");
        body.remove("message");

        Reply reply = Lambda.invoke(Webhooks.workflowEvent(body, SECRET));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("ignored");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void genericEvent_customerAsksForAPerson_shouldHandOver() {
        ObjectNode event = Webhooks.generic(LOCATION, "support-bot", conversation, contact, "user", "human please");

        Reply reply = Lambda.invoke(Webhooks.genericEvent(event, "test-event-secret"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("scenario").asText()).isEqualTo("contactRequest");
        crm.wireMock().verifyThat(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlPathEqualTo("/conversations/messages"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
                        "{\"type\":\"Live_Chat\"}", true, true)));
        assertThat(crm.calls()).hasSize(4);
    }

    @Test
    void genericEvent_botNotAnswered_shouldHandOverForLackOfInformation() {
        ObjectNode event = Webhooks.generic(LOCATION, "support-bot", conversation, contact, "bot", "Here is a guess.");
        event.put("answered", false);

        Reply reply = Lambda.invoke(Webhooks.genericEvent(event, "test-event-secret"));

        assertThat(reply.body().get("scenario").asText()).isEqualTo("lackOfInformation");
        assertThat(reply.body().get("reason").asText()).isEqualTo("bot:answered=false");
    }

    @Test
    void genericEvent_lowConfidence_shouldHandOverAndHighConfidenceShouldNot() {
        ObjectNode sure = Webhooks.generic(LOCATION, "support-bot", conversation, contact, "bot", "We open at 9.");
        sure.put("confidence", 0.9);
        assertThat(Lambda.invoke(Webhooks.genericEvent(sure, "test-event-secret")).body().get("decision").asText())
                .isEqualTo("none");

        ObjectNode unsure = Webhooks.generic(LOCATION, "support-bot", conversation, contact, "bot", "Maybe at 9?");
        unsure.put("confidence", 0.3);
        Reply reply = Lambda.invoke(Webhooks.genericEvent(unsure, "test-event-secret"));

        assertThat(reply.body().get("scenario").asText()).isEqualTo("lackOfInformation");
        assertThat(reply.body().get("reason").asText()).isEqualTo("bot:confidence 0.3 < 0.6");
    }

    @Test
    void genericEvent_badSignature_shouldBe401AndStoreNothing() {
        ObjectNode event = Webhooks.generic(LOCATION, "support-bot", conversation, contact, "user", "human please");

        Reply reply = Lambda.invoke(Webhooks.genericEvent(event, "not-the-secret"));
        Reply unsigned = Lambda.invoke(Webhooks.event("/events", event.toString(), Map.of()));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().get("error").asText()).isEqualTo("invalid_signature");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.body().get("error").asText()).isEqualTo("missing_signature");
        assertThat(crm.calls()).isEmpty();
        // and nothing was claimed: the properly signed event is still processed
        assertThat(Lambda.invoke(Webhooks.genericEvent(event, "test-event-secret")).body().get("decision").asText())
                .isEqualTo("handover");
    }

    @Test
    void genericEvent_sameEventIdTwice_shouldBeADuplicate() {
        ObjectNode event = Webhooks.generic(LOCATION, "support-bot", conversation, contact, "user", "hello");
        String signed = Webhooks.genericEvent(event, "test-event-secret");

        assertThat(Lambda.invoke(signed).body().get("decision").asText()).isEqualTo("none");
        assertThat(Lambda.invoke(signed).body().get("decision").asText()).isEqualTo("duplicate");
    }

    @Test
    void genericEvent_unknownBot_shouldBeIgnored() {
        ObjectNode event = Webhooks.generic(LOCATION, "nobody-bot", conversation, contact, "user", "human please");

        Reply reply = Lambda.invoke(Webhooks.genericEvent(event, "whatever"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("ignored");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void genericEvent_badFields_shouldBe400() {
        ObjectNode badRole = Webhooks.generic(LOCATION, "support-bot", conversation, contact, "robot", "hi");
        ObjectNode badChannel = Webhooks.generic(LOCATION, "support-bot", conversation, contact, "user", "hi");
        badChannel.put("channel", "Pigeon");
        ObjectNode badConfidence = Webhooks.generic(LOCATION, "support-bot", conversation, contact, "bot", "hi");
        badConfidence.put("confidence", "high");

        assertThat(Lambda.invoke(Webhooks.genericEvent(badRole, "test-event-secret")).status()).isEqualTo(400);
        Reply channel = Lambda.invoke(Webhooks.genericEvent(badChannel, "test-event-secret"));
        assertThat(channel.status()).isEqualTo(400);
        assertThat(channel.body().get("error").asText()).isEqualTo("unknown_channel");
        Reply confidence = Lambda.invoke(Webhooks.genericEvent(badConfidence, "test-event-secret"));
        assertThat(confidence.body().get("error").asText()).isEqualTo("wrong_type");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void unknownPath_shouldBe404() {
        Reply reply = Lambda.invoke(Webhooks.event("/nope", "{}", Map.of()));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().get("error").asText()).isEqualTo("unknown_path");
    }
}
