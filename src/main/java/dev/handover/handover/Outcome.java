package dev.handover.handover;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.handover.conversation.ConversationState;

/**
 * What the function answers for one event.
 *
 * @param status the HTTP status: 200 when the event is durably handled, 429 when a redelivery should finish it
 * @param decision {@code handover}, {@code none}, {@code paused}, {@code duplicate} or {@code ignored}
 * @param pausedUntil empty when not paused; {@link Instant#MAX} when paused indefinitely
 * @param shadow the bot is in shadow mode: the decision was made and recorded, but nothing was written to the CRM
 *        and nothing paused
 * @param gate for a customer message of a bot behind the function: whether it was forwarded or held
 */
public record Outcome(int status, String decision, Optional<String> scenario, String reason, boolean botPaused,
        Optional<Instant> pausedUntil, List<ActionReport> actions, boolean shadow, Optional<GateReport> gate) {

    public static Outcome of(String decision, Optional<String> scenario, String reason, ConversationState state,
            Instant now, List<ActionReport> actions) {
        boolean paused = state.pausedAt(now);
        boolean retry = actions.stream().anyMatch(ActionReport::awaitsRetry);
        return new Outcome(retry ? 429 : 200, decision, scenario, reason, paused,
                paused ? state.pausedUntil() : Optional.empty(), actions, false, Optional.empty());
    }

    public static Outcome simple(String decision, String reason, ConversationState state, Instant now) {
        return of(decision, Optional.empty(), reason, state, now, List.of());
    }

    public static Outcome ignored(String reason) {
        return new Outcome(200, "ignored", Optional.empty(), reason, false, Optional.empty(), List.of(), false,
                Optional.empty());
    }

    /** The same outcome, said to be a shadow bot's. */
    public Outcome asShadow() {
        return new Outcome(status, decision, scenario, reason, botPaused, pausedUntil, actions, true, gate);
    }

    /** The same outcome with what the gate did; a failed forward asks for a redelivery. */
    public Outcome withGate(GateReport report) {
        return new Outcome(report.isFailed() ? 429 : status, decision, scenario, reason, botPaused, pausedUntil,
                actions, shadow, Optional.of(report));
    }
}
