package dev.handover.handover;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ChaosProfile;
import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A create that got no answer (here: answered after the 300 ms read timeout of the profile) may still be under way
 * at the CRM, so a look-up right after it that finds nothing proves nothing. The function does not repeat it in the
 * same invocation: the action waits for the redelivery, which looks again. (Repeating it at once is how, on a loaded
 * machine, the chaos test saw a second task, tag call or closing message: the look-up overtook a first attempt
 * that the CRM had not yet carried out.)
 */
@QuarkusTest
@TestProfile(ChaosProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class UnansweredWriteTest extends ConversationTest {

    static final String CLOSING = "Thank you! Someone from the team will get back to you.";
    /** Longer than the profile's read timeout: the CRM takes the request, the function hears nothing. */
    static final int LATE_MS = 600;

    @Test
    void closingMessageUnanswered_notListedYet_shouldNotBeSentAgainUntilTheRedeliveryLooks() {
        // GIVEN a CRM that answers the closing message too late, and does not list it yet
        crm.wireMock().register(post(urlPathEqualTo("/conversations/messages")).willReturn(okJson(
                "{\"conversationId\":\"conv\",\"messageId\":\"message-1\"}").withFixedDelay(LATE_MS)));
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, "I want to talk to a person",
                clock.instant()));

        // WHEN the handover runs
        Reply first = Lambda.invoke(event);

        // THEN the message was sent once and looked for once, and is left to the redelivery
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=pending",
                "tags=done");
        assertThat(crm.calls()).filteredOn(call -> call.equals("POST /conversations/messages")).hasSize(1);
        assertThat(crm.calls()).contains("GET /conversations/" + conversation + "/messages?limit=50");

        // WHEN the CRM lists it by the time HighLevel redelivers
        crm.wireMock().resetRequests();
        listMessage();
        Reply redelivered = Lambda.invoke(event);

        // THEN the redelivery finds it and does not send it again
        assertThat(redelivered.status()).as(redelivered.body().toString()).isEqualTo(200);
        assertThat(redelivered.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        assertThat(crm.calls()).containsExactly("GET /conversations/" + conversation + "/messages?limit=50");
    }

    @Test
    void taskUnanswered_notListedYet_shouldNotBeCreatedAgainInTheSameInvocation() {
        // GIVEN a CRM that answers the task too late, and does not list it yet
        crm.wireMock().register(post(urlPathEqualTo("/contacts/" + contact + "/tasks")).willReturn(okJson(
                "{\"task\":{\"id\":\"task-1\",\"title\":\"t\",\"completed\":false}}").withFixedDelay(LATE_MS)));
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, "I want to talk to a person",
                clock.instant()));

        // WHEN the handover runs
        Reply first = Lambda.invoke(event);

        // THEN the task was created once, looked for, and is left to the redelivery
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.actionStatuses()).contains("task=pending");
        assertThat(crm.calls()).filteredOn(call -> call.equals("POST /contacts/" + contact + "/tasks")).hasSize(1);
        assertThat(crm.calls()).contains("GET /contacts/" + contact + "/tasks");
    }

    private void listMessage() {
        ObjectNode message = Webhooks.JSON.createObjectNode();
        message.put("id", "message-1");
        message.put("direction", "outbound");
        message.put("body", CLOSING);
        message.put("contactId", contact);
        message.put("conversationId", conversation);
        message.put("dateAdded", clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofSeconds(1))
                .toString());
        message.put("messageType", "TYPE_SMS");
        ObjectNode page = Webhooks.JSON.createObjectNode();
        ObjectNode inner = page.putObject("messages");
        inner.put("lastMessageId", "message-1");
        inner.put("nextPage", false);
        inner.putArray("messages").add(message);
        crm.wireMock().register(get(urlPathEqualTo("/conversations/" + conversation + "/messages"))
                .willReturn(okJson(page.toString())));
    }
}
