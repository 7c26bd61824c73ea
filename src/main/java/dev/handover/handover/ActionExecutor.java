package dev.handover.handover;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.config.BotDirectory;
import dev.handover.config.BotProfile;
import dev.handover.config.BusinessHoursSettings;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.Episode;
import dev.handover.crm.CrmException;
import dev.handover.crm.CrmGateway;
import dev.handover.crm.Deadline;
import dev.handover.crm.HighLevelDtos.SendMessage;

/** Runs one handover action against the CRM and returns what to checkpoint: the CRM's id or the owner kept. */
@ApplicationScoped
public class ActionExecutor {

    private final CrmGateway crm;
    private final PauseTagAction pauseTag;
    private final TaskAction tasks;
    private final BotDirectory bots;

    public ActionExecutor(CrmGateway crm, PauseTagAction pauseTag, TaskAction tasks, BotDirectory bots) {
        this.crm = crm;
        this.pauseTag = pauseTag;
        this.tasks = tasks;
        this.bots = bots;
    }

    /** @param resumed the episode ran before: a task or message may already exist and is then not made again */
    public String execute(HandoverAction action, ConversationEvent event, Episode episode,
            BotProfile.Handover settings, boolean resumed, Deadline deadline) {
        requireConfigured(action, settings, episode.language());
        Optional<BusinessHoursSettings> hours = bots.forEvent(event.locationId(), event.botId())
                .flatMap(BotProfile::businessHours);
        return switch (action) {
            case ASSIGN -> assign(event.contactId(), settings, resumed, deadline);
            case TASK -> tasks.run(event, episode, settings, hours, resumed, deadline);
            case CLOSING_MESSAGE -> crm.sendMessage(closingMessage(event, AfterHours.closingText(hours,
                    episode.startedAt(), episode.language(), settings.finalMessage().textIn(episode.language())
                    .orElseThrow())),
                    event.conversationId(), episode.id(), episode.startedAt(), resumed, deadline);
            case TAGS -> {
                crm.addTags(event.contactId(), settings.tags(), resumed, deadline);
                yield "-";
            }
            case PAUSE_TAG -> pauseTag.add(event, episode, settings, resumed, deadline);
        };
    }

    /**
     * The episode planned its actions from the settings of its time; the bot's settings may have changed since (its
     * closing message or assignee removed). Such an action fails for good: no redelivery can bring it back. The
     * closing message is looked up in the episode's stored language, the one its text is chosen by.
     */
    static void requireConfigured(HandoverAction action, BotProfile.Handover settings, String language) {
        boolean configured = switch (action) {
            case ASSIGN -> settings.assignToUserId().isPresent();
            case TASK -> settings.writesTask();
            case CLOSING_MESSAGE -> settings.finalMessage().in(language).isPresent();
            case TAGS -> !settings.tags().isEmpty();
            // Bot-level settings, checked by the action itself.
            case PAUSE_TAG -> true;
        };
        if (!configured) {
            throw new CrmException(CrmException.Kind.PERMANENT,
                    "the bot's settings no longer have this action (" + action.id() + ")");
        }
    }

    /** Returns the user who ends up owning the contact: the configured one, or the owner that was kept. */
    private String assign(String contactId, BotProfile.Handover settings, boolean resumed, Deadline deadline) {
        String userId = settings.assignToUserId().orElseThrow();
        if (settings.skipAssignToUser()) {
            Optional<String> owner = crm.contactOwner(contactId, deadline);
            if (owner.isPresent()) {
                return owner.get();
            }
        }
        crm.assign(contactId, userId, resumed, deadline);
        return userId;
    }

    private static SendMessage closingMessage(ConversationEvent event, String text) {
        return CustomerMessage.of(event.channel(), event.contactId(), text, event.subject(), event.threadId(),
                event.conversationProviderId());
    }
}
