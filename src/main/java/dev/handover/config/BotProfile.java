package dev.handover.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import dev.handover.scenario.Scenario;

/**
 * One bot's validated settings.
 *
 * @param locationIds the locations the bot answers in; empty means every location
 * @param isDefault the bot HighLevel webhooks of its locations go to when several bots share a location
 * @param maxRetries failed attempts that trigger the failed-to-resolve scenario
 * @param confidenceThreshold a generic bot event below this confidence is a lack of information
 * @param manualSleep how long a human reply from the CRM pauses the bot; empty means until resumed
 * @param failedAttemptsReset a quiet period after which the failed-attempt count starts again
 * @param eventSecret HMAC-SHA256 key of generic JSON events
 * @param workflowSecret shared secret of HighLevel workflow webhooks
 * @param handovers the handover actions, at most three, by scenario
 * @param shadow shadow mode: the bot's events are decided, recorded, logged and counted, but nothing is written to
 *        the CRM and nothing is paused
 * @param pause how the pause reaches the bot: its pause tag
 * @param forwardTo the bot's webhook when it sits behind the function: the customer messages it should answer are
 *        forwarded there, signed with its {@code eventSecret}; empty when the bot receives its messages itself
 * @param businessHours when a person is there; outside them the closing message says when, and tasks fall due in
 *        open time; empty for a bot that hands over the same way at any hour
 */
public record BotProfile(
        String botId,
        Set<String> locationIds,
        boolean isDefault,
        int maxRetries,
        double confidenceThreshold,
        boolean sleepOnManualMessage,
        Optional<Duration> manualSleep,
        Duration failedAttemptsReset,
        Optional<String> eventSecret,
        Optional<String> workflowSecret,
        Map<Scenario, Handover> handovers,
        boolean shadow,
        PauseSettings pause,
        Optional<URI> forwardTo,
        Optional<BusinessHoursSettings> businessHours) {

    /** A bot without a pause tag, a gate or business hours. */
    public BotProfile(String botId, Set<String> locationIds, boolean isDefault, int maxRetries,
            double confidenceThreshold, boolean sleepOnManualMessage, Optional<Duration> manualSleep,
            Duration failedAttemptsReset, Optional<String> eventSecret, Optional<String> workflowSecret,
            Map<Scenario, Handover> handovers, boolean shadow) {
        this(botId, locationIds, isDefault, maxRetries, confidenceThreshold, sleepOnManualMessage, manualSleep,
                failedAttemptsReset, eventSecret, workflowSecret, handovers, shadow, PauseSettings.NONE,
                Optional.empty(), Optional.empty());
    }

    public Optional<Handover> handover(Scenario scenario) {
        return Optional.ofNullable(handovers.get(scenario));
    }

    /** The contact-request examples, or none when the bot has no contact-request action. */
    public List<String> examples() {
        return handover(Scenario.CONTACT_REQUEST).map(Handover::examples).orElse(List.of());
    }

    /**
     * One handover action: a scenario and what to do when it fires.
     *
     * @param assignToUserId the user to assign; empty switches assignment off
     * @param skipAssignToUser keep an existing contact owner
     * @param finalMessage the closing message, by the customer's language or one for all; {@link LocalizedText#NONE}
     *        sends none
     * @param pauseFor how long the bot is paused; {@link Duration#ZERO} for no pause, empty for until resumed
     * @param triggerCondition the natural-language condition of a {@link Scenario#CUSTOM} action, which the
     *        model-based classifier checks customer messages against; empty for the other scenarios
     * @param taskBody the task's (and note's) description, a template with placeholders (see the README)
     * @param createNote also (or, without {@code createTask}, only) write the description as a contact note
     * @param taskMessages how many of the conversation's latest messages {@code {messages}} shows
     * @param noReply what happens when no person answers within a time after the handover; empty waits for nobody
     */
    public record Handover(
            Scenario scenario,
            List<String> examples,
            Optional<String> assignToUserId,
            boolean skipAssignToUser,
            boolean createTask,
            String taskTitle,
            String taskBody,
            int taskDueHours,
            LocalizedText finalMessage,
            List<String> tags,
            Optional<Duration> pauseFor,
            Optional<String> triggerCondition,
            boolean createNote,
            int taskMessages,
            Optional<NoReplySettings> noReply) {

        /** The messages {@code {messages}} shows when the action does not say. */
        public static final int DEFAULT_TASK_MESSAGES = 10;

        /** An action that waits for nobody's reply. */
        public Handover(Scenario scenario, List<String> examples, Optional<String> assignToUserId,
                boolean skipAssignToUser, boolean createTask, String taskTitle, String taskBody, int taskDueHours,
                LocalizedText finalMessage, List<String> tags, Optional<Duration> pauseFor,
                Optional<String> triggerCondition, boolean createNote, int taskMessages) {
            this(scenario, examples, assignToUserId, skipAssignToUser, createTask, taskTitle, taskBody, taskDueHours,
                    finalMessage, tags, pauseFor, triggerCondition, createNote, taskMessages, Optional.empty());
        }

        /** An action without a note, showing the default number of messages. */
        public Handover(Scenario scenario, List<String> examples, Optional<String> assignToUserId,
                boolean skipAssignToUser, boolean createTask, String taskTitle, String taskBody, int taskDueHours,
                LocalizedText finalMessage, List<String> tags, Optional<Duration> pauseFor,
                Optional<String> triggerCondition) {
            this(scenario, examples, assignToUserId, skipAssignToUser, createTask, taskTitle, taskBody, taskDueHours,
                    finalMessage, tags, pauseFor, triggerCondition, false, DEFAULT_TASK_MESSAGES);
        }

        /** Whether the task action runs: a task, a note, or both. */
        public boolean writesTask() {
            return createTask || createNote;
        }

        /** The tags this action may add that stay on the contact: its tags and its escalation tag. */
        public List<String> keptTags() {
            return noReply.flatMap(NoReplySettings::escalationTag)
                    .map(tag -> Stream.concat(tags.stream(), Stream.of(tag)).toList()).orElse(tags);
        }
    }
}
