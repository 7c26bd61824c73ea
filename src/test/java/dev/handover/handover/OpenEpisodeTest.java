package dev.handover.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;

import dev.handover.support.ConversationItems;
import dev.handover.support.ConversationTest;
import dev.handover.support.CrashingEpisodeCheckpoints;
import dev.handover.support.CrashingEpisodeCheckpoints.Point;
import dev.handover.support.DynamoFaults;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import dev.handover.webhook.HandoverFunction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Events that meet an episode still open: a resumed episode runs from the checkpoints its lease write returned, a
 * staff reply starts the human's pause, and a duplicate reports the state its twin leaves.
 */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class OpenEpisodeTest extends ConversationTest {

    private static final String ASKS_FOR_A_PERSON = "I want to talk to a human";

    @Inject
    CrashingEpisodeCheckpoints checkpoints;
    @Inject
    DynamoDbClient dynamo;
    @Inject
    HandoverFunction function;

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

    @Test
    void resumedEpisode_checkpointsWrittenAfterTheClaim_shouldNotRepeatThem() {
        // GIVEN an episode left open by a crash, its lease run out
        String event = episodeLeftOpen();
        // AND another invocation checkpoints the task and the message after this one's claim, before its lease
        DynamoFaults.beforeCall("UpdateItem", "#lease < :now", () -> {
            ConversationItems.set(dynamo, Webhooks.LOCATION, conversation, "#done.#task",
                    Map.of("#done", "episodeDone", "#task", "task"), AttributeValue.fromS("task-earlier"));
            ConversationItems.set(dynamo, Webhooks.LOCATION, conversation, "#done.#message",
                    Map.of("#done", "episodeDone", "#message", "closingMessage"), AttributeValue.fromS("msg-earlier"));
        });

        // WHEN the redelivery takes the lease and resumes
        Reply reply = Lambda.invoke(event);

        // THEN it runs only what the lease write shows remaining
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        assertThat(reply.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        assertThat(writes()).containsExactlyInAnyOrder("PUT /contacts/" + contact,
                "POST /contacts/" + contact + "/tags");
    }

    @Test
    void staffReplyDuringAnOpenEpisode_shouldStartTheHumansPause() {
        // GIVEN an episode still open (its invocation crashed), paused 24 h from its start
        episodeLeftOpen();

        // WHEN a person of the team replies from the CRM ten minutes later
        Reply reply = Lambda.invoke(Webhooks.signedEvent(Webhooks.staffReply(Webhooks.LOCATION, conversation, contact,
                "Hi, this is Ana from the team", clock.instant())));

        // THEN the episode is finished and the bot pauses 24 h from the person's reply
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        assertThat(reply.body().get("botPaused").asBoolean()).isTrue();
        assertThat(reply.pausedUntil()).isEqualTo(clock.instant().plus(Duration.ofHours(24))
                .truncatedTo(ChronoUnit.SECONDS));
        assertThat(Long.parseLong(ConversationItems.get(dynamo, Webhooks.LOCATION, conversation).get("pausedUntil")
                .n())).isEqualTo(clock.instant().plus(Duration.ofHours(24)).getEpochSecond());
    }

    @Test
    void twoCopiesAtOnce_duplicate_shouldReportThePauseItsTwinStarts() throws Exception {
        // GIVEN the first copy's handover reaches the table a moment after its claim
        CountDownLatch firstClaimed = new CountDownLatch(1);
        DynamoFaults.beforeCall("UpdateItem", "#open = :true, #planned", () -> {
            firstClaimed.countDown();
            Webhooks.sleep(600);
        });
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, ASKS_FOR_A_PERSON,
                clock.instant()));
        CompletableFuture<APIGatewayV2HTTPResponse> first = CompletableFuture.supplyAsync(
                () -> function.handleRequest(Webhooks.event(event), null));
        assertThat(firstClaimed.await(20, TimeUnit.SECONDS)).isTrue();

        // WHEN its twin arrives meanwhile
        Reply twin = Lambda.invoke(event);

        // THEN the twin is a duplicate that tells the bot to stay silent
        assertThat(twin.status()).isEqualTo(200);
        assertThat(twin.body().get("decision").asText()).isEqualTo("duplicate");
        assertThat(twin.body().get("botPaused").asBoolean()).isTrue();
        JsonNode firstBody = Webhooks.JSON.readTree(first.get(20, TimeUnit.SECONDS).getBody());
        assertThat(firstBody.get("decision").asText()).isEqualTo("handover");
        assertThat(writes()).hasSize(4);
    }

    /** A contact request whose invocation crashed after opening the episode, ten minutes ago. */
    private String episodeLeftOpen() {
        checkpoints.arm(Point.AFTER_EPISODE_OPENED);
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, ASKS_FOR_A_PERSON,
                clock.instant()));
        assertThat(Lambda.invoke(event).status()).isEqualTo(429);
        clock.advance(Duration.ofMinutes(10));
        return event;
    }

    private List<String> writes() {
        return crm.calls().stream().filter(call -> !call.startsWith("GET ")).toList();
    }


}
