package dev.handover.handover;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.conversation.DueWork;
import dev.handover.conversation.PauseTag;
import dev.handover.conversation.TagHolders;
import dev.handover.crm.CrmException;
import dev.handover.crm.CrmGateway;
import dev.handover.crm.Deadline;

/**
 * The end of one conversation's hold on its contact's pause tag (a resume, the sweep at the pause's end): the tag
 * comes off only when no other conversation of the contact that put it on is still paused ({@link TagHolders}).
 * <p>
 * The race it closes: another conversation joins (records its hold, then adds the tag) between this release and
 * the removal, and its add lands first, so the removal would leave a paused conversation untagged. The set is read
 * again after the removal, and whoever is in it gets the tag back; its conversation is first made due at once, so
 * that should the add back fail or this invocation end, the sweep finds it paused and makes sure of its tag.
 */
@ApplicationScoped
public class PauseTagRelease {

    private static final Logger LOG = Logger.getLogger(PauseTagRelease.class);

    private final TagHolders holders;
    private final DueWork dueWork;
    private final CrmGateway crm;

    public PauseTagRelease(TagHolders holders, DueWork dueWork, CrmGateway crm) {
        this.holders = holders;
        this.dueWork = dueWork;
        this.crm = crm;
    }

    /** What became of the tag. */
    enum Result {
        /** Off: nobody else held it. */
        REMOVED,
        /** Left on: another conversation's pause still holds it. */
        KEPT,
        /** Removed, then added back: another conversation paused meanwhile. */
        PUT_BACK;

        /** Why the tag is still on, for the answer's report. */
        String reason() {
            return this == KEPT ? "not removed: held by another conversation"
                    : "removed, then put back: another conversation paused meanwhile";
        }
    }

    /**
     * Ends the hold of {@code conversation} (its item key) and removes the tag unless another holds it.
     *
     * @throws CrmException when a tag call failed: the caller's due work retries it; the hold is released already
     *         (idempotent), so the retry goes the same way
     */
    Result release(String conversation, PauseTag tag, Instant now, Deadline deadline) {
        Set<String> others = holders.release(conversation, tag, now);
        if (!others.isEmpty()) {
            LOG.infof("conversation %s: pause tag %s kept on, held by %d other conversation(s)", conversation,
                    tag.name(), others.size());
            return Result.KEPT;
        }
        crm.removeTags(tag.contactId(), List.of(tag.name()), deadline);
        Set<String> joined = holders.holding(tag, now);
        if (joined.isEmpty()) {
            return Result.REMOVED;
        }
        joined.forEach(holder -> dueWork.lookNowWhilePaused(holder, now));
        crm.addTags(tag.contactId(), List.of(tag.name()), false, deadline);
        LOG.infof("conversation %s: pause tag %s put back, another conversation paused while it came off",
                conversation, tag.name());
        return Result.PUT_BACK;
    }
}
