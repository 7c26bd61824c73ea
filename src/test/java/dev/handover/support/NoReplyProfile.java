package dev.handover.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs the function with the bots of src/test/resources/bots-noreply-test.yaml: handovers nobody answers. */
public class NoReplyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("handover.bots.file", "src/test/resources/bots-noreply-test.yaml");
    }
}
