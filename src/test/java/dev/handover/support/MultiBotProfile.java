package dev.handover.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs the function with the bots document of src/test/resources/bots-test.yaml instead of the single bot. */
public class MultiBotProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("handover.bots.file", "src/test/resources/bots-test.yaml");
    }
}
