package dev.handover.handover;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.BotProfile;
import dev.handover.config.BusinessHoursSettings;
import dev.handover.config.TaskTemplate;
import dev.handover.conversation.Channel;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.Episode;
import dev.handover.crm.ConversationMessage;
import dev.handover.crm.CrmException;
import dev.handover.crm.CrmGateway;
import dev.handover.crm.Deadline;
import dev.handover.crm.HighLevelDtos.CreateTask;

/**
 * The task action: a task for the person taking over, a contact note, or both, with a description that tells them
 * what happened and shows the conversation's latest messages, read from the CRM now and kept nowhere. The note is
 * part of this action: it is checkpointed with the task, and both are looked for before a resumed episode writes
 * them again (the task by its title and due date, the note by the episode's reference in its body).
 */
@ApplicationScoped
public class TaskAction {

    private static final Logger LOG = Logger.getLogger(TaskAction.class);

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final CrmGateway crm;

    public TaskAction(CrmGateway crm) {
        this.crm = crm;
    }

    /** Returns what to checkpoint: the task's id, {@code note:<id>}, or both. */
    String run(ConversationEvent event, Episode episode, BotProfile.Handover settings,
            Optional<BusinessHoursSettings> hours, boolean resumed, Deadline deadline) {
        Optional<List<ConversationMessage>> messages = settings.taskBody().contains(TaskTemplate.MESSAGES)
                ? messages(event, episode, settings, deadline) : Optional.of(List.of());
        TaskBody.Facts facts = new TaskBody.Facts(episode.scenario(), episode.reason(), episode.failedAttempts(),
                channel(event.channel()), event.contactId(), event.conversationId());
        ZoneId zone = hours.map(bot -> bot.hours().zone()).orElse(UTC);
        StringBuilder detail = new StringBuilder();
        if (settings.createTask()) {
            String body = TaskBody.render(settings.taskBody(), facts, messages, zone, TaskBody.MAX_CHARS);
            detail.append(crm.createTask(event.contactId(), new CreateTask(
                    settings.taskTitle().replace(TaskTemplate.SCENARIO, episode.scenario()), body,
                    AfterHours.taskDue(hours, episode.startedAt(), settings.taskDueHours()).toString(), false,
                    owner(event.contactId(), episode, settings, deadline).orElse(null)), resumed, deadline));
        }
        if (settings.createNote()) {
            String reference = "Handover reference: " + episode.id();
            String body = TaskBody.render(settings.taskBody(), facts, messages, zone,
                    TaskBody.MAX_CHARS - reference.length() - 2) + "\n\n" + reference;
            detail.append(detail.length() == 0 ? "" : " ").append("note:")
                    .append(crm.createNote(event.contactId(), body, reference, resumed, deadline));
        }
        return detail.toString();
    }

    /**
     * The messages, or empty when the CRM would not give them. The task goes ahead without them: it is what brings
     * a person to the customer, and the conversation itself is one click away from it.
     */
    private Optional<List<ConversationMessage>> messages(ConversationEvent event, Episode episode,
            BotProfile.Handover settings, Deadline deadline) {
        try {
            return Optional.of(crm.recentMessages(event.conversationId(), settings.taskMessages(), deadline));
        } catch (CrmException e) {
            LOG.warnf("handover %s: the conversation's messages could not be read (%s); the task says so",
                    episode.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The task goes to whoever ends up owning the contact: the user of this episode's assignment, or, when the bot
     * does not assign, the contact's current owner (unassigned when it has none).
     */
    private Optional<String> owner(String contactId, Episode episode, BotProfile.Handover settings,
            Deadline deadline) {
        Optional<String> assigned = Optional.ofNullable(episode.done().get(HandoverAction.ASSIGN.id()))
                .filter(owner -> !owner.equals("-"));
        if (assigned.isPresent() || settings.assignToUserId().isPresent()) {
            return assigned.or(settings::assignToUserId);
        }
        return crm.contactOwner(contactId, deadline);
    }

    private static String channel(Channel channel) {
        return switch (channel) {
            case SMS -> "SMS";
            case RCS -> "RCS";
            case EMAIL -> "Email";
            case WHATSAPP -> "WhatsApp";
            case INSTAGRAM -> "Instagram";
            case FACEBOOK -> "Facebook Messenger";
            case GOOGLE_BUSINESS -> "Google Business Profile";
            case LIVE_CHAT -> "Live chat";
            case TIKTOK -> "TikTok";
            case CUSTOM -> "a custom channel";
            case CALL -> "Phone call";
            case VOICEMAIL -> "Voicemail";
            case UNKNOWN -> "unknown";
        };
    }
}
