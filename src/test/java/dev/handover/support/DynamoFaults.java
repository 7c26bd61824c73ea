package dev.handover.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Injects DynamoDB faults the real service shows and dynalite cannot (registered through
 * {@code quarkus.dynamodb.interceptors} in the test profile, beside {@link DynamoCallCounter}):
 * <ul>
 * <li>{@link Fault#LOSE_ANSWER}: the write is applied, then its answer is replaced by a 500, so the SDK retries it;</li>
 * <li>{@link Fault#STALL}: the write is applied, then its answer is held past the SDK's attempt timeout, which aborts
 * the attempt and retries;</li>
 * <li>{@link Fault#FAIL}: every attempt fails before it is sent (a refused connection), so nothing is applied;</li>
 * <li>{@link Fault#REJECT}: DynamoDB answers a {@code ValidationException}, which no retry fixes.</li>
 * </ul>
 * Faults are armed per call ({@link #inject}), for every write after the first ({@link #failWritesAfterFirst}), or
 * at random for the chaos test ({@link #chaos}). Unarmed, every call passes untouched.
 */
public class DynamoFaults implements ExecutionInterceptor {

    public enum Fault {
        LOSE_ANSWER, STALL, FAIL, REJECT,
        /** Every attempt fails before it is sent; {@link #landDeferred} sends the first one later, as a stall would. */
        DEFER
    }

    /** Something another invocation does just before a matching call, to interleave deterministically. */
    private record Hook(String operation, String marker, Runnable action, AtomicInteger times) {
    }

    /** One armed fault: for calls of {@code operation} whose expressions contain {@code marker}, {@code times} times. */
    private record Rule(Fault fault, String operation, String marker, AtomicInteger times) {
    }

    private static final ExecutionAttribute<Fault> PLANNED = new ExecutionAttribute<>("handovertest.fault");
    private static final ExecutionAttribute<AtomicInteger> ATTEMPTS = new ExecutionAttribute<>("handovertest.attempts");
    private static final Set<String> WRITES = Set.of("UpdateItem", "PutItem", "DeleteItem");
    private static final List<Rule> RULES = new CopyOnWriteArrayList<>();
    private static final List<Hook> HOOKS = new CopyOnWriteArrayList<>();
    private static final List<Hook> AFTER_HOOKS = new CopyOnWriteArrayList<>();
    private static final AtomicReference<SdkRequest> DEFERRED = new AtomicReference<>();
    private static final Map<Fault, AtomicInteger> INJECTED = new EnumMap<>(Fault.class);
    private static final AtomicInteger WRITES_SEEN = new AtomicInteger();
    private static volatile boolean failWritesAfterFirst;
    private static volatile double chaosRate;
    private static volatile Random chaosRandom = new Random(0);
    /** Longer than the attempt timeout of the profile in use (2 s by default). */
    private static volatile long stallMillis = 2_300;

    static {
        for (Fault fault : Fault.values()) {
            INJECTED.put(fault, new AtomicInteger());
        }
    }

    /** Arms {@code fault} for the next {@code times} calls of {@code operation} whose expressions contain marker. */
    public static void inject(Fault fault, String operation, String marker, int times) {
        RULES.add(new Rule(fault, operation, marker, new AtomicInteger(times)));
    }

    /** Runs {@code action} once, just before the next call of {@code operation} whose expressions contain marker. */
    public static void beforeCall(String operation, String marker, Runnable action) {
        HOOKS.add(new Hook(operation, marker, action, new AtomicInteger(1)));
    }

    /**
     * Runs {@code action} once, just after the next call of {@code operation} whose expressions contain marker has
     * succeeded (before its caller sees the answer): another invocation slipped in between this write and the next.
     */
    public static void afterCall(String operation, String marker, Runnable action) {
        AFTER_HOOKS.add(new Hook(operation, marker, action, new AtomicInteger(1)));
    }

    /** The request a {@link Fault#DEFER} kept from DynamoDB, sent now: a stalled write that lands late. */
    public static void landDeferred(DynamoDbClient dynamo) {
        SdkRequest request = DEFERRED.getAndSet(null);
        if (!(request instanceof UpdateItemRequest update)) {
            throw new IllegalStateException("no write was deferred");
        }
        dynamo.updateItem(update);
    }

    /** The first write from now on passes; every later one fails, as a DynamoDB that goes away would. */
    public static void failWritesAfterFirst() {
        WRITES_SEEN.set(0);
        failWritesAfterFirst = true;
    }

    /** Each UpdateItem loses its answer or stalls with this probability (half each), drawn from the seed. */
    public static void chaos(double rate, long seed, long stall) {
        chaosRandom = new Random(seed);
        stallMillis = stall;
        chaosRate = rate;
    }

    public static void reset() {
        RULES.clear();
        HOOKS.clear();
        AFTER_HOOKS.clear();
        DEFERRED.set(null);
        failWritesAfterFirst = false;
        chaosRate = 0;
        stallMillis = 2_300;
        INJECTED.values().forEach(count -> count.set(0));
    }

    /** Faults injected since the last reset, by kind. */
    public static Map<Fault, Integer> injected() {
        Map<Fault, Integer> result = new EnumMap<>(Fault.class);
        INJECTED.forEach((fault, count) -> result.put(fault, count.get()));
        return result;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        attributes.putAttribute(ATTEMPTS, new AtomicInteger());
        String expressions = expressions(context.request());
        for (Hook hook : HOOKS) {
            if (hook.operation().equals(operation) && expressions.contains(hook.marker())
                    && hook.times().getAndDecrement() > 0) {
                hook.action().run();
            }
        }
        plan(operation, context.request()).ifPresent(fault -> {
            if (fault == Fault.DEFER) {
                DEFERRED.set(context.request());
            }
            attributes.putAttribute(PLANNED, fault);
            INJECTED.get(fault).incrementAndGet();
        });
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        String expressions = expressions(context.request());
        for (Hook hook : AFTER_HOOKS) {
            if (hook.operation().equals(operation) && expressions.contains(hook.marker())
                    && hook.times().getAndDecrement() > 0) {
                hook.action().run();
            }
        }
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (attributes.getAttribute(PLANNED) == Fault.REJECT && context.request() instanceof UpdateItemRequest update) {
            // A name the request does not define: DynamoDB (and dynalite) refuse it as a ValidationException.
            return update.toBuilder().conditionExpression("attribute_exists(#rejectedByTheTest)").build();
        }
        return context.request();
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        attributes.getAttribute(ATTEMPTS).incrementAndGet();
        Fault planned = attributes.getAttribute(PLANNED);
        if (planned == Fault.FAIL || planned == Fault.DEFER) {
            throw SdkClientException.builder().message("injected: connection refused")
                    .cause(new IOException("injected: connection refused")).build();
        }
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        if (firstAttempt(attributes, Fault.STALL)) {
            try {
                Thread.sleep(stallMillis);
            } catch (InterruptedException aborted) {
                // The SDK's attempt timeout interrupts the wait: the attempt is abandoned, the write was applied.
                // Failing here, before the aborted connection's body is read, lets the SDK report the timeout.
                Thread.currentThread().interrupt();
                throw SdkClientException.builder().message("injected: stalled past the attempt timeout")
                        .cause(new java.io.InterruptedIOException("injected stall")).build();
            }
        }
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        if (!firstAttempt(attributes, Fault.LOSE_ANSWER)) {
            return context.httpResponse();
        }
        return context.httpResponse().toBuilder().statusCode(500).statusText("Internal Server Error")
                .removeHeader("x-amz-crc32").removeHeader("Content-Length")
                .putHeader("x-amzn-ErrorType", "InternalServerError").build();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
            ExecutionAttributes attributes) {
        if (!firstAttempt(attributes, Fault.LOSE_ANSWER)) {
            return context.responseBody();
        }
        return Optional.of(new ByteArrayInputStream(("{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
                + "InternalServerError\",\"message\":\"injected: the answer was lost\"}")
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static String expressions(SdkRequest request) {
        return request instanceof UpdateItemRequest update
                ? update.updateExpression() + " | " + update.conditionExpression() : "";
    }

    private static boolean firstAttempt(ExecutionAttributes attributes, Fault fault) {
        return attributes.getAttribute(PLANNED) == fault && attributes.getAttribute(ATTEMPTS).get() == 1;
    }

    private static Optional<Fault> plan(String operation, SdkRequest request) {
        if (WRITES.contains(operation) && failWritesAfterFirst && WRITES_SEEN.incrementAndGet() > 1) {
            return Optional.of(Fault.FAIL);
        }
        String expressions = expressions(request);
        for (Rule rule : RULES) {
            if (rule.operation().equals(operation) && expressions.contains(rule.marker())
                    && rule.times().getAndDecrement() > 0) {
                return Optional.of(rule.fault());
            }
        }
        if (chaosRate > 0 && operation.equals("UpdateItem")) {
            synchronized (DynamoFaults.class) {
                if (chaosRandom.nextDouble() < chaosRate) {
                    return Optional.of(chaosRandom.nextBoolean() ? Fault.LOSE_ANSWER : Fault.STALL);
                }
            }
        }
        return Optional.empty();
    }
}
