package dev.handover.scenario;

import static dev.handover.scenario.EngineScenes.NOW;
import static dev.handover.scenario.EngineScenes.FALLBACK_REPLY;
import static dev.handover.scenario.EngineScenes.FALLBACK_REASON;
import static dev.handover.scenario.EngineScenes.QUESTION;
import static dev.handover.scenario.EngineScenes.ALL_ACTIONS;
import static dev.handover.scenario.EngineScenes.ENGINE;
import static dev.handover.scenario.EngineScenes.assess;
import static dev.handover.scenario.EngineScenes.customer;
import static dev.handover.scenario.EngineScenes.botReply;
import static dev.handover.scenario.EngineScenes.botEvent;
import static dev.handover.scenario.EngineScenes.afterCustomer;
import static dev.handover.scenario.EngineScenes.afterBot;
import static dev.handover.scenario.EngineScenes.state;
import static dev.handover.scenario.Scenario.CONTACT_REQUEST;
import static dev.handover.scenario.Scenario.FAILED_TO_RESOLVE_ISSUE;
import static dev.handover.scenario.Scenario.LACK_OF_INFORMATION;
import static dev.handover.support.TestBots.bot;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.handover.config.BotProfile;
import dev.handover.conversation.Channel;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationEvent.Author;
import dev.handover.conversation.ConversationState;

class ScenarioEngineTest {

    // --- contact request ---

    @Test
    void contactRequest_botHasContactRequestAction_shouldHandOver() {
        Assessment assessment = assess(customer("Can I talk to a human please?"), ConversationState.EMPTY,
                ALL_ACTIONS);

        assertThat(assessment.contactRequest()).contains("rule:en:talk-to+human");
        assertThat(ENGINE.decide(assessment, 0, ALL_ACTIONS))
                .isEqualTo(Decision.handover(CONTACT_REQUEST, "rule:en:talk-to+human"));
    }

    @Test
    void contactRequest_botLacksContactRequestAction_shouldNotHandOver() {
        BotProfile noContact = bot("bot-1").handovers(FAILED_TO_RESOLVE_ISSUE, LACK_OF_INFORMATION).build();

        Decision decision = ENGINE.decide(assess(customer("Can I talk to a human please?"), ConversationState.EMPTY,
                noContact), 0, noContact);

        assertThat(decision.handover()).isFalse();
        assertThat(decision.scenario()).isEmpty();
    }

    @Test
    void contactRequestExample_onlyFromTheContactRequestAction_shouldBeMatched() {
        // GIVEN the example "call me back", once on the contact-request action and once on another action
        BotProfile withExample = bot("bot-1").handover(CONTACT_REQUEST, "call me back").build();
        BotProfile exampleElsewhere = bot("bot-1").handover(LACK_OF_INFORMATION, "call me back").build();
        ConversationEvent event = customer("Could you call me back tomorrow morning?");

        // THEN only the contact-request action's examples count
        assertThat(assess(event, ConversationState.EMPTY, withExample).contactRequest())
                .contains("example:call me back");
        assertThat(assess(event, ConversationState.EMPTY, exampleElsewhere).contactRequest()).isEmpty();
    }

    // --- bot fallback replies and generic bot events ---

    @Test
    void botFallbackReply_shouldBeFailedAttemptAndLackOfInformation() {
        Assessment assessment = assess(botReply(FALLBACK_REPLY), afterCustomer(), ALL_ACTIONS);

        assertThat(assessment.failedAttempt()).contains(FALLBACK_REASON);
        assertThat(assessment.lackOfInformation()).contains(FALLBACK_REASON);
        assertThat(assessment.contactRequest()).isEmpty();
        assertThat(assessment.resolved()).isEmpty();
        assertThat(assessment.staffReply()).isFalse();
    }

    static Stream<Arguments> fallbackDecisions() {
        String failed = "failed-attempt %d/2 " + FALLBACK_REASON;
        return Stream.of(
                // bot's actions, failed attempts after this event, expected scenario or none, expected reason
                Arguments.of(EnumSet.of(LACK_OF_INFORMATION), 1, LACK_OF_INFORMATION, FALLBACK_REASON),
                Arguments.of(EnumSet.of(LACK_OF_INFORMATION), 2, LACK_OF_INFORMATION, FALLBACK_REASON),
                Arguments.of(EnumSet.of(LACK_OF_INFORMATION, FAILED_TO_RESOLVE_ISSUE), 1, LACK_OF_INFORMATION,
                        FALLBACK_REASON),
                Arguments.of(EnumSet.of(LACK_OF_INFORMATION, FAILED_TO_RESOLVE_ISSUE), 2, FAILED_TO_RESOLVE_ISSUE,
                        failed.formatted(2)),
                Arguments.of(EnumSet.of(FAILED_TO_RESOLVE_ISSUE), 3, FAILED_TO_RESOLVE_ISSUE, failed.formatted(3)),
                Arguments.of(EnumSet.of(FAILED_TO_RESOLVE_ISSUE), 1, null, failed.formatted(1)),
                Arguments.of(EnumSet.of(CONTACT_REQUEST), 1, null, failed.formatted(1)),
                Arguments.of(EnumSet.of(CONTACT_REQUEST), 5, null, failed.formatted(5)));
    }

    @ParameterizedTest(name = "{0} at {1}/2 -> {2} {3}")
    @MethodSource("fallbackDecisions")
    void botFallbackReply_decided_shouldFollowConfiguredActionsAndCount(Set<Scenario> actions, int failedAttempts,
            Scenario expected, String reason) {
        BotProfile profile = bot("bot-1").maxRetries(2).handovers(actions).build();

        Decision decision = ENGINE.decide(assess(botReply(FALLBACK_REPLY), afterCustomer(), profile), failedAttempts,
                profile);

        assertThat(decision).isEqualTo(expected == null ? Decision.none(reason) : Decision.handover(expected, reason));
    }

    @ParameterizedTest(name = "answered={0} confidence={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "false | -    | bot:answered=false",
            "false | 0.99 | bot:answered=false",  // answered=false wins over a high confidence
            "-     | 0.2  | bot:confidence 0.2 < 0.5",
            "true  | 0.49 | bot:confidence 0.49 < 0.5",
            "true  | 0.5  | -",                   // at the threshold is confident enough
            "true  | 0.9  | -",
            "-     | 0.9  | -",
            "true  | -    | -",
            "-     | -    | -"})
    void genericBotEvent_answeredAndConfidence_shouldDecideLackOfInformation(Boolean answered, Double confidence,
            String expectedLack) {
        // GIVEN a generic bot event whose text alone gives nothing away
        ConversationEvent event = botEvent("Our premium plan costs 49 dollars a month.", answered, confidence);

        Assessment assessment = assess(event, afterCustomer(), ALL_ACTIONS);
        Decision decision = ENGINE.decide(assessment, 1, ALL_ACTIONS);

        assertThat(assessment.lackOfInformation()).isEqualTo(Optional.ofNullable(expectedLack));
        assertThat(assessment.failedAttempt()).isEqualTo(Optional.ofNullable(expectedLack));
        assertThat(decision).isEqualTo(expectedLack == null ? Decision.none("bot-answered")
                : Decision.handover(LACK_OF_INFORMATION, expectedLack));
    }

    @Test
    void genericBotEvent_confidenceBelowCustomThreshold_shouldUseTheBotsThreshold() {
        BotProfile strict = bot("bot-1").confidenceThreshold(0.8).handovers(LACK_OF_INFORMATION).build();

        Assessment assessment = assess(botEvent("It costs 49 dollars.", true, 0.75), afterCustomer(), strict);

        assertThat(assessment.lackOfInformation()).contains("bot:confidence 0.75 < 0.8");
    }

    // --- customer feedback ---

    @Test
    void customerSaysItDidNotHelp_afterBotReply_shouldBeFailedAttempt() {
        Assessment assessment = assess(customer("Hmm, that didn't help."), afterBot(), ALL_ACTIONS);

        assertThat(assessment.failedAttempt()).contains("customer:dissatisfied:en:did-not-help");
        assertThat(assessment.resolved()).isEmpty();
        assertThat(assessment.lackOfInformation()).isEmpty();
        assertThat(ENGINE.decide(assessment, 1, ALL_ACTIONS))
                .isEqualTo(Decision.none("failed-attempt 1/2 customer:dissatisfied:en:did-not-help"));
        assertThat(ENGINE.decide(assessment, 2, ALL_ACTIONS)).isEqualTo(Decision.handover(FAILED_TO_RESOLVE_ISSUE,
                "failed-attempt 2/2 customer:dissatisfied:en:did-not-help"));
    }

    @Test
    void customerSaysItWorked_shouldBeResolved() {
        Assessment assessment = assess(customer("Thanks, that worked!"), afterBot(), ALL_ACTIONS);

        assertThat(assessment.resolved()).contains("customer:resolved:en:worked");
        assertThat(assessment.failedAttempt()).isEmpty();
        assertThat(ENGINE.decide(assessment, 1, ALL_ACTIONS))
                .isEqualTo(Decision.none("customer:resolved:en:worked"));
    }

    @Test
    void customerDissatisfied_whileStaffWasLastAuthor_shouldNotBeFailedAttempt() {
        // GIVEN a person of the team wrote last: the complaint is not about the bot
        ConversationState afterStaff = state(Author.STAFF, NOW.minusSeconds(60), QUESTION, "d-1");

        Assessment assessment = assess(customer("That didn't help, still not working."), afterStaff, ALL_ACTIONS);

        assertThat(assessment.failedAttempt()).isEmpty();
        assertThat(ENGINE.decide(assessment, 2, ALL_ACTIONS).handover()).isFalse();
    }

    // --- repeated question ---

    @Test
    void customerRepeatsQuestion_rightAfterBotReply_shouldBeFailedAttempt() {
        // GIVEN the customer asked, then the bot replied
        ConversationState state = state(Author.BOT, NOW.minusSeconds(30), QUESTION, "d-1");

        // WHEN the customer asks the same again, in other case and punctuation
        Assessment assessment = assess(customer("how much does the PREMIUM plan cost per month??", "d-2"), state,
                ALL_ACTIONS);

        // THEN it is a failed attempt of the bot
        assertThat(assessment.failedAttempt()).contains("customer:repeated-question");
        assertThat(ENGINE.decide(assessment, 2, ALL_ACTIONS)).isEqualTo(Decision.handover(FAILED_TO_RESOLVE_ISSUE,
                "failed-attempt 2/2 customer:repeated-question"));
    }

    static Stream<Arguments> notRepeats() {
        return Stream.of(
                Arguments.of("customer wrote last", state(Author.CUSTOMER, NOW.minusSeconds(30), QUESTION, "d-1"),
                        customer(QUESTION, "d-2")),
                Arguments.of("redelivery of the fingerprinted message",
                        state(Author.BOT, NOW.minusSeconds(30), QUESTION, "d-1"), customer(QUESTION, "d-1")),
                Arguments.of("short message", state(Author.BOT, NOW.minusSeconds(30), "Hello??", "d-1"),
                        customer("hello?", "d-2")),
                Arguments.of("another question", state(Author.BOT, NOW.minusSeconds(30), QUESTION, "d-1"),
                        customer("When does the premium plan renew each year?", "d-2")),
                Arguments.of("no previous customer message",
                        new ConversationState(Optional.empty(), Optional.empty(), 0, Optional.of(Author.BOT),
                                Optional.of(NOW.minusSeconds(30)), Optional.empty(), Optional.empty()),
                        customer(QUESTION, "d-2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notRepeats")
    void customerMessage_notARepeatAfterBot_shouldNotBeFailedAttempt(String situation, ConversationState state,
            ConversationEvent event) {
        assertThat(assess(event, state, ALL_ACTIONS).failedAttempt()).isEmpty();
    }

    // --- staff replies and quiet periods ---

    @Test
    void staffAuthor_evenAskingForAHuman_shouldOnlyBeStaffReply() {
        ConversationEvent staff = ConversationEvent.message("d-2", "loc-1", "conv-1", "contact-1", Author.STAFF,
                Channel.SMS, "That didn't help? I'll get a human manager for you.", NOW);

        Assessment assessment = assess(staff, afterBot(), ALL_ACTIONS);

        assertThat(assessment).isEqualTo(new Assessment(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), true, false, "staff-reply"));
        assertThat(ENGINE.decide(assessment, 2, ALL_ACTIONS)).isEqualTo(Decision.none("staff-reply"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Author.class)
    void countStartsOver_quietLongerThanReset_shouldBeTrueForEveryAuthor(Author author) {
        ConversationState quiet = state(Author.BOT, NOW.minus(Duration.ofMinutes(121)), QUESTION, "d-1");
        ConversationEvent event = ConversationEvent.message("d-2", "loc-1", "conv-1", "contact-1", author,
                Channel.SMS, "Hello there, one more question.", NOW);

        assertThat(assess(event, quiet, ALL_ACTIONS).countStartsOver()).isTrue();
    }

    @ParameterizedTest(name = "reset {0} min, quiet {1} min -> {2}")
    @CsvSource({
            "120, 121,   true",
            "120, 600,   true",
            "120, 120,   false",  // exactly the reset period is not past it
            "120, 119,   false",
            "120, -1,    false",  // no earlier activity
            "30,  31,    true",
            "0,   43200, false"}) // a zero reset never starts the count over
    void countStartsOver_byResetAndQuietPeriod_shouldBeAsExpected(long resetMinutes, long quietMinutes,
            boolean expected) {
        BotProfile profile = bot("bot-1").failedAttemptsReset(Duration.ofMinutes(resetMinutes))
                .handovers(FAILED_TO_RESOLVE_ISSUE).build();
        Optional<Instant> last = quietMinutes < 0 ? Optional.empty()
                : Optional.of(NOW.minus(Duration.ofMinutes(quietMinutes)));
        ConversationState state = new ConversationState(Optional.empty(), Optional.empty(), 1,
                Optional.of(Author.BOT), last, Optional.empty(), Optional.empty());

        assertThat(assess(customer("That didn't help."), state, profile).countStartsOver()).isEqualTo(expected);
    }
}
