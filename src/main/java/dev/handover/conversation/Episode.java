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
 * @param failedAttempts the failed attempts the conversation had counted when the handover was decided
 * @param language the language the customer's messages were guessed to be in (a code, or {@code und}), so that a
 *        resumed episode writes the closing message in the same words as the first attempt would have
 */
public record Episode(String id, String scenario, String reason, Instant startedAt, boolean open,
        List<String> planned, Map<String, String> done, Map<String, String> failed, int failedAttempts,
        String language) {

    /** The language of an episode recorded without one (before it was kept). */
    public static final String UNKNOWN_LANGUAGE = "und";

    /** An episode without the failed-attempt count and the language. */
    public Episode(String id, String scenario, String reason, Instant startedAt, boolean open,
            List<String> planned, Map<String, String> done, Map<String, String> failed) {
        this(id, scenario, reason, startedAt, open, planned, done, failed, 0, UNKNOWN_LANGUAGE);
    }

    /** This episode with one more action done. */
    public Episode withDone(String action, String detail) {
        Map<String, String> more = new java.util.LinkedHashMap<>(done);
        more.put(action, detail);
        return new Episode(id, scenario, reason, startedAt, open, planned, Map.copyOf(more), failed, failedAttempts,
                language);
    }

    /** Planned actions neither done nor failed for good. */
    public List<String> remaining() {
        return planned.stream().filter(action -> !done.containsKey(action) && !failed.containsKey(action)).toList();
    }
}
