package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import dev.handover.support.AwsStub;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A bot secret in Secrets Manager that cannot be read stops the application at start-up, the way a broken rule
 * does: Secrets Manager (WireMock speaking its JSON protocol, through the real SDK client) refuses one secret
 * (access denied) and keeps throttling another past the SDK's retries; the failure names both references and
 * secrets, and neither a value nor a request is ever served.
 */
class UnreadableBotSecretStartupTest {

    private static final String DENIED = "arn:aws:secretsmanager:us-east-1:123456789012:secret:denied-AbCdEf";
    private static final String THROTTLED = "human-handover/throttled";
    private static final WireMockServer AWS = start();

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> BotDirectoryApplication.with(jar,
                    BrokenBotsDocumentStartupTest.StandInHandler.class))
            .overrideConfigKey("handover.bots.document", """
                    bots:
                      - botId: sales
                        eventSecret: secretsmanager:%s#sales
                        workflowSecret: secretsmanager:%s
                        actions:
                          - {handoverType: contactRequest, assign: false}
                    """.formatted(DENIED, THROTTLED))
            .overrideConfigKey("handover.aws.region", "us-east-1")
            .overrideConfigKey("handover.aws.secrets-manager-endpoint", AWS.baseUrl())
            .overrideConfigKey("quarkus.devservices.enabled", "false")
            .overrideConfigKey("handover.classifier.enabled", "false")
            .assertException(UnreadableBotSecretStartupTest::namesBothSecrets);

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
                .dynamicPort());
        server.start();
        WireMock aws = new WireMock("127.0.0.1", server.port());
        AwsStub.secretError(aws, DENIED, 400, "AccessDeniedException");
        AwsStub.secretError(aws, THROTTLED, 400, "ThrottlingException");
        System.setProperty("aws.accessKeyId", System.getProperty("aws.accessKeyId", "AKIDTESTCLASSIFIER"));
        System.setProperty("aws.secretAccessKey", System.getProperty("aws.secretAccessKey", "test-secret-key"));
        return server;
    }

    @Test
    void startUp_shouldFail() {
        fail("the application started with an unreadable bot secret");
    }

    private static void namesBothSecrets(Throwable failure) {
        Throwable config = failure;
        while (config != null && !config.getClass().getName().equals(BotConfigException.class.getName())) {
            config = config.getCause();
        }
        AWS.stop();
        assertThat(config).as("a BotConfigException among the causes of %s", failure).isNotNull();
        assertThat(config.getMessage().lines().skip(1).toList()).containsExactly(
                "  - bot 'sales': eventSecret refers to Secrets Manager secret " + DENIED
                        + " cannot be read: AccessDeniedException (HTTP 400)",
                "  - bot 'sales': workflowSecret refers to Secrets Manager secret " + THROTTLED
                        + " cannot be read: ThrottlingException (HTTP 400)");
    }
}
