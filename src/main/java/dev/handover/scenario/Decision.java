package dev.handover.scenario;

import java.util.Optional;

/**
 * What the scenario checks decided for one event.
 *
 * @param scenario the scenario that fired, when {@code handover}
 * @param reason which rule decided, machine-readable
 */
public record Decision(boolean handover, Optional<Scenario> scenario, String reason) {

    public static Decision none(String reason) {
        return new Decision(false, Optional.empty(), reason);
    }

    public static Decision handover(Scenario scenario, String reason) {
        return new Decision(true, Optional.of(scenario), reason);
    }
}
