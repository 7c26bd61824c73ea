package dev.handover.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.handover.config.BotProfile;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationEvent.Author;
import dev.handover.conversation.ConversationState;

/**
 * The scenario checks, pure functions with no I/O. {@link #assess} reads the signals of one event against the
 * conversation's memory; the caller counts a failed attempt atomically in the store; {@link #decide} then picks the
 * scenario by priority: contact request, then frustration, then failed to resolve, then lack of information.
 */
public final class ScenarioEngine {

    private final ContactRequestDetector contactRequests = new ContactRequestDetector();
    private final BotFallbackDetector fallbacks = new BotFallbackDetector();
    private final FeedbackDetector feedback = new FeedbackDetector();
    private final FrustrationDetector frustration = new FrustrationDetector();
    private final MessageFingerprint fingerprints;

    public ScenarioEngine(MessageFingerprint fingerprints) {
        this.fingerprints = fingerprints;
        warmUp();
    }

    /**
     * Runs every detector once, at init (the engine is built with the function's beans): the first customer's
     * message would otherwise load and link their matching code.
     */
    private void warmUp() {
        for (String text : List.of("can I talk to a real person please?", "that did not help, I asked twice",
                "ok thanks, that worked", "THIS IS USELESS!!! I will cancel")) {
            contactRequests.detect(text, List.of("speak to someone"));
            feedback.classify(text);
            frustration.detect(text);
        }
        fallbacks.detect("Sorry, I don't have that information, let me check with the team.");
    }

    public Assessment assess(ConversationEvent event, ConversationState state, BotProfile bot, Instant now) {
        boolean startsOver = !bot.failedAttemptsReset().isZero() && state.lastActivityAt()
                .filter(last -> last.plus(bot.failedAttemptsReset()).isBefore(now)).isPresent();
        return switch (event.author()) {
            case STAFF -> new Assessment(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true,
                    startsOver, "staff-reply");
            case BOT -> assessBot(event, bot, startsOver);
            case CUSTOMER -> assessCustomer(event, state, bot, startsOver);
        };
    }

    private Assessment assessBot(ConversationEvent event, BotProfile bot, boolean startsOver) {
        Optional<String> lack;
        if (event.answered().filter(answered -> !answered).isPresent()) {
            lack = Optional.of("bot:answered=false");
        } else if (event.confidence().filter(confidence -> confidence < bot.confidenceThreshold()).isPresent()) {
            lack = Optional.of("bot:confidence " + event.confidence().get() + " < " + bot.confidenceThreshold());
        } else {
            Detection fallback = fallbacks.detect(event.text());
            lack = fallback.matched() ? Optional.of("bot:" + fallback.reason()) : Optional.empty();
        }
        return new Assessment(Optional.empty(), lack, Optional.empty(), lack, false, startsOver,
                lack.isPresent() ? lack.get() : "bot-answered");
    }

    private Assessment assessCustomer(ConversationEvent event, ConversationState state, BotProfile bot,
            boolean startsOver) {
        if (event.text().isBlank()) {
            return new Assessment(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                    startsOver, "no-text");
        }
        Detection request = contactRequests.detect(event.text(), bot.examples());
        Optional<String> contactRequest = request.matched() ? Optional.of(request.reason()) : Optional.empty();
        // Feedback is about the bot's previous reply: a first message describing a problem ("my card does not
        // work") is not a failed attempt of the bot.
        boolean afterBot = state.lastAuthor().filter(author -> author == Author.BOT).isPresent();
        FeedbackDetection judged = feedback.classify(event.text());
        Optional<String> failed = Optional.empty();
        Optional<String> resolved = Optional.empty();
        if (afterBot && judged.feedback() == Feedback.DISSATISFIED) {
            failed = Optional.of("customer:" + judged.reason());
        } else if (judged.feedback() == Feedback.RESOLVED) {
            resolved = Optional.of("customer:" + judged.reason());
        } else if (repeatsAfterBot(event, state)) {
            failed = Optional.of("customer:repeated-question");
        }
        String reason = contactRequest.or(() -> Optional.of(request.reason())).get();
        // Only a bot with the (optional) scenario pays for the check.
        Optional<String> frustrated = Optional.empty();
        if (bot.handover(Scenario.FRUSTRATION).isPresent()) {
            Detection detection = frustration.detect(event.text());
            frustrated = detection.matched() ? Optional.of(detection.reason()) : Optional.empty();
        }
        return new Assessment(contactRequest, failed, resolved, Optional.empty(), false, startsOver, reason,
                frustrated);
    }

    /** The customer asks again what they asked before the bot's last reply. */
    private boolean repeatsAfterBot(ConversationEvent event, ConversationState state) {
        return state.lastAuthor().filter(author -> author == Author.BOT).isPresent()
                && state.lastCustomerFingerprint().isPresent()
                && !state.lastCustomerDelivery().filter(event.deliveryId()::equals).isPresent()
                && MessageFingerprint.nearDuplicate(state.lastCustomerFingerprint().get(),
                        fingerprints.of(event.text(), MessageFingerprint.salt(event)));
    }

    /** Picks the scenario to hand over for, given the failed-attempt count after this event. */
    public Decision decide(Assessment assessment, int failedAttempts, BotProfile bot) {
        if (assessment.contactRequest().isPresent() && bot.handover(Scenario.CONTACT_REQUEST).isPresent()) {
            return Decision.handover(Scenario.CONTACT_REQUEST, assessment.contactRequest().get());
        }
        if (assessment.frustration().isPresent() && bot.handover(Scenario.FRUSTRATION).isPresent()) {
            return Decision.handover(Scenario.FRUSTRATION, assessment.frustration().get());
        }
        if (assessment.failedAttempt().isPresent() && failedAttempts >= bot.maxRetries()
                && bot.handover(Scenario.FAILED_TO_RESOLVE_ISSUE).isPresent()) {
            return Decision.handover(Scenario.FAILED_TO_RESOLVE_ISSUE, "failed-attempt " + failedAttempts + "/"
                    + bot.maxRetries() + " " + assessment.failedAttempt().get());
        }
        if (assessment.lackOfInformation().isPresent() && bot.handover(Scenario.LACK_OF_INFORMATION).isPresent()) {
            return Decision.handover(Scenario.LACK_OF_INFORMATION, assessment.lackOfInformation().get());
        }
        if (assessment.failedAttempt().isPresent()) {
            return Decision.none("failed-attempt " + failedAttempts + "/" + bot.maxRetries() + " "
                    + assessment.failedAttempt().get());
        }
        return Decision.none(assessment.resolved().orElse(assessment.reason()));
    }
}
