package dev.handover.handover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.SweepConfig;
import dev.handover.conversation.ConversationState;
import dev.handover.conversation.DueSweep;
import dev.handover.conversation.DueSweep.Due;
import dev.handover.conversation.DueSweep.Page;
import dev.handover.conversation.DueSweep.Taken;
import dev.handover.conversation.PauseTag;
import dev.handover.conversation.ReplyWatch;
import dev.handover.conversation.StoreUnavailableException;
import dev.handover.conversation.TagHolders;
import dev.handover.crm.CrmException;
import dev.handover.crm.Deadline;
import dev.handover.crm.CrmGateway;

/**
 * The one-minute sweep: every conversation the due-work index lists as due is taken (one sweep wins), and its pause
 * tag made to follow its pause as the item now stands: off once the pause has ended (then the due work goes, unless
 * the conversation was paused again meanwhile, which puts the tag back), on while it lasts (then the next look is
 * at its end); and a handover whose wait for a person's reply ran out is acted on ({@link NoReplyTimeout}) first.
 * A CRM failure a retry can fix leaves the conversation due when the take's lease ends, so the next sweep after it
 * retries; nothing is dropped but what the CRM refuses for good. The tag is the contact's: a look that adds it
 * records the conversation's hold first ({@link TagHolders}), and a pause's end takes it off only when no other
 * conversation of the contact still holds it ({@link PauseTagRelease}); a DynamoDB failure on the holders stops the
 * sweep like any other, leaving the conversation due.
 */
@ApplicationScoped
public class DueWorkSweeper {

    /** Less time than this left starts no more conversations: each needs a few calls. */
    private static final Duration MIN_LEFT = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(DueWorkSweeper.class);

    private final DueSweep due;
    private final NoReplyTimeout noReply;
    private final TagHolders holders;
    private final PauseTagRelease release;
    private final CrmGateway crm;
    private final Clock clock;
    private final Duration lease;

    public DueWorkSweeper(DueSweep due, NoReplyTimeout noReply, TagHolders holders, PauseTagRelease release,
            CrmGateway crm, Clock clock, SweepConfig config) {
        this.due = due;
        this.noReply = noReply;
        this.holders = holders;
        this.release = release;
        this.crm = crm;
        this.clock = clock;
        this.lease = config.lease();
    }

    public SweepReport sweep(Deadline deadline) {
        Instant now = clock.instant();
        Tally tally = new Tally();
        try {
            for (int shard = 0; shard < due.shards() && !tally.unfinished; shard++) {
                Optional<Page> page = Optional.empty();
                do {
                    page = sweepPage(shard, now, page, deadline, tally);
                } while (page.isPresent() && !tally.unfinished);
            }
        } catch (StoreUnavailableException e) {
            LOG.errorf("sweep stopped, DynamoDB unavailable; the rest stays due: %s", e.getMessage());
            tally.unfinished = true;
        }
        return new SweepReport(tally.looked, tally.removed, tally.stillPaused, tally.retrying, tally.failed,
                tally.resumed, tally.escalated, tally.unfinished);
    }

    /** One page of a shard; the page to continue from, if any. */
    private Optional<Page> sweepPage(int shard, Instant now, Optional<Page> after, Deadline deadline, Tally tally) {
        if (deadline.remaining().compareTo(MIN_LEFT) < 0) {
            tally.unfinished = true;
            return Optional.empty();
        }
        Page page = due.due(shard, now, after);
        for (Due conversation : page.due()) {
            if (deadline.remaining().compareTo(MIN_LEFT) < 0) {
                tally.unfinished = true;
                return Optional.empty();
            }
            due.take(conversation, now.plus(lease)).ifPresent(taken -> look(taken, now, deadline, tally));
        }
        return page.last() ? Optional.empty() : Optional.of(page);
    }

    private void look(Taken taken, Instant now, Deadline deadline, Tally tally) {
        tally.looked++;
        ConversationState state = taken.state();
        try {
            boolean waitRanOut = state.replyWatch().filter(watch -> watch.dueAt(now)).isPresent();
            if (waitRanOut) {
                NoReplyTimeout.Result result = noReply.act(taken, now, deadline);
                tally.resumed += result.kind() == NoReplyTimeout.Kind.RESUMED ? 1 : 0;
                tally.escalated += result.kind() == NoReplyTimeout.Kind.ESCALATED ? 1 : 0;
                state = result.state();
            }
            followPause(taken, state, !waitRanOut, now, deadline, tally);
        } catch (CrmException e) {
            if (e.kind() == CrmException.Kind.PERMANENT) {
                LOG.errorf("due conversation %s: the CRM refused the pause tag call for good, not retried: %s",
                        taken.pk(), e.getMessage());
                tally.failed++;
                giveUp(taken, state, now);
            } else {
                LOG.warnf("due conversation %s: a CRM call failed, retried after %s: %s", taken.pk(), lease,
                        e.getMessage());
                tally.retrying++;
            }
        }
    }

    /**
     * Makes the pause tag follow the pause, and schedules the next look: the pause's end or the pending wait's
     * deadline, whichever comes first.
     *
     * @param checkTag the look may be for a tag whose add did not get through: make sure of it (not when the look
     *        was the wait's)
     */
    private void followPause(Taken taken, ConversationState state, boolean checkTag, Instant now, Deadline deadline,
            Tally tally) {
        Optional<PauseTag> tag = state.pauseTag();
        Optional<Instant> waitAt = state.replyWatch().flatMap(ReplyWatch::deadline);
        if (state.pausedAt(now)) {
            // Extended since the look was scheduled, or a tag whose add did not get through: make sure of it.
            if (tag.isPresent() && checkTag) {
                holders.hold(taken.pk(), tag.get(), now);
                crm.addTags(tag.get().contactId(), List.of(tag.get().name()), true, deadline);
            }
            due.reschedule(taken, earliest(pauseEnd(state), waitAt), waitAt);
            tally.stillPaused++;
            return;
        }
        Optional<PauseTagRelease.Result> released = tag.map(held -> release.release(taken.pk(), held, now,
                deadline));
        Optional<ConversationState> changed = due.finish(taken, now, waitAt);
        if (changed.isPresent() && changed.get().pausedAt(now) && changed.get().pauseTag().isPresent()) {
            // Paused again while the tag came off: it goes back on; the new pause scheduled its own look. Its hold
            // again too, as the release above may have taken the new pause's hold away.
            PauseTag again = changed.get().pauseTag().get();
            holders.hold(taken.pk(), again, now);
            // Unless that same tag never came off (kept for another conversation) or was put back already.
            boolean onAlready = released.filter(result -> result != PauseTagRelease.Result.REMOVED).isPresent()
                    && tag.filter(again::equals).isPresent();
            if (!onAlready) {
                crm.addTags(again.contactId(), List.of(again.name()), false, deadline);
            }
            LOG.infof("due conversation %s was paused again during the sweep; its tag is back on", taken.pk());
        } else if (released.filter(PauseTagRelease.Result.REMOVED::equals).isPresent()) {
            tally.removed++;
        }
    }

    /** A call the CRM refuses for good: the pause's end is still looked at while it lasts, otherwise nothing is. */
    private void giveUp(Taken taken, ConversationState state, Instant now) {
        Optional<Instant> waitAt = state.replyWatch().flatMap(ReplyWatch::deadline);
        if (state.pausedAt(now)) {
            due.reschedule(taken, earliest(state.pausedUntil().filter(end -> !end.equals(Instant.MAX)), waitAt),
                    waitAt);
        } else {
            due.finish(taken, now, waitAt);
        }
    }

    /** The pause's end, when the tag must come off then; none for a pause until resumed. */
    private static Optional<Instant> pauseEnd(ConversationState state) {
        return state.pauseTag().flatMap(ignored -> state.pausedUntil()).filter(end -> !end.equals(Instant.MAX));
    }

    private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
        return a.isEmpty() ? b : b.filter(other -> other.isBefore(a.get())).or(() -> a);
    }

    /** Counts of one sweep. */
    private static final class Tally {
        int looked;
        int removed;
        int stillPaused;
        int retrying;
        int failed;
        int resumed;
        int escalated;
        boolean unfinished;
    }
}
