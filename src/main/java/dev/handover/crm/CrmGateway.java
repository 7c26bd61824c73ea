package dev.handover.crm;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

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

    private final HighLevelApi api;
    private final HandoverConfig.Crm config;

    public CrmGateway(@RestClient HighLevelApi api, HandoverConfig config) {
        this.api = api;
        this.config = config.crm();
    }

    /** The user the contact is assigned to, if any; HighLevel omits {@code assignedTo} for unassigned contacts. */
    public Optional<String> contactOwner(String contactId) {
        if (dryRun("GET /contacts/%s", contactId)) {
            return Optional.empty();
        }
        Contact contact = call("read contact", () -> api.getContact(config.contactsVersion(), contactId)).contact();
        return Optional.ofNullable(contact).map(Contact::assignedTo).filter(owner -> !owner.isBlank());
    }

    /** The contact's most recently active conversation in the location, for inputs that do not name one. */
    public Optional<ConversationSummary> latestConversation(String locationId, String contactId) {
        if (dryRun("GET /conversations/search?locationId=%s&contactId=%s", locationId, contactId)) {
            return Optional.empty();
        }
        ConversationSearch found = call("find conversation", () -> api.searchConversations(
                config.conversationsVersion(), locationId, contactId, "last_message_date", "desc", 1));
        return found == null || found.conversations() == null ? Optional.empty()
                : found.conversations().stream().filter(c -> c.id() != null).findFirst();
    }

    public void assign(String contactId, String userId) {
        if (!dryRun("PUT /contacts/%s assignedTo=%s", contactId, userId)) {
            call("assign contact", () -> api.updateContact(config.contactsVersion(), contactId, new UpdateContact(userId)));
        }
    }

    /** Creates the task and returns its id. */
    public String createTask(String contactId, CreateTask task) {
        if (dryRun("POST /contacts/%s/tasks", contactId)) {
            return "dry-run";
        }
        var created = call("create task", () -> api.createTask(config.contactsVersion(), contactId, task));
        return created == null || created.task() == null || created.task().id() == null ? "-" : created.task().id();
    }

    /** Sends a message into the contact's conversation and returns its id. */
    public String sendMessage(SendMessage message) {
        if (dryRun("POST /conversations/messages type=%s contact=%s", message.type(), message.contactId())) {
            return "dry-run";
        }
        var sent = call("send message", () -> api.sendMessage(config.conversationsVersion(), message));
        return sent == null || sent.messageId() == null ? "-" : sent.messageId();
    }

    public void addTags(String contactId, List<String> tags) {
        if (!dryRun("POST /contacts/%s/tags %s", contactId, tags)) {
            call("add tags", () -> api.addTags(config.contactsVersion(), contactId, new AddTags(tags)));
        }
    }

    private boolean dryRun(String format, Object... args) {
        if (config.dryRun()) {
            LOG.infof("[dry-run] " + format, args);
        }
        return config.dryRun();
    }

    private static <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            throw classify(what, e.getResponse().getStatus(), e);
        } catch (ProcessingException e) {
            if (e.getCause() instanceof CrmException cause) {
                throw cause;
            }
            throw new CrmException(CrmException.Kind.RETRYABLE, 0, what + ": CRM not reachable or timed out ("
                    + rootMessage(e) + ")", e);
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
