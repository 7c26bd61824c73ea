package dev.handover.observe;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import software.amazon.cloudwatchlogs.emf.logger.MetricsLogger;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.model.Unit;
import software.amazon.cloudwatchlogs.emf.sinks.ISink;

/**
 * The function's metrics, as CloudWatch Embedded Metric Format documents in the log (aws-embedded-metrics-java): no
 * CloudWatch API call, no added latency beyond a line on stdout. One small document per fact, each with its own
 * dimensions, in namespace {@value #NAMESPACE}; the README's "Operate" section lists them for alarms and dashboards.
 * A metric that cannot be written is logged and dropped: it never fails an invocation.
 */
@ApplicationScoped
public class Metrics {

    public static final String NAMESPACE = "HumanHandover";
    private static final Logger LOG = Logger.getLogger(Metrics.class);

    private final EmfEnvironment environment;

    public Metrics(ISink sink) {
        this.environment = new EmfEnvironment(sink);
    }

    /**
     * The decision of one event: {@code Decisions} by decision and mode, and for a new handover {@code Handovers} by
     * scenario (and by scenario and bot).
     */
    public void decision(String decision, Optional<String> scenario, String botId, boolean shadow, boolean resumed) {
        String mode = shadow ? "shadow" : "live";
        emit(m -> m.setDimensions(DimensionSet.of("Decision", value(decision), "Mode", mode))
                .putMetric("Decisions", 1, Unit.COUNT), shadow);
        if (scenario.isPresent() && "handover".equals(decision) && !resumed) {
            emit(m -> m.setDimensions(DimensionSet.of("Scenario", value(scenario.get()), "Mode", mode),
                    DimensionSet.of("Scenario", value(scenario.get()), "BotId", value(botId), "Mode", mode))
                    .putMetric("Handovers", 1, Unit.COUNT), shadow);
        }
    }

    /**
     * An episode closed with an action that failed for good; once per episode, when it closes. Also without
     * dimensions: the roll-up the template's alarm watches.
     */
    public void episodeFailed(String scenario) {
        emit(m -> m.setDimensions(DimensionSet.of("Scenario", value(scenario)), new DimensionSet())
                .putMetric("EpisodesFailed", 1, Unit.COUNT), false);
    }

    /** An episode whose remaining actions were failed for good because the bot no longer has its action. */
    public void episodeAbandoned(String scenario) {
        emit(m -> m.setDimensions(DimensionSet.of("Scenario", value(scenario)))
                .putMetric("EpisodesAbandoned", 1, Unit.COUNT), false);
    }

    /** A 429 answered, so that HighLevel redelivers, and why: {@code actions_pending}, {@code store_unavailable}... */
    public void tooManyRequests(String reason) {
        emit(m -> m.setDimensions(DimensionSet.of("Reason", value(reason)))
                .putMetric("Answered429", 1, Unit.COUNT), false);
    }

    /**
     * The CRM attempts of an invocation: {@code CrmCalls} and, unless they succeeded, {@code CrmFailures}, by action
     * and status ({@code ok}, the HTTP status, {@code timeout} or {@code unreachable}).
     */
    public void crmCalls(CrmTally tally) {
        tally.drain().forEach((key, count) -> emit(m -> {
            String status = CrmTally.status(key);
            m.setDimensions(DimensionSet.of("Action", value(CrmTally.action(key)), "Status", value(status)))
                    .putMetric("CrmCalls", count, Unit.COUNT);
            if (!"ok".equals(status)) {
                m.putMetric("CrmFailures", count, Unit.COUNT);
            }
        }, false));
    }

    /**
     * The attempts of one forward to a bot behind the function: {@code Forwards} by status ({@code ok}, the HTTP
     * status, {@code timeout} or {@code unreachable}), and by bot and status.
     */
    public void forwards(String botId, Map<String, Integer> attemptsByStatus) {
        attemptsByStatus.forEach((status, count) -> emit(m -> m.setDimensions(DimensionSet.of("Status", value(status)),
                DimensionSet.of("BotId", value(botId), "Status", value(status)))
                .putMetric("Forwards", count, Unit.COUNT), false));
    }

    /** The invocation's latency from the handler's start to its answer, by path and HTTP status. */
    public void latency(String path, int status, long millis) {
        emit(m -> m.setDimensions(DimensionSet.of("Path", value(path)))
                .putMetric("Latency", millis, Unit.MILLISECONDS)
                .putProperty("status", status), false);
    }

    private void emit(Consumer<MetricsLogger> metric, boolean shadow) {
        try {
            MetricsLogger logger = new MetricsLogger(environment);
            logger.setNamespace(NAMESPACE);
            metric.accept(logger);
            String requestId = LogFields.get(LogFields.REQUEST_ID);
            if (requestId != null) {
                logger.putProperty(LogFields.REQUEST_ID, requestId);
            }
            if (shadow) {
                logger.putProperty(LogFields.SHADOW, true);
            }
            logger.flush();
        } catch (RuntimeException e) {
            LOG.warnf("metric not written: %s", e.getClass().getSimpleName());
        }
    }

    /** EMF dimension values must be non-blank ASCII of at most 1,024 characters; anything else is {@code other}. */
    static String value(String text) {
        if (text == null || text.isBlank() || text.length() > 256 || !text.chars().allMatch(c -> c > 31 && c < 127)) {
            return "other";
        }
        return text;
    }
}
