package dev.handover.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;

import dev.handover.config.HandoverConfig;

/**
 * {@link HandoverConfig} stand-ins for plain unit tests, built with {@link Proxy}: only the values a test names are
 * answered, anything else fails loudly so that a test cannot silently depend on an unset value.
 */
public final class TestConfigs {

    private TestConfigs() {
    }

    /** A configuration whose {@code webhook()} group has these values and the documented defaults otherwise. */
    public static HandoverConfig webhook(Duration maxAge, Duration clockSkew, int maxBodyBytes) {
        return webhook(maxAge, Duration.ofMinutes(80), clockSkew, maxBodyBytes);
    }

    public static HandoverConfig webhook(Duration maxAge, Duration retryWindow, Duration clockSkew, int maxBodyBytes) {
        HandoverConfig.Webhook webhook = proxy(HandoverConfig.Webhook.class, Map.of(
                "verifySignatures", true,
                "maxAge", maxAge,
                "retryWindow", retryWindow,
                "clockSkew", clockSkew,
                "maxBodyBytes", maxBodyBytes));
        return proxy(HandoverConfig.class, Map.of("webhook", webhook));
    }

    /** The defaults of {@link HandoverConfig.Webhook}: 5 minutes, 80 minutes retry window, 1 minute, 262144 bytes. */
    public static HandoverConfig defaultWebhook() {
        return webhook(Duration.ofMinutes(5), Duration.ofMinutes(1), 262_144);
    }

    private static <T> T proxy(Class<T> type, Map<String, Object> values) {
        InvocationHandler handler = (self, method, args) -> switch (method.getName()) {
            case "toString" -> "TestConfigs." + type.getSimpleName() + values;
            case "hashCode" -> System.identityHashCode(self);
            case "equals" -> self == args[0];
            default -> {
                if (!values.containsKey(method.getName())) {
                    throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName()
                            + "() is not set in this test configuration");
                }
                yield values.get(method.getName());
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
