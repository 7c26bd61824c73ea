package dev.handover.handover;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.config.BotProfile;
import dev.handover.config.BusinessHoursSettings;
import dev.handover.config.NoReplySettings;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationEvent.Author;
import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.ConversationState;
import dev.handover.conversation.Episode;
import dev.handover.conversation.ReplyWatch;
import dev.handover.conversation.ReplyWatches;

/**
 * The webhook's side of a handover's wait for a person's reply: it starts when the handover's episode opens (or,
 * after a crash between the two writes, when the episode is resumed), and ends when a person of the team answers
 * the customer, or pauses or resumes the bot by hand. The sweep acts when it runs out ({@link NoReplyTimeout}).
 */
@ApplicationScoped
public class ReplyWaits {

    private final ReplyWatches watches;

    public ReplyWaits(ReplyWatches watches) {
        this.watches = watches;
    }

    /** The handover {@code episode} has opened (or resumed): its action's wait starts, once per handover. */
    void start(ConversationEvent event, ConversationKey key, ConversationState state, Episode episode,
            BotProfile bot, BotProfile.Handover settings) {
        Optional<NoReplySettings> noReply = bot.shadow() ? Optional.empty() : settings.noReply();
        if (noReply.isEmpty() || state.replyWatch().filter(watch -> watch.episodeId().equals(episode.id()))
                .isPresent()) {
            return;
        }
        watches.arm(key, episode.id(), noReply.get().deadline(episode.startedAt(),
                bot.businessHours().map(BusinessHoursSettings::hours)), new ReplyWatch.Route(bot.botId(),
                        event.locationId(), event.conversationId(), event.contactId(), event.channel(),
                        event.threadId(), event.conversationProviderId()));
    }

    /**
     * A person answered from the CRM, or paused or resumed the bot by hand: the latest handover's wait is over.
     * While its episode is still open the wait may not be armed yet, so the cancel also keeps it from being armed.
     */
    void personActed(ConversationEvent event, ConversationKey key, ConversationState state, BotProfile bot) {
        boolean byHand = event.author() == Author.STAFF || event.resume() || event.pause().isPresent();
        Optional<Episode> latest = state.episode();
        if (!byHand || bot.shadow() || latest.isEmpty()) {
            return;
        }
        Optional<ReplyWatch> watch = state.replyWatch().filter(w -> w.episodeId().equals(latest.get().id()));
        if (watch.filter(ReplyWatch::pending).isPresent() || latest.get().open() && watch.isEmpty()) {
            watches.cancel(key, latest.get().id());
        }
    }
}
