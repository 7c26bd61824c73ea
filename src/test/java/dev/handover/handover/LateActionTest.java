package dev.handover.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.ConversationStore;
import dev.handover.conversation.Episode;
import dev.handover.support.ChaosProfile;
import dev.handover.support.ConversationTest;
import dev.handover.support.CrashingActionExecutor;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * An action whose result comes after the invocation stopped waiting for it (its thread not run for a while, here a
 * stall after its CRM call) checkpoints itself when it ends, and until then the invocation's lease keeps every other
 * delivery from running the episode, even when another action of the same invocation crashed. The profile's CRM
 * budget is 3 s, so that the invocation waits for its actions about 4 s.
 */
@QuarkusTest
@TestProfile(ChaosProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class LateActionTest extends ConversationTest {

    /**
     * Well past the 4 s the invocation waits for its actions (the 3 s budget and its grace, less the checkpoint's
     * time), so that the next delivery surely comes while the action still runs, even on a loaded machine.
     */
    static final Duration STALL = Duration.ofSeconds(7);

    @Inject
    CrashingActionExecutor executor;
    @Inject
    ConversationStore store;

    @BeforeEach
    void setUp() {
        executor.disarm();
        crm.useFakeHighLevel();
        conversation = contact;
    }

    @AfterEach
    void tearDown() {
        executor.disarm();
    }

    @Test
    void actionEndingAfterTheAnswer_shouldCheckpointItselfAndCloseTheEpisode() {
        // GIVEN tags whose result comes 7 s after their CRM call
        executor.stallAfterCrmCall(HandoverAction.TAGS, STALL);
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, "I want to talk to a human",
                clock.instant()));

        // WHEN the handover runs
        Reply reply = Lambda.invoke(event);

        // THEN it answers 429 without waiting for the tags, having checkpointed the others and kept the lease
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=pending");
        Episode kept = episode();
        assertThat(kept.open()).isTrue();
        assertThat(kept.done()).containsOnlyKeys("assign", "task", "closingMessage");

        // WHEN HighLevel redelivers while the tags still run
        int callsBefore = crm.calls().size();
        Reply during = Lambda.invoke(event);

        // THEN that delivery runs nothing: the episode is the running invocation's
        assertThat(during.status()).isEqualTo(200);
        assertThat(during.body().get("decision").asText()).isEqualTo("paused");
        assertThat(crm.calls()).hasSize(callsBefore);

        // AND once the tags end, their own checkpoint records them and closes the episode
        Episode closed = awaitEpisode(episode -> !episode.open());
        assertThat(closed.done()).containsOnlyKeys("assign", "task", "closingMessage", "tags");
        assertThat(closed.failed()).isEmpty();
        assertThat(writes()).containsExactlyInAnyOrder("PUT /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks", "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
    }

    @Test
    void crashWhileAnotherActionRuns_shouldKeepTheLeaseUntilItEnds() {
        // GIVEN a task that crashes after its CRM call, and tags whose result comes 7 s after theirs
        executor.crashAfterCrmCall(HandoverAction.TASK);
        executor.stallAfterCrmCall(HandoverAction.TAGS, STALL);
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, "I want to talk to a human",
                clock.instant()));

        // WHEN the handover runs
        Reply crashed = Lambda.invoke(event);

        // THEN the crash is answered 429, and the lease is not released while the tags still run
        assertThat(crashed.status()).isEqualTo(429);
        assertThat(crashed.body().get("error").asText()).isEqualTo("internal_error");
        int callsBefore = crm.calls().size();
        Reply during = Lambda.invoke(event);
        assertThat(during.status()).isEqualTo(200);
        assertThat(during.body().get("decision").asText()).isEqualTo("paused");
        assertThat(crm.calls()).hasSize(callsBefore);

        // WHEN the tags end: their checkpoint records them and releases the lease, the task being unsettled
        Episode released = awaitEpisode(episode -> episode.done().containsKey("tags"));
        assertThat(released.open()).isTrue();
        assertThat(released.done()).doesNotContainKey("task");

        // AND the customer writes again: the episode is resumed, and the task found at the CRM, not made again
        Reply next = Lambda.invoke(Webhooks.signedEvent(Webhooks.inbound(conversation, contact, "hello?",
                clock.instant())));
        assertThat(next.status()).as(next.body().toString()).isEqualTo(200);
        assertThat(next.body().get("reason").asText()).startsWith("resumed:");
        assertThat(next.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        assertThat(episode().open()).isFalse();
        assertThat(writes()).containsExactlyInAnyOrder("PUT /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks", "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
    }

    private Episode awaitEpisode(Predicate<Episode> condition) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Episode episode = episode();
        while (!condition.test(episode) && System.nanoTime() < until) {
            Webhooks.sleep(100);
            episode = episode();
        }
        assertThat(condition).as("episode %s", episode).accepts(episode);
        return episode;
    }

    private Episode episode() {
        return store.read(new ConversationKey(Webhooks.LOCATION, conversation)).episode()
                .orElseThrow(() -> new AssertionError("no episode recorded for " + conversation));
    }

    private List<String> writes() {
        return crm.calls().stream().filter(call -> !call.startsWith("GET ")).toList();
    }
}
