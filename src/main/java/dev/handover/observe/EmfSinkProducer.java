package dev.handover.observe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;
import software.amazon.cloudwatchlogs.emf.sinks.ConsoleSink;
import software.amazon.cloudwatchlogs.emf.sinks.ISink;

/**
 * The library's console sink: each EMF document as one line on stdout, beside the JSON log lines, which is where the
 * Lambda runtime hands both to CloudWatch Logs. Tests replace it with a sink that keeps the documents.
 */
@ApplicationScoped
class EmfSinkProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    ISink emfSink() {
        return new ConsoleSink();
    }
}
