package dev.handover.observe;

import software.amazon.cloudwatchlogs.emf.environment.Environment;
import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.sinks.ISink;

/**
 * The one place the metrics go: the given sink (stdout on Lambda, where CloudWatch Logs extracts the EMF documents).
 * Fixed rather than probed, so that the library never looks for a CloudWatch agent or calls an instance metadata
 * endpoint, and adds no default dimensions of its own: every metric has exactly the dimensions {@link Metrics} says.
 */
final class EmfEnvironment implements Environment {

    private final ISink sink;

    EmfEnvironment(ISink sink) {
        this.sink = sink;
    }

    @Override
    public boolean probe() {
        return true;
    }

    @Override
    public String getName() {
        String function = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        return function == null ? "human-handover" : function;
    }

    @Override
    public String getType() {
        return "AWS::Lambda::Function";
    }

    @Override
    public String getLogGroupName() {
        return "";
    }

    @Override
    public void configureContext(MetricsContext context) {
        // Nothing to add: the library's Lambda environment would copy trace and version properties we do not need.
    }

    @Override
    public ISink getSink() {
        return sink;
    }
}
