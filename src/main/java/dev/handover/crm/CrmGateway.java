package dev.handover.crm;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dev.handover.config.HandoverConfig;
import dev.handover.crm.HighLevelDtos.AddTags;
import dev.handover.crm.HighLevelDtos.Contact;
import dev.handover.crm.HighLevelDtos.ConversationSearch;
import dev.handover.crm.HighLevelDtos.ConversationSummary;
import dev.handover.crm.HighLevelDtos.CreateTask;
import dev.handover.crm.HighLevelDtos.SendMessage;
import dev.handover.crm.HighLevelDtos.UpdateContact;

/**
 * Every side effect on the CRM goes through here: the right {@code Version} header per endpoint, one classification
 * of failures into {@link CrmException.Kind}, and dry-run, where calls are logged instead of sent.
 */
@ApplicationScoped
public class CrmGateway {

    private static final Logger LOG = Logger.getLogger(CrmGateway.class);

    /** Left for the last attempt and the answer when deciding whether to wait for another attempt. */
    private static final Duration RESERVE = Duration.ofSeconds(1);

    private final HighLevelApi api;
    private final HandoverConfig.Crm config;
    private final RetryPolicy retries;
    private final Clock clock;

    public CrmGateway(@RestClient HighLevelApi api, HandoverConfig config, Clock clock) {
        this.api = api;
        this.config = config.crm();
        this.retries = new RetryPolicy(this.config.maxAttempts(), this.config.retryBaseDelay(),
                this.config.retryMaxDelay());
        this.clock = clock;
    }

    /** The user the contact is assigned to, if any; HighLevel omits {@code assignedTo} for unassigned contacts. */
    public Optional<String> contactOwner(String contactId, Deadline deadline) {
        if (dryRun("GET /contacts/%s", contactId)) {
            return Optional.empty();
        }
        Contact contact = call("read contact", deadline, () -> api.getContact(config.contactsVersion(), contactId)).contact();
        return Optional.ofNullable(contact).map(Contact::assignedTo).filter(owner -> !owner.isBlank());
    }

    /** The contact's most recently active conversation in the location, for inputs that do not name one. */
    public Optional<ConversationSummary> latestConversation(String locationId, String contactId, Deadline deadline) {
        if (dryRun("GET /conversations/search?locationId=%s&contactId=%s", locationId, contactId)) {
            return Optional.empty();
        }
        ConversationSearch found = call("find conversation", deadline, () -> api.searchConversations(
                config.conversationsVersion(), locationId, contactId, "last_message_date", "desc", 1));
        return found == null || found.conversations() == null ? Optional.empty()
                : found.conversations().stream().filter(c -> c.id() != null).findFirst();
    }

    public void assign(String contactId, String userId, Deadline deadline) {
        if (!dryRun("PUT /contacts/%s assignedTo=%s", contactId, userId)) {
            call("assign contact", deadline, () -> api.updateContact(config.contactsVersion(), contactId, new UpdateContact(userId)));
        }
    }

    /** Creates the task and returns its id. */
    public String createTask(String contactId, CreateTask task, Deadline deadline) {
        if (dryRun("POST /contacts/%s/tasks", contactId)) {
            return "dry-run";
        }
        var created = call("create task", deadline, () -> api.createTask(config.contactsVersion(), contactId, task));
        return created == null || created.task() == null || created.task().id() == null ? "-" : created.task().id();
    }

    /** Sends a message into the contact's conversation and returns its id. */
    public String sendMessage(SendMessage message, Deadline deadline) {
        if (dryRun("POST /conversations/messages type=%s contact=%s", message.type(), message.contactId())) {
            return "dry-run";
        }
        var sent = call("send message", deadline, () -> api.sendMessage(config.conversationsVersion(), message));
        return sent == null || sent.messageId() == null ? "-" : sent.messageId();
    }

    public void addTags(String contactId, List<String> tags, Deadline deadline) {
        if (!dryRun("POST /contacts/%s/tags %s", contactId, tags)) {
            call("add tags", deadline, () -> api.addTags(config.contactsVersion(), contactId, new AddTags(tags)));
        }
    }

    private boolean dryRun(String format, Object... args) {
        if (config.dryRun()) {
            LOG.infof("[dry-run] " + format, args);
        }
        return config.dryRun();
    }

    /**
     * Calls the CRM, retrying what a retry can fix (429, 5xx, timeouts) with backoff while the deadline leaves room;
     * anything else fails at once.
     */
    private <T> T call(String what, Deadline deadline, Supplier<T> request) {
        for (int attempt = 1;; attempt++) {
            CrmException failure;
            RetryPolicy.RateLimitHints hints = RetryPolicy.RateLimitHints.NONE;
            try {
                return request.get();
            } catch (WebApplicationException e) {
                failure = classify(what, e.getResponse().getStatus(), e);
                hints = hints(e.getResponse());
            } catch (ProcessingException e) {
                if (e.getCause() instanceof CrmException cause) {
                    throw cause;
                }
                failure = new CrmException(CrmException.Kind.RETRYABLE, 0, what + ": CRM not reachable or timed out ("
                        + rootMessage(e) + ")", e);
            }
            if (!failure.retryable() || attempt >= retries.maxAttempts()) {
                throw failure;
            }
            Duration delay = retries.delay(attempt, hints, clock.instant());
            if (delay.compareTo(config.retryMaxDelay()) > 0 || !deadline.allows(delay, RESERVE)) {
                throw new CrmException(CrmException.Kind.RETRYABLE, failure.status(),
                        failure.getMessage() + "; no time left to wait " + delay.toMillis() + " ms for a retry", failure);
            }
            LOG.debugf("%s failed (%s), attempt %d of %d in %d ms", what, failure.getMessage(), attempt + 1,
                    retries.maxAttempts(), delay.toMillis());
            sleep(delay);
        }
    }

    private static RetryPolicy.RateLimitHints hints(Response response) {
        Optional<Long> interval = header(response, "X-RateLimit-Interval-Milliseconds").flatMap(CrmGateway::number);
        boolean spent = header(response, "X-RateLimit-Remaining").flatMap(CrmGateway::number)
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

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrmException(CrmException.Kind.RETRYABLE, "interrupted while waiting to retry");
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

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
