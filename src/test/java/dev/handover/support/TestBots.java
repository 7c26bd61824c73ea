package dev.handover.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.handover.config.BotProfile;
import dev.handover.config.LocalizedText;
import dev.handover.config.PauseSettings;
import dev.handover.scenario.Scenario;

/**
 * {@link BotProfile} values for plain unit tests, built directly rather than read from a document. Every value not
 * named is the document's default (2 retries, threshold 0.5, 24 h pauses, 120 minutes reset).
 */
public final class TestBots {

    private TestBots() {
    }

    public static Builder bot(String botId) {
        return new Builder(botId);
    }

    /** A handover action with the document's defaults and these contact-request examples. */
    public static BotProfile.Handover handover(Scenario scenario, List<String> examples) {
        return new BotProfile.Handover(scenario, List.copyOf(examples), Optional.empty(), false, true,
                "Human handover: {scenario}", "will be created by AI", 24,
                LocalizedText.of("Thank you! Someone from the team will get back to you."), List.of("human_handover"),
                Optional.of(Duration.ofHours(24)), Optional.empty());
    }

    public static final class Builder {

        private final String botId;
        private Set<String> locationIds = Set.of();
        private boolean isDefault;
        private int maxRetries = 2;
        private double confidenceThreshold = 0.5;
        private Duration failedAttemptsReset = Duration.ofMinutes(120);
        private Optional<String> pauseTag = Optional.empty();
        private final Map<Scenario, BotProfile.Handover> handovers = new EnumMap<>(Scenario.class);

        private Builder(String botId) {
            this.botId = botId;
        }

        public Builder locations(String... ids) {
            locationIds = Set.of(ids);
            return this;
        }

        public Builder asDefault() {
            isDefault = true;
            return this;
        }

        public Builder maxRetries(int value) {
            maxRetries = value;
            return this;
        }

        public Builder confidenceThreshold(double value) {
            confidenceThreshold = value;
            return this;
        }

        public Builder failedAttemptsReset(Duration value) {
            failedAttemptsReset = value;
            return this;
        }

        /** Adds an action with default settings for each scenario. */
        public Builder handovers(Scenario... scenarios) {
            return handovers(Arrays.asList(scenarios));
        }

        public Builder handovers(Collection<Scenario> scenarios) {
            scenarios.forEach(scenario -> handovers.put(scenario, TestBots.handover(scenario, List.of())));
            return this;
        }

        /** Adds an action for the scenario with these examples (only contactRequest examples are matched). */
        public Builder handover(Scenario scenario, String... examples) {
            handovers.put(scenario, TestBots.handover(scenario, List.of(examples)));
            return this;
        }

        public Builder pauseTag(String tag) {
            pauseTag = Optional.of(tag);
            return this;
        }

        public BotProfile build() {
            return new BotProfile(botId, locationIds, isDefault, maxRetries, confidenceThreshold, true,
                    Optional.of(Duration.ofHours(24)), failedAttemptsReset, Optional.empty(), Optional.empty(),
                    Map.copyOf(handovers), false, new PauseSettings(pauseTag), Optional.empty(), Optional.empty());
        }
    }
}
