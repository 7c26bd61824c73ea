package dev.handover.crm;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dev.handover.config.HandoverConfig;
import dev.handover.crm.HighLevelDtos.AddTags;
import dev.handover.crm.HighLevelDtos.Contact;
import dev.handover.crm.HighLevelDtos.ConversationSearch;
import dev.handover.crm.HighLevelDtos.ConversationSummary;
import dev.handover.crm.HighLevelDtos.CreateTask;
import dev.handover.crm.HighLevelDtos.SendMessage;
import dev.handover.crm.HighLevelDtos.Task;
import dev.handover.crm.HighLevelDtos.UpdateContact;
import dev.handover.observe.CrmTally;

/**
 * Every side effect on the CRM goes through here: the right {@code Version} header per endpoint, retries of what a
 * retry can fix, a look at the CRM before repeating a write that may have gone through, and dry-run, where calls are
 * logged instead of sent.
 */
@ApplicationScoped
public class CrmGateway {

    private static final Logger LOG = Logger.getLogger(CrmGateway.class);

    private final HighLevelApi api;
    private final HandoverConfig.Crm config;
    private final CrmCaller caller;

    public CrmGateway(@RestClient HighLevelApi api, HandoverConfig config, Clock clock, CrmToken token) {
        this.api = api;
        this.config = config.crm();
        this.caller = new CrmCaller(new RetryPolicy(this.config.maxAttempts(), this.config.retryBaseDelay(),
                this.config.retryMaxDelay()), this.config.retryMaxDelay(), clock, token, CrmTally::record);
    }

    /** The contact's most recently active conversation in the location, for inputs that do not name one. */
    public Optional<ConversationSummary> latestConversation(String locationId, String contactId, Deadline deadline) {
        if (dryRun("GET /conversations/search?locationId=%s&contactId=%s", locationId, contactId)) {
            return Optional.empty();
        }
        ConversationSearch found = caller.call("find conversation", deadline, () -> api.searchConversations(
                config.conversationsVersion(), locationId, contactId, "last_message_date", "desc", 1));
        return found == null || found.conversations() == null ? Optional.empty()
                : found.conversations().stream().filter(c -> c.id() != null).findFirst();
    }

    /** The user the contact is assigned to, if any; HighLevel omits {@code assignedTo} for unassigned contacts. */
    public Optional<String> contactOwner(String contactId, Deadline deadline) {
        if (dryRun("GET /contacts/%s", contactId)) {
            return Optional.empty();
        }
        return contact(contactId, deadline).map(Contact::assignedTo).filter(owner -> !owner.isBlank());
    }

    /** Assigns the contact; with {@code mayExist} (a resumed handover) an assignment already made is not repeated. */
    public void assign(String contactId, String userId, boolean mayExist, Deadline deadline) {
        if (!dryRun("PUT /contacts/%s assignedTo=%s", contactId, userId)) {
            if (mayExist && contact(contactId, deadline).filter(c -> userId.equals(c.assignedTo())).isPresent()) {
                return;
            }
            caller.call("assign contact", deadline,
                    () -> api.updateContact(config.contactsVersion(), contactId, new UpdateContact(userId)),
                    () -> contact(contactId, deadline).filter(c -> userId.equals(c.assignedTo()))
                            .map(HighLevelDtos.ContactEnvelope::new));
        }
    }

    /** Creates the task and returns its id; with {@code mayExist} (a resumed handover) an existing one is reused. */
    public String createTask(String contactId, CreateTask task, boolean mayExist, Deadline deadline) {
        if (dryRun("POST /contacts/%s/tasks", contactId)) {
            return "dry-run";
        }
        if (mayExist) {
            Optional<String> existing = findTask(contactId, task, deadline);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        var created = caller.call("create task", deadline,
                () -> api.createTask(config.contactsVersion(), contactId, task),
                () -> findTask(contactId, task, deadline).map(id -> new HighLevelDtos.TaskEnvelope(
                        new Task(id, task.title(), task.dueDate(), task.assignedTo(), false))));
        return created == null || created.task() == null || created.task().id() == null ? "-" : created.task().id();
    }

    /**
     * Writes a note on the contact and returns its id. The note's body ends with {@code reference} (the episode);
     * with {@code mayExist} (a resumed handover), and before repeating an unclear write, a note of the contact that
     * holds it counts as written.
     */
    public String createNote(String contactId, String body, String reference, boolean mayExist, Deadline deadline) {
        if (dryRun("POST /contacts/%s/notes", contactId)) {
            return "dry-run";
        }
        if (mayExist) {
            Optional<String> existing = findNote(contactId, reference, deadline);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        var created = caller.call("create note", deadline,
                () -> api.createNote(config.contactsVersion(), contactId, new HighLevelDtos.CreateNote(body)),
                () -> findNote(contactId, reference, deadline).map(id -> new HighLevelDtos.NoteEnvelope(
                        new HighLevelDtos.Note(id, body, null))));
        return created == null || created.note() == null || created.note().id() == null ? "-" : created.note().id();
    }

    /**
     * The conversation's latest {@code count} messages with text, oldest first, for a person's task. Held in memory
     * only: never stored, never logged.
     */
    public List<ConversationMessage> recentMessages(String conversationId, int count, Deadline deadline) {
        if (dryRun("GET /conversations/%s/messages", conversationId)) {
            return List.of();
        }
        return RecentMessages.latest(count, before -> caller.call("read messages", deadline,
                () -> api.listMessages(config.conversationsVersion(), conversationId, ConversationPages.PAGE_SIZE,
                        before)));
    }

    /**
     * Sends a message into the contact's conversation and returns its id. An email carries {@code reference} (the
     * episode) hidden in its HTML; with {@code mayExist} (a resumed handover) a message of ours found in the
     * conversation since {@code since} counts as sent (see {@link MessageLookup}).
     */
    public String sendMessage(SendMessage message, String conversationId, String reference, Instant since,
            boolean mayExist, Deadline deadline) {
        if (dryRun("POST /conversations/messages type=%s contact=%s", message.type(), message.contactId())) {
            return "dry-run";
        }
        SendMessage marked = message.html() == null ? message : message.withHtml(
                MessageLookup.marked(message.html(), reference));
        if (mayExist) {
            Optional<String> existing = findMessage(conversationId, marked, reference, since, deadline);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        var sent = caller.call("send message", deadline,
                () -> api.sendMessage(config.conversationsVersion(), marked),
                () -> findMessage(conversationId, marked, reference, since, deadline)
                        .map(id -> new HighLevelDtos.SentMessage(conversationId, id, null)));
        return sent == null || sent.messageId() == null ? "-" : sent.messageId();
    }

    /**
     * Adds tags; a retry after an unclear failure, or a resumed handover ({@code mayExist}), first checks whether the
     * contact already has them.
     */
    public void addTags(String contactId, List<String> tags, boolean mayExist, Deadline deadline) {
        if (!dryRun("POST /contacts/%s/tags %s", contactId, tags)) {
            if (mayExist && contact(contactId, deadline).filter(c -> c.tags() != null && c.tags().containsAll(tags))
                    .isPresent()) {
                return;
            }
            caller.call("add tags", deadline,
                    () -> api.addTags(config.contactsVersion(), contactId, new AddTags(tags)),
                    () -> contact(contactId, deadline)
                            .filter(c -> c.tags() != null && c.tags().containsAll(tags)).map(c -> new AddTags(tags)));
        }
    }

    /**
     * Removes tags; a retry after an unclear failure first checks whether the contact still has any of them (in any
     * case: the CRM may store them lower-cased). A tag the contact does not have is no error.
     */
    public void removeTags(String contactId, List<String> tags, Deadline deadline) {
        if (!dryRun("DELETE /contacts/%s/tags %s", contactId, tags)) {
            caller.call("remove tags", deadline,
                    () -> api.removeTags(config.contactsVersion(), contactId, new AddTags(tags)),
                    () -> contact(contactId, deadline).filter(c -> c.tags() == null || c.tags().stream()
                            .noneMatch(held -> tags.stream().anyMatch(held::equalsIgnoreCase)))
                            .map(c -> new AddTags(tags)));
        }
    }

    private Optional<Contact> contact(String contactId, Deadline deadline) {
        return Optional.ofNullable(caller.call("read contact", deadline,
                () -> api.getContact(config.contactsVersion(), contactId)).contact());
    }

    private Optional<String> findTask(String contactId, CreateTask task, Deadline deadline) {
        var list = lookUp(() -> caller.call("look for the task", deadline,
                () -> api.listTasks(config.contactsVersion(), contactId)));
        if (list == null || list.tasks() == null) {
            return Optional.empty();
        }
        return list.tasks().stream()
                .filter(existing -> task.title().equals(existing.title()))
                // The title and the due date (the episode's start plus the due hours, to the second) are ours and
                // tell the episode; the owner is not compared, as the CRM or a person may have reassigned the task.
                .filter(existing -> sameInstant(task.dueDate(), existing.dueDate()))
                .map(Task::id).filter(Objects::nonNull).findFirst();
    }

    private Optional<String> findNote(String contactId, String reference, Deadline deadline) {
        var list = lookUp(() -> caller.call("look for the note", deadline,
                () -> api.listNotes(config.contactsVersion(), contactId)));
        return list == null || list.notes() == null ? Optional.empty() : list.notes().stream()
                .filter(note -> note.body() != null && note.body().contains(reference))
                .map(HighLevelDtos.Note::id).filter(Objects::nonNull).findFirst();
    }

    private Optional<String> findMessage(String conversationId, SendMessage message, String reference, Instant since,
            Deadline deadline) {
        return MessageLookup.find(message, reference, since, before -> lookUp(() -> caller.call(
                "look for the message", deadline, () -> api.listMessages(config.conversationsVersion(),
                        conversationId, ConversationPages.PAGE_SIZE, before))));
    }

    /**
     * A lookup the CRM refuses (a conversation id it does not know, a missing scope) cannot show a duplicate: the
     * write goes ahead. One that fails in a way a retry can fix leaves the action pending, so nothing is doubled.
     */
    private static <T> T lookUp(java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (CrmException e) {
            if (e.kind() == CrmException.Kind.PERMANENT) {
                LOG.debugf("lookup refused, treated as not found: %s", e.getMessage());
                return null;
            }
            throw e;
        }
    }

    private static boolean sameInstant(String a, String b) {
        return dated(a).isPresent() && dated(a).equals(dated(b));
    }

    private static Optional<Instant> dated(String text) {
        try {
            return text == null || text.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private boolean dryRun(String format, Object... args) {
        if (config.dryRun()) {
            LOG.infof("[dry-run] " + format, args);
        }
        return config.dryRun();
    }
}
