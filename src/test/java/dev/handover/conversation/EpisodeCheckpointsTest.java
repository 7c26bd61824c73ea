package dev.handover.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.handover.conversation.Checkpoint.Ending;
import dev.handover.support.ConversationTest;
import dev.handover.support.DynamoCallCounter;
import dev.handover.support.DynamoFaults;
import dev.handover.support.DynamoFaults.Fault;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The episode's checkpoint against dynalite: every result and the episode's end in one conditional write, written
 * only under the lease it was opened or taken with, and its own write recognised when the SDK retries it after a
 * lost answer.
 */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class EpisodeCheckpointsTest extends ConversationTest {

    /** The checkpoint's condition, as DynamoFaults finds it in the request. */
    static final String CHECKPOINT = "#id = :episode AND #lease = :lease";
    static final Map<String, String> DONE = Map.of("assign", "user-1", "task", "task-1", "closingMessage", "msg-1",
            "tags", "-");

    @Inject
    EpisodeCheckpoints checkpoints;
    @Inject
    ConversationStore store;

    ConversationKey key;
    Episode episode;
    Instant now;
    String lease;

    @BeforeEach
    void openEpisode() {
        DynamoFaults.reset();
        key = new ConversationKey(Webhooks.LOCATION, conversation);
        now = clock.instant();
        episode = new Episode("episode-" + conversation, "contactRequest", "rule:en:test", now, true,
                List.of("assign", "task", "closingMessage", "tags"), Map.of(), Map.of());
        lease = checkpoints.leaseMark(now.plus(Duration.ofSeconds(60)));
        assertThat(checkpoints.open(key, episode, Optional.of(now.plus(Duration.ofHours(1))), now, lease)).isTrue();
    }

    @AfterEach
    void calm() {
        DynamoFaults.reset();
    }

    @Test
    void close_shouldRecordEveryResultAndCloseInOneWrite() {
        DynamoCallCounter.reset();

        boolean held = checkpoints.record(key, episode.id(), lease, new Checkpoint(Map.of("assign", "user-1",
                "task", "task-1", "tags", "-"), Map.of("closingMessage", "no channel to reply on"), Ending.CLOSE));

        assertThat(held).isTrue();
        assertThat(DynamoCallCounter.calls()).containsExactly(Map.entry("UpdateItem", 1));
        Episode closed = stored();
        assertThat(closed.open()).isFalse();
        assertThat(closed.done()).containsOnly(Map.entry("assign", "user-1"), Map.entry("task", "task-1"),
                Map.entry("tags", "-"));
        assertThat(closed.failed()).containsOnly(Map.entry("closingMessage", "no channel to reply on"));
    }

    @Test
    void release_shouldLetTheNextDeliveryTakeTheEpisodeAtOnce() {
        assertThat(checkpoints.takeLease(key, episode.id(), now, checkpoints.leaseMark(now.plusSeconds(60))))
                .as("taken while held").isEmpty();

        assertThat(checkpoints.record(key, episode.id(), lease, new Checkpoint(Map.of("assign", "user-1"), Map.of(),
                Ending.RELEASE))).isTrue();

        Optional<ConversationState> taken = checkpoints.takeLease(key, episode.id(), now,
                checkpoints.leaseMark(now.plusSeconds(60)));
        assertThat(taken).isPresent();
        assertThat(taken.get().episode().orElseThrow().remaining()).containsExactly("task", "closingMessage", "tags");
    }

    @Test
    void keep_shouldRecordTheResultsAndKeepTheLease() {
        assertThat(checkpoints.record(key, episode.id(), lease, new Checkpoint(Map.of("task", "task-1"), Map.of(),
                Ending.KEEP))).isTrue();

        assertThat(stored().open()).isTrue();
        assertThat(stored().done()).containsOnly(Map.entry("task", "task-1"));
        assertThat(checkpoints.takeLease(key, episode.id(), now, checkpoints.leaseMark(now.plusSeconds(60))))
                .isEmpty();
        // and a later checkpoint under the same lease adds to it
        assertThat(checkpoints.record(key, episode.id(), lease, new Checkpoint(Map.of("tags", "-"), Map.of(),
                Ending.CLOSE))).isTrue();
        assertThat(stored().done()).containsOnlyKeys("task", "tags");
        assertThat(stored().open()).isFalse();
    }

    @Test
    void checkpointOfAnInvocationWhoseLeaseWasTakenOver_shouldWriteNothing() {
        // GIVEN the episode taken over by another invocation once this one's lease ran out
        Instant later = now.plus(Duration.ofMinutes(5));
        assertThat(checkpoints.takeLease(key, episode.id(), later, checkpoints.leaseMark(later.plusSeconds(60))))
                .isPresent();

        // WHEN the first invocation, late, writes its checkpoint (or releases the lease)
        boolean closed = checkpoints.record(key, episode.id(), lease, new Checkpoint(DONE, Map.of(), Ending.CLOSE));
        boolean released = checkpoints.record(key, episode.id(), lease, new Checkpoint(DONE, Map.of(),
                Ending.RELEASE));

        // THEN neither is written: the episode stays with the invocation that holds it
        assertThat(closed).isFalse();
        assertThat(released).isFalse();
        assertThat(stored().open()).isTrue();
        assertThat(stored().done()).isEmpty();
        assertThat(checkpoints.takeLease(key, episode.id(), later, checkpoints.leaseMark(later.plusSeconds(60))))
                .as("the holder's lease kept").isEmpty();
    }

    @ParameterizedTest(name = "{1} checkpoint, answer lost: {0}")
    @CsvSource({"LOSE_ANSWER, CLOSE", "STALL, CLOSE", "LOSE_ANSWER, RELEASE", "STALL, RELEASE", "LOSE_ANSWER, KEEP"})
    void checkpointAppliedWithItsAnswerLost_shouldBeTakenForOurs(Fault fault, Ending ending) {
        DynamoFaults.inject(fault, "UpdateItem", CHECKPOINT, 1);

        boolean held = checkpoints.record(key, episode.id(), lease, new Checkpoint(DONE, Map.of(), ending));

        assertThat(DynamoFaults.injected().get(fault)).isEqualTo(1);
        assertThat(held).as("the retry, refused by the first attempt's own write, is ours").isTrue();
        assertThat(stored().done()).isEqualTo(DONE);
        assertThat(stored().open()).isEqualTo(ending != Ending.CLOSE);
    }

    private Episode stored() {
        return store.read(key).episode().orElseThrow();
    }
}
