package dev.handover.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How customer messages are forwarded to a bot that sits behind the function (a bot's {@code forwardTo}). The time
 * the forward may take comes out of the invocation's budget ({@code handover.crm.time-budget}), as the CRM's does.
 */
@ConfigMapping(prefix = "handover.forward")
public interface ForwardConfig {

    /** Attempts per forward when it fails in a way a retry can fix (408, 429, 5xx, timeout, connection refused). */
    @WithDefault("3")
    int maxAttempts();

    /** First backoff delay between attempts; it doubles each time, with jitter. */
    @WithDefault("PT0.2S")
    Duration retryBaseDelay();

    /** Longest backoff delay, also the cap on a bot's Retry-After the function waits for in place. */
    @WithDefault("PT2S")
    Duration retryMaxDelay();

    /** Longest wait for a connection to the bot's webhook. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /**
     * Longest wait for the bot's answer to one attempt (also bounded by the invocation's time left): the bot should
     * answer 2xx as soon as it has the message and do its work afterwards.
     */
    @WithDefault("PT5S")
    Duration timeout();
}
