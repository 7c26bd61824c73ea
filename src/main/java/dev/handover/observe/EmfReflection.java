package dev.handover.observe;

import io.quarkus.runtime.annotations.RegisterForReflection;
import software.amazon.cloudwatchlogs.emf.model.DimensionSet;
import software.amazon.cloudwatchlogs.emf.serializers.InstantDeserializer;
import software.amazon.cloudwatchlogs.emf.serializers.InstantSerializer;
import software.amazon.cloudwatchlogs.emf.serializers.StorageResolutionFilter;
import software.amazon.cloudwatchlogs.emf.serializers.StorageResolutionSerializer;
import software.amazon.cloudwatchlogs.emf.serializers.UnitDeserializer;
import software.amazon.cloudwatchlogs.emf.serializers.UnitSerializer;

/**
 * The EMF library writes its documents with Jackson from annotated model classes and serializers: a native image
 * needs them registered for reflection (unverified here, like every native path). Four are package-private, so
 * they are named.
 */
@RegisterForReflection(classNames = { "software.amazon.cloudwatchlogs.emf.model.RootNode",
        "software.amazon.cloudwatchlogs.emf.model.Metadata", "software.amazon.cloudwatchlogs.emf.model.MetricDirective",
        "software.amazon.cloudwatchlogs.emf.model.MetricDefinition" }, targets = { DimensionSet.class,
        InstantSerializer.class, InstantDeserializer.class, UnitSerializer.class, UnitDeserializer.class,
        StorageResolutionSerializer.class, StorageResolutionFilter.class })
final class EmfReflection {

    private EmfReflection() {
    }
}
