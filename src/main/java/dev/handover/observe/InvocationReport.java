package dev.handover.observe;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.handover.ActionReport;
import dev.handover.handover.GateReport;
import dev.handover.handover.Outcome;

/**
 * What an invocation's answer tells the operator: the decision line's log fields ({@code decision}, {@code scenario},
 * {@code reason}, {@code actions} as {@code action=status} pairs, {@code status}, {@code durationMs}, {@code error})
 * and the invocation's metrics. Ids and decisions only: the reason names rules, never the customer's words.
 */
@ApplicationScoped
public class InvocationReport {

    public static final String DECISION = "decision";
    public static final String SCENARIO = "scenario";
    public static final String REASON = "reason";
    public static final String ACTIONS = "actions";
    public static final String STATUS = "status";
    public static final String DURATION_MS = "durationMs";
    public static final String ERROR = "error";
    /** What the gate did with a customer message of a bot behind the function: forwarded, held or failed. */
    public static final String FORWARD = "forward";

    private final Metrics metrics;

    public InvocationReport(Metrics metrics) {
        this.metrics = metrics;
    }

    /**
     * Puts the decision line's fields and writes the metrics of one answer.
     *
     * @param outcome the event's outcome, or null for a refused or failed request
     * @param error the error code of a refused or failed request, or null
     */
    public void answered(String route, Outcome outcome, String error, int status, long millis) {
        LogFields.put(STATUS, status);
        LogFields.put(DURATION_MS, millis);
        if (outcome != null) {
            LogFields.put(DECISION, outcome.decision());
            LogFields.put(SCENARIO, outcome.scenario().orElse(null));
            LogFields.put(REASON, outcome.reason());
            LogFields.put(ACTIONS, outcome.actions().stream().map(a -> a.action() + "=" + a.status())
                    .collect(Collectors.joining(",")));
            if (outcome.shadow()) {
                LogFields.put(LogFields.SHADOW, true);
            }
            outcome.gate().ifPresent(gate -> LogFields.put(FORWARD, gate.result()));
            metrics.decision(outcome.decision(), outcome.scenario(), LogFields.get(LogFields.BOT_ID),
                    outcome.shadow(), outcome.reason().startsWith("resumed:"));
        }
        if (error != null) {
            LogFields.put(ERROR, error);
        }
        if (status == 429) {
            metrics.tooManyRequests(error != null ? error : pendingReason(outcome));
        }
        if (CrmTally.current() != null) {
            metrics.crmCalls(CrmTally.current());
        }
        metrics.latency(route, status, millis);
    }

    /**
     * Why an outcome asks for a redelivery: the invocation ran out of time, the CRM could not finish an action, or the
     * bot behind the function did not take its message.
     */
    private static String pendingReason(Outcome outcome) {
        if (outcome != null && outcome.gate().filter(GateReport::isFailed).isPresent()) {
            return "forward_failed";
        }
        boolean outOfTime = outcome != null && outcome.actions().stream().filter(ActionReport::awaitsRetry)
                .anyMatch(a -> a.detail() != null && (a.detail().contains("no time left")
                        || a.detail().contains("deadline") || a.detail().contains("had left")));
        return outOfTime ? "deadline" : "actions_pending";
    }
}
