package dev.handover.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.ConversationStore;
import dev.handover.conversation.Episode;
import dev.handover.support.ConversationTest;
import dev.handover.support.CrashingActionExecutor;
import dev.handover.support.CrashingEpisodeCheckpoints;
import dev.handover.support.CrashingEpisodeCheckpoints.Point;
import dev.handover.support.FakeHighLevel;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An invocation that crashes in the middle of a handover (an unexpected exception, armed at one point) is answered
 * 429, and HighLevel's redelivery of the same webhook finishes what remains from the checkpoint: every action runs
 * exactly once across both invocations. The actions are checkpointed once, together, after they ran: a crash before
 * that checkpoint leaves no record of CRM calls that were made, and the resumed handover's look at the CRM (the
 * contact's owner and tags, its tasks, the conversation's messages) must find them. The CRM is the stateful
 * {@link FakeHighLevel}, so that those reads see what the crashed invocation did.
 */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class CrashResumeTest extends ConversationTest {

    private static final String ASKS_FOR_A_PERSON = "Can I talk to a real person please?";
    private static final List<String> ACTIONS = List.of("assign", "task", "closingMessage", "tags");
    private static final String[] EVERY_ACTION_DONE = {"assign=done", "task=done", "closingMessage=done", "tags=done"};

    @Inject
    CrashingEpisodeCheckpoints checkpoints;
    @Inject
    CrashingActionExecutor executor;
    @Inject
    ConversationStore store;

    @BeforeEach
    void setUp() {
        checkpoints.disarm();
        executor.disarm();
        crm.useFakeHighLevel();
        // The fake CRM keeps sent messages by contact and reads them back by conversation.
        conversation = contact;
    }

    @AfterEach
    void tearDown() {
        checkpoints.disarm();
        executor.disarm();
    }

    @Test
    void crashBeforeTheCheckpoint_redelivered_shouldLookAtTheCrmAndRepeatNothing() {
        // GIVEN an invocation that dies once all four CRM calls went through, before their checkpoint: the table
        // records none of them, and the lease stays until it runs out
        checkpoints.arm(Point.BEFORE_CHECKPOINT);
        String event = asksForAPerson();

        Reply crashed = Lambda.invoke(event);

        assertCrashedOnceAsAnInternalError(crashed);
        assertThat(writes()).hasSize(4);
        assertThat(episode().done()).isEmpty();
        assertThat(episode().open()).isTrue();

        // WHEN HighLevel redelivers the same webhook ten minutes later, the lease long run out
        clock.advance(Duration.ofMinutes(10));
        crm.wireMock().resetRequests();
        Reply redelivered = Lambda.invoke(event);

        // THEN the handover completes from what the CRM shows, without a single write
        assertThat(redelivered.status()).as(redelivered.body().toString()).isEqualTo(200);
        assertThat(redelivered.body().get("reason").asText()).startsWith("resumed:");
        assertThat(redelivered.actionStatuses()).containsExactly(EVERY_ACTION_DONE);
        assertThat(crm.calls()).containsExactlyInAnyOrder(
                "GET /contacts/" + contact,
                "GET /contacts/" + contact + "/tasks",
                "GET /conversations/" + conversation + "/messages?limit=50",
                "GET /contacts/" + contact);
        assertEpisodeClosedWithEveryActionDone();
        assertLaterDeliveryCallsNothing(event);
    }

    @ParameterizedTest(name = "crash right after the checkpoint, redelivered {0} min later")
    @ValueSource(ints = {0, 10})
    void crashAfterTheCheckpoint_redelivered_shouldCallNothing(int redeliveryMinutes) {
        // GIVEN an invocation that crashes right after its checkpoint closed the episode
        checkpoints.arm(Point.AFTER_CHECKPOINT);
        String event = asksForAPerson();

        Reply crashed = Lambda.invoke(event);

        assertThat(checkpoints.crashes()).as("crashes").isEqualTo(1);
        assertThat(crashed.status()).isEqualTo(429);
        assertEpisodeClosedWithEveryActionDone();

        // WHEN HighLevel redelivers it
        clock.advance(Duration.ofMinutes(redeliveryMinutes));
        int callsBefore = crm.calls().size();
        Reply redelivered = Lambda.invoke(event);

        // THEN the conversation is paused, and the CRM is not called again
        assertThat(redelivered.status()).as(redelivered.body().toString()).isEqualTo(200);
        assertThat(redelivered.body().get("decision").asText()).isEqualTo("paused");
        assertThat(redelivered.body().get("botPaused").asBoolean()).isTrue();
        assertThat(crm.calls()).hasSize(callsBefore);
        assertEveryActionWrittenOnce();
        assertEpisodeClosedWithEveryActionDone();
    }

    @ParameterizedTest(name = "crash in {0}, after its CRM call")
    @EnumSource(value = HandoverAction.class, names = {"ASSIGN", "TASK", "CLOSING_MESSAGE", "TAGS"})
    void crashInOneAction_redeliveredAtOnce_shouldRecordTheOthersAndNotRepeatIt(HandoverAction action) {
        // GIVEN an invocation in which one action crashes once its CRM call went through; the others run on
        executor.crashAfterCrmCall(action);
        String event = asksForAPerson();

        Reply crashed = Lambda.invoke(event);

        // THEN the crash is answered 429, never 5xx, so that HighLevel redelivers
        assertThat(crashed.status()).isEqualTo(429);
        assertThat(crashed.body().path("error").asText()).isEqualTo("internal_error");
        assertThat(crashed.body().path("detail").asText()).isNotBlank();
        // AND the checkpoint recorded what the others did (after a crashed assignment, nothing else ran) and gave
        // the lease back
        Episode afterCrash = episode();
        assertThat(afterCrash.open()).isTrue();
        assertThat(afterCrash.done()).doesNotContainKey(action.id());
        assertThat(afterCrash.done()).hasSize(action == HandoverAction.ASSIGN ? 0 : 3);

        // WHEN HighLevel redelivers the same webhook at once: the lease was released, no need to wait for it
        Reply redelivered = Lambda.invoke(event);

        // THEN the handover completes, and across both invocations every action reached the CRM exactly once
        assertThat(redelivered.status()).as(redelivered.body().toString()).isEqualTo(200);
        assertThat(redelivered.body().get("decision").asText()).isEqualTo("handover");
        assertThat(redelivered.actionStatuses()).containsExactly(EVERY_ACTION_DONE);
        assertEveryActionWrittenOnce();
        assertEpisodeClosedWithEveryActionDone();
        assertLaterDeliveryCallsNothing(event);
    }

    @Test
    void crashAfterEpisodeOpened_redelivered_shouldRunEveryActionOnce() {
        // GIVEN an invocation that crashes once the handover is recorded, before any CRM call
        checkpoints.arm(Point.AFTER_EPISODE_OPENED);
        String event = asksForAPerson();

        Reply crashed = Lambda.invoke(event);

        assertCrashedOnceAsAnInternalError(crashed);
        assertThat(crm.calls()).isEmpty();
        assertThat(episode().done()).isEmpty();

        // WHEN HighLevel redelivers it ten minutes later (the crashed invocation's lease has run out by then)
        clock.advance(Duration.ofMinutes(10));
        Reply redelivered = Lambda.invoke(event);

        // THEN the recorded episode is resumed, not a second one opened, and each action runs once
        assertThat(redelivered.status()).as(redelivered.body().toString()).isEqualTo(200);
        assertThat(redelivered.body().get("decision").asText()).isEqualTo("handover");
        assertThat(redelivered.body().get("reason").asText()).startsWith("resumed:");
        assertThat(redelivered.actionStatuses()).containsExactly(EVERY_ACTION_DONE);
        assertEveryActionWrittenOnce();
        assertEpisodeClosedWithEveryActionDone();
    }

    @Test
    void unarmed_shouldHandOverLikeTheRealOnes() {
        // GIVEN the alternatives, not armed (as every other test class sees them)
        // WHEN a customer asks for a person
        Reply reply = Lambda.invoke(Webhooks.signedEvent(
                Webhooks.inbound(conversation, contact, ASKS_FOR_A_PERSON, clock.instant())));

        // THEN an ordinary handover, no crash
        assertThat(checkpoints.crashes()).isZero();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.actionStatuses()).containsExactly(EVERY_ACTION_DONE);
        assertThat(crm.calls()).hasSize(5);
        assertEpisodeClosedWithEveryActionDone();
    }

    private String asksForAPerson() {
        return Webhooks.signedEvent(Webhooks.inbound(conversation, contact, ASKS_FOR_A_PERSON, clock.instant()));
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

    /** The checkpoint hook crashed the invocation once, answered 429 so that HighLevel redelivers. */
    private void assertCrashedOnceAsAnInternalError(Reply crashed) {
        assertThat(checkpoints.crashes()).as("crashes").isEqualTo(1);
        assertThat(crashed.status()).isEqualTo(429);
        assertThat(crashed.body().path("error").asText()).isEqualTo("internal_error");
    }

    /** Across every invocation so far, each of the four actions reached the CRM exactly once. */
    private void assertEveryActionWrittenOnce() {
        assertThat(writes()).containsExactlyInAnyOrder(
                "PUT /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks",
                "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
    }

    /** The calls that change something at the CRM; reads before writes are how resuming avoids repeats. */
    private List<String> writes() {
        return crm.calls().stream().filter(call -> !call.startsWith("GET ")).toList();
    }

}
