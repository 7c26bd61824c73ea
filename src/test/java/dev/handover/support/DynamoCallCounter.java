package dev.handover.support;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts the DynamoDB API calls the function makes (registered through {@code quarkus.dynamodb.interceptors} in the
 * test profile), so that tests can hold it to its round-trip budget. SDK retries of one call count once.
 */
public class DynamoCallCounter implements ExecutionInterceptor {

    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        CALLS.computeIfAbsent(operation, key -> new AtomicInteger()).incrementAndGet();
    }

    public static void reset() {
        CALLS.clear();
    }

    /** Calls since the last reset, by operation name (UpdateItem, GetItem, ...). */
    public static Map<String, Integer> calls() {
        Map<String, Integer> result = new TreeMap<>();
        CALLS.forEach((operation, count) -> result.put(operation, count.get()));
        return result;
    }
}
