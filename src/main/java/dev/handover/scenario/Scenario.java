package dev.handover.scenario;

/** Why a conversation is handed to a person; the names are the platform's {@code handoverType} values. */
public enum Scenario {
    CONTACT_REQUEST("contactRequest"),
    FAILED_TO_RESOLVE_ISSUE("failedToResolveIssue"),
    LACK_OF_INFORMATION("lackOfInformation");

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
