package dev.handover.handover;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.BotDirectory;
import dev.handover.config.BotProfile;
import dev.handover.config.NoReplySettings;
import dev.handover.config.NoReplySettings.OnNoReply;
import dev.handover.conversation.ConversationState;
import dev.handover.conversation.DueSweep.Taken;
import dev.handover.conversation.Episode;
import dev.handover.conversation.ReplyWatch;
import dev.handover.conversation.ReplyWatches;
import dev.handover.crm.CrmException;
import dev.handover.crm.CrmGateway;
import dev.handover.crm.Deadline;
import dev.handover.scenario.Scenario;

/**
 * The sweep's side of a handover nobody answered in time: the bot takes the conversation back (the pause ends and
 * the bot's message goes to the customer on their channel), or the handover is escalated (a fallback user, a tag).
 * The wait is marked as begun before the first CRM call, so that the next try after a failure or a crash looks at
 * the CRM before it writes again (the message by the same look as the closing message's, the owner and the tags
 * by the contact); a CRM failure a retry can fix leaves it due for the next sweep after the lease.
 */
@ApplicationScoped
public class NoReplyTimeout {

    private static final Logger LOG = Logger.getLogger(NoReplyTimeout.class);

    private final ReplyWatches watches;
    private final BotDirectory bots;
    private final CrmGateway crm;

    public NoReplyTimeout(ReplyWatches watches, BotDirectory bots, CrmGateway crm) {
        this.watches = watches;
        this.bots = bots;
        this.crm = crm;
    }

    /** What a due wait came to, and the conversation after it (the wait over; the pause ended when resumed). */
    record Result(Kind kind, ConversationState state) {
    }

    enum Kind {
        /** The bot took the conversation back. */
        RESUMED,
        /** The handover went to the fallback user, with the tag. */
        ESCALATED,
        /** Nothing to do: a person acted meanwhile, the pause ended first, or the bot's settings changed. */
        OVER
    }

    /**
     * Acts on the due wait of {@code taken}.
     *
     * @throws CrmException when a CRM call failed in a way a retry can fix: the wait stays due after the lease
     */
    Result act(Taken taken, Instant now, Deadline deadline) {
        ConversationState state = taken.state();
        ReplyWatch watch = state.replyWatch().orElseThrow();
        ConversationState over = state.withoutPendingWatch();
        Optional<Episode> episode = state.episode().filter(latest -> latest.id().equals(watch.episodeId()));
        Optional<ReplyWatch.Route> route = watch.route();
        Optional<BotProfile> bot = route.flatMap(where -> bots.find(where.locationId(), where.botId()));
        Optional<NoReplySettings> settings = bot.filter(profile -> !profile.shadow()).flatMap(profile -> episode
                .flatMap(latest -> Scenario.fromId(latest.scenario())).flatMap(profile::handover))
                .flatMap(BotProfile.Handover::noReply);
        if (settings.isEmpty() || route.isEmpty()) {
            LOG.warnf("handover %s: nobody replied in time, but %s; not acted on", watch.episodeId(),
                    bot.filter(BotProfile::shadow).isPresent() ? "the bot is in shadow mode"
                            : "the bot's settings no longer wait for a reply, or a newer handover followed");
            watches.over(taken, watch.episodeId(), false);
            return new Result(Kind.OVER, over);
        }
        NoReplySettings noReply = settings.get();
        if (noReply.onNoReply() == OnNoReply.RESUME && !state.pausedAt(now)) {
            LOG.infof("handover %s: nobody replied in time, and the pause had already ended", watch.episodeId());
            watches.over(taken, watch.episodeId(), false);
            return new Result(Kind.OVER, over);
        }
        if (!watches.begin(taken, watch.episodeId())) {
            LOG.infof("handover %s: a person acted just before its wait ran out", watch.episodeId());
            return new Result(Kind.OVER, over);
        }
        // Begun before (a failure or a crash): a write of that try may have gone through.
        boolean mayExist = watch.tried();
        if (noReply.onNoReply() == OnNoReply.RESUME) {
            // The episode's stored language picks the words, so that a retried sweep sends those its look compares.
            Optional<String> message = noReply.message().textIn(episode.get().language());
            message.ifPresent(text -> permanentLogged(watch, "message", () -> crm.sendMessage(
                    CustomerMessage.of(route.get().channel(), route.get().contactId(), text, Optional.empty(),
                            route.get().threadId(), route.get().conversationProviderId()),
                    route.get().conversationId(), reference(watch), episode.get().startedAt(), mayExist, deadline)));
            if (!watches.resumed(taken, now)) {
                LOG.infof("handover %s: a person acted while the bot's message went out; the pause stays",
                        watch.episodeId());
                return new Result(Kind.OVER, over);
            }
            LOG.infof("handover %s: nobody replied in time; the bot takes the conversation back", watch.episodeId());
            return new Result(Kind.RESUMED, over.withPause(Optional.empty()));
        }
        String contact = route.get().contactId();
        noReply.escalateToUserId().ifPresent(user -> permanentLogged(watch, "assignment", () -> {
            crm.assign(contact, user, mayExist, deadline);
            return user;
        }));
        noReply.escalationTag().ifPresent(tag -> permanentLogged(watch, "tag", () -> {
            crm.addTags(contact, List.of(tag), mayExist, deadline);
            return tag;
        }));
        watches.over(taken, watch.episodeId(), true);
        LOG.infof("handover %s: nobody replied in time; escalated", watch.episodeId());
        return new Result(Kind.ESCALATED, over);
    }

    /** The bot's message carries this reference in an email's HTML: the closing message's is the episode id alone. */
    private static String reference(ReplyWatch watch) {
        return watch.episodeId() + ":no-reply";
    }

    /** A call the CRM refuses for good is logged and given up; the rest of the timeout's work goes on. */
    private static void permanentLogged(ReplyWatch watch, String what, Supplier<String> call) {
        try {
            call.get();
        } catch (CrmException e) {
            if (e.kind() != CrmException.Kind.PERMANENT) {
                throw e;
            }
            LOG.errorf("handover %s: the CRM refused the no-reply %s for good, not retried: %s", watch.episodeId(),
                    what, e.getMessage());
        }
    }
}
