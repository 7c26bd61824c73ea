package dev.handover.handover;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.config.BotProfile;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.Episode;
import dev.handover.conversation.PauseTag;
import dev.handover.crm.CrmException;
import dev.handover.crm.CrmGateway;
import dev.handover.crm.Deadline;

/**
 * The handover's tags and the bot's pause tag, when both are still to be added, in one {@code POST
 * /contacts/{id}/tags}: one CRM round instead of two. They stay two actions, each reported and checkpointed, since
 * the pause tag is recorded in the conversation (to come off when the pause ends) and either may fail alone on
 * settings changed since the episode was planned; the one call then carries only the other. A resumed run looks at
 * the contact first, as a single action does ({@link CrmGateway#addTags}).
 */
@ApplicationScoped
public class TagsInOneCall {

    static final List<String> ACTIONS = List.of(HandoverAction.TAGS.id(), HandoverAction.PAUSE_TAG.id());

    private final CrmGateway crm;
    private final PauseTagAction pauseTag;

    public TagsInOneCall(CrmGateway crm, PauseTagAction pauseTag) {
        this.crm = crm;
        this.pauseTag = pauseTag;
    }

    /** Adds both and reports on each, the tags first. */
    List<ActionReport> run(ConversationEvent event, Episode episode, BotProfile.Handover settings, boolean resumed,
            Deadline deadline) {
        String tagsId = HandoverAction.TAGS.id();
        String pauseTagId = HandoverAction.PAUSE_TAG.id();
        ActionReport tags = null;
        ActionReport paused = null;
        try {
            ActionExecutor.requireConfigured(HandoverAction.TAGS, settings, episode.language());
        } catch (CrmException e) {
            tags = CrmFailureReport.of(tagsId, episode.id(), e);
        }
        Optional<PauseTag> expected = Optional.empty();
        try {
            expected = pauseTag.expect(event, episode, settings);
            if (expected.isEmpty()) {
                paused = ActionReport.done(pauseTagId, PauseTagAction.NOT_NEEDED);
            }
        } catch (CrmException e) {
            paused = CrmFailureReport.of(pauseTagId, episode.id(), e);
        }
        List<String> names = new ArrayList<>(tags == null ? settings.tags() : List.of());
        expected.ifPresent(tag -> names.add(tag.name()));
        if (!names.isEmpty()) {
            CrmException failure = null;
            try {
                crm.addTags(event.contactId(), distinct(names), resumed, deadline);
            } catch (CrmException e) {
                failure = e;
            }
            if (tags == null) {
                tags = failure == null ? ActionReport.done(tagsId, "-")
                        : CrmFailureReport.of(tagsId, episode.id(), failure);
            }
            if (paused == null) {
                paused = failure == null ? ActionReport.done(pauseTagId, expected.get().name())
                        : CrmFailureReport.of(pauseTagId, episode.id(), failure);
            }
        }
        return List.of(tags, paused);
    }

    /** Each tag once, in the given order, ignoring case: the CRM may keep tags lower-cased, so both are one there. */
    static List<String> distinct(List<String> tags) {
        Set<String> seen = new HashSet<>();
        return tags.stream().filter(tag -> seen.add(tag.toLowerCase(Locale.ROOT))).toList();
    }
}
