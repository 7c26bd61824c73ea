package dev.handover.handover;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.handover.support.NoReplyBots.ESCALATE_LOCATION;
import static dev.handover.support.NoReplyBots.NO_REPLY_MESSAGE;
import static dev.handover.support.NoReplyBots.RESUME_LOCATION;
import static dev.handover.support.NoReplyBots.calls;
import static dev.handover.support.NoReplyBots.handover;
import static dev.handover.support.NoReplyBots.smsMessage;
import static dev.handover.support.NoReplyBots.sweep;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.DynamoFaults;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.NoReplyBots;
import dev.handover.support.NoReplyProfile;
import dev.handover.support.PauseTags;
import dev.handover.support.Webhooks;
import dev.handover.webhook.HandoverFunction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A handover nobody answered is acted on once: by one of two sweeps at once, after a CRM failure by the next sweep
 * after the lease, after a crash between the CRM call and its checkpoint by a sweep that looks before it writes, and
 * through lost DynamoDB answers of each of the wait's writes.
 */
@QuarkusTest
@TestProfile(NoReplyProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class NoReplyFaultTest extends ConversationTest {

    static final Duration DUE = NoReplyBots.RESUME_TIMEOUT.plusSeconds(1);
    static final Duration LEASE = Duration.ofSeconds(61);

    @Inject
    HandoverFunction function;

    @AfterEach
    void noDueWorkLeft() {
        DynamoFaults.reset();
        PauseTags.sweepAll(clock, crm);
    }

    @Test
    void twoSweepsAtOnce_shouldSendTheBotsMessageOnce() {
        handover(RESUME_LOCATION, conversation, contact, clock.instant());
        crm.wireMock().resetRequests();
        clock.advance(DUE);

        List<CompletableFuture<JsonNode>> sweeps = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(
                () -> parse(function.handleRequest(Webhooks.event(PauseTags.SCHEDULE_EVENT), null).getBody())))
                .toList();

        assertThat(sweeps.stream().mapToInt(s -> s.join().get("sweep").get("noReplyResumed").asInt()).sum())
                .isEqualTo(1);
        assertThat(calls(crm)).containsExactly(smsMessage(contact, NO_REPLY_MESSAGE),
                "DELETE /contacts/" + contact + "/tags {\"tags\":[\"ai_off\"]}");
    }

    @Test
    void crmFailingToTakeTheMessage_shouldBeRetriedByTheNextSweepAfterTheLease_lookingFirst() {
        handover(RESUME_LOCATION, conversation, contact, clock.instant());
        clock.advance(DUE);
        crm.wireMock().register(post(urlPathEqualTo("/conversations/messages")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        JsonNode failing = sweep();
        assertThat(failing.get("retrying").asInt()).isEqualTo(1);
        assertThat(failing.get("noReplyResumed").asInt()).isZero();
        crm.reset();
        assertThat(sweep().get("looked").asInt()).as("held by the lease").isZero();
        assertThat(NoReplyBots.customer(RESUME_LOCATION, conversation, contact, "hello?", clock.instant()).body()
                .get("decision").asText()).as("still paused while the message waits").isEqualTo("paused");
        crm.wireMock().resetRequests();

        clock.advance(LEASE);
        JsonNode retried = sweep();

        assertThat(retried.get("noReplyResumed").asInt()).isEqualTo(1);
        assertThat(calls(crm)).containsExactly("GET /conversations/" + conversation + "/messages?limit=50",
                smsMessage(contact, NO_REPLY_MESSAGE),
                "DELETE /contacts/" + contact + "/tags {\"tags\":[\"ai_off\"]}");
    }

    @Test
    void crashBetweenTheMessageAndItsCheckpoint_shouldNotSendItAgain() {
        // GIVEN the stateful CRM, which lists the messages sent to the contact of this conversation
        crm.useFakeHighLevel();
        conversation = contact;
        handover(RESUME_LOCATION, conversation, contact, clock.instant());
        clock.advance(DUE);
        // the write that ends the pause after the message fails, as DynamoDB going away would
        DynamoFaults.inject(DynamoFaults.Fault.FAIL, "UpdateItem", "REMOVE #paused, #floor, #at", 1);

        JsonNode crashed = sweep();
        assertThat(crashed.get("unfinished").asBoolean()).isTrue();
        assertThat(crashed.get("noReplyResumed").asInt()).isZero();
        crm.wireMock().resetRequests();

        // WHEN the next sweep after the lease tries again
        clock.advance(LEASE);
        JsonNode retried = sweep();

        // THEN it finds its message in the conversation and sends nothing again
        assertThat(retried.get("noReplyResumed").asInt()).isEqualTo(1);
        assertThat(calls(crm)).containsExactly("GET /conversations/" + conversation + "/messages?limit=50",
                "DELETE /contacts/" + contact + "/tags {\"tags\":[\"ai_off\"]}");
        assertThat(crm.requests()).noneMatch(r -> r.getUrl().equals("/conversations/messages"));
    }

    @Test
    void lostAnswersOfEachWrite_shouldStillActOnce() {
        DynamoFaults.inject(DynamoFaults.Fault.LOSE_ANSWER, "UpdateItem", "#route = :route", 1);
        handover(RESUME_LOCATION, conversation, contact, clock.instant());
        crm.wireMock().resetRequests();
        clock.advance(DUE);
        DynamoFaults.inject(DynamoFaults.Fault.LOSE_ANSWER, "UpdateItem", "SET #tried = :mark", 1);
        DynamoFaults.inject(DynamoFaults.Fault.LOSE_ANSWER, "UpdateItem", "REMOVE #paused, #floor, #at", 1);

        JsonNode swept = sweep();

        assertThat(DynamoFaults.injected().get(DynamoFaults.Fault.LOSE_ANSWER)).isEqualTo(3);
        assertThat(swept.get("noReplyResumed").asInt()).isEqualTo(1);
        assertThat(calls(crm)).containsExactly(smsMessage(contact, NO_REPLY_MESSAGE),
                "DELETE /contacts/" + contact + "/tags {\"tags\":[\"ai_off\"]}");
    }

    @Test
    void escalationHalfDone_shouldFinishWithoutRepeatingTheAssignment() {
        crm.useFakeHighLevel();
        handover(ESCALATE_LOCATION, conversation, contact, clock.instant());
        clock.advance(NoReplyBots.ESCALATE_TIMEOUT.plusSeconds(1));
        // the assignment goes through, the tag call fails
        crm.wireMock().register(post(urlPathEqualTo("/contacts/" + contact + "/tags")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        assertThat(sweep().get("retrying").asInt()).isEqualTo(1);
        crm.useFakeHighLevel();

        clock.advance(LEASE);
        JsonNode retried = sweep();

        assertThat(retried.get("noReplyEscalated").asInt()).isEqualTo(1);
        // the contact's owner is read (already the lead: no second PUT), then its tags (not there yet: added)
        assertThat(calls(crm)).containsExactly("GET /contacts/" + contact, "GET /contacts/" + contact,
                "POST /contacts/" + contact + "/tags {\"tags\":[\"no_reply\"]}");
    }

    private static JsonNode parse(String body) {
        try {
            return Webhooks.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
