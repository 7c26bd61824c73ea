package dev.handover.classifier;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import org.jboss.logging.Logger;

import dev.handover.config.HandoverConfig;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

/**
 * Provides the {@link TriggerClassifier}: a {@link BedrockTriggerClassifier} when {@code handover.classifier.enabled}
 * is true, over its own Bedrock Runtime client (url-connection HTTP client, one attempt, the configured timeout),
 * otherwise a {@link DisabledTriggerClassifier} and no client at all. Built at run time, on first use.
 */
@ApplicationScoped
public class ClassifierProducer {

    private static final Logger LOG = Logger.getLogger(ClassifierProducer.class);

    @Produces
    @ApplicationScoped
    TriggerClassifier classifier(HandoverConfig config) {
        HandoverConfig.Classifier settings = config.classifier();
        if (!settings.enabled()) {
            return new DisabledTriggerClassifier();
        }
        LOG.infof("custom handover classifier: model %s, timeout %d ms", settings.modelId(),
                settings.timeout().toMillis());
        return new BedrockTriggerClassifier(client(settings), settings);
    }

    void close(@Disposes TriggerClassifier classifier) {
        if (classifier instanceof BedrockTriggerClassifier bedrock) {
            bedrock.close();
        }
    }

    static BedrockRuntimeClient client(HandoverConfig.Classifier settings) {
        BedrockRuntimeClientBuilder builder = BedrockRuntimeClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(settings.timeout())
                        .socketTimeout(settings.timeout()))
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .overrideConfiguration(override -> override
                        .apiCallTimeout(settings.timeout())
                        .apiCallAttemptTimeout(settings.timeout())
                        .retryStrategy(AwsRetryStrategy.doNotRetry()));
        settings.region().filter(region -> !region.isBlank()).map(Region::of).ifPresent(builder::region);
        settings.endpoint().filter(endpoint -> !endpoint.isBlank()).map(URI::create)
                .ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
