package dev.handover.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The model-based classifier on, against the WireMock that {@link HandoverTestResources} points
 * {@code handover.classifier.endpoint} at, with the bots of src/test/resources/bots-classifier-test.yaml and a
 * timeout short enough for a slow-model test.
 */
public class ClassifierProfile implements QuarkusTestProfile {

    public static final String MODEL_ID = "anthropic.claude-3-haiku-20240307-v1:0";
    public static final long TIMEOUT_MILLIS = 800;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "handover.bots.file", "src/test/resources/bots-classifier-test.yaml",
                "handover.classifier.enabled", "true",
                "handover.classifier.model-id", MODEL_ID,
                "handover.classifier.region", "us-east-1",
                "handover.classifier.timeout", "PT" + TIMEOUT_MILLIS / 1000.0 + "S",
                "handover.classifier.max-text-chars", "200");
    }
}
