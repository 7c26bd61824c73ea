package dev.handover.config;

import java.util.List;
import java.util.function.BiConsumer;

import dev.handover.config.BotsDocument.Action;

/**
 * Reads the task settings of an action that go beyond the platform's {@code createTask}: the description as a
 * template, the note, and how many messages the description shows.
 */
final class TaskSettingsReader {

    /** More messages than this would not fit a task's description once each is cut to its share. */
    static final int MAX_TASK_MESSAGES = 50;

    private TaskSettingsReader() {
    }

    /** The description template: the action's own, or the default that shows the conversation. */
    static String description(Action action, BiConsumer<String, String> problems) {
        String template = action.taskDescription() == null ? TaskTemplate.DEFAULT : action.taskDescription();
        List<String> unknown = TaskTemplate.unknown(template);
        if (!unknown.isEmpty()) {
            problems.accept("taskDescription", "has unknown placeholders " + unknown + " (known: "
                    + TaskTemplate.PLACEHOLDERS.stream().sorted().toList() + ")");
        }
        return template;
    }

    static int dueHours(Action action, BiConsumer<String, String> problems) {
        int dueHours = action.taskDueHours() == null ? 24 : action.taskDueHours();
        if (dueHours < 0) {
            problems.accept("taskDueHours", "must not be negative (found " + dueHours + ")");
        }
        return dueHours;
    }

    static int messages(Action action, BiConsumer<String, String> problems) {
        int count = action.taskMessages() == null ? BotProfile.Handover.DEFAULT_TASK_MESSAGES : action.taskMessages();
        if (count < 0 || count > MAX_TASK_MESSAGES) {
            problems.accept("taskMessages", "must be between 0 and " + MAX_TASK_MESSAGES + " (found " + count + ")");
            return Math.max(0, Math.min(count, MAX_TASK_MESSAGES));
        }
        return count;
    }

    static boolean note(Action action) {
        return Boolean.TRUE.equals(action.createNote());
    }
}
