package dev.handover.scenario;

/**
 * Why a conversation is handed to a person; the names are the platform's {@code handoverType} values (and this
 * function's own {@link #FRUSTRATION}, off unless a bot has an action for it), in priority order. {@link #CUSTOM} (a
 * natural-language trigger condition) is decided by the optional model-based classifier, not by the rules of
 * {@link ScenarioEngine}, and only when none of the others fired.
 */
public enum Scenario {
    CONTACT_REQUEST("contactRequest"),
    FRUSTRATION("frustration"),
    FAILED_TO_RESOLVE_ISSUE("failedToResolveIssue"),
    LACK_OF_INFORMATION("lackOfInformation"),
    CUSTOM("custom");

    private final String id;

    Scenario(String id) {
        this.id = id;
    }

    public static java.util.Optional<Scenario> fromId(String id) {
        for (Scenario scenario : values()) {
            if (scenario.id.equals(id)) {
                return java.util.Optional.of(scenario);
            }
        }
        return java.util.Optional.empty();
    }

    /** The platform's name for the scenario, used in responses, logs and config. */
    public String id() {
        return id;
    }
}
