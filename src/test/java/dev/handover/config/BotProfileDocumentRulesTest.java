package dev.handover.config;

import static dev.handover.config.BotProfileFixtures.read;
import static dev.handover.config.BotProfileFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;


/** The rules of bots and of the document as a whole: each broken alone, then several at once. */
class BotProfileDocumentRulesTest {

    /** One rule of a bot or of the document broken, everything else valid: only that problem is reported. */
    static Stream<Arguments> brokenDocumentRules() {
        return Stream.of(
                Arguments.of("duplicate botId", """
                        bots:
                          - botId: bot-1
                            isDefault: true
                            actions:
                              - handoverType: contactRequest
                          - botId: bot-1
                            actions:
                              - handoverType: lackOfInformation
                        """, "bot 'bot-1': botId is used by another bot; bot ids must be unique"),
                Arguments.of("missing botId", """
                        bots:
                          - locationIds: [loc-1]
                            actions:
                              - handoverType: contactRequest
                        """, "bots[0]: botId is required"),
                Arguments.of("blank botId of the second bot", """
                        bots:
                          - botId: bot-1
                            locationIds: [loc-1]
                            actions:
                              - handoverType: contactRequest
                          - botId: ""
                            locationIds: [loc-2]
                            actions:
                              - handoverType: contactRequest
                        """, "bots[1]: botId is required"),
                Arguments.of("empty actions", """
                        bots:
                          - botId: bot-1
                            actions: []
                        """, "bot 'bot-1': actions must list at least one handover action"),
                Arguments.of("no actions key", """
                        bots:
                          - botId: bot-1
                            maxRetries: 3
                        """, "bot 'bot-1': actions must list at least one handover action"),
                Arguments.of("empty bots list", """
                        bots: []
                        """, "bots: the document lists no bot"),
                Arguments.of("null bots", """
                        bots:
                        """, "bots: the document lists no bot"),
                Arguments.of("document without bots", """
                        {}
                        """, "bots: the document lists no bot"),
                Arguments.of("two bots share a location, no default", """
                        bots:
                          - botId: bot-a
                            locationIds: [loc-1]
                            actions:
                              - handoverType: contactRequest
                          - botId: bot-b
                            locationIds: [loc-1, loc-2]
                            actions:
                              - handoverType: contactRequest
                        """, "location 'loc-1': bots [bot-a, bot-b] share it, so exactly one of them needs "
                        + "isDefault: true (found 0)"),
                Arguments.of("two bots share a location, both default", """
                        bots:
                          - botId: bot-a
                            locationIds: [loc-1]
                            isDefault: true
                            actions:
                              - handoverType: contactRequest
                          - botId: bot-b
                            locationIds: [loc-1]
                            isDefault: true
                            actions:
                              - handoverType: contactRequest
                        """, "location 'loc-1': bots [bot-a, bot-b] share it, so exactly one of them needs "
                        + "isDefault: true (found 2)"),
                Arguments.of("two wildcard bots, no default", """
                        bots:
                          - botId: bot-a
                            actions:
                              - handoverType: contactRequest
                          - botId: bot-b
                            actions:
                              - handoverType: contactRequest
                        """, "location '*': bots [bot-a, bot-b] share it, so exactly one of them needs "
                        + "isDefault: true (found 0)"),
                Arguments.of("eventSecret env variable unset", """
                        bots:
                          - botId: bot-1
                            eventSecret: env:NOT_SET_ANYWHERE
                            actions:
                              - handoverType: contactRequest
                        """, "bot 'bot-1': eventSecret refers to environment variable NOT_SET_ANYWHERE, which is "
                        + "not set"),
                Arguments.of("workflowSecret env variable blank", """
                        bots:
                          - botId: bot-1
                            workflowSecret: env:BLANK_SECRET
                            actions:
                              - handoverType: contactRequest
                        """, "bot 'bot-1': workflowSecret refers to environment variable BLANK_SECRET, which is "
                        + "not set"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocumentRules")
    void document_breakingOneRule_shouldReportExactlyThatProblem(String rule, String yaml, String problem) {
        assertThat(problems(yaml)).containsExactly(problem);
    }

    @Test
    void document_withSeveralProblems_shouldReportAllOfThem() {
        // GIVEN two bots, each breaking several rules
        String yaml = """
                bots:
                  - botId: bot-1
                    locationIds: [loc-1]
                    maxRetries: 0
                    confidenceThreshold: 2
                    actions:
                      - handoverType: custom
                      - handoverType: contactRequest
                        assign: true
                        taskDueHours: -3
                  - botId: bot-2
                    locationIds: [loc-1]
                    eventSecret: env:NOT_SET_ANYWHERE
                    actions: []
                """;

        // WHEN it is read
        BotConfigException failure = catchThrowableOfType(BotConfigException.class, () -> read(yaml));

        // THEN every problem is listed, in the exception's problems and its message
        assertThat(failure).isNotNull();
        assertThat(failure.problems()).containsExactlyInAnyOrder(
                "bot 'bot-1': maxRetries must be at least 1 (found 0)",
                "bot 'bot-1': confidenceThreshold must be between 0 and 1 (found 2.0)",
                "bot 'bot-1': actions[0].handoverType 'custom' needs the model-based classifier, which is not enabled; "
                        + "use contactRequest, lackOfInformation, failedToResolveIssue or frustration",
                "bot 'bot-1': actions[1].assignToUserId is required when assignment is on (set assign: false to leave "
                        + "the owner alone)",
                "bot 'bot-1': actions[1].taskDueHours must not be negative (found -3)",
                "bot 'bot-2': eventSecret refers to environment variable NOT_SET_ANYWHERE, which is not set",
                "bot 'bot-2': actions must list at least one handover action",
                "location 'loc-1': bots [bot-1, bot-2] share it, so exactly one of them needs isDefault: true "
                        + "(found 0)");
        assertThat(failure.getMessage()).startsWith("invalid bots configuration:");
        failure.problems().forEach(problem -> assertThat(failure.getMessage()).contains("\n  - " + problem));
    }
}
