package dev.handover.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.cloudwatchlogs.emf.model.MetricsContext;
import software.amazon.cloudwatchlogs.emf.sinks.ISink;

/**
 * The EMF sink of the tests, in place of stdout: keeps the documents the function wrote (the last 2,000, so that the
 * fuzz and chaos tests do not grow it without bound), as CloudWatch would receive them.
 */
@Singleton
public class EmfDocuments implements ISink {

    private static final int KEPT = 2_000;
    private final List<String> documents = new ArrayList<>();

    @Override
    public void accept(MetricsContext context) {
        try {
            List<String> serialized = context.serialize();
            synchronized (documents) {
                documents.addAll(serialized);
                while (documents.size() > KEPT) {
                    documents.remove(0);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CompletableFuture<Void> shutdown() {
        return CompletableFuture.completedFuture(null);
    }

    public void clear() {
        synchronized (documents) {
            documents.clear();
        }
    }

    /** Every document kept, parsed. */
    public List<JsonNode> all() {
        synchronized (documents) {
            return documents.stream().map(EmfDocuments::parse).toList();
        }
    }

    /** The documents that carry this metric. */
    public List<JsonNode> withMetric(String name) {
        return all().stream().filter(doc -> doc.has(name)).toList();
    }

    private static JsonNode parse(String text) {
        try {
            return Webhooks.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + text, e);
        }
    }
}
