package dev.handover.forward;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.BotProfile;
import dev.handover.config.ForwardConfig;
import dev.handover.conversation.ConversationEvent;
import dev.handover.crm.Deadline;
import dev.handover.crm.RetryPolicy;
import dev.handover.observe.Metrics;

/**
 * Forwards a customer message to the webhook of the bot that sits behind the function ({@code forwardTo}), signed
 * as {@code /events} expects ({@link EventSignature}). What a retry can fix (a timeout, a refused connection, 408,
 * 429, 5xx) is retried with the CRM's backoff while the invocation's time budget allows; any other answer is a
 * configuration error. The JDK's HTTP client is used, one for every bot and kept for the life of the function: each
 * bot names its own full URL (the REST client binds one base URL per interface), and the body must leave byte for
 * byte as it was signed.
 */
@ApplicationScoped
public class BotForwarder {

    /** Less time than this left is not worth an attempt: it could only time out. */
    private static final Duration MIN_ATTEMPT = Duration.ofMillis(200);
    /** Left for the last attempt and the answer when deciding whether to wait for another attempt. */
    private static final Duration RESERVE = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(BotForwarder.class);

    private final HttpClient http;
    private final RetryPolicy retries;
    private final ForwardConfig config;
    private final Clock clock;
    private final Metrics metrics;

    public BotForwarder(ForwardConfig config, Clock clock, Metrics metrics) {
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
        this.retries = new RetryPolicy(config.maxAttempts(), config.retryBaseDelay(), config.retryMaxDelay());
        // HTTP/1.1: a plain-http loopback target (local runs) must not be offered an h2c upgrade it may not speak.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Forwards {@code event} to the bot's {@code forwardTo}; the bot must have one and an {@code eventSecret}. */
    public ForwardResult forward(ConversationEvent event, BotProfile bot, Deadline deadline) {
        URI target = bot.forwardTo().orElseThrow();
        byte[] body = ForwardedEvent.body(event, bot.botId(), clock.instant());
        String signature = EventSignature.of(bot.eventSecret().orElseThrow(), body);
        Map<String, Integer> statuses = new TreeMap<>();
        ForwardResult result = attempts(target, body, signature, deadline, statuses);
        metrics.forwards(bot.botId(), statuses);
        if (result.kind() == ForwardResult.Kind.CONFIGURATION) {
            LOG.errorf("CONFIGURATION ERROR: bot %s refused the forward to %s: %s - check its forwardTo and that it "
                    + "verifies %s with its eventSecret", bot.botId(), target.getHost(), result.detail(),
                    EventSignature.HEADER);
        } else if (result.forwarded()) {
            LOG.infof("forwarded to bot %s (%s): %s", bot.botId(), target.getHost(), result.detail());
        } else {
            LOG.warnf("forward to bot %s (%s) failed, asking for a redelivery: %s", bot.botId(), target.getHost(),
                    result.detail());
        }
        return result;
    }

    private ForwardResult attempts(URI target, byte[] body, String signature, Deadline deadline,
            Map<String, Integer> statuses) {
        for (int attempt = 1;; attempt++) {
            Duration left = deadline.remaining();
            if (left.compareTo(MIN_ATTEMPT) < 0) {
                return new ForwardResult(ForwardResult.Kind.RETRY, attempt - 1, summary(statuses)
                        + "no time left in this invocation (" + left.toMillis() + " ms)");
            }
            Duration timeout = left.compareTo(config.timeout()) < 0 ? left : config.timeout();
            HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout)
                    .header("content-type", "application/json").header("user-agent", "human-handover")
                    .header(EventSignature.HEADER, signature).header(EventSignature.FORWARDED_HEADER, "1")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            RetryPolicy.RateLimitHints hints = RetryPolicy.RateLimitHints.NONE;
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                int code = response.statusCode();
                count(statuses, code / 100 == 2 ? "ok" : String.valueOf(code));
                if (code / 100 == 2) {
                    return new ForwardResult(ForwardResult.Kind.FORWARDED, attempt, summary(statuses) + "HTTP " + code);
                }
                if (code != 408 && code != 429 && code < 500) {
                    return new ForwardResult(ForwardResult.Kind.CONFIGURATION, attempt, summary(statuses)
                            + "the bot answered HTTP " + code);
                }
                hints = new RetryPolicy.RateLimitHints(response.headers().firstValue("retry-after"), Optional.empty(),
                        false);
            } catch (HttpTimeoutException e) {
                count(statuses, "timeout");
            } catch (IOException e) {
                count(statuses, "unreachable");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new ForwardResult(ForwardResult.Kind.RETRY, attempt, summary(statuses) + "interrupted");
            }
            if (attempt >= retries.maxAttempts()) {
                return new ForwardResult(ForwardResult.Kind.RETRY, attempt, summary(statuses) + "no attempt left");
            }
            Duration delay = retries.delay(attempt, hints, clock.instant());
            if (delay.compareTo(config.retryMaxDelay()) > 0 || !deadline.allows(delay, RESERVE)) {
                return new ForwardResult(ForwardResult.Kind.RETRY, attempt, summary(statuses)
                        + "no time left to wait " + delay.toMillis() + " ms for a retry");
            }
            if (!sleep(delay)) {
                return new ForwardResult(ForwardResult.Kind.RETRY, attempt, summary(statuses) + "interrupted");
            }
        }
    }

    private static void count(Map<String, Integer> statuses, String status) {
        statuses.merge(status, 1, Integer::sum);
    }

    /** The attempts by outcome, e.g. {@code "attempts 503=2, ok=1; "}. */
    private static String summary(Map<String, Integer> statuses) {
        StringBuilder text = new StringBuilder("attempts ");
        statuses.forEach((status, count) -> text.append(status).append('=').append(count).append(", "));
        return statuses.isEmpty() ? "" : text.substring(0, text.length() - 2) + "; ";
    }

    private static boolean sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
