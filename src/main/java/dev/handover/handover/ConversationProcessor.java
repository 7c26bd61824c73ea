package dev.handover.handover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.classifier.TriggerClassifier;
import dev.handover.config.BotDirectory;
import dev.handover.config.BotProfile;
import dev.handover.config.HandoverConfig;
import dev.handover.conversation.ClaimResult;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationEvent.Author;
import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.ConversationState;
import dev.handover.conversation.ConversationStore;
import dev.handover.conversation.Episode;
import dev.handover.conversation.EpisodeCheckpoints;
import dev.handover.conversation.StoreUnavailableException;
import dev.handover.crm.Deadline;
import dev.handover.observe.LogFields;
import dev.handover.scenario.Assessment;
import dev.handover.scenario.Decision;
import dev.handover.scenario.LanguageGuess;
import dev.handover.scenario.MessageFingerprint;
import dev.handover.scenario.Scenario;
import dev.handover.scenario.ScenarioEngine;

/**
 * Handles one conversation event: claims the delivery, honours the pause, runs the scenario checks and carries out
 * a handover as a durable episode. A delivery that leaves work a retry can finish is given back and marked as
 * awaited, so that the sender's redelivery is processed rather than dropped as a duplicate or as stale.
 */
@ApplicationScoped
public class ConversationProcessor {

    /** How long an invocation owns an episode before another may take it over; longer than the Lambda timeout. */
    static final Duration EPISODE_LEASE = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(ConversationProcessor.class);

    private final ConversationStore store;
    private final EpisodeCheckpoints checkpoints;
    private final EpisodeRunner runner;
    private final BotDirectory bots;
    private final Clock clock;
    private final Duration retryWindow;
    private final TriggerClassifier classifier;
    private final TwinWait twins;
    private final String modelId;
    private final MessageFingerprint fingerprints;
    private final ScenarioEngine engine;
    private final Gate gate;
    private final Pauses pauses;
    private final ReplyWaits replyWaits;

    public ConversationProcessor(ConversationStore store, EpisodeCheckpoints checkpoints, EpisodeRunner runner,
            BotDirectory bots, Clock clock, HandoverConfig config, TriggerClassifier classifier, TwinWait twins,
            MessageFingerprint fingerprints, Gate gate, Pauses pauses, ReplyWaits replyWaits) {
        this.store = store;
        this.checkpoints = checkpoints;
        this.runner = runner;
        this.bots = bots;
        this.clock = clock;
        this.retryWindow = config.webhook().retryWindow();
        this.classifier = classifier;
        this.twins = twins;
        this.modelId = config.classifier().modelId();
        this.fingerprints = fingerprints;
        this.engine = new ScenarioEngine(fingerprints);
        this.gate = gate;
        this.pauses = pauses;
        this.replyWaits = replyWaits;
    }

    /**
     * @param onlyIfAwaited the event is past the webhook's maximum age: accept it only as the redelivery of a
     *        delivery answered with 429
     * @throws UnawaitedDeliveryException when such an old event was not awaited
     */
    public Outcome process(ConversationEvent event, boolean onlyIfAwaited, Deadline deadline) {
        Optional<BotProfile> bot = bots.forEvent(event.locationId(), event.botId());
        if (bot.isEmpty()) {
            LogFields.put(LogFields.BOT_ID, event.botId().orElse(null));
            return Outcome.ignored("no bot is configured for location " + event.locationId()
                    + event.botId().map(id -> " and bot " + id).orElse(""));
        }
        LogFields.put(LogFields.BOT_ID, bot.get().botId());
        if (bot.get().shadow()) {
            LogFields.put(LogFields.SHADOW, true);
        }
        Instant now = clock.instant();
        ConversationKey key = ConversationKey.of(event);
        Optional<String> fingerprint = event.author() == Author.CUSTOMER && !event.text().isBlank()
                ? Optional.of(fingerprints.of(event.text(), MessageFingerprint.salt(event))) : Optional.empty();
        String mark = store.deliveryMark(event, now);
        ClaimResult claim;
        try {
            claim = store.claim(key, event, fingerprint, now, onlyIfAwaited, mark);
        } catch (StoreUnavailableException unknown) {
            // The claim may still land after this answers 429 (a stalled write): give the delivery back for it.
            awaitRedeliveryQuietly(key, event.deliveryId(), mark, now);
            throw unknown;
        }
        if (claim.status() == ClaimResult.Status.NOT_AWAITED) {
            throw new UnawaitedDeliveryException(event.deliveryId());
        }
        if (claim.duplicate()) {
            // A shadow bot's twin never pauses: waiting for its pause would only cost the wait.
            boolean mayPause = !bot.get().shadow() && mayPause(event, claim.state(), bot.get(), now);
            ConversationState settled = twins.settle(key, claim, mayPause, now, deadline);
            Outcome duplicate = Outcome.simple("duplicate", "delivery " + event.deliveryId() + " was already processed",
                    settled, now);
            return bot.get().shadow() ? duplicate.asShadow() : duplicate;
        }
        try {
            // The gate comes last: nothing that could give the delivery back may follow a forward that succeeded.
            Outcome outcome = gate.apply(event, bot.get(), handle(event, key, claim.state(), bot.get(), now, deadline),
                    deadline);
            if (bot.get().shadow()) {
                outcome = outcome.asShadow();
            }
            if (outcome.status() != 200) {
                store.awaitRedelivery(key, event.deliveryId(), mark, now, now.plus(retryWindow));
            }
            return outcome;
        } catch (RuntimeException e) {
            awaitRedeliveryQuietly(key, event.deliveryId(), mark, now);
            throw e;
        }
    }

    /** Whether processing this event may pause the bot: then a duplicate waits for its twin's decision. */
    private boolean mayPause(ConversationEvent event, ConversationState state, BotProfile bot, Instant now) {
        Assessment signals = engine.assess(event, state, bot, now);
        return event.pause().isPresent() || signals.staffReply() || signals.contactRequest().isPresent()
                || signals.failedAttempt().isPresent() || signals.lackOfInformation().isPresent()
                || signals.frustration().isPresent();
    }

    private Outcome handle(ConversationEvent event, ConversationKey key, ConversationState state, BotProfile bot,
            Instant now, Deadline deadline) {
        replyWaits.personActed(event, key, state, bot);
        if (event.resume()) {
            return pauses.resume(key, state, bot, now, deadline);
        }
        if (event.pause().isPresent()) {
            return pauses.command(event, key, state, bot, now, deadline);
        }
        Optional<Episode> open = state.openEpisode();
        if (open.isPresent() && bot.shadow()) {
            // Opened before the bot went into shadow mode: shadow mode carries out no action, so it stays as it is.
            return Outcome.simple("paused", "a handover opened before shadow mode is left unfinished", state, now);
        }
        if (open.isPresent()) {
            // A person replying while the handover is still finishing takes over all the same.
            ConversationState current = event.author() == Author.STAFF && bot.sleepOnManualMessage()
                    ? pauses.staffPause(event, key, state, bot, now, deadline).state() : state;
            return resume(event, key, current, open.get(), bot, now, deadline);
        }
        if (event.author() == Author.STAFF) {
            return pauses.staffReply(event, key, state, bot, now, deadline);
        }
        if (state.pausedAt(now)) {
            return Outcome.simple("paused", "the bot is paused after a handover or a human reply", state, now);
        }
        Assessment assessment = engine.assess(event, state, bot, now);
        int failedAttempts = countAttempts(key, event, state, assessment, now);
        Decision decision = engine.decide(assessment, failedAttempts, bot);
        if (!decision.handover() && event.author() == Author.CUSTOMER && !event.text().isBlank()) {
            decision = custom(decision, event, bot, deadline);
        }
        if (!decision.handover()) {
            return Outcome.simple("none", decision.reason(), state, now);
        }
        Scenario scenario = decision.scenario().orElseThrow();
        BotProfile.Handover settings = bot.handover(scenario).orElseThrow();
        Episode episode = HandoverPlanner.plan(decision, settings, bot.pause().tag(), now, failedAttempts,
                LanguageGuess.of(event.text()));
        Optional<Instant> pausedUntil = HandoverPlanner.pausedUntil(settings, now);
        if (bot.shadow()) {
            return shadowHandover(key, state, episode, now);
        }
        String lease = checkpoints.leaseMark(now.plus(EPISODE_LEASE));
        if (!checkpoints.open(key, episode, pausedUntil, now, lease)) {
            // Another delivery of this conversation opened an episode between our claim and now.
            return Outcome.simple("paused", "a handover of this conversation is already under way", store.read(key), now);
        }
        LOG.infof("handover %s opened: conversation %s, scenario %s (%s), actions %s", episode.id(),
                key.conversationId(), episode.scenario(), episode.reason(), episode.planned());
        replyWaits.start(event, key, state, episode, bot, settings);
        List<ActionReport> reports = runner.run(event, key, episode, lease, settings, false, deadline);
        return Outcome.of("handover", Optional.of(episode.scenario()), episode.reason(),
                state.withPause(pausedUntil).withEpisode(episode), now, reports);
    }

    /**
     * The custom scenario, lowest in priority: when the rules did not hand over and the bot has a custom action, the
     * model-based classifier checks the customer's message against its trigger condition. Without a yes (a no, a
     * timeout, an error), the rule-based decision stands, its reason telling what the classifier said.
     */
    private Decision custom(Decision ruleBased, ConversationEvent event, BotProfile bot, Deadline deadline) {
        Optional<String> condition = bot.handover(Scenario.CUSTOM).flatMap(BotProfile.Handover::triggerCondition);
        if (condition.isEmpty()) {
            return ruleBased;
        }
        Optional<Boolean> answer;
        try {
            answer = classifier.matches(condition.get(), event.text(), deadline);
        } catch (RuntimeException e) {
            LOG.warnf("classifier failed: %s", e.getClass().getSimpleName());
            answer = Optional.empty();
        }
        if (answer.orElse(false)) {
            return Decision.handover(Scenario.CUSTOM, "model:" + modelId);
        }
        return Decision.none(ruleBased.reason() + " " + (answer.isPresent() ? "custom:no" : "custom:no-answer"));
    }

    /** Counts a failed attempt atomically in the store; a resolution or a quiet period starts the count again. */
    private int countAttempts(ConversationKey key, ConversationEvent event, ConversationState state,
            Assessment assessment, Instant now) {
        if (assessment.failedAttempt().isPresent()) {
            return store.addFailedAttempt(key, event.deliveryId(), assessment.countStartsOver(), now);
        }
        boolean startsOver = assessment.resolved().isPresent() || assessment.countStartsOver();
        if (startsOver && state.failedAttempts() > 0) {
            store.resetFailedAttempts(key);
        }
        return startsOver ? 0 : state.failedAttempts();
    }

    /**
     * A shadow bot's handover: decided and logged with the actions it would run, none carried out, nothing paused
     * and no episode opened. The failed-attempt count starts again as after a real handover, so that the next
     * messages are decided as they would be after one.
     */
    private Outcome shadowHandover(ConversationKey key, ConversationState state, Episode episode, Instant now) {
        if (state.failedAttempts() > 0 || Scenario.FAILED_TO_RESOLVE_ISSUE.id().equals(episode.scenario())) {
            store.resetFailedAttempts(key);
        }
        LOG.infof("shadow handover: conversation %s, scenario %s (%s), would run %s", key.conversationId(),
                episode.scenario(), episode.reason(), episode.planned());
        return Outcome.of("handover", Optional.of(episode.scenario()), episode.reason(), state, now,
                episode.planned().stream().map(ActionReport::shadow).toList());
    }

    private Outcome resume(ConversationEvent event, ConversationKey key, ConversationState state, Episode episode,
            BotProfile bot, Instant now, Deadline deadline) {
        String lease = checkpoints.leaseMark(now.plus(EPISODE_LEASE));
        Optional<ConversationState> leased = checkpoints.takeLease(key, episode.id(), now, lease);
        if (leased.isEmpty()) {
            return Outcome.simple("paused", "a handover of this conversation is under way", state, now);
        }
        // Run from the checkpoints as the lease write returned them, not from the state read at claim time.
        state = leased.get();
        episode = state.episode().orElse(episode);
        LOG.infof("handover %s resumed: remaining %s", episode.id(), episode.remaining());
        Optional<BotProfile.Handover> settings = Scenario.fromId(episode.scenario()).flatMap(bot::handover);
        // Armed here too should this episode's first invocation have ended between its opening and the arming.
        if (settings.isPresent()) {
            replyWaits.start(event, key, state, episode, bot, settings.get());
        }
        List<ActionReport> reports = settings.isPresent()
                ? runner.run(event, key, episode, lease, settings.get(), true, deadline)
                : runner.abandon(key, episode, lease,
                        "the bot no longer has a " + episode.scenario() + " handover action");
        return Outcome.of("handover", Optional.of(episode.scenario()), "resumed:" + episode.reason(), state, now,
                reports);
    }

    private void awaitRedeliveryQuietly(ConversationKey key, String deliveryId, String mark, Instant now) {
        try {
            store.awaitRedelivery(key, deliveryId, mark, now, now.plus(retryWindow));
        } catch (RuntimeException e) {
            LOG.warnf("could not release delivery %s: %s", deliveryId, e.getMessage());
        }
    }
}
