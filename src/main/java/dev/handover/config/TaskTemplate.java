package dev.handover.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The placeholders a task description may hold, and the default description a bots document's action gets. */
public final class TaskTemplate {

    public static final String SCENARIO = "{scenario}";
    public static final String REASON = "{reason}";
    public static final String FAILED_ATTEMPTS = "{failedAttempts}";
    public static final String CHANNEL = "{channel}";
    public static final String MESSAGES = "{messages}";
    public static final String CONTACT_ID = "{contactId}";
    public static final String CONVERSATION_ID = "{conversationId}";
    public static final Set<String> PLACEHOLDERS = Set.of(SCENARIO, REASON, FAILED_ATTEMPTS, CHANNEL, MESSAGES,
            CONTACT_ID, CONVERSATION_ID);

    /** What a person needs to take over without scrolling back through the conversation. */
    public static final String DEFAULT = "The bot handed this conversation to a person (" + SCENARIO + ").\n"
            + "Why: " + REASON + "\n"
            + "Failed attempts of the bot: " + FAILED_ATTEMPTS + "\n"
            + "Channel: " + CHANNEL + "\n"
            + "\n"
            + "Last messages, oldest first:\n"
            + MESSAGES;

    /** The platform's own description, still the default of the single bot of the environment. */
    public static final String PLATFORM_DEFAULT = "will be created by AI";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");

    private TaskTemplate() {
    }

    /** Placeholder-like words of a template that are not placeholders, to refuse at start-up. */
    public static List<String> unknown(String template) {
        List<String> unknown = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group())) {
                unknown.add(matcher.group());
            }
        }
        return unknown;
    }
}
