package dev.handover.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One bot's handover settings, in the shape of the platform's {@code humanHandOverDto}.
 *
 * @param examples phrases that mean "I want a person" for this bot
 * @param actions what a handover does
 */
public record BotProfile(String botId, List<String> examples, Actions actions) {

    /**
     * Post-handover actions.
     *
     * @param assignToUserId the user the contact is assigned to; empty switches assignment off
     * @param skipAssignToUser keep an existing contact owner
     * @param pauseFor how long the bot is paused; empty means indefinitely (until resumed)
     */
    public record Actions(
            Optional<String> assignToUserId,
            boolean skipAssignToUser,
            boolean createTask,
            String taskTitle,
            String taskBody,
            int taskDueHours,
            Optional<String> finalMessage,
            List<String> tags,
            boolean pause,
            Optional<Duration> pauseFor) {
    }
}
