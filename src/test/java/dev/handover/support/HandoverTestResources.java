package dev.handover.support;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts what the function talks to in {@code @QuarkusTest}s: dynalite as DynamoDB and WireMock as the CRM, both on
 * free loopback ports, and points the function at them and at this run's signing keys.
 */
public class HandoverTestResources implements QuarkusTestResourceLifecycleManager {

    /** System property that carries WireMock's port to the tests, which run in another class loader. */
    public static final String CRM_PORT = "handovertest.crm-port";

    private Dynalite dynalite;
    private WireMockServer crm;

    @Override
    public Map<String, String> start() {
        TestKeys.ensureGenerated();
        dynalite = Dynalite.start();
        crm = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(40).extensions(new FakeHighLevel()));
        crm.start();
        System.setProperty(CRM_PORT, Integer.toString(crm.port()));
        return Map.of(
                "handover.dynamodb.endpoint", dynalite.endpoint(),
                "handover.crm.base-url", crm.baseUrl(),
                "handover.webhook.ed25519-public-key", TestKeys.ed25519PublicKey(),
                "handover.webhook.rsa-public-key", TestKeys.rsaPublicKey());
    }

    @Override
    public void stop() {
        if (crm != null) {
            crm.stop();
        }
        if (dynalite != null) {
            dynalite.close();
        }
    }
}
