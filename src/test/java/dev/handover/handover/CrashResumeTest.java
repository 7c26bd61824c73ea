package dev.handover.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.Episode;
import dev.handover.support.ConversationTest;
import dev.handover.support.FakeHighLevel;
import dev.handover.support.CrashingConversationStore;
import dev.handover.support.CrashingConversationStore.Point;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An invocation that crashes in the middle of a handover (an unexpected exception, armed in the store at one resume
 * point) is answered 429, and HighLevel's redelivery of the same webhook finishes what remains from the checkpoints:
 * every action runs exactly once across both invocations. The CRM is the stateful {@link FakeHighLevel}, so that the
 * resumed handover's look at the CRM (the contact's owner and tags, its tasks, the conversation's messages) sees what
 * the crashed invocation did even where its checkpoint was never written.
 */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class CrashResumeTest extends ConversationTest {

    private static final String ASKS_FOR_A_PERSON = "Can I talk to a real person please?";
    private static final List<String> ACTIONS = List.of("assign", "task", "closingMessage", "tags");

    @Inject
    CrashingConversationStore store;

    @BeforeEach
    void setUp() {
        store.disarm();
        crm.useFakeHighLevel();
        // The fake CRM keeps sent messages by contact and reads them back by conversation.
        conversation = contact;
    }

    @AfterEach
    void tearDown() {
        store.disarm();
    }

    @ParameterizedTest(name = "crash after the {0} checkpoint, redelivered {1} min later")
    @CsvSource({"assign, 10", "task, 10", "closingMessage, 10", "tags, 10", "assign, 0", "tags, 0"})
    void crashAfterCheckpoint_redelivered_shouldFinishEveryActionExactlyOnce(String action, int redeliveryMinutes) {
        // GIVEN an invocation that crashes right after it has checkpointed one action
        store.arm(Point.AFTER_CHECKPOINT, action);
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, ASKS_FOR_A_PERSON, clock.instant()));

        // WHEN the webhook is delivered
        Reply crashed = Lambda.invoke(event);

        // THEN the crash is answered 429, never 5xx, so that HighLevel redelivers
        assertThat(store.crashes()).as("crashes").isEqualTo(1);
        assertThat(crashed.status()).isEqualTo(429);
        assertThat(crashed.body().path("error").asText()).isEqualTo("internal_error");
        assertThat(crashed.body().path("detail").asText()).isNotBlank();
        // AND the action's checkpoint was written before the crash (the task, the message and the tags run in
        // parallel after the assignment, so the others may be done too, but the episode is still open)
        Episode afterCrash = episode();
        assertThat(afterCrash.done()).containsKey(action);
        assertThat(afterCrash.open()).isTrue();

        // WHEN HighLevel redelivers the same webhook: same body, same webhookId, the original timestamp
        clock.advance(Duration.ofMinutes(redeliveryMinutes));
        Reply redelivered = Lambda.invoke(event);

        // THEN the handover completes, with all four actions done
        assertThat(redelivered.status()).as(redelivered.body().toString()).isEqualTo(200);
        assertThat(redelivered.body().get("decision").asText()).isEqualTo("handover");
        assertThat(redelivered.body().get("botPaused").asBoolean()).isTrue();
        assertThat(redelivered.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        // AND across both invocations every action reached the CRM exactly once
        assertThat(writes()).containsExactlyInAnyOrder(
                "PUT /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks",
                "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
        assertEpisodeClosedWithEveryActionDone();
        assertLaterDeliveryCallsNothing(event);
    }

    @ParameterizedTest(name = "crash between the CRM call of {0} and its checkpoint")
    @ValueSource(strings = {"assign", "task", "closingMessage", "tags"})
    void crashBetweenCrmCallAndCheckpoint_redelivered_shouldNotRepeatIt(String action) {
        // GIVEN an invocation that crashes inside one action: its CRM call went through, its checkpoint was never
        // written. Nothing in the table records that the CRM call happened: the resumed handover looks at the CRM
        // first (where the CRM's read API shows it, the write is not repeated).
        store.arm(Point.BEFORE_CHECKPOINT, action);
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, ASKS_FOR_A_PERSON, clock.instant()));

        Reply crashed = Lambda.invoke(event);

        assertThat(store.crashes()).as("crashes").isEqualTo(1);
        assertThat(crashed.status()).isEqualTo(429);
        assertThat(crashed.body().path("error").asText()).isEqualTo("internal_error");
        assertThat(episode().done()).doesNotContainKey(action);

        // WHEN HighLevel redelivers the same webhook ten minutes later
        clock.advance(Duration.ofMinutes(10));
        Reply redelivered = Lambda.invoke(event);

        // THEN the handover completes
        assertThat(redelivered.status()).as(redelivered.body().toString()).isEqualTo(200);
        assertThat(redelivered.body().get("decision").asText()).isEqualTo("handover");
        assertThat(redelivered.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        // AND every action, the crashed one included, reached the CRM once
        assertThat(writes()).containsExactlyInAnyOrder(
                "PUT /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks",
                "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
        assertEpisodeClosedWithEveryActionDone();
        assertLaterDeliveryCallsNothing(event);
    }

    @Test
    void crashAfterEpisodeOpened_redelivered_shouldRunEveryActionOnce() {
        // GIVEN an invocation that crashes once the handover is recorded, before any CRM call
        store.arm(Point.AFTER_EPISODE_OPENED, null);
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, ASKS_FOR_A_PERSON, clock.instant()));

        Reply crashed = Lambda.invoke(event);

        assertThat(store.crashes()).as("crashes").isEqualTo(1);
        assertThat(crashed.status()).isEqualTo(429);
        assertThat(crashed.body().path("error").asText()).isEqualTo("internal_error");
        assertThat(crm.calls()).isEmpty();
        assertThat(episode().done()).isEmpty();

        // WHEN HighLevel redelivers it ten minutes later (the crashed invocation's lease has run out by then)
        clock.advance(Duration.ofMinutes(10));
        Reply redelivered = Lambda.invoke(event);

        // THEN the recorded episode is resumed, not a second one opened, and each action runs once
        assertThat(redelivered.status()).as(redelivered.body().toString()).isEqualTo(200);
        assertThat(redelivered.body().get("decision").asText()).isEqualTo("handover");
        assertThat(redelivered.body().get("reason").asText()).startsWith("resumed:");
        assertThat(redelivered.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        assertThat(writes()).containsExactlyInAnyOrder(
                "PUT /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks",
                "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
        assertEpisodeClosedWithEveryActionDone();
    }

    @Test
    void unarmedStore_shouldHandOverLikeTheRealOne() {
        // GIVEN the store alternative, not armed (as every other test class sees it)
        // WHEN a customer asks for a person
        Reply reply = Lambda.invoke(Webhooks.signedEvent(
                Webhooks.inbound(conversation, contact, ASKS_FOR_A_PERSON, clock.instant())));

        // THEN an ordinary handover, no crash
        assertThat(store.crashes()).isZero();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        assertThat(crm.calls()).hasSize(5);
        assertEpisodeClosedWithEveryActionDone();
    }

    private Episode episode() {
        return store.read(new ConversationKey(Webhooks.LOCATION, conversation)).episode()
                .orElseThrow(() -> new AssertionError("no episode recorded for " + conversation));
    }

    private void assertEpisodeClosedWithEveryActionDone() {
        Episode episode = episode();
        assertThat(episode.open()).as("episode open").isFalse();
        assertThat(episode.done()).containsOnlyKeys(ACTIONS);
        assertThat(episode.done()).containsEntry("assign", "user-test-1");
        assertThat(episode.done().get("task")).startsWith("task-");
        assertThat(episode.done().get("closingMessage")).startsWith("msg-");
        assertThat(episode.failed()).isEmpty();
    }

    /**
     * One more delivery of the same webhook changes nothing: within the webhook's maximum age it is a duplicate; past
     * it, it is no redelivery the function asked for (it answered 200), so it is refused as a replay.
     */
    private void assertLaterDeliveryCallsNothing(String event) {
        int callsBefore = crm.calls().size();
        Reply again = Lambda.invoke(event);
        if (again.status() == 200) {
            assertThat(again.body().get("decision").asText()).isEqualTo("duplicate");
        } else {
            assertThat(again.status()).isEqualTo(401);
            assertThat(again.body().get("error").asText()).isEqualTo("stale_timestamp");
        }
        assertThat(crm.calls()).hasSize(callsBefore);
        assertEpisodeClosedWithEveryActionDone();
    }

    /** The calls that change something at the CRM; reads before writes are how resuming avoids repeats. */
    private List<String> writes() {
        return crm.calls().stream().filter(call -> !call.startsWith("GET ")).toList();
    }

}
