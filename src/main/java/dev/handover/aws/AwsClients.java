package dev.handover.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Builds the SDK clients of the configuration sources on the url-connection HTTP client (small, native-ready, the
 * one the DynamoDB client uses), with the default credentials chain (the function's role in Lambda). They are read
 * at init and rarely after, so short timeouts: a slow answer fails the read, which the caller reports.
 */
public final class AwsClients {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    private AwsClients() {
    }

    public static SecretsManagerClient secretsManager(AwsConfig config) {
        return configured(SecretsManagerClient.builder(), config, config.secretsManagerEndpoint());
    }

    public static SsmClient ssm(AwsConfig config) {
        return configured(SsmClient.builder(), config, config.ssmEndpoint());
    }

    private static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C configured(B builder,
            AwsConfig config, Optional<String> endpoint) {
        builder.httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(TIMEOUT).socketTimeout(TIMEOUT))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .overrideConfiguration(override -> override.apiCallTimeout(CALL_TIMEOUT));
        config.region().filter(region -> !region.isBlank()).map(Region::of).ifPresent(builder::region);
        endpoint.filter(uri -> !uri.isBlank()).map(URI::create).ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
