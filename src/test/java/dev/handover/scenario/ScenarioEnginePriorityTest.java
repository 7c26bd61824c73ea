package dev.handover.scenario;

import static dev.handover.scenario.EngineScenes.FALLBACK_REPLY;
import static dev.handover.scenario.EngineScenes.ALL_ACTIONS;
import static dev.handover.scenario.EngineScenes.ENGINE;
import static dev.handover.scenario.EngineScenes.assess;
import static dev.handover.scenario.EngineScenes.customer;
import static dev.handover.scenario.EngineScenes.botReply;
import static dev.handover.scenario.EngineScenes.botEvent;
import static dev.handover.scenario.EngineScenes.afterBot;
import static dev.handover.scenario.Scenario.CONTACT_REQUEST;
import static dev.handover.scenario.Scenario.FAILED_TO_RESOLVE_ISSUE;
import static dev.handover.scenario.Scenario.LACK_OF_INFORMATION;
import static dev.handover.support.TestBots.bot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.handover.config.BotProfile;
import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationState;

/** Which scenario wins when several signals come at once, and that a bot never hands over for one it lacks. */
class ScenarioEnginePriorityTest {

    // --- priority ---

    static Stream<Arguments> prioritiesByConfiguredActions() {
        return Stream.of(
                Arguments.of(EnumSet.allOf(Scenario.class), CONTACT_REQUEST),
                Arguments.of(EnumSet.of(CONTACT_REQUEST, LACK_OF_INFORMATION), CONTACT_REQUEST),
                Arguments.of(EnumSet.of(CONTACT_REQUEST, FAILED_TO_RESOLVE_ISSUE), CONTACT_REQUEST),
                Arguments.of(EnumSet.of(CONTACT_REQUEST), CONTACT_REQUEST),
                Arguments.of(EnumSet.of(FAILED_TO_RESOLVE_ISSUE, LACK_OF_INFORMATION), FAILED_TO_RESOLVE_ISSUE),
                Arguments.of(EnumSet.of(FAILED_TO_RESOLVE_ISSUE), FAILED_TO_RESOLVE_ISSUE),
                Arguments.of(EnumSet.of(LACK_OF_INFORMATION), LACK_OF_INFORMATION),
                Arguments.of(EnumSet.noneOf(Scenario.class), null));
    }

    @ParameterizedTest(name = "actions {0} -> {1}")
    @MethodSource("prioritiesByConfiguredActions")
    void allSignals_decided_shouldPickHighestPriorityConfiguredScenario(Set<Scenario> actions, Scenario expected) {
        // GIVEN every signal at once, with the failed-attempt count at maxRetries
        Assessment everything = new Assessment(Optional.of("contact"), Optional.of("failed"), Optional.empty(),
                Optional.of("lack"), false, false, "reason");
        BotProfile profile = bot("bot-1").maxRetries(2).handovers(actions).build();

        Decision decision = ENGINE.decide(everything, 2, profile);

        // THEN the highest-priority scenario the bot has fires, and never one it lacks
        assertThat(decision.scenario()).isEqualTo(Optional.ofNullable(expected));
        assertThat(decision.handover()).isEqualTo(expected != null);
        decision.scenario().ifPresent(scenario -> assertThat(actions).contains(scenario));
    }

    @Test
    void contactRequestAndComplaint_atMaxRetries_shouldHandOverForContactRequest() {
        Assessment assessment = assess(customer("That didn't help. I want to talk to a real person."), afterBot(),
                ALL_ACTIONS);

        assertThat(assessment.contactRequest()).isPresent();
        assertThat(assessment.failedAttempt()).isPresent();
        assertThat(ENGINE.decide(assessment, 2, ALL_ACTIONS).scenario()).contains(CONTACT_REQUEST);
    }

    // --- frustration ---

    @Test
    void frustratedComplaint_botWithFrustrationAction_shouldHandOverBeforeCountingToMaxRetries() {
        // GIVEN a bot with a frustration action and a first failed attempt (one of two)
        BotProfile profile = bot("bot-1").handovers(CONTACT_REQUEST, Scenario.FRUSTRATION, FAILED_TO_RESOLVE_ISSUE)
                .build();
        Assessment assessment = assess(customer("Still not working. This is absolutely ridiculous."), afterBot(),
                profile);

        // THEN frustration hands over at once, ahead of the failed-attempt count
        assertThat(assessment.frustration()).contains("frustration:anger:en:outrage");
        assertThat(ENGINE.decide(assessment, 1, profile))
                .isEqualTo(Decision.handover(Scenario.FRUSTRATION, "frustration:anger:en:outrage"));
    }

    @Test
    void frustratedComplaint_botWithoutFrustrationAction_shouldStayAFailedAttempt() {
        Assessment assessment = assess(customer("Still not working. This is absolutely ridiculous."), afterBot(),
                ALL_ACTIONS);

        assertThat(assessment.frustration()).isEmpty();
        assertThat(assessment.failedAttempt()).isPresent();
        assertThat(ENGINE.decide(assessment, 1, ALL_ACTIONS).handover()).isFalse();
    }

    @Test
    void angryContactRequest_botWithBothActions_shouldHandOverForTheContactRequest() {
        BotProfile profile = bot("bot-1").handovers(CONTACT_REQUEST, Scenario.FRUSTRATION).build();
        Assessment assessment = assess(customer("I'm furious. Get me a human now."), ConversationState.EMPTY,
                profile);

        assertThat(assessment.frustration()).isPresent();
        assertThat(ENGINE.decide(assessment, 0, profile).scenario()).contains(CONTACT_REQUEST);
    }

    @ParameterizedTest(name = "bot without {0}")
    @EnumSource(Scenario.class)
    void decide_botLackingAScenario_shouldNeverHandOverForIt(Scenario missing) {
        // GIVEN a bot with every action but one, and each real event that can fire a scenario
        BotProfile profile = bot("bot-1").handovers(EnumSet.complementOf(EnumSet.of(missing))).build();
        List<ConversationEvent> events = List.of(customer("I want to talk to a human"), botReply(FALLBACK_REPLY),
                botEvent("Sure.", false, null), customer("That didn't help."));

        for (ConversationEvent event : events) {
            for (int failedAttempts = 0; failedAttempts <= 3; failedAttempts++) {
                Decision decision = ENGINE.decide(assess(event, afterBot(), profile), failedAttempts, profile);
                // THEN the missing scenario never fires
                assertThat(decision.scenario()).as("%s at %d", event.text(), failedAttempts).isNotEqualTo(
                        Optional.of(missing));
            }
        }
    }
}
