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
        ObjectNode event = supportBotEvent("user", "human please");

        Reply reply = sendSigned(event);

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
        ObjectNode event = supportBotEvent("bot", "Here is a guess.");
        event.put("answered", false);

        Reply reply = sendSigned(event);

        assertThat(reply.body().get("scenario").asText()).isEqualTo("lackOfInformation");
        assertThat(reply.body().get("reason").asText()).isEqualTo("bot:answered=false");
    }

    @Test
    void genericEvent_lowConfidence_shouldHandOverAndHighConfidenceShouldNot() {
        ObjectNode sure = supportBotEvent("bot", "We open at 9.");
        sure.put("confidence", 0.9);
        assertThat(sendSigned(sure).body().get("decision").asText())
                .isEqualTo("none");

        ObjectNode unsure = supportBotEvent("bot", "Maybe at 9?");
        unsure.put("confidence", 0.3);
        Reply reply = sendSigned(unsure);

        assertThat(reply.body().get("scenario").asText()).isEqualTo("lackOfInformation");
        assertThat(reply.body().get("reason").asText()).isEqualTo("bot:confidence 0.3 < 0.6");
    }

    @Test
    void genericEvent_badSignature_shouldBe401AndStoreNothing() {
        ObjectNode event = supportBotEvent("user", "human please");

        Reply reply = Lambda.invoke(Webhooks.genericEvent(event, "not-the-secret"));
        Reply unsigned = Lambda.invoke(Webhooks.event("/events", event.toString(), Map.of()));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().get("error").asText()).isEqualTo("invalid_signature");
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.body().get("error").asText()).isEqualTo("missing_signature");
        assertThat(crm.calls()).isEmpty();
        // and nothing was claimed: the properly signed event is still processed
        assertThat(sendSigned(event).body().get("decision").asText())
                .isEqualTo("handover");
    }

    @Test
    void genericEvent_sameEventIdTwice_shouldBeADuplicate() {
        ObjectNode event = supportBotEvent("user", "hello");
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
        ObjectNode badRole = supportBotEvent("robot", "hi");
        ObjectNode badChannel = supportBotEvent("user", "hi");
        badChannel.put("channel", "Pigeon");
        ObjectNode badConfidence = supportBotEvent("bot", "hi");
        badConfidence.put("confidence", "high");

        assertThat(sendSigned(badRole).status()).isEqualTo(400);
        Reply channel = sendSigned(badChannel);
        assertThat(channel.status()).isEqualTo(400);
        assertThat(channel.body().get("error").asText()).isEqualTo("unknown_channel");
        Reply confidence = sendSigned(badConfidence);
        assertThat(confidence.body().get("error").asText()).isEqualTo("wrong_type");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void unknownPath_shouldBe404() {
        Reply reply = Lambda.invoke(Webhooks.event("/nope", "{}", Map.of()));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body().get("error").asText()).isEqualTo("unknown_path");
    }

    /** An event in the generic shape, for the bot the test configuration knows. */
    private ObjectNode supportBotEvent(String role, String text) {
        return Webhooks.generic(LOCATION, "support-bot", conversation, contact, role, text);
    }

    /** The event signed with the configured event secret, as a genuine sender signs it. */
    private static Reply sendSigned(ObjectNode event) {
        return Lambda.invoke(Webhooks.genericEvent(event, "test-event-secret"));
    }
}
