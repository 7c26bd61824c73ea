package dev.handover.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One handover of a conversation, recorded before its first CRM call so that a redelivery or a concurrent
 * invocation resumes it instead of starting another.
 *
 * @param planned the actions to run, fixed when the episode opened
 * @param done actions completed, with the id the CRM returned (task id, message id) or {@code "-"}
 * @param failed actions that failed for good, with the reason; they are not retried
 */
public record Episode(String id, String scenario, String reason, Instant startedAt, boolean open,
        List<String> planned, Map<String, String> done, Map<String, String> failed) {

    /** This episode with one more action done. */
    public Episode withDone(String action, String detail) {
        Map<String, String> more = new java.util.LinkedHashMap<>(done);
        more.put(action, detail);
        return new Episode(id, scenario, reason, startedAt, open, planned, Map.copyOf(more), failed);
    }

    /** Planned actions neither done nor failed for good. */
    public List<String> remaining() {
        return planned.stream().filter(action -> !done.containsKey(action) && !failed.containsKey(action)).toList();
    }
}
