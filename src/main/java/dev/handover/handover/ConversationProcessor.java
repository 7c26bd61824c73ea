package dev.handover.handover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.BotDirectory;
import dev.handover.config.BotProfile;
import dev.handover.conversation.ClaimResult;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.ConversationState;
import dev.handover.conversation.ConversationStore;
import dev.handover.conversation.Episode;
import dev.handover.scenario.Decision;
import dev.handover.scenario.ScenarioEngine;

/**
 * Handles one conversation event: claims the delivery, honours the pause, runs the scenario checks and carries out
 * a handover as a durable episode. A delivery that leaves work a retry can finish is released again, so that the
 * sender's redelivery is processed rather than dropped as a duplicate.
 */
@ApplicationScoped
public class ConversationProcessor {

    /** How long an invocation owns an episode before another may take it over; longer than the Lambda timeout. */
    static final Duration EPISODE_LEASE = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(ConversationProcessor.class);

    private final ConversationStore store;
    private final EpisodeRunner runner;
    private final BotDirectory bots;
    private final Clock clock;
    private final ScenarioEngine engine = new ScenarioEngine();

    public ConversationProcessor(ConversationStore store, EpisodeRunner runner, BotDirectory bots, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.bots = bots;
        this.clock = clock;
    }

    public Outcome process(ConversationEvent event) {
        Optional<BotProfile> bot = bots.find(event.locationId());
        if (bot.isEmpty()) {
            return Outcome.ignored("no bot is configured for location " + event.locationId());
        }
        Instant now = clock.instant();
        ConversationKey key = ConversationKey.of(event);
        ClaimResult claim = store.claim(key, event.deliveryId(), now);
        if (claim.duplicate()) {
            return Outcome.simple("duplicate", "delivery " + event.deliveryId() + " was already processed",
                    store.read(key), now);
        }
        try {
            Outcome outcome = handle(event, key, claim.state(), bot.get(), now);
            if (outcome.status() != 200) {
                store.release(key, event.deliveryId());
            }
            return outcome;
        } catch (RuntimeException e) {
            releaseQuietly(key, event.deliveryId());
            throw e;
        }
    }

    private Outcome handle(ConversationEvent event, ConversationKey key, ConversationState state, BotProfile bot,
            Instant now) {
        Optional<Episode> open = state.openEpisode();
        if (open.isPresent()) {
            return resume(event, key, state, open.get(), bot, now);
        }
        if (state.pausedAt(now)) {
            return Outcome.simple("paused", "the bot is paused after a handover", state, now);
        }
        Decision decision = engine.decide(event, bot);
        if (!decision.handover()) {
            return Outcome.simple("none", decision.reason(), state, now);
        }
        Episode episode = HandoverPlanner.plan(decision, bot, now);
        Optional<Instant> pausedUntil = HandoverPlanner.pausedUntil(bot, now);
        if (!store.openEpisode(key, episode, pausedUntil, now, now.plus(EPISODE_LEASE))) {
            // Another delivery of this conversation opened an episode between our claim and now.
            return Outcome.simple("paused", "a handover of this conversation is already under way", store.read(key), now);
        }
        LOG.infof("handover %s opened: conversation %s, scenario %s (%s), actions %s", episode.id(),
                key.conversationId(), episode.scenario(), episode.reason(), episode.planned());
        List<ActionReport> reports = runner.run(event, key, episode, bot);
        ConversationState after = new ConversationState(pausedUntil, Optional.of(episode));
        return Outcome.of("handover", Optional.of(episode.scenario()), episode.reason(), after, now, reports);
    }

    private Outcome resume(ConversationEvent event, ConversationKey key, ConversationState state, Episode episode,
            BotProfile bot, Instant now) {
        if (!store.takeLease(key, episode.id(), now, now.plus(EPISODE_LEASE))) {
            return Outcome.simple("paused", "a handover of this conversation is under way", state, now);
        }
        LOG.infof("handover %s resumed: remaining %s", episode.id(), episode.remaining());
        List<ActionReport> reports = runner.run(event, key, episode, bot);
        return Outcome.of("handover", Optional.of(episode.scenario()), "resumed:" + episode.reason(), state, now,
                reports);
    }

    private void releaseQuietly(ConversationKey key, String deliveryId) {
        try {
            store.release(key, deliveryId);
        } catch (RuntimeException e) {
            LOG.warnf("could not release delivery %s: %s", deliveryId, e.getMessage());
        }
    }
}
