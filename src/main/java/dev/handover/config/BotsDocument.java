package dev.handover.config;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The bots configuration document (YAML or JSON). Field names follow the platform's {@code humanHandOverDto} so that a
 * configuration exported from HighLevel can be used; every field but {@code botId} and {@code handoverType} is
 * optional and defaults to the platform's behaviour.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record BotsDocument(List<Bot> bots) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bot(
            String botId,
            List<String> locationIds,
            Boolean isDefault,
            Integer maxRetries,
            Double confidenceThreshold,
            Boolean sleepOnManualMessage,
            Double manualMessageSleepTime,
            String manualMessageSleepTimeUnit,
            Integer failedAttemptsResetMinutes,
            String eventSecret,
            String workflowSecret,
            List<Action> actions,
            Boolean shadow,
            String pauseTag,
            String forwardTo,
            Hours businessHours) {
    }

    /**
     * Business hours: {@code timeZone} (an IANA zone id), {@code weekly} (day name to ranges such as
     * {@code "09:00-17:00"}), {@code closedDates} (ISO dates) and {@code afterHoursMessage} (a text, or texts by
     * language code with a {@code default}).
     */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hours(
            String timeZone,
            Map<String, List<String>> weekly,
            List<String> closedDates,
            JsonNode afterHoursMessage) {
    }

    /**
     * One handover action. {@code finalMessage} and {@code noReplyMessage} are a text, or texts by language code with
     * a {@code default}, as {@code afterHoursMessage}.
     */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(
            Boolean enabled,
            String handoverType,
            String triggerCondition,
            List<String> examples,
            Boolean assign,
            String assignToUserId,
            Boolean skipAssignToUser,
            Boolean createTask,
            String taskTitle,
            String taskDescription,
            Integer taskDueHours,
            JsonNode finalMessage,
            List<String> tags,
            Boolean reactivateEnabled,
            Double sleepTime,
            String sleepTimeUnit,
            Boolean createNote,
            Integer taskMessages,
            Double humanResponseTimeout,
            String humanResponseTimeoutUnit,
            String onNoReply,
            JsonNode noReplyMessage,
            String escalateToUserId,
            String escalationTag) {
    }
}
