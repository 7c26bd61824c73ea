package dev.handover.handover;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.handover.config.TaskTemplate;
import dev.handover.crm.ConversationMessage;

/**
 * Fills a task description template. Pure: the messages come in, the text goes out. Each message is cut to
 * {@value #MAX_MESSAGE_CHARS} characters on one line, and the whole text to {@code maxChars}: when the messages do
 * not fit, the oldest are left out (and counted), as the latest tell best why a person is needed.
 */
final class TaskBody {

    /**
     * The longest description written. HighLevel's OpenAPI documents give the task and note bodies no maximum;
     * this keeps well inside what its web app shows without a scroll, and far from any request size limit.
     */
    static final int MAX_CHARS = 4000;
    static final int MAX_MESSAGE_CHARS = 300;
    static final String UNREADABLE = "(The conversation's messages could not be read from the CRM just now; open "
            + "the conversation to see them.)";
    static final String NONE = "(no messages with text)";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\s]+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    /** What the placeholders other than {@code {messages}} stand for. */
    record Facts(String scenario, String reason, int failedAttempts, String channel, String contactId,
            String conversationId) {
    }

    private TaskBody() {
    }

    /**
     * @param messages the conversation's latest messages, oldest first; empty when they could not be read
     * @param zone the zone the messages' times are written in
     */
    static String render(String template, Facts facts, Optional<List<ConversationMessage>> messages, ZoneId zone,
            int maxChars) {
        Map<String, String> values = Map.of(TaskTemplate.SCENARIO, facts.scenario(),
                TaskTemplate.REASON, ReasonWords.of(facts.reason()),
                TaskTemplate.FAILED_ATTEMPTS, Integer.toString(facts.failedAttempts()),
                TaskTemplate.CHANNEL, facts.channel(),
                TaskTemplate.CONTACT_ID, facts.contactId(),
                TaskTemplate.CONVERSATION_ID, facts.conversationId(),
                TaskTemplate.MESSAGES, "");
        String withoutMessages = fill(template, values);
        if (!template.contains(TaskTemplate.MESSAGES)) {
            return cut(withoutMessages, maxChars);
        }
        int room = maxChars - withoutMessages.length();
        String block = messages.map(list -> block(list, zone, room)).orElse(UNREADABLE);
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put(TaskTemplate.MESSAGES, block);
        return cut(fill(template, all), maxChars);
    }

    /** One pass over the template, so that a value holding a placeholder's spelling is never filled in itself. */
    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(),
                    matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The newest messages that fit in {@code room}, oldest first, with a line counting those left out. */
    private static String block(List<ConversationMessage> messages, ZoneId zone, int room) {
        if (messages.isEmpty()) {
            return NONE;
        }
        List<String> kept = new ArrayList<>();
        int used = 0;
        int i = messages.size() - 1;
        for (; i >= 0; i--) {
            String line = line(messages.get(i), zone);
            // Room for the line, its newline and a line saying how many were left out.
            if (used + line.length() + 1 + 40 > room) {
                break;
            }
            kept.add(0, line);
            used += line.length() + 1;
        }
        if (i >= 0) {
            kept.add(0, "(" + (i + 1) + " earlier message" + (i == 0 ? "" : "s") + " left out)");
        }
        return String.join("\n", kept);
    }

    private static String line(ConversationMessage message, ZoneId zone) {
        String who = switch (message.from()) {
            case CUSTOMER -> "Customer";
            case BOT -> "Bot";
            case TEAM -> "Team";
        };
        String when = message.at().map(at -> TIME.format(at.atZone(zone)) + " ").orElse("");
        return when + who + ": " + cut(CONTROL.matcher(message.text()).replaceAll(" ").strip(), MAX_MESSAGE_CHARS);
    }

    /** At most {@code max} characters, never splitting a surrogate pair, marked with an ellipsis when cut. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - 1);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
