package dev.handover.aws;

import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import dev.handover.support.AwsStub;

/**
 * {@link SecretReader} against WireMock speaking Secrets Manager's JSON protocol, through the real SDK client: the
 * value as stored, and each way a read fails with a message that names the secret and the service's error, never a
 * value: no such secret and no permission (for good), throttling and a 5xx (retried by the SDK, then retryable),
 * Secrets Manager not reachable.
 */
class SecretReaderTest {

    private static final String ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:handover/test-AbCdEf";
    private static final String VALUE = "the-value-under-test-" + "4f1c";
    private static WireMockServer server;
    private static WireMock aws;
    private static String accessKey;
    private static String secretKey;

    private SecretReader reader;

    @BeforeAll
    static void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        aws = new WireMock("127.0.0.1", server.port());
        accessKey = System.setProperty("aws.accessKeyId", "AKIDTESTCLASSIFIER");
        secretKey = System.setProperty("aws.secretAccessKey", "test-secret-key");
    }

    @AfterAll
    static void stop() {
        server.stop();
        restore("aws.accessKeyId", accessKey);
        restore("aws.secretAccessKey", secretKey);
    }

    @BeforeEach
    void fresh() {
        aws.resetMappings();
        aws.resetRequests();
        aws.resetScenarios();
        reader = new SecretReader(endpoint(server.baseUrl()));
    }

    @Test
    void secret_shouldBeReadAsStored() {
        AwsStub.secretValue(aws, ARN, VALUE);

        assertThat(reader.read(ARN)).isEqualTo(VALUE);
        assertThat(AwsStub.requests(aws, AwsStub.GET_SECRET)).hasSize(1);
    }

    @Test
    void missingSecret_shouldFailForGoodNamingIt() {
        AwsStub.secretError(aws, ARN, 400, "ResourceNotFoundException");

        SecretReadException failure = failure();

        assertThat(failure).hasMessage("secret " + ARN + " cannot be read: ResourceNotFoundException (HTTP 400)");
        assertThat(failure.retryable()).isFalse();
    }

    @Test
    void accessDenied_shouldFailForGoodNamingIt() {
        AwsStub.secretError(aws, ARN, 400, "AccessDeniedException");

        SecretReadException failure = failure();

        assertThat(failure).hasMessage("secret " + ARN + " cannot be read: AccessDeniedException (HTTP 400)");
        assertThat(failure.retryable()).isFalse();
        assertThat(AwsStub.requests(aws, AwsStub.GET_SECRET)).hasSize(1);
    }

    @Test
    void throttling_shouldBeRetriedByTheSdkThenReportedRetryable() {
        AwsStub.secretError(aws, ARN, 400, "ThrottlingException");

        SecretReadException failure = failure();

        assertThat(failure).hasMessage("secret " + ARN + " cannot be read: ThrottlingException (HTTP 400)");
        assertThat(failure.retryable()).isTrue();
        assertThat(AwsStub.requests(aws, AwsStub.GET_SECRET)).hasSizeGreaterThan(1);
    }

    @Test
    void throttledOnce_shouldStillBeRead() {
        AwsStub.secretValue(aws, ARN, VALUE);
        // the newest matching stub answers first: throttled, then, in the next state, only the value matches
        aws.register(AwsStub.getSecret(ARN).inScenario("throttle").whenScenarioStateIs(STARTED)
                .willReturn(WireMock.aResponse().withStatus(400).withBody("{\"__type\":\"ThrottlingException\"}"))
                .willSetStateTo("answered"));

        assertThat(reader.read(ARN)).isEqualTo(VALUE);
        assertThat(AwsStub.requests(aws, AwsStub.GET_SECRET)).hasSize(2);
    }

    @Test
    void serverError_shouldBeRetryable() {
        AwsStub.secretError(aws, ARN, 500, "InternalServiceError");

        SecretReadException failure = failure();

        assertThat(failure).hasMessage("secret " + ARN + " cannot be read: InternalServiceError (HTTP 500)");
        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void unreachableSecretsManager_shouldBeRetryable() {
        reader = new SecretReader(endpoint("http://127.0.0.1:1"));

        SecretReadException failure = failure();

        assertThat(failure.getMessage()).startsWith("secret " + ARN + " cannot be read: Secrets Manager not reachable (");
        assertThat(failure.retryable()).isTrue();
    }

    private SecretReadException failure() {
        SecretReadException failure = catchThrowableOfType(SecretReadException.class, () -> reader.read(ARN));
        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).doesNotContain(VALUE);
        return failure;
    }

    static AwsConfig endpoint(String url) {
        return new AwsConfig() {
            @Override
            public Optional<String> region() {
                return Optional.of("us-east-1");
            }

            @Override
            public Optional<String> secretsManagerEndpoint() {
                return Optional.of(url);
            }

            @Override
            public Optional<String> ssmEndpoint() {
                return Optional.empty();
            }
        };
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, previous);
        }
    }
}
