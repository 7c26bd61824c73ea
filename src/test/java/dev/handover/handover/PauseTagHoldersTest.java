package dev.handover.handover;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.handover.support.PauseTags.added;
import static dev.handover.support.PauseTags.addedWith;
import static dev.handover.support.PauseTags.callsAbout;
import static dev.handover.support.PauseTags.command;
import static dev.handover.support.PauseTags.removed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.DynamoFaults;
import dev.handover.support.DynamoFaults.Fault;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.MultiBotProfile;
import dev.handover.support.PauseTags;
import dev.handover.support.Webhooks;
import dev.handover.webhook.HandoverFunction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * One contact, two conversations paused at once: the pause tag is the contact's, the pauses the conversations', so
 * the first pause to end leaves the tag on and only the last one takes it off, whether a resume or the sweep ends
 * it; DynamoDB and CRM failures on the way are retried, and a conversation that pauses while another's end removes
 * the tag gets it back. Through the handler, with the exact CRM calls.
 */
@QuarkusTest
@TestProfile(MultiBotProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class PauseTagHoldersTest extends ConversationTest {

    @Inject
    HandoverFunction function;

    /** The contact's second conversation (another channel, say). */
    private String other;

    @BeforeEach
    void secondConversation_andNoDueWorkOfEarlierClasses() {
        other = "conv-" + UUID.randomUUID();
        // The table and the clock are shared by every test class of the profile: a pause an earlier class left due
        // would be counted by this class's sweeps.
        PauseTags.sweepAll(clock, crm);
    }

    @AfterEach
    void noFaultsOrDueWorkLeft() {
        DynamoFaults.reset();
        PauseTags.sweepAll(clock, crm);
    }

    @Test
    void twoConversationsPaused_theFirstResumed_shouldKeepTheTag_andTheSecondShouldRemoveItOnce() {
        assertThat(pause(conversation).actionStatuses()).containsExactly("pauseTag=done");
        assertThat(pause(other).actionStatuses()).containsExactly("pauseTag=done");
        assertThat(callsAbout(crm, contact)).containsExactly(added(contact), added(contact));
        crm.reset();

        Reply first = resume(conversation);

        assertThat(first.body().get("decision").asText()).isEqualTo("resumed");
        assertThat(first.body().get("botPaused").asBoolean()).isFalse();
        assertThat(first.actionStatuses()).containsExactly("pauseTagRemoval=kept");
        assertThat(first.body().get("actions").get(0).get("detail").asText()).contains("held by another conversation");
        assertThat(callsAbout(crm, contact)).isEmpty();

        Reply second = resume(other);

        assertThat(second.actionStatuses()).containsExactly("pauseTagRemoval=done");
        assertThat(callsAbout(crm, contact)).containsExactly(removed(contact));
        // nothing is left for the sweep at either pause's end
        clock.advance(Duration.ofHours(3));
        PauseTags.sweep();
        assertThat(callsAbout(crm, contact)).containsExactly(removed(contact));
    }

    @Test
    void handoverAndPersonsReplyOnTwoConversations_theSweep_shouldRemoveTheTagOnlyAtTheLastPausesEnd() {
        customer(conversation, "I want to talk to a person");
        clock.advance(Duration.ofMinutes(10));
        Lambda.accepted(Webhooks.staffReply(PauseTags.LOCATION, other, contact, "Hi, Jo here.", clock.instant()));
        assertThat(callsAbout(crm, contact)).containsExactly(addedWith(contact, "human_handover"), added(contact));
        crm.reset();

        // WHEN the handover's 30 minutes are over, the person's 2 hours not
        clock.advance(Duration.ofMinutes(21));
        JsonNode first = report(PauseTags.sweep());

        // THEN the sweep ends the handover's pause but leaves the tag on
        assertThat(first.get("looked").asInt()).isEqualTo(1);
        assertThat(first.get("tagsRemoved").asInt()).isZero();
        assertThat(callsAbout(crm, contact)).isEmpty();
        assertThat(customer(conversation, "hello again").body().get("decision").asText()).isEqualTo("none");

        // WHEN the person's pause ends too
        clock.advance(Duration.ofHours(2));
        JsonNode last = report(PauseTags.sweep());

        assertThat(last.get("tagsRemoved").asInt()).isEqualTo(1);
        assertThat(callsAbout(crm, contact)).containsExactly(removed(contact));
        assertThat(report(PauseTags.sweep()).get("looked").asInt()).isZero();
    }

    @Test
    void dynamoDownOnTheHoldersRecord_shouldAnswer429_andTheRedeliveriesShouldEndWithTheTagRight() {
        pause(conversation);
        crm.reset();

        // WHEN the second conversation's hold cannot be written
        DynamoFaults.inject(Fault.FAIL, "UpdateItem", "ADD #holders", 1);
        String secondPause = PauseTags.commandEvent(other, contact, "pause", clock.instant(), Map.of());
        Reply failed = Lambda.invoke(secondPause);

        // THEN nothing is tagged on the strength of it, and HighLevel's redelivery does it all
        assertThat(failed.status()).isEqualTo(429);
        assertThat(callsAbout(crm, contact)).isEmpty();
        Reply redelivered = Lambda.invoke(secondPause);
        assertThat(redelivered.status()).isEqualTo(200);
        assertThat(redelivered.actionStatuses()).containsExactly("pauseTag=done");
        assertThat(callsAbout(crm, contact)).containsExactly(added(contact));
        crm.reset();

        // WHEN the first conversation's release cannot be written
        DynamoFaults.inject(Fault.FAIL, "UpdateItem", "DELETE #holders :me", 1);
        String firstResume = PauseTags.commandEvent(conversation, contact, "resume", clock.instant(), Map.of());
        assertThat(Lambda.invoke(firstResume).status()).isEqualTo(429);
        Reply resumed = Lambda.invoke(firstResume);

        // THEN the redelivery keeps the tag for the second conversation, which alone removes it
        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.actionStatuses()).containsExactly("pauseTagRemoval=kept");
        assertThat(callsAbout(crm, contact)).isEmpty();
        assertThat(resume(other).actionStatuses()).containsExactly("pauseTagRemoval=done");
        assertThat(callsAbout(crm, contact)).containsExactly(removed(contact));
        assertThat(DynamoFaults.injected().get(Fault.FAIL)).isEqualTo(2);
    }

    @Test
    void crmDownWhenTheLastHolderResumes_shouldBeScheduled_andTheSweepShouldRemoveTheTag() {
        pause(conversation);
        pause(other);
        assertThat(resume(other).actionStatuses()).containsExactly("pauseTagRemoval=kept");
        crm.reset();
        // every call about the contact fails, its look-ups too (the stub's contact would look untagged)
        crm.wireMock().register(any(urlPathMatching("/contacts/" + contact + "(/tags)?")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        Reply resumed = resume(conversation);

        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.actionStatuses()).containsExactly("pauseTagRemoval=scheduled");
        assertThat(callsAbout(crm, contact)).contains(removed(contact)).noneMatch(call -> call.startsWith("POST"));
        crm.reset();

        JsonNode swept = report(PauseTags.sweep());

        assertThat(swept.get("tagsRemoved").asInt()).isEqualTo(1);
        assertThat(callsAbout(crm, contact)).containsExactly(removed(contact));
        assertThat(report(PauseTags.sweep()).get("looked").asInt()).isZero();
    }

    @Test
    void anotherConversationPausingWhileTheTagComesOff_shouldGetTheTagBack() {
        pause(conversation);
        crm.reset();
        pauseRightAfterTheRelease(PauseTags.commandEvent(other, contact, "pause", clock.instant(), Map.of()));

        Reply resumed = resume(conversation);

        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.actionStatuses()).containsExactly("pauseTagRemoval=kept");
        assertThat(resumed.body().get("actions").get(0).get("detail").asText()).contains("put back");
        // the other's add, this resume's removal, and the tag back on: the paused conversation ends tagged
        assertThat(callsAbout(crm, contact)).containsExactly(added(contact), removed(contact), added(contact));
        crm.reset();

        assertThat(resume(other).actionStatuses()).containsExactly("pauseTagRemoval=done");
        assertThat(callsAbout(crm, contact)).containsExactly(removed(contact));
    }

    @Test
    void anotherConversationPausingWhileTheSweepRemovesTheTag_shouldGetTheTagBack() {
        customer(conversation, "I want to talk to a person");
        clock.advance(PauseTags.HANDOVER_PAUSE.plusMinutes(1));
        crm.reset();
        pauseRightAfterTheRelease(PauseTags.commandEvent(other, contact, "pause", clock.instant(), Map.of()));

        JsonNode swept = report(PauseTags.sweep());

        // The put-back makes the other conversation due at once; the sweep walks the shards in order, so when the
        // other's (random) shard comes after this one's it is looked at in this same sweep and adds the tag once more
        // (after reading the contact), which changes nothing: the tag is on either way.
        assertThat(swept.get("looked").asInt()).isBetween(1, 2);
        assertThat(swept.get("tagsRemoved").asInt()).isZero();
        List<String> calls = callsAbout(crm, contact);
        assertThat(calls.subList(0, 3)).containsExactly(added(contact), removed(contact), added(contact));
        assertThat(calls.subList(3, calls.size())).isIn(List.of(), List.of("GET /contacts/" + contact, added(contact)));
        crm.reset();
        assertThat(resume(other).actionStatuses()).containsExactly("pauseTagRemoval=done");
        assertThat(callsAbout(crm, contact)).containsExactly(removed(contact));
    }

    /**
     * The other conversation pauses (its hold, then its add) right after the next release of a hold and before that
     * end's removal, so that the removal lands after the other's add.
     */
    private void pauseRightAfterTheRelease(String pauseEvent) {
        DynamoFaults.afterCall("UpdateItem", "DELETE #holders :me", () -> {
            APIGatewayV2HTTPResponse answer = CompletableFuture.supplyAsync(
                    () -> function.handleRequest(Webhooks.event(pauseEvent), null)).join();
            assertThat(answer.getStatusCode()).isEqualTo(200);
        });
    }

    private Reply pause(String conversationId) {
        Reply reply = command(conversationId, contact, "pause", clock.instant(), Map.of());
        assertThat(reply.status()).isEqualTo(200);
        return reply;
    }

    private Reply resume(String conversationId) {
        Reply reply = command(conversationId, contact, "resume", clock.instant(), Map.of());
        assertThat(reply.status()).isEqualTo(200);
        return reply;
    }

    private Reply customer(String conversationId, String text) {
        ObjectNode body = Webhooks.inbound(conversationId, contact, text, clock.instant());
        body.put("locationId", PauseTags.LOCATION);
        return Lambda.accepted(body);
    }

    private static JsonNode report(Reply sweep) {
        return sweep.body().get("sweep");
    }
}
