package dev.handover.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Short CRM and DynamoDB timeouts and backoff, so that injected slow responses and retries fit a test run. */
public class ChaosProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.rest-client.highlevel.read-timeout", "300",
                "handover.crm.retry-base-delay", "PT0.005S",
                "handover.crm.retry-max-delay", "PT0.2S",
                "handover.crm.time-budget", "PT3S",
                // Injected DynamoDB stalls outlast this attempt timeout (see ChaosTest), so the SDK retries them.
                "quarkus.dynamodb.api-call-attempt-timeout", "500MS",
                // Thousands of deliveries: keep the per-delivery lines out of the test output.
                "quarkus.log.category.\"dev.handover\".level", "ERROR");
    }
}
