package dev.handover.conversation;

import java.util.Map;

/**
 * What one write records of a handover episode: the actions done, with the id the CRM gave them ({@code "-"} when
 * it gave none), the actions failed for good, with the reason, and what becomes of the episode.
 */
public record Checkpoint(Map<String, String> done, Map<String, String> failed, Ending ending) {

    /** What becomes of the episode with the checkpoint. */
    public enum Ending {
        /** No action remains: the episode is over. */
        CLOSE,
        /** An action waits for a retry: the next delivery may take the episode over at once. */
        RELEASE,
        /** Actions still run past the invocation's deadline: the lease stays until they end. */
        KEEP
    }

    public Checkpoint {
        done = Map.copyOf(done);
        failed = Map.copyOf(failed);
    }

    /** Nothing to write: no result, and the episode stays as it is. */
    public boolean empty() {
        return done.isEmpty() && failed.isEmpty() && ending == Ending.KEEP;
    }

    /** The same results, with the episode given up to the next delivery. */
    public Checkpoint released() {
        return new Checkpoint(done, failed, Ending.RELEASE);
    }
}
