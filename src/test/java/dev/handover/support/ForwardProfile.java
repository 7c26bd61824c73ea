package dev.handover.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs the function with bots behind it (bots-forward-test.yaml, see {@link BotWebhookResource}) and a forward that
 * gives up on a silent bot after 1 s, so that a test of the timeout path takes seconds.
 */
public class ForwardProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("handover.forward.timeout", "PT1S");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(BotWebhookResource.class));
    }
}
