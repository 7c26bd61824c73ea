package dev.handover.config;

import static dev.handover.config.BotProfileFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;


/** One rule of a handover action broken per document: that problem, and only it, is reported. */
class BotProfileActionRulesTest {

    /** One rule broken per document, everything else valid: the rule's problem is the only one reported. */
    static Stream<Arguments> brokenActionRules() {
        return Stream.of(
                Arguments.of("empty action entry", """
                        bots:
                          - botId: bot-1
                            actions:
                              - handoverType: contactRequest
                              -
                        """, "bot 'bot-1': actions[1] is empty"),
                Arguments.of("every action disabled", """
                        bots:
                          - botId: bot-1
                            actions:
                              - handoverType: contactRequest
                                enabled: false
                        """, "bot 'bot-1': actions are all disabled, so the bot would never hand over"),
                Arguments.of("sleepTimeUnit without sleepTime", """
                        bots:
                          - botId: bot-1
                            actions:
                              - handoverType: contactRequest
                                sleepTimeUnit: weeks
                        """, "bot 'bot-1': actions[0].sleepTimeUnit 'weeks' is not one of seconds, minutes, hours, days"),
                Arguments.of("sleepTime beyond ten years", """
                        bots:
                          - botId: bot-1
                            actions:
                              - handoverType: contactRequest
                                sleepTime: 1000000000000
                                sleepTimeUnit: days
                        """, "bot 'bot-1': actions[0].sleepTime is longer than 3650 days; pause until resumed with "
                        + "reactivateEnabled: false instead"),
                Arguments.of("unknown handoverType", """
                        bots:
                          - botId: bot-1
                            actions:
                              - handoverType: humanRequest
                        """, "bot 'bot-1': actions[0].handoverType 'humanRequest' is not a known scenario "
                        + "(contactRequest, lackOfInformation, failedToResolveIssue, frustration)"),
                Arguments.of("handoverType in the wrong case", """
                        bots:
                          - botId: bot-1
                            actions:
                              - handoverType: ContactRequest
                        """, "bot 'bot-1': actions[0].handoverType 'ContactRequest' is not a known scenario "
                        + "(contactRequest, lackOfInformation, failedToResolveIssue, frustration)"),
                Arguments.of("custom handoverType", """
                        bots:
                          - botId: bot-1
                            actions:
                              - handoverType: custom
                                triggerCondition: the customer is angry
                        """, "bot 'bot-1': actions[0].handoverType 'custom' needs the model-based classifier, which "
                        + "is not enabled; use contactRequest, lackOfInformation, failedToResolveIssue or frustration"),
                Arguments.of("missing handoverType", """
                        bots:
                          - botId: bot-1
                            actions:
                              - finalMessage: bye
                        """, "bot 'bot-1': actions[0].handoverType is required (contactRequest, lackOfInformation, "
                        + "failedToResolveIssue or frustration)"),
                Arguments.of("same handoverType twice", """
                        bots:
                          - botId: bot-1
                            actions:
                              - handoverType: lackOfInformation
                              - handoverType: contactRequest
                              - handoverType: lackOfInformation
                        """, "bot 'bot-1': actions[2].handoverType 'lackOfInformation' is configured twice; one "
                        + "action per scenario"),
                Arguments.of("assign without assignToUserId", """
                        bots:
                          - botId: bot-1
                            actions:
                              - handoverType: contactRequest
                                assign: true
                        """, "bot 'bot-1': actions[0].assignToUserId is required when assignment is on (set "
                        + "assign: false to leave the owner alone)"),
                Arguments.of("assign with a blank assignToUserId", """
                        bots:
                          - botId: bot-1
                            actions:
                              - handoverType: contactRequest
                                assign: true
                                assignToUserId: "  "
                        """, "bot 'bot-1': actions[0].assignToUserId is required when assignment is on (set "
                        + "assign: false to leave the owner alone)"),
                Arguments.of("skipAssignToUser without assignToUserId", """
                        bots:
                          - botId: bot-1
                            actions:
                              - handoverType: contactRequest
                                skipAssignToUser: true
                        """, "bot 'bot-1': actions[0].skipAssignToUser needs assignToUserId: it only decides "
                        + "whether an existing owner is kept"),
                Arguments.of("negative sleepTime", """
                        bots:
                          - botId: bot-1
                            actions:
                              - handoverType: contactRequest
                                sleepTime: -5
                                sleepTimeUnit: minutes
                        """, "bot 'bot-1': actions[0].sleepTime must not be negative (found -5.0)"),
                Arguments.of("unknown sleepTimeUnit", """
                        bots:
                          - botId: bot-1
                            actions:
                              - handoverType: contactRequest
                                sleepTime: 2
                                sleepTimeUnit: weeks
                        """, "bot 'bot-1': actions[0].sleepTimeUnit 'weeks' is not one of seconds, minutes, hours, "
                        + "days"),
                Arguments.of("negative taskDueHours", """
                        bots:
                          - botId: bot-1
                            actions:
                              - handoverType: contactRequest
                                taskDueHours: -1
                        """, "bot 'bot-1': actions[0].taskDueHours must not be negative (found -1)"),
                Arguments.of("negative manualMessageSleepTime", """
                        bots:
                          - botId: bot-1
                            manualMessageSleepTime: -1
                            actions:
                              - handoverType: contactRequest
                        """, "bot 'bot-1': manualMessageSleepTime must not be negative (found -1.0)"),
                Arguments.of("unknown manualMessageSleepTimeUnit", """
                        bots:
                          - botId: bot-1
                            manualMessageSleepTime: 3
                            manualMessageSleepTimeUnit: fortnights
                            actions:
                              - handoverType: contactRequest
                        """, "bot 'bot-1': manualMessageSleepTimeUnit 'fortnights' is not one of seconds, minutes, "
                        + "hours, days"),
                Arguments.of("maxRetries 0", """
                        bots:
                          - botId: bot-1
                            maxRetries: 0
                            actions:
                              - handoverType: contactRequest
                        """, "bot 'bot-1': maxRetries must be at least 1 (found 0)"),
                Arguments.of("confidenceThreshold above 1", """
                        bots:
                          - botId: bot-1
                            confidenceThreshold: 1.5
                            actions:
                              - handoverType: contactRequest
                        """, "bot 'bot-1': confidenceThreshold must be between 0 and 1 (found 1.5)"),
                Arguments.of("confidenceThreshold below 0", """
                        bots:
                          - botId: bot-1
                            confidenceThreshold: -0.1
                            actions:
                              - handoverType: contactRequest
                        """, "bot 'bot-1': confidenceThreshold must be between 0 and 1 (found -0.1)"),
                Arguments.of("negative failedAttemptsResetMinutes", """
                        bots:
                          - botId: bot-1
                            failedAttemptsResetMinutes: -10
                            actions:
                              - handoverType: contactRequest
                        """, "bot 'bot-1': failedAttemptsResetMinutes must not be negative (found -10)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenActionRules")
    void document_breakingOneRule_shouldReportExactlyThatProblem(String rule, String yaml, String problem) {
        assertThat(problems(yaml)).containsExactly(problem);
    }
}
