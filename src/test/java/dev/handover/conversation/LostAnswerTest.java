package dev.handover.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.handover.support.ConversationTest;
import dev.handover.support.CrashingEpisodeCheckpoints;
import dev.handover.support.CrashingEpisodeCheckpoints.Point;
import dev.handover.support.DynamoFaults;
import dev.handover.support.DynamoFaults.Fault;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB applies a conditional write but its answer is lost (a 500, an attempt over the SDK's attempt timeout);
 * the SDK retries, and the retry fails its own condition. Each write must see that the value it would have written
 * is already its own, and carry on as if the first answer had arrived.
 */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class LostAnswerTest extends ConversationTest {

    /** Markers of the store's writes, found in their update or condition expressions. */
    static final String CLAIM = "#delivery = :mark";
    static final String OPEN_EPISODE = "#open = :true, #planned";
    static final String TAKE_LEASE = "#lease < :now";
    static final String COUNT = "#count :one";

    @Inject
    CrashingEpisodeCheckpoints checkpoints;
    @Inject
    DynamoDbClient dynamo;

    @BeforeEach
    void setUp() {
        DynamoFaults.reset();
        checkpoints.disarm();
    }

    @AfterEach
    void tearDown() {
        DynamoFaults.reset();
        checkpoints.disarm();
    }

    @ParameterizedTest(name = "claim: {0}")
    @EnumSource(value = Fault.class, names = {"LOSE_ANSWER", "STALL"})
    void contactRequest_claimAnswerLost_shouldHandOverNotAnswerDuplicate(Fault fault) {
        DynamoFaults.inject(fault, "UpdateItem", CLAIM, 1);

        Reply reply = send(Webhooks.inbound(conversation, contact, "I want to talk to a human", clock.instant()));

        assertThat(DynamoFaults.injected().get(fault)).isEqualTo(1);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(reply.body().get("botPaused").asBoolean()).isTrue();
        assertThat(writes()).containsExactlyInAnyOrder("PUT /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks", "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
    }

    @ParameterizedTest(name = "open episode: {0}")
    @EnumSource(value = Fault.class, names = {"LOSE_ANSWER", "STALL"})
    void contactRequest_episodeAnswerLost_shouldRunTheEpisode(Fault fault) {
        DynamoFaults.inject(fault, "UpdateItem", OPEN_EPISODE, 1);

        Reply reply = send(Webhooks.inbound(conversation, contact, "I want to talk to a human", clock.instant()));

        assertThat(DynamoFaults.injected().get(fault)).isEqualTo(1);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(reply.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        assertThat(writes()).hasSize(4);
    }

    @Test
    void failedAttempt_countAnswerLost_shouldCountOnce() {
        questionAnsweredByTheBot();
        DynamoFaults.inject(Fault.LOSE_ANSWER, "UpdateItem", COUNT, 1);

        Reply reply = send(Webhooks.inbound(conversation, contact, "that didn't help", clock.instant()));

        assertThat(DynamoFaults.injected().get(Fault.LOSE_ANSWER)).isEqualTo(1);
        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
        assertThat(reply.body().get("reason").asText()).startsWith("failed-attempt 1/2");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void failedAttempt_claimAnswerLost_shouldStillSeeTheBotsReplyBefore() {
        questionAnsweredByTheBot();
        DynamoFaults.inject(Fault.LOSE_ANSWER, "UpdateItem", CLAIM, 1);

        Reply reply = send(Webhooks.inbound(conversation, contact, "that didn't help", clock.instant()));

        // The claim read back after its lost answer still knows the previous message was the bot's
        assertThat(DynamoFaults.injected().get(Fault.LOSE_ANSWER)).isEqualTo(1);
        assertThat(reply.body().get("reason").asText()).startsWith("failed-attempt 1/2");
    }

    @Test
    void resumedEpisode_leaseAnswerLost_shouldRunItNotReportItUnderWay() {
        // GIVEN an episode left open by a crashed invocation, its lease run out
        checkpoints.arm(Point.AFTER_EPISODE_OPENED);
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, "I want to talk to a human",
                clock.instant()));
        assertThat(Lambda.invoke(event).status()).isEqualTo(429);
        clock.advance(Duration.ofMinutes(10));
        // WHEN the redelivery's lease write is applied but its answer lost
        DynamoFaults.inject(Fault.LOSE_ANSWER, "UpdateItem", TAKE_LEASE, 1);
        Reply redelivered = Lambda.invoke(event);

        // THEN it runs the episode
        assertThat(DynamoFaults.injected().get(Fault.LOSE_ANSWER)).isEqualTo(1);
        assertThat(redelivered.status()).isEqualTo(200);
        assertThat(redelivered.body().get("reason").asText()).startsWith("resumed:");
        assertThat(redelivered.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
    }

    @Test
    void claimLandingAfterThe429_redelivered_shouldBeProcessedNotDuplicate() {
        // GIVEN a claim whose every attempt stalls: the function answers 429, and the write lands afterwards
        DynamoFaults.inject(Fault.DEFER, "UpdateItem", CLAIM, 1);
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, "I want to talk to a human",
                clock.instant()));
        Reply first = Lambda.invoke(event);
        assertThat(first.status()).isEqualTo(429);
        assertThat(crm.calls()).isEmpty();
        DynamoFaults.landDeferred(dynamo);

        // WHEN HighLevel redelivers it ten minutes later, with its original timestamp
        clock.advance(Duration.ofMinutes(10));
        Reply redelivered = Lambda.invoke(event);

        // THEN it is handed over, not dropped as a duplicate or refused as stale
        assertThat(redelivered.status()).as(redelivered.body().toString()).isEqualTo(200);
        assertThat(redelivered.body().get("decision").asText()).isEqualTo("handover");
        assertThat(writes()).hasSize(4);
    }

    @Test
    void everyWriteAfterTheClaimFailing_shouldAnswer429NotASilent200() {
        DynamoFaults.failWritesAfterFirst();

        Reply reply = send(Webhooks.inbound(conversation, contact, "I want to talk to a human", clock.instant()));

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.body().get("error").asText()).isEqualTo("store_unavailable");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void validationError_shouldBeRefusedForGoodNotAnswered429() {
        DynamoFaults.inject(Fault.REJECT, "UpdateItem", CLAIM, 1);

        Reply reply = send(Webhooks.inbound(conversation, contact, "What are your opening hours?", clock.instant()));

        assertThat(DynamoFaults.injected().get(Fault.REJECT)).isEqualTo(1);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("error").asText()).isEqualTo("store_rejected");
        assertThat(reply.body().toString()).doesNotContain("opening hours");
    }

    /** A problem the customer describes and the bot's suggested fix: the next "didn't help" is a failed attempt. */
    private void questionAnsweredByTheBot() {
        send(Webhooks.inbound(conversation, contact, "My online booking keeps failing with an error",
                clock.instant()));
        send(Webhooks.botReply(Webhooks.LOCATION, conversation, contact,
                "Please clear your browser cache and try again.", clock.instant()));
    }

    private Reply send(com.fasterxml.jackson.databind.node.ObjectNode body) {
        return Lambda.invoke(Webhooks.signedEvent(body));
    }

    private List<String> writes() {
        return crm.calls().stream().filter(call -> !call.startsWith("GET ")).toList();
    }
}
