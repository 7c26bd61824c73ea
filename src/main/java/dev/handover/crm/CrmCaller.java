package dev.handover.crm;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;

/**
 * One CRM call with its retries: what a retry can fix (429, 5xx, timeouts) is retried with backoff while the
 * deadline leaves room, anything else fails at once. Before retrying a write that may have reached the CRM, it asks
 * {@code alreadyDone} whether the CRM already holds the result, so that a timed-out create is not made twice.
 * The deadline is checked before every attempt, and no attempt waits longer than the time left: a slow CRM ends
 * the invocation's work on time (the action stays pending for the redelivery) instead of past the Lambda timeout.
 *
 * <p>A write whose attempt got no answer at all (a timeout, a connection lost after sending) may still be under way
 * at the CRM: a look-up right after it that does not find it proves nothing, and repeating the write then is how a
 * second task or message came about. Found, it is done; not found, the write is left to the redelivery, which
 * HighLevel sends minutes later and which looks again before repeating it. An answered failure (429, 5xx) leaves
 * nothing under way, so the write is retried at once.
 */
final class CrmCaller {

    /** Left for the last attempt and the answer when deciding whether to wait for another attempt. */
    private static final Duration RESERVE = Duration.ofSeconds(1);
    /** Less time than this left is not worth an attempt: it could only time out. */
    static final Duration MIN_ATTEMPT = Duration.ofMillis(200);
    private static final Logger LOG = Logger.getLogger(CrmCaller.class);

    private final RetryPolicy retries;
    private final Duration maxWait;
    private final Clock clock;
    private final CrmToken token;
    /** Told of each attempt: the call and {@code ok}, the HTTP status, {@code timeout} or {@code unreachable}. */
    private final BiConsumer<String, String> attempts;

    CrmCaller(RetryPolicy retries, Duration maxWait, Clock clock, CrmToken token,
            BiConsumer<String, String> attempts) {
        this.retries = retries;
        this.maxWait = maxWait;
        this.clock = clock;
        this.token = token;
        this.attempts = attempts;
    }

    /** A read, or a write that is safe to repeat: retried after any failure a retry can fix. */
    <T> T call(String what, Deadline deadline, Supplier<Uni<T>> request) {
        return call(what, deadline, request, null);
    }

    /** A write the CRM would make twice if repeated: {@code alreadyDone} looks for its result before any retry. */
    <T> T call(String what, Deadline deadline, Supplier<Uni<T>> request, Supplier<Optional<T>> alreadyDone) {
        boolean renewed = false;
        boolean unanswered = false;
        for (int attempt = 1;; attempt++) {
            if (attempt > 1 && alreadyDone != null) {
                Optional<T> done = alreadyDone.get();
                if (done.isPresent()) {
                    LOG.infof("%s: the CRM already has it after an unclear failure; not sending it again", what);
                    return done.get();
                }
                if (unanswered) {
                    throw new CrmException(CrmException.Kind.RETRYABLE, 0, what + ": no answer to the last attempt, "
                            + "which may still be under way; the redelivery looks again before repeating it", null);
                }
            }
            Duration left = deadline.remaining();
            if (left.compareTo(MIN_ATTEMPT) < 0) {
                throw new CrmException(CrmException.Kind.RETRYABLE, 0, what + ": no time left in this invocation ("
                        + left.toMillis() + " ms)", null);
            }
            CrmException failure;
            RetryPolicy.RateLimitHints hints = RetryPolicy.RateLimitHints.NONE;
            String used = token.current();
            try {
                // Waiting is capped at the time left; the request is cancelled then. Whether the CRM carried it
                // out is unclear, as after a read timeout: the next attempt or the redelivery looks first.
                T answer = awaited(request.get(), left);
                attempts.accept(what, "ok");
                return answer;
            } catch (TimeoutException e) {
                unanswered = true;
                attempts.accept(what, "timeout");
                failure = new CrmException(CrmException.Kind.RETRYABLE, 0, what + ": no answer within the "
                        + left.toMillis() + " ms this invocation had left", e);
            } catch (WebApplicationException e) {
                attempts.accept(what, String.valueOf(e.getResponse().getStatus()));
                // A refused token may have been rotated: read the secret once and repeat the same attempt (the
                // CRM did nothing), before the 401 is reported as a configuration error.
                if (e.getResponse().getStatus() == 401 && !renewed && token.renew(used)) {
                    renewed = true;
                    attempt--;
                    continue;
                }
                unanswered = false;
                failure = classify(what, e.getResponse().getStatus(), e);
                hints = hints(e.getResponse());
            } catch (ProcessingException e) {
                if (e.getCause() instanceof CrmException cause) {
                    throw cause;
                }
                // A refused connection sent nothing; any other transport failure may have come after the request.
                unanswered = !(root(e) instanceof ConnectException);
                attempts.accept(what, "unreachable");
                failure = new CrmException(CrmException.Kind.RETRYABLE, 0, what + ": CRM not reachable or timed out ("
                        + rootCause(e) + ")", e);
            }
            if (!failure.retryable() || attempt >= retries.maxAttempts()) {
                throw failure;
            }
            Duration delay = retries.delay(attempt, hints, clock.instant());
            if (delay.compareTo(maxWait) > 0 || !deadline.allows(delay, RESERVE)) {
                throw new CrmException(CrmException.Kind.RETRYABLE, failure.status(),
                        failure.getMessage() + "; no time left to wait " + delay.toMillis() + " ms for a retry",
                        failure);
            }
            LOG.debugf("%s failed (%s), attempt %d of %d in %d ms", what, failure.getMessage(), attempt + 1,
                    retries.maxAttempts(), delay.toMillis());
            sleep(delay);
        }
    }

    /**
     * The answer, or the failure as the blocking client would throw it: a Uni of the REST client fails with the
     * transport's exception, wrapped (a Vert.x timeout in a {@link CompletionException}) or not, read here as a
     * {@link ProcessingException} like any other failure to get an answer.
     */
    private static <T> T awaited(Uni<T> answer, Duration left) {
        try {
            return answer.await().atMost(left);
        } catch (TimeoutException | WebApplicationException | ProcessingException | CrmException e) {
            throw e;
        } catch (RuntimeException e) {
            // Also a transport failure the Uni raises as it is (a Vert.x HttpClosedException): no answer came.
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof WebApplicationException || cause instanceof ProcessingException
                    || cause instanceof CrmException) {
                throw (RuntimeException) cause;
            }
            throw new ProcessingException(cause);
        }
    }

    static CrmException classify(String what, int status, Throwable cause) {
        String message = what + ": CRM answered HTTP " + status;
        if (status == 401 || status == 403) {
            return new CrmException(CrmException.Kind.CONFIGURATION, status,
                    message + " - check the CRM token and its scopes", cause);
        }
        if (status == 408 || status == 429 || status >= 500) {
            return new CrmException(CrmException.Kind.RETRYABLE, status, message, cause);
        }
        return new CrmException(CrmException.Kind.PERMANENT, status, message, cause);
    }

    private static RetryPolicy.RateLimitHints hints(Response response) {
        Optional<Long> interval = header(response, "X-RateLimit-Interval-Milliseconds").flatMap(CrmCaller::number);
        boolean spent = header(response, "X-RateLimit-Remaining").flatMap(CrmCaller::number)
                .filter(remaining -> remaining <= 0).isPresent();
        return new RetryPolicy.RateLimitHints(header(response, "Retry-After"), interval, spent);
    }

    private static Optional<String> header(Response response, String name) {
        return Optional.ofNullable(response.getHeaderString(name)).filter(value -> !value.isBlank());
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String rootCause(Throwable e) {
        return root(e).getClass().getSimpleName();
    }

    private static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrmException(CrmException.Kind.RETRYABLE, "interrupted while waiting to retry");
        }
    }
}
