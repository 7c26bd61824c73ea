package dev.handover.handover;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The look at the CRM before a resumed handover repeats a write: it pages through the whole conversation back to the
 * episode, recognises our own message by what we put there, never a person's identical text, and finds our task
 * whoever it is assigned to now.
 */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class LookBeforeRepeatTest extends ConversationTest {

    static final String CLOSING = "Thank you! Someone from the team will get back to you.";

    /** The body of the first, unclear, attempt at the closing message. */
    JsonNode firstSent;

    @Test
    void ourMessageOnTheSecondPage_shouldNotBeSentAgain() {
        // GIVEN a handover whose closing message got no clear answer (503), then a conversation busy enough that
        // ours is on the second page of the message list
        String event = handoverWithUnclearMessage("SMS");
        Instant now = clock.instant();
        ArrayNode newer = Webhooks.JSON.createArrayNode();
        for (int i = 0; i < 50; i++) {
            newer.add(message("m-" + i, i % 2 == 0 ? "inbound" : "outbound", "message " + i, now.plusSeconds(60)));
        }
        page(null, newer, true, "m-49");
        page("m-49", Webhooks.JSON.createArrayNode().add(message("ours-1", "outbound", CLOSING, now)), false, "ours-1");

        // WHEN HighLevel redelivers
        Reply reply = Lambda.invoke(event);

        // THEN both pages were read and nothing was sent again
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("actions").get(2).get("detail").asText()).isEqualTo("ours-1");
        assertThat(crm.calls()).noneMatch(call -> call.equals("POST /conversations/messages"))
                .contains("GET /conversations/" + conversation + "/messages?limit=50",
                        "GET /conversations/" + conversation + "/messages?limit=50&lastMessageId=m-49");
    }

    @Test
    void personsIdenticalText_shouldNotBeTakenForOurs() {
        // GIVEN a handover whose closing message failed, and a person of the team who then wrote the same words
        String event = handoverWithUnclearMessage("SMS");
        ObjectNode person = message("staff-1", "outbound", CLOSING, clock.instant());
        person.put("userId", "staff-user-9");
        person.put("source", "app");
        page(null, Webhooks.JSON.createArrayNode().add(person), false, "staff-1");

        // WHEN HighLevel redelivers
        Reply reply = Lambda.invoke(event);

        // THEN our closing message is sent, once
        assertThat(reply.status()).isEqualTo(200);
        assertThat(crm.calls()).filteredOn(call -> call.equals("POST /conversations/messages")).hasSize(1);
    }

    @Test
    void ourEmailComingBackAsHtml_shouldBeRecognisedByItsReference() {
        // GIVEN an email handover whose closing message got no clear answer: the CRM took it (it lists it, as HTML,
        // with the reference the function put in it) but answered 503
        String event = handoverWithUnclearMessage("Email");
        String sentHtml = firstSent.get("html").asText();
        assertThat(sentHtml).contains("handover-ref:");
        page(null, Webhooks.JSON.createArrayNode().add(message("email-1", "outbound",
                "<div dir=\"ltr\">" + sentHtml + "<br></div>", clock.instant())), false, "email-1");

        // WHEN HighLevel redelivers
        Reply reply = Lambda.invoke(event);

        // THEN the email is not sent again
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("actions").get(2).get("detail").asText()).isEqualTo("email-1");
        assertThat(crm.calls()).noneMatch(call -> call.equals("POST /conversations/messages"));
    }

    @Test
    void ourTaskReassignedInTheCrm_shouldNotBeCreatedAgain() {
        // GIVEN a handover whose task got no clear answer (503), and the CRM lists it assigned to someone else
        crm.wireMock().register(post(urlPathEqualTo("/contacts/" + contact + "/tasks"))
                .willReturn(aResponse().withStatus(503)));
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, "I want to talk to a person",
                clock.instant()));
        assertThat(Lambda.invoke(event).status()).isEqualTo(429);
        String due = clock.instant().plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.SECONDS).toString();
        crm.reset();
        crm.wireMock().register(get(urlPathEqualTo("/contacts/" + contact + "/tasks")).willReturn(okJson(
                "{\"tasks\":[{\"id\":\"task-9\",\"title\":\"Human handover: contactRequest\",\"body\":\"will be "
                        + "created by AI\",\"dueDate\":\"" + due.replace("Z", ".000Z") + "\",\"completed\":false,"
                        + "\"assignedTo\":\"someone-else\"}]}")));

        // WHEN HighLevel redelivers
        Reply reply = Lambda.invoke(event);

        // THEN the task found is ours
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("actions").get(1).get("detail").asText()).isEqualTo("task-9");
        assertThat(crm.calls()).noneMatch(call -> call.equals("POST /contacts/" + contact + "/tasks"));
    }

    /** A handover on {@code channel} whose closing message is answered 503, then a CRM that answers again. */
    private String handoverWithUnclearMessage(String channel) {
        crm.wireMock().register(post(urlPathEqualTo("/conversations/messages"))
                .willReturn(aResponse().withStatus(503)));
        ObjectNode body = Webhooks.inbound(conversation, contact, "I want to talk to a person", clock.instant());
        body.put("messageType", channel);
        if (channel.equals("Email")) {
            body.put("subject", "Opening hours");
            body.put("threadId", "thread-1");
        }
        String event = Webhooks.signedEvent(body);
        Reply first = Lambda.invoke(event);
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.actionStatuses()).contains("closingMessage=pending");
        firstSent = crm.requests().stream().filter(r -> r.getUrl().equals("/conversations/messages"))
                .map(r -> read(r.getBodyAsString())).findFirst().orElseThrow();
        crm.wireMock().resetRequests();
        crm.wireMock().register(post(urlPathEqualTo("/conversations/messages")).willReturn(okJson(
                "{\"conversationId\":\"conv\",\"messageId\":\"message-1\"}")));
        return event;
    }

    private void page(String lastMessageId, ArrayNode messages, boolean nextPage, String last) {
        ObjectNode page = Webhooks.JSON.createObjectNode();
        ObjectNode inner = page.putObject("messages");
        inner.put("lastMessageId", last);
        inner.put("nextPage", nextPage);
        inner.set("messages", messages);
        crm.wireMock().register(get(urlPathEqualTo("/conversations/" + conversation + "/messages"))
                .withQueryParam("lastMessageId", lastMessageId == null ? absent() : equalTo(lastMessageId))
                .willReturn(okJson(page.toString())));
    }

    private ObjectNode message(String id, String direction, String body, Instant at) {
        ObjectNode message = Webhooks.JSON.createObjectNode();
        message.put("id", id);
        message.put("direction", direction);
        message.put("body", body);
        message.put("contactId", contact);
        message.put("conversationId", conversation);
        message.put("dateAdded", at.toString());
        message.put("messageType", "TYPE_SMS");
        return message;
    }

    private static JsonNode read(String json) {
        try {
            return Webhooks.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
