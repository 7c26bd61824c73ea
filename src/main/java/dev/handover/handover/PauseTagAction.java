package dev.handover.handover;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.config.BotDirectory;
import dev.handover.config.BotProfile;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.DueWork;
import dev.handover.conversation.Episode;
import dev.handover.conversation.PauseTag;
import dev.handover.conversation.TagHolders;
import dev.handover.crm.CrmException;
import dev.handover.crm.CrmGateway;
import dev.handover.crm.Deadline;

/**
 * The pause tag as an action of a handover that pauses the bot: checkpointed and retried like the others. The tag is
 * recorded in the conversation, with a look at the pause's end, before it is added: the sweep then removes it when
 * the pause ends, however the add went; then this conversation's hold on the contact's tag ({@link TagHolders}), so
 * that another conversation's end leaves the tag on while this pause lasts.
 */
@ApplicationScoped
public class PauseTagAction {

    static final String NOT_NEEDED = "not added: the pause ended first";

    private final BotDirectory bots;
    private final DueWork dueWork;
    private final TagHolders holders;
    private final CrmGateway crm;
    private final Clock clock;

    public PauseTagAction(BotDirectory bots, DueWork dueWork, TagHolders holders, CrmGateway crm, Clock clock) {
        this.bots = bots;
        this.dueWork = dueWork;
        this.holders = holders;
        this.crm = crm;
        this.clock = clock;
    }

    /** Adds the tag and returns what to checkpoint: the tag, or why none was needed. */
    String add(ConversationEvent event, Episode episode, BotProfile.Handover settings, boolean resumed,
            Deadline deadline) {
        Optional<PauseTag> pauseTag = expect(event, episode, settings);
        if (pauseTag.isEmpty()) {
            return NOT_NEEDED;
        }
        crm.addTags(event.contactId(), List.of(pauseTag.get().name()), resumed, deadline);
        return pauseTag.get().name();
    }

    /**
     * Records the tag in the conversation, with a look at the pause's end, before anyone adds it; empty when the
     * pause ended first (the action is then done with {@link #NOT_NEEDED}).
     *
     * @throws CrmException (permanent) when the bot's settings no longer have a pause tag and a pause
     */
    Optional<PauseTag> expect(ConversationEvent event, Episode episode, BotProfile.Handover settings) {
        Optional<String> tag = bots.forEvent(event.locationId(), event.botId()).filter(bot -> !bot.shadow())
                .flatMap(bot -> bot.pause().tag());
        Optional<Instant> pausedUntil = HandoverPlanner.pausedUntil(settings, episode.startedAt());
        if (tag.isEmpty() || pausedUntil.isEmpty()) {
            throw new CrmException(CrmException.Kind.PERMANENT,
                    "the bot's settings no longer have a pause tag and a pause (pauseTag)");
        }
        Instant until = pausedUntil.get();
        PauseTag pauseTag = new PauseTag(tag.get(), event.contactId());
        ConversationKey key = ConversationKey.of(event);
        Instant now = clock.instant();
        if (!dueWork.expectTag(key, pauseTag, until.equals(Instant.MAX) ? Optional.empty() : Optional.of(until),
                now)) {
            return Optional.empty();
        }
        holders.hold(TagHolders.member(key), pauseTag, now);
        return Optional.of(pauseTag);
    }
}
