package dev.handover.handover;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.BotProfile;
import dev.handover.config.SweepConfig;
import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.ConversationState;
import dev.handover.conversation.DueWork;
import dev.handover.conversation.PauseTag;
import dev.handover.conversation.TagHolders;
import dev.handover.crm.CrmException;
import dev.handover.crm.CrmGateway;
import dev.handover.crm.Deadline;

/**
 * The pause tag when a pause starts or ends outside a handover: a person's reply from the CRM, a {@code pause} or a
 * {@code resume} command. The work is recorded as due work before the CRM call, so a call that fails is not retried
 * by a redelivery (HighLevel would redeliver a staff reply only an hour long, and the senders of {@code /events} may
 * not redeliver at all) but by the one-minute sweep, for as long as it takes; the answer stays 200, the pause being
 * in place, and reports the tag {@code scheduled}.
 * <p>
 * The tag is the contact's, the pause the conversation's: a pause that adds it first records its hold
 * ({@link TagHolders}) first, before the tag is recorded in the conversation (a redelivery after a failed hold
 * must not find the tag recorded and skip it) and so before the CRM call; a hold whose pause then turns out to have
 * ended is dropped when seen; a resume takes it off only when no other conversation holds it ({@link PauseTagRelease}), reporting it
 * {@code kept} otherwise.
 */
@ApplicationScoped
public class PauseTagging {

    static final String REMOVAL = "pauseTagRemoval";
    private static final Logger LOG = Logger.getLogger(PauseTagging.class);

    private final DueWork dueWork;
    private final TagHolders holders;
    private final PauseTagRelease release;
    private final CrmGateway crm;
    private final Duration retryAfter;

    public PauseTagging(DueWork dueWork, TagHolders holders, PauseTagRelease release, CrmGateway crm,
            SweepConfig sweep) {
        this.dueWork = dueWork;
        this.holders = holders;
        this.release = release;
        this.crm = crm;
        this.retryAfter = sweep.lease();
    }

    /**
     * The bot is paused until {@code until} (the longest pause in place): the tag goes on, unless this conversation's
     * pause put it there already. A shadow bot never tags.
     */
    List<ActionReport> paused(BotProfile bot, ConversationKey key, String contactId, ConversationState before,
            Instant until, Instant now, Deadline deadline) {
        Optional<String> name = bot.shadow() ? Optional.empty() : bot.pause().tag();
        if (name.isEmpty()) {
            return List.of();
        }
        PauseTag tag = new PauseTag(name.get(), contactId);
        String action = HandoverAction.PAUSE_TAG.id();
        if (before.pausedAt(now) && before.pauseTag().filter(tag::equals).isPresent()) {
            // On already, or due work of its own: the look at the old end finds the pause on and looks again later.
            return List.of(ActionReport.done(action, tag.name()));
        }
        holders.hold(TagHolders.member(key), tag, now);
        // A look soon first: should the call not get through, or this invocation end, the sweep adds the tag.
        if (!dueWork.expectTag(key, tag, Optional.of(now.plus(retryAfter)), now)) {
            return List.of(ActionReport.failed(action, PauseTagAction.NOT_NEEDED));
        }
        try {
            crm.addTags(contactId, List.of(tag.name()), false, deadline);
        } catch (CrmException e) {
            if (e.kind() != CrmException.Kind.PERMANENT) {
                LOG.warnf("conversation %s: pause tag not added, the sweep retries it: %s", key.conversationId(),
                        e.getMessage());
                return List.of(ActionReport.scheduled(action, e.getMessage() + "; the sweep retries it"));
            }
            LOG.errorf("conversation %s: pause tag refused for good: %s", key.conversationId(), e.getMessage());
            dueWork.lookAtPauseEnd(key, until);
            return List.of(ActionReport.failed(action, e.getMessage()));
        }
        dueWork.lookAtPauseEnd(key, until);
        return List.of(ActionReport.done(action, tag.name()));
    }

    /** The pause was ended by a resume: the tag this conversation's pause put on comes off. */
    List<ActionReport> resumed(BotProfile bot, ConversationKey key, ConversationState before, Instant now,
            Deadline deadline) {
        if (before.pauseTag().isEmpty() || bot.shadow()) {
            return List.of();
        }
        PauseTag tag = before.pauseTag().get();
        // A look now first: should the call not get through, or this invocation end, the sweep removes the tag.
        dueWork.lookNow(key, now);
        PauseTagRelease.Result result;
        try {
            result = release.release(TagHolders.member(key), tag, now, deadline);
        } catch (CrmException e) {
            if (e.kind() != CrmException.Kind.PERMANENT) {
                LOG.warnf("conversation %s: pause tag not removed, the sweep retries it: %s", key.conversationId(),
                        e.getMessage());
                return List.of(ActionReport.scheduled(REMOVAL, e.getMessage() + "; the sweep retries it"));
            }
            LOG.errorf("conversation %s: pause tag removal refused for good: %s", key.conversationId(),
                    e.getMessage());
            dueWork.tagRemoved(key, tag, now);
            return List.of(ActionReport.failed(REMOVAL, e.getMessage()));
        }
        dueWork.tagRemoved(key, tag, now);
        return List.of(result == PauseTagRelease.Result.REMOVED ? ActionReport.done(REMOVAL, tag.name())
                : ActionReport.kept(REMOVAL, result.reason()));
    }
}
