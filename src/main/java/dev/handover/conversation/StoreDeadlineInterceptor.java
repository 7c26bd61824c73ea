package dev.handover.conversation;

import java.time.Duration;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.configuration.DurationConverter;

import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/**
 * Caps every DynamoDB call of an invocation (its attempts and the SDK's retries together) at the time the invocation
 * has left ({@link StoreTimeLimit}), through the request's {@code apiCallTimeout}: a stalled DynamoDB then ends the
 * invocation with a 429 before the Lambda timeout, which the Function URL would answer 502 and HighLevel never
 * retries. Registered through {@code quarkus.dynamodb.interceptors}.
 */
public class StoreDeadlineInterceptor implements ExecutionInterceptor {

    /** Less time than this left is not worth a call: it fails at once, as a timeout would. */
    static final Duration MINIMUM = Duration.ofMillis(50);

    private final Optional<Duration> configured;

    public StoreDeadlineInterceptor() {
        this(ConfigProvider.getConfig().getOptionalValue("quarkus.dynamodb.api-call-timeout", String.class)
                .map(DurationConverter::parseDuration));
    }

    StoreDeadlineInterceptor(Optional<Duration> configured) {
        this.configured = configured;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        Optional<Duration> left = StoreTimeLimit.left();
        if (left.isEmpty() || !(context.request() instanceof DynamoDbRequest request)) {
            return context.request();
        }
        if (left.get().compareTo(MINIMUM) < 0) {
            throw SdkClientException.create("no time left in this invocation for a DynamoDB call");
        }
        Duration cap = request.overrideConfiguration().flatMap(AwsRequestOverrideConfiguration::apiCallTimeout)
                .or(() -> configured).filter(own -> own.compareTo(left.get()) < 0).orElse(left.get());
        AwsRequestOverrideConfiguration.Builder override = request.overrideConfiguration()
                .map(AwsRequestOverrideConfiguration::toBuilder).orElseGet(AwsRequestOverrideConfiguration::builder);
        return request.toBuilder().overrideConfiguration(override.apiCallTimeout(cap).build()).build();
    }
}
