package dev.handover.handover;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.conversation.ClaimResult;
import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.ConversationState;
import dev.handover.conversation.ConversationStore;
import dev.handover.crm.Deadline;

/**
 * Two copies of one webhook at the same instant: the one refused as a duplicate must not answer "not paused" while
 * its twin, a moment behind, is handing over. When the twin claimed the delivery just now and the event is one that
 * may pause the bot, the duplicate waits a little (bounded, and within the invocation's time) for the twin's
 * decision to reach the table, and reports the conversation as the twin leaves it.
 */
@ApplicationScoped
public class TwinWait {

    /** A claim younger than this may still be in its invocation, which a Lambda timeout bounds. */
    static final Duration IN_FLIGHT = Duration.ofSeconds(30);
    /** The longest a duplicate waits for its twin's decision. */
    static final Duration LONGEST = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(50);
    /** Time kept for answering after the wait. */
    private static final Duration RESERVE = Duration.ofSeconds(1);

    private final ConversationStore store;

    public TwinWait(ConversationStore store) {
        this.store = store;
    }

    /** The state a duplicate reports: as its refused claim found it, or as the twin in flight left it. */
    ConversationState settle(ConversationKey key, ClaimResult duplicate, boolean mayPause, Instant now,
            Deadline deadline) {
        ConversationState state = duplicate.state();
        boolean twinInFlight = duplicate.claimedAt().filter(at -> at.isAfter(now.minus(IN_FLIGHT))).isPresent();
        if (!mayPause || !twinInFlight) {
            return state;
        }
        long until = System.nanoTime() + LONGEST.toNanos();
        while (!decided(state, now) && System.nanoTime() < until && deadline.allows(POLL, RESERVE)) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return state;
            }
            state = store.read(key);
        }
        return state;
    }

    /** The twin's decision shows once the bot is paused or an episode is open. */
    private static boolean decided(ConversationState state, Instant now) {
        return state.pausedAt(now) || state.openEpisode().isPresent();
    }
}
