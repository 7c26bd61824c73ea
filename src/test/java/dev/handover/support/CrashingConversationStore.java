package dev.handover.support;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.handover.config.HandoverConfig;
import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.ConversationStore;
import dev.handover.conversation.Episode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The real {@link ConversationStore}, which can be armed to crash the invocation (a {@link SimulatedCrash}) at one
 * resume point of a handover, once. Being an alternative of the tests, it replaces the store in EVERY
 * {@code @QuarkusTest}: unarmed, it is exactly the real store. A singleton, as {@link TestClock} is: a normal-scoped
 * bean would need a no-args constructor, which the store (constructor-injected) cannot offer to a subclass.
 */
@Alternative
@Priority(1)
@Singleton
public class CrashingConversationStore extends ConversationStore {

    /** Where the armed crash happens. */
    public enum Point {
        /** After the episode is recorded, before any action runs. */
        AFTER_EPISODE_OPENED,
        /** After the action's CRM call succeeded, before its checkpoint is written: the redelivery repeats it. */
        BEFORE_CHECKPOINT,
        /** Right after the action's checkpoint is written: the redelivery must not repeat it. */
        AFTER_CHECKPOINT
    }

    private record Armed(Point point, String action) {
    }

    private final AtomicReference<Armed> armed = new AtomicReference<>();
    private final AtomicInteger crashes = new AtomicInteger();

    @Inject
    public CrashingConversationStore(DynamoDbClient dynamo, HandoverConfig config) {
        super(dynamo, config);
    }

    /** Crashes the next invocation once, at {@code point} of {@code action} (an action id such as "task"). */
    public void arm(Point point, String action) {
        crashes.set(0);
        armed.set(new Armed(point, action));
    }

    /** Back to the plain store, with the count of crashes at zero. */
    public void disarm() {
        armed.set(null);
        crashes.set(0);
    }

    /** How many crashes the armed store has caused since it was armed. */
    public int crashes() {
        return crashes.get();
    }

    @Override
    public boolean openEpisode(ConversationKey key, Episode episode, Optional<Instant> pausedUntil, Instant now,
            Instant leaseUntil) {
        boolean opened = super.openEpisode(key, episode, pausedUntil, now, leaseUntil);
        if (opened && fire(Point.AFTER_EPISODE_OPENED, null)) {
            throw new SimulatedCrash("after handover " + episode.id() + " was opened");
        }
        return opened;
    }

    @Override
    public void markDone(ConversationKey key, String episodeId, String action, String crmId) {
        if (fire(Point.BEFORE_CHECKPOINT, action)) {
            throw new SimulatedCrash("after the CRM call of " + action + ", before its checkpoint");
        }
        super.markDone(key, episodeId, action, crmId);
        if (fire(Point.AFTER_CHECKPOINT, action)) {
            throw new SimulatedCrash("right after the checkpoint of " + action);
        }
    }

    /** True once, for the armed point; disarms itself so that the redelivery runs on the plain store. */
    private boolean fire(Point point, String action) {
        Armed current = armed.get();
        if (current == null || current.point() != point
                || (action != null && !action.equals(current.action())) || !armed.compareAndSet(current, null)) {
            return false;
        }
        crashes.incrementAndGet();
        return true;
    }

    /** An unexpected failure in the middle of an invocation, as a bug or a lost runtime would cause. */
    public static class SimulatedCrash extends RuntimeException {

        public SimulatedCrash(String where) {
            super("simulated crash " + where);
        }
    }
}
