package dev.handover.crm;

import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a conversation's messages newest first, page by page ({@code nextPage} / {@code lastMessageId}), for as
 * long as the reader wants more. Both shapes of the answer are read: the API wraps the page in {@code messages}
 * ({@code {"messages": {"messages": [...], "nextPage", ...}}}), the OpenAPI document shows it flat.
 */
final class ConversationPages {

    /** The page size asked for; HighLevel's default is 20. */
    static final int PAGE_SIZE = 50;
    /** More pages than this would be a conversation no single invocation can read in time. */
    static final int MAX_PAGES = 20;

    private ConversationPages() {
    }

    /**
     * @param page reads one page: the {@code lastMessageId} of the previous page (null for the newest) to its body
     * @param reader is given each page's messages, newest first; returns whether it wants the next page
     * @return false when {@link #MAX_PAGES} pages were read and the reader still wanted more
     */
    static boolean read(Function<String, JsonNode> page, Predicate<JsonNode> reader) {
        String before = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            JsonNode body = page.apply(before);
            JsonNode list = body == null ? null : body.path("messages");
            JsonNode holder = list != null && list.isObject() ? list : body;
            JsonNode messages = holder == null ? null : holder.path("messages");
            if (messages == null || !messages.isArray() || messages.isEmpty() || !reader.test(messages)) {
                return true;
            }
            before = holder.path("lastMessageId").asText(null);
            if (!holder.path("nextPage").asBoolean(false) || before == null || before.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
