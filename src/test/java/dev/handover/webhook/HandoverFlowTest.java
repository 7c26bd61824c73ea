package dev.handover.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;


import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class HandoverFlowTest extends ConversationTest {


    @Test
    void contactRequest_unassignedContact_shouldAssignCreateTaskMessageAndTag() {
        // GIVEN a contact without an owner
        // WHEN the customer asks for a person
        Reply reply = send(inbound("Can I talk to a real person please?"));

        // THEN the conversation is handed over with exactly these CRM calls
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(reply.body().get("scenario").asText()).isEqualTo("contactRequest");
        assertThat(reply.body().get("botPaused").asBoolean()).isTrue();
        assertThat(Instant.parse(reply.body().get("pausedUntil").asText())).isEqualTo(
                clock.instant().plus(Duration.ofHours(24)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(crm.calls()).containsExactlyInAnyOrder(
                "GET /contacts/" + contact,
                "PUT /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks",
                "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
        String due = clock.instant().plus(Duration.ofHours(24)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        crm.wireMock().verifyThat(getRequestedFor(urlPathEqualTo("/contacts/" + contact))
                .withHeader("Version", equalTo("2021-07-28"))
                .withHeader("Authorization", equalTo("Bearer test-token")));
        crm.wireMock().verifyThat(putRequestedFor(urlPathEqualTo("/contacts/" + contact))
                .withHeader("Version", equalTo("2021-07-28"))
                .withRequestBody(equalToJson("{\"assignedTo\":\"user-test-1\"}")));
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/contacts/" + contact + "/tasks"))
                .withHeader("Version", equalTo("2021-07-28"))
                .withRequestBody(equalToJson("{\"title\":\"Human handover: contactRequest\","
                        + "\"body\":\"will be created by AI\",\"dueDate\":\"" + due + "\",\"completed\":false,"
                        + "\"assignedTo\":\"user-test-1\"}")));
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/conversations/messages"))
                .withHeader("Version", equalTo("2021-04-15"))
                .withRequestBody(equalToJson("{\"type\":\"SMS\",\"contactId\":\"" + contact + "\","
                        + "\"message\":\"Thank you! Someone from the team will get back to you.\"}")));
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/contacts/" + contact + "/tags"))
                .withHeader("Version", equalTo("2021-07-28"))
                .withRequestBody(equalToJson("{\"tags\":[\"human_handover\"]}")));
        assertThat(reply.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
    }

    @Test
    void contactRequest_contactAlreadyAssigned_shouldKeepOwnerAndGiveTaskToOwner() {
        // GIVEN a contact owned by another user, and skip-if-assigned on
        crm.contact("owner-7");

        Reply reply = send(inbound("I want to speak to a human"));

        // THEN no reassignment, and the task goes to the existing owner
        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(crm.calls()).containsExactlyInAnyOrder(
                "GET /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks",
                "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/contacts/" + contact + "/tasks"))
                .withRequestBody(equalToJson("{\"assignedTo\":\"owner-7\"}", true, true)));
    }

    @Test
    void ordinaryQuestion_shouldDecideNoneAndCallNothing() {
        Reply reply = send(inbound("What time do you open on Saturday?"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
        assertThat(reply.body().get("botPaused").asBoolean()).isFalse();
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void duplicateDelivery_shouldHandOverOnce() {
        String event = Webhooks.signedEvent(inbound("agent please"));

        Reply first = Lambda.invoke(event);
        Reply second = Lambda.invoke(event);

        assertThat(first.body().get("decision").asText()).isEqualTo("handover");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().get("decision").asText()).isEqualTo("duplicate");
        assertThat(second.body().get("botPaused").asBoolean()).isTrue();
        assertThat(crm.calls()).hasSize(5);
    }

    @Test
    void pausedConversation_shouldStaySilentUntilThePauseEnds() {
        send(inbound("connect me with a person"));
        crm.wireMock().resetRequests();

        // WHEN the customer writes again during the pause, even asking for a human again
        Reply during = send(inbound("hello?? I need a human"));

        // THEN nothing is triggered
        assertThat(during.body().get("decision").asText()).isEqualTo("paused");
        assertThat(during.body().get("botPaused").asBoolean()).isTrue();
        assertThat(during.body().get("pausedUntil").asText()).isNotEmpty();
        assertThat(crm.calls()).isEmpty();

        // WHEN the pause has run out by the clock
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        Reply after = send(inbound("What are your prices?"));

        // THEN the bot is active again and messages are handled normally
        assertThat(after.body().get("decision").asText()).isEqualTo("none");
        assertThat(after.body().get("botPaused").asBoolean()).isFalse();
        assertThat(after.body().get("pausedUntil").isNull()).isTrue();
        assertThat(crm.calls()).isEmpty();

        Reply again = send(inbound("ok let me talk to someone from the team"));
        assertThat(again.body().get("decision").asText()).isEqualTo("handover");
        assertThat(crm.calls()).hasSize(5);
    }

    @Test
    void crmRejectsTask_shouldReportTheFailedActionAndStillDoTheOthers() {
        crm.wireMock().register(post(urlPathMatching("/contacts/[^/]+/tasks")).willReturn(aResponse().withStatus(422)
                .withHeader("content-type", "application/json").withBody("{\"message\":\"dueDate invalid\"}")));

        Reply reply = send(inbound("I'd like to talk to a representative"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(reply.actionStatuses()).containsExactly("assign=done", "task=failed", "closingMessage=done",
                "tags=done");
        assertThat(reply.body().get("actions").get(1).get("detail").asText()).contains("create task").contains("422");
        assertThat(crm.calls()).hasSize(5);
    }

    @Test
    void crmDownForTheMessage_shouldAskForRedeliveryAndThenFinishOnlyWhatRemains() {
        crm.wireMock().register(post(urlPathEqualTo("/conversations/messages")).willReturn(aResponse().withStatus(503)));
        String event = Webhooks.signedEvent(inbound("human please"));

        Reply first = Lambda.invoke(event);

        // THEN 429 so that HighLevel redelivers, with the message pending
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=pending",
                "tags=done");
        crm.reset();

        // WHEN HighLevel redelivers the same webhook, unchanged, about ten minutes later
        clock.advance(Duration.ofMinutes(10));
        Reply second = Lambda.invoke(event);

        // THEN it checks the message was not sent after all, sends only it, and the handover is complete
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().get("decision").asText()).isEqualTo("handover");
        assertThat(crm.calls()).containsExactly("GET /conversations/" + conversation + "/messages?limit=50",
                "POST /conversations/messages");
        assertThat(second.actionStatuses()).containsExactlyInAnyOrder("assign=done", "task=done",
                "closingMessage=done", "tags=done");
    }

    @Test
    void oldWebhookNeverAnsweredWith429_shouldBeRefusedAsStale() {
        // GIVEN a webhook handled normally
        String event = Webhooks.signedEvent(inbound("what are your prices?"));
        assertThat(Lambda.invoke(event).status()).isEqualTo(200);

        // WHEN the same bytes arrive again 10 minutes later (a replay, not an awaited redelivery)
        clock.advance(Duration.ofMinutes(10));
        Reply replay = Lambda.invoke(event);

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.body().get("error").asText()).isEqualTo("stale_timestamp");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void crmRejectsTheToken_shouldKeepTheWorkForARedeliveryAndSaySo() {
        crm.wireMock().register(com.github.tomakehurst.wiremock.client.WireMock.any(urlPathMatching("/contacts/.*"))
                .atPriority(1).willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Invalid JWT\"}")));
        String event = Webhooks.signedEvent(inbound("can I speak to a person?"));

        Reply first = Lambda.invoke(event);

        // THEN nothing is dropped: 429, with the reason in the response
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.body().get("actions").get(0).get("detail").asText())
                .startsWith("configuration error").contains("check the CRM token");

        // WHEN an operator fixes the token and HighLevel redelivers
        crm.reset();
        Reply second = Lambda.invoke(event);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
    }

    @Test
    void unknownEventType_shouldBeIgnored() {
        ObjectNode body = inbound("whatever");
        body.put("type", "ContactTagUpdate");

        Reply reply = send(body);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("ignored");
        assertThat(crm.calls()).isEmpty();
    }

    private ObjectNode inbound(String text) {
        return Webhooks.inbound(conversation, contact, text, clock.instant());
    }

    private static Reply send(ObjectNode body) {
        return Lambda.invoke(Webhooks.signedEvent(body));
    }

}
