package dev.handover.observe;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The CRM attempts of one invocation, counted by action and status while the calls run and written as metrics once,
 * when the invocation answers: nothing but a map increment sits between a CRM answer and its checkpoint, and an
 * invocation writes one document per action and status rather than one per attempt. The tally follows the
 * invocation onto the threads of its parallel actions ({@link LogFields#carried}).
 */
public final class CrmTally {

    private static final ThreadLocal<CrmTally> CURRENT = new ThreadLocal<>();

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    private CrmTally() {
    }

    /** Starts the calling thread's tally afresh. */
    public static CrmTally open() {
        CrmTally tally = new CrmTally();
        CURRENT.set(tally);
        return tally;
    }

    static CrmTally current() {
        return CURRENT.get();
    }

    static void use(CrmTally tally) {
        if (tally == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(tally);
        }
    }

    /** Counts one attempt in the calling thread's tally; without one (no invocation), it is not counted. */
    public static void record(String action, String status) {
        CrmTally tally = CURRENT.get();
        if (tally != null) {
            tally.counts.computeIfAbsent(action + "\n" + status, key -> new LongAdder()).increment();
        }
    }

    /** The counts so far, by action and status, and a fresh start; an attempt still running counts in the next. */
    Map<String, Long> drain() {
        Map<String, Long> drained = new java.util.TreeMap<>();
        counts.forEach((key, count) -> {
            long value = count.sumThenReset();
            if (value > 0) {
                drained.put(key, value);
            }
        });
        return drained;
    }

    static String action(String key) {
        return key.substring(0, key.indexOf('\n'));
    }

    static String status(String key) {
        return key.substring(key.indexOf('\n') + 1);
    }
}
