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
import dev.handover.conversation.Checkpoint;
import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.ConversationState;
import dev.handover.conversation.Episode;
import dev.handover.conversation.EpisodeCheckpoints;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The real {@link EpisodeCheckpoints}, which can be armed to crash the invocation (a {@link SimulatedCrash}) at one
 * point of a handover, once. Being an alternative of the tests, it replaces the bean in EVERY {@code @QuarkusTest}:
 * unarmed, it is exactly the real one. A singleton, as {@link TestClock} is: a normal-scoped bean would need a
 * no-args constructor, which the constructor-injected original cannot offer to a subclass.
 */
@Alternative
@Priority(1)
@Singleton
public class CrashingEpisodeCheckpoints extends EpisodeCheckpoints {

    /** Where the armed crash happens. */
    public enum Point {
        /** After the episode is recorded, before any action runs. */
        AFTER_EPISODE_OPENED,
        /**
         * After the actions' CRM calls, before their checkpoint: the invocation dies, so that neither the checkpoint
         * nor anything after it (the release of the lease on the crash path) is written.
         */
        BEFORE_CHECKPOINT,
        /** Right after the checkpoint is written: the redelivery must not repeat anything. */
        AFTER_CHECKPOINT
    }

    private final AtomicReference<Point> armed = new AtomicReference<>();
    private final AtomicInteger crashes = new AtomicInteger();
    /** The crashed invocation is dead: it writes no more checkpoints until the next one takes a lease. */
    private volatile boolean dead;

    @Inject
    public CrashingEpisodeCheckpoints(DynamoDbClient dynamo, HandoverConfig config) {
        super(dynamo, config);
    }

    /** Crashes the next invocation once, at {@code point}. */
    public void arm(Point point) {
        crashes.set(0);
        dead = false;
        armed.set(point);
    }

    /** Back to the plain checkpoints, with the count of crashes at zero. */
    public void disarm() {
        armed.set(null);
        dead = false;
        crashes.set(0);
    }

    /** How many crashes the armed bean has caused since it was armed. */
    public int crashes() {
        return crashes.get();
    }

    @Override
    public boolean open(ConversationKey key, Episode episode, Optional<Instant> pausedUntil, Instant now,
            String lease) {
        dead = false;
        boolean opened = super.open(key, episode, pausedUntil, now, lease);
        if (opened && fire(Point.AFTER_EPISODE_OPENED)) {
            throw new SimulatedCrash("after handover " + episode.id() + " was opened");
        }
        return opened;
    }

    @Override
    public Optional<ConversationState> takeLease(ConversationKey key, String episodeId, Instant now, String lease) {
        dead = false;
        return super.takeLease(key, episodeId, now, lease);
    }

    @Override
    public boolean record(ConversationKey key, String episodeId, String lease, Checkpoint checkpoint) {
        if (dead) {
            throw new SimulatedCrash("(the invocation is dead)");
        }
        if (fire(Point.BEFORE_CHECKPOINT)) {
            dead = true;
            throw new SimulatedCrash("after the CRM calls of handover " + episodeId + ", before its checkpoint");
        }
        boolean held = super.record(key, episodeId, lease, checkpoint);
        if (fire(Point.AFTER_CHECKPOINT)) {
            throw new SimulatedCrash("right after the checkpoint of handover " + episodeId);
        }
        return held;
    }

    /** True once, for the armed point; disarms itself so that the redelivery runs on the plain checkpoints. */
    private boolean fire(Point point) {
        if (!armed.compareAndSet(point, null)) {
            return false;
        }
        crashes.incrementAndGet();
        return true;
    }
}
