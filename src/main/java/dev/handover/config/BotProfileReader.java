package dev.handover.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

import dev.handover.aws.SecretReadException;
import dev.handover.config.BotsDocument.Action;
import dev.handover.config.BotsDocument.Bot;
import dev.handover.scenario.Scenario;

/**
 * Validates a {@link BotsDocument} and turns it into {@link BotProfile}s. Every rule violation is collected, so that
 * one start-up names all of them.
 */
public final class BotProfileReader {

    /**
     * The platform's limit of three handover actions per bot: the three pre-built scenarios, or, with the model-based
     * classifier, some of them and a custom one.
     */
    public static final int MAX_ACTIONS = 3;
    /** Longer pauses are surely a mistake of unit; an indefinite pause is spelled reactivateEnabled: false. */
    static final Duration MAX_PAUSE = Duration.ofDays(3650);
    /** The closing message when the action does not say. */
    static final String DEFAULT_FINAL_MESSAGE = "Thank you! Someone from the team will get back to you.";

    private final SecretReferences secrets;
    private final boolean classifierEnabled;

    /** A reader for a deployment without the model-based classifier: custom actions are refused. */
    public BotProfileReader(Function<String, String> environment) {
        this(environment, false);
    }

    /** A reader whose secret references name environment variables only ({@code secretsmanager:} is refused). */
    public BotProfileReader(Function<String, String> environment, boolean classifierEnabled) {
        this(new SecretReferences(environment, secretId -> {
            throw new SecretReadException("secret " + secretId + " cannot be read here", false);
        }), classifierEnabled);
    }

    /**
     * @param secrets resolves {@code env:NAME} and {@code secretsmanager:...} secret references
     * @param classifierEnabled the model-based classifier is on ({@code handover.classifier.enabled}), so that
     *        {@code handoverType: custom} actions with a {@code triggerCondition} are accepted
     */
    public BotProfileReader(SecretReferences secrets, boolean classifierEnabled) {
        this.secrets = secrets;
        this.classifierEnabled = classifierEnabled;
    }

    public List<BotProfile> read(BotsDocument document) {
        List<String> problems = new ArrayList<>();
        if (document == null || document.bots() == null || document.bots().isEmpty()) {
            throw new BotConfigException(List.of("bots: the document lists no bot"));
        }
        List<BotProfile> profiles = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < document.bots().size(); i++) {
            Bot bot = document.bots().get(i);
            if (bot == null) {
                problems.add("bots[" + i + "]: is empty");
                continue;
            }
            String name = bot.botId() == null || bot.botId().isBlank() ? "bots[" + i + "]" : "bot '" + bot.botId() + "'";
            Problems botProblems = new Problems(name, problems);
            if (bot.botId() == null || bot.botId().isBlank()) {
                botProblems.add("botId", "is required");
            } else if (!ids.add(bot.botId())) {
                botProblems.add("botId", "is used by another bot; bot ids must be unique");
            }
            profiles.add(profile(bot, botProblems));
        }
        checkDefaults(profiles, problems);
        if (!problems.isEmpty()) {
            throw new BotConfigException(problems);
        }
        return profiles;
    }

    private BotProfile profile(Bot bot, Problems problems) {
        int maxRetries = orDefault(bot.maxRetries(), 2);
        if (maxRetries < 1) {
            problems.add("maxRetries", "must be at least 1 (found " + maxRetries + ")");
        }
        double threshold = orDefault(bot.confidenceThreshold(), 0.5);
        if (threshold < 0 || threshold > 1) {
            problems.add("confidenceThreshold", "must be between 0 and 1 (found " + threshold + ")");
        }
        int resetMinutes = orDefault(bot.failedAttemptsResetMinutes(), 120);
        if (resetMinutes < 0) {
            problems.add("failedAttemptsResetMinutes", "must not be negative (found " + resetMinutes + ")");
        }
        if (bot.manualMessageSleepTime() == null && bot.manualMessageSleepTimeUnit() != null) {
            unit(bot.manualMessageSleepTimeUnit(), "manualMessageSleepTime", problems);
        }
        Optional<Duration> manualSleep = bot.manualMessageSleepTime() == null ? Optional.of(Duration.ofHours(24))
                : duration(bot.manualMessageSleepTime(), bot.manualMessageSleepTimeUnit(), "manualMessageSleepTime",
                        problems);
        Map<Scenario, BotProfile.Handover> handovers = handovers(bot.actions(), problems);
        Set<String> locations = new LinkedHashSet<>(bot.locationIds() == null ? List.of() : bot.locationIds());
        return new BotProfile(String.valueOf(bot.botId()), Set.copyOf(locations), Boolean.TRUE.equals(bot.isDefault()),
                maxRetries, threshold, orDefault(bot.sleepOnManualMessage(), true), manualSleep,
                Duration.ofMinutes(Math.max(0, resetMinutes)),
                secret(bot.eventSecret(), "eventSecret", problems), secret(bot.workflowSecret(), "workflowSecret", problems),
                handovers, Boolean.TRUE.equals(bot.shadow()), PauseSettingsReader.read(bot.pauseTag(),
                        handovers.values().stream().flatMap(handover -> handover.keptTags().stream()).toList(),
                        problems::add), ForwardTarget.read(bot, secrets.environment(), problems::add),
                BusinessHoursReader.read(bot.businessHours(), problems::add));
    }

    private Map<Scenario, BotProfile.Handover> handovers(List<Action> actions, Problems problems) {
        Map<Scenario, BotProfile.Handover> result = new EnumMap<>(Scenario.class);
        if (actions == null || actions.isEmpty()) {
            problems.add("actions", "must list at least one handover action");
            return result;
        }
        // Disabled actions (a platform export may carry them, custom ones included) neither count nor are checked.
        long enabled = actions.stream().filter(action -> action != null && !Boolean.FALSE.equals(action.enabled()))
                .count();
        if (enabled > MAX_ACTIONS) {
            problems.add("actions", "has " + enabled + " enabled entries; at most " + MAX_ACTIONS
                    + " handover actions per bot");
        }
        if (enabled == 0) {
            problems.add("actions", "are all disabled, so the bot would never hand over");
        }
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            Problems at = problems.at("actions[" + i + "]");
            if (action == null) {
                problems.add("actions[" + i + "]", "is empty");
                continue;
            }
            if (Boolean.FALSE.equals(action.enabled())) {
                continue;
            }
            Optional<Scenario> scenario = scenario(action.handoverType(), at);
            if (scenario.isEmpty()) {
                continue;
            }
            if (result.containsKey(scenario.get())) {
                at.add("handoverType", "'" + action.handoverType() + "' is configured twice; one action per scenario");
                continue;
            }
            result.put(scenario.get(), handover(scenario.get(), action, at));
        }
        return result;
    }

    private Optional<Scenario> scenario(String type, Problems problems) {
        if (type == null) {
            problems.add("handoverType", classifierEnabled
                    ? "is required (contactRequest, lackOfInformation, failedToResolveIssue, frustration or custom)"
                    : "is required (contactRequest, lackOfInformation, failedToResolveIssue or frustration)");
            return Optional.empty();
        }
        if (Scenario.CUSTOM.id().equals(type) && !classifierEnabled) {
            problems.add("handoverType", "'custom' needs the model-based classifier, which is not enabled; use "
                    + "contactRequest, lackOfInformation, failedToResolveIssue or frustration");
            return Optional.empty();
        }
        for (Scenario scenario : Scenario.values()) {
            if (scenario.id().equals(type)) {
                return Optional.of(scenario);
            }
        }
        problems.add("handoverType", "'" + type + "' is not a known scenario (contactRequest, lackOfInformation, "
                + "failedToResolveIssue, frustration" + (classifierEnabled ? ", custom)" : ")"));
        return Optional.empty();
    }

    private static BotProfile.Handover handover(Scenario scenario, Action action, Problems problems) {
        Optional<String> userId = Optional.ofNullable(action.assignToUserId()).filter(id -> !id.isBlank());
        boolean assign = orDefault(action.assign(), userId.isPresent());
        if (assign && userId.isEmpty()) {
            problems.add("assignToUserId", "is required when assignment is on (set assign: false to leave the owner "
                    + "alone)");
        }
        if (Boolean.TRUE.equals(action.skipAssignToUser()) && userId.isEmpty()) {
            problems.add("skipAssignToUser", "needs assignToUserId: it only decides whether an existing owner is kept");
        }
        Optional<String> triggerCondition = Optional.empty();
        if (scenario == Scenario.CUSTOM) {
            triggerCondition = Optional.ofNullable(action.triggerCondition()).map(String::strip)
                    .filter(text -> !text.isEmpty());
            if (triggerCondition.isEmpty()) {
                problems.add("triggerCondition", "is required for a custom action: the condition, in plain words, "
                        + "that the model checks each customer message against");
            }
        }
        int dueHours = TaskSettingsReader.dueHours(action, problems::add);
        Optional<Duration> pause;
        if (Boolean.FALSE.equals(action.reactivateEnabled())) {
            pause = Optional.empty();
        } else if (action.sleepTime() == null) {
            if (action.sleepTimeUnit() != null) {
                unit(action.sleepTimeUnit(), "sleepTime", problems);
            }
            pause = Optional.of(Duration.ofHours(24));
        } else {
            pause = duration(action.sleepTime(), action.sleepTimeUnit(), "sleepTime", problems);
        }
        LocalizedText finalMessage = LocalizedTextReader.read(action.finalMessage(), "finalMessage",
                DEFAULT_FINAL_MESSAGE, LocalizedTextReader.Rules.OPTIONAL_MESSAGE, problems::add)
                .orElse(LocalizedText.NONE);
        return new BotProfile.Handover(scenario, action.examples() == null ? List.of() : List.copyOf(action.examples()),
                assign ? userId : Optional.empty(), Boolean.TRUE.equals(action.skipAssignToUser()),
                orDefault(action.createTask(), true),
                orDefault(action.taskTitle(), "Human handover: {scenario}"),
                TaskSettingsReader.description(action, problems::add),
                Math.max(0, dueHours),
                finalMessage,
                action.tags() == null ? List.of("human_handover") : List.copyOf(action.tags()),
                pause, triggerCondition, TaskSettingsReader.note(action),
                TaskSettingsReader.messages(action, problems::add),
                NoReplySettingsReader.read(action, pause, finalMessage, problems::add));
    }

    private static Optional<Duration> duration(double amount, String unit, String field, Problems problems) {
        if (amount < 0) {
            problems.add(field, "must not be negative (found " + amount + ")");
            return Optional.of(Duration.ZERO);
        }
        Duration duration = Duration.ofSeconds(Math.round(Math.min(amount * unit(unit, field, problems),
                Long.MAX_VALUE / 2.0)));
        if (duration.compareTo(MAX_PAUSE) > 0) {
            problems.add(field, "is longer than " + MAX_PAUSE.toDays() + " days; pause until resumed with "
                    + "reactivateEnabled: false instead");
            return Optional.of(MAX_PAUSE);
        }
        return Optional.of(duration);
    }

    /** Seconds in a unit; a missing unit means hours, as the platform's agent sleep time. */
    private static long unit(String unit, String field, Problems problems) {
        OptionalLong seconds = SleepUnits.seconds(unit);
        if (seconds.isEmpty()) {
            problems.add(field + "Unit", "'" + unit + "' is not one of " + SleepUnits.NAMES);
        }
        return seconds.orElse(0);
    }

    private Optional<String> secret(String value, String field, Problems problems) {
        return secrets.resolve(value, problems::add, field);
    }

    /** HighLevel webhooks name a location, not a bot: each location needs one bot to route them to. */
    private static void checkDefaults(List<BotProfile> profiles, List<String> problems) {
        Map<String, List<BotProfile>> byLocation = new HashMap<>();
        for (BotProfile profile : profiles) {
            if (profile.locationIds().isEmpty()) {
                byLocation.computeIfAbsent("*", key -> new ArrayList<>()).add(profile);
            }
            profile.locationIds().forEach(location -> byLocation.computeIfAbsent(location, key -> new ArrayList<>())
                    .add(profile));
        }
        byLocation.forEach((location, bots) -> {
            long defaults = bots.stream().filter(BotProfile::isDefault).count();
            if (bots.size() > 1 && defaults != 1) {
                problems.add("location '" + location + "': bots " + bots.stream().map(BotProfile::botId).toList()
                        + " share it, so exactly one of them needs isDefault: true (found " + defaults + ")");
            }
        });
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** Collects problems prefixed with the bot and the path of the field. */
    private record Problems(String prefix, String path, List<String> sink) {

        Problems(String prefix, List<String> sink) {
            this(prefix, "", sink);
        }

        void add(String field, String rule) {
            sink.add(prefix + ": " + path + field + " " + rule);
        }

        Problems at(String element) {
            return new Problems(prefix, path + element + ".", sink);
        }
    }
}
