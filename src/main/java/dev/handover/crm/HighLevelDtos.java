package dev.handover.crm;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Request and response bodies of the HighLevel API v2, reduced to the fields a handover reads or writes. */
public final class HighLevelDtos {

    private HighLevelDtos() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(String id, String assignedTo, List<String> tags) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContactEnvelope(Contact contact) {
    }

    public record UpdateContact(String assignedTo) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreateTask(String title, String body, String dueDate, boolean completed, String assignedTo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Task(String id, String title, String dueDate, String assignedTo, Boolean completed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskList(List<Task> tasks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TaskEnvelope(Task task) {
    }

    /** {@code NotesDTO}: only the body; the note is the integration's, not a user's. */
    public record CreateNote(String body) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Note(String id, String body, String dateAdded) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NoteList(List<Note> notes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NoteEnvelope(Note note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AddTags(List<String> tags) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SendMessage(String type, String contactId, String message, String html, String subject,
            String threadId, String conversationProviderId) {

        public SendMessage withHtml(String value) {
            return new SendMessage(type, contactId, message, value, subject, threadId, conversationProviderId);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConversationSummary(String id, String contactId, String locationId, String lastMessageType,
            String type) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConversationSearch(List<ConversationSummary> conversations, Integer total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SentMessage(String conversationId, String messageId, String emailMessageId) {
    }
}
