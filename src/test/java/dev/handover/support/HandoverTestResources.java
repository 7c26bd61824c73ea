package dev.handover.support;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts what the function talks to in {@code @QuarkusTest}s: dynalite as DynamoDB and WireMock as the CRM, both on
 * free loopback ports, and points the function at them and at this run's signing keys. The same WireMock stands in
 * for Amazon Bedrock when a test profile enables the classifier (it is off otherwise), which signs its calls with
 * static test credentials given as the SDK's system properties.
 */
public class HandoverTestResources implements QuarkusTestResourceLifecycleManager {

    /** System property that carries WireMock's port to the tests, which run in another class loader. */
    public static final String CRM_PORT = "handovertest.crm-port";

    private static final String ACCESS_KEY = "aws.accessKeyId";
    private static final String SECRET_KEY = "aws.secretAccessKey";

    private Dynalite dynalite;
    private WireMockServer crm;
    private boolean setCredentials;

    @Override
    public Map<String, String> start() {
        TestKeys.ensureGenerated();
        dynalite = Dynalite.start();
        crm = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(40).extensions(new FakeHighLevel()));
        crm.start();
        System.setProperty(CRM_PORT, Integer.toString(crm.port()));
        if (System.getProperty(ACCESS_KEY) == null && System.getProperty(SECRET_KEY) == null) {
            System.setProperty(ACCESS_KEY, "AKIDTESTCLASSIFIER");
            System.setProperty(SECRET_KEY, "test-secret-key");
            setCredentials = true;
        }
        return Map.of(
                "handover.dynamodb.endpoint", dynalite.endpoint(),
                "handover.crm.base-url", crm.baseUrl(),
                "handover.classifier.endpoint", crm.baseUrl(),
                "handover.webhook.ed25519-public-key", TestKeys.ed25519PublicKey(),
                "handover.webhook.rsa-public-key", TestKeys.rsaPublicKey());
    }

    @Override
    public void stop() {
        if (setCredentials) {
            System.clearProperty(ACCESS_KEY);
            System.clearProperty(SECRET_KEY);
            setCredentials = false;
        }
        if (crm != null) {
            crm.stop();
        }
        if (dynalite != null) {
            dynalite.close();
        }
    }
}
