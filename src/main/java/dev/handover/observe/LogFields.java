package dev.handover.observe;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jboss.logging.MDC;

/**
 * The MDC fields every log line of an invocation carries (the JSON log writes them under {@code mdc}), so that one
 * Logs Insights query finds every line of a request, a bot or a conversation. Only ids and decisions go here: never a
 * token, a secret or message text.
 */
public final class LogFields {

    public static final String REQUEST_ID = "requestId";
    public static final String PATH = "path";
    public static final String LOCATION_ID = "locationId";
    public static final String BOT_ID = "botId";
    public static final String CONVERSATION_ID = "conversationId";
    public static final String DELIVERY_ID = "deliveryId";
    public static final String SHADOW = "shadow";

    private LogFields() {
    }

    /** Starts the invocation's fields afresh: a Lambda container reuses its thread for the next request. */
    public static void begin(String requestId) {
        MDC.clear();
        put(REQUEST_ID, requestId);
    }

    public static void put(String key, Object value) {
        if (value != null) {
            MDC.put(key, String.valueOf(value));
        }
    }

    public static void remove(String key) {
        MDC.remove(key);
    }

    public static void clear() {
        MDC.clear();
    }

    public static String get(String key) {
        Object value = MDC.get(key);
        return value == null ? null : value.toString();
    }

    /**
     * The task with the calling thread's fields and CRM tally ({@link CrmTally}), for the threads the parallel
     * actions of a handover run on.
     */
    public static <T> Supplier<T> carried(Supplier<T> task) {
        Map<String, Object> fields = new HashMap<>(MDC.getMap());
        CrmTally tally = CrmTally.current();
        return () -> {
            Map<String, Object> before = new HashMap<>(MDC.getMap());
            CrmTally tallyBefore = CrmTally.current();
            MDC.clear();
            fields.forEach(MDC::put);
            CrmTally.use(tally);
            try {
                return task.get();
            } finally {
                MDC.clear();
                before.forEach(MDC::put);
                CrmTally.use(tallyBefore);
            }
        };
    }
}
