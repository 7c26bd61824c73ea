package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.handover.scenario.Scenario;

class BotProfileReaderTest {

    private static final Map<String, String> ENV = Map.of(
            "BOT_EVENT_SECRET", "event-secret-from-env",
            "BOT_WORKFLOW_SECRET", "workflow-secret-from-env",
            "BLANK_SECRET", "  ");

    @Test
    void fourEnabledActions_shouldBeRefusedNamingTheLimit() {
        // GIVEN a fourth enabled action (necessarily a second action for one scenario)
        String yaml = """
                bots:
                  - botId: bot-1
                    actions:
                      - handoverType: contactRequest
                      - handoverType: lackOfInformation
                      - handoverType: failedToResolveIssue
                      - handoverType: contactRequest
                """;

        assertThat(problems(new BotProfileReader(name -> null), yaml)).contains(
                "bot 'bot-1': actions has 4 enabled entries; at most 3 handover actions per bot");
    }

    @Test
    void disabledCustomActionOfAPlatformExport_shouldNeitherCountNorBeChecked() {
        String yaml = """
                bots:
                  - botId: bot-1
                    actions:
                      - handoverType: contactRequest
                      - handoverType: lackOfInformation
                      - handoverType: failedToResolveIssue
                      - handoverType: custom
                        enabled: false
                        triggerCondition: the customer is angry
                """;

        List<BotProfile> bots = new BotProfileReader(name -> null).read(BotDirectory.parse(yaml));

        assertThat(bots.get(0).handovers()).hasSize(3);
    }

    @Test
    void customAction_withTheClassifierEnabled_shouldBeAcceptedWithItsTriggerCondition() {
        String yaml = """
                bots:
                  - botId: bot-1
                    actions:
                      - handoverType: contactRequest
                      - handoverType: lackOfInformation
                      - handoverType: custom
                        triggerCondition: "  The customer is angry or threatens to cancel  "
                        assign: false
                        tags: [angry]
                """;

        List<BotProfile> bots = new BotProfileReader(ENV::get, true).read(BotDirectory.parse(yaml));

        BotProfile.Handover custom = bots.get(0).handover(Scenario.CUSTOM).orElseThrow();
        assertThat(custom.scenario()).isEqualTo(Scenario.CUSTOM);
        assertThat(custom.triggerCondition()).contains("The customer is angry or threatens to cancel");
        assertThat(custom.tags()).containsExactly("angry");
        assertThat(bots.get(0).handovers()).containsOnlyKeys(Scenario.CONTACT_REQUEST, Scenario.LACK_OF_INFORMATION,
                Scenario.CUSTOM);
        // the other scenarios carry no trigger condition
        assertThat(bots.get(0).handover(Scenario.CONTACT_REQUEST).orElseThrow().triggerCondition()).isEmpty();
    }

    @ParameterizedTest(name = "triggerCondition [{0}]")
    @ValueSource(strings = {"", "triggerCondition: \"  \"", "triggerCondition: null"})
    void customAction_withoutTriggerCondition_shouldBeRefusedWhenTheClassifierIsEnabled(String condition) {
        String yaml = """
                bots:
                  - botId: bot-1
                    actions:
                      - handoverType: contactRequest
                      - handoverType: custom
                        %s
                """.formatted(condition);

        assertThat(problems(yaml, true)).containsExactly("bot 'bot-1': actions[1].triggerCondition is required for a "
                + "custom action: the condition, in plain words, that the model checks each customer message against");
    }

    @Test
    void customAction_withTheClassifierDisabled_shouldStillBeRefused() {
        String yaml = """
                bots:
                  - botId: bot-1
                    actions:
                      - handoverType: custom
                        triggerCondition: the customer is angry
                """;

        assertThat(problems(yaml, false)).containsExactly("bot 'bot-1': actions[0].handoverType 'custom' needs the "
                + "model-based classifier, which is not enabled; use contactRequest, lackOfInformation, "
                + "failedToResolveIssue or frustration");
    }

    @Test
    void unknownOrMissingHandoverType_withTheClassifierEnabled_shouldNameCustomAmongTheScenarios() {
        String yaml = """
                bots:
                  - botId: bot-1
                    actions:
                      - handoverType: angryCustomer
                      - finalMessage: bye
                """;

        assertThat(problems(yaml, true)).containsExactly(
                "bot 'bot-1': actions[0].handoverType 'angryCustomer' is not a known scenario (contactRequest, "
                        + "lackOfInformation, failedToResolveIssue, frustration, custom)",
                "bot 'bot-1': actions[1].handoverType is required (contactRequest, lackOfInformation, "
                        + "failedToResolveIssue, frustration or custom)");
    }

    @Test
    void customAction_countsTowardsTheLimitOfThreeActions() {
        String yaml = """
                bots:
                  - botId: bot-1
                    actions:
                      - handoverType: contactRequest
                      - handoverType: lackOfInformation
                      - handoverType: failedToResolveIssue
                      - handoverType: custom
                        triggerCondition: the customer is angry
                """;

        assertThat(problems(yaml, true)).containsExactly(
                "bot 'bot-1': actions has 4 enabled entries; at most 3 handover actions per bot");
    }

    /** One rule broken per document, everything else valid: the rule's problem is the only one reported. */
    static Stream<Arguments> brokenRules() {
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
                        """, "bot 'bot-1': failedAttemptsResetMinutes must not be negative (found -10)"),
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
    @MethodSource("brokenRules")
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

    private static final String FULL_YAML = """
            bots:
              - botId: sales-bot
                locationIds: [loc-1, loc-2]
                isDefault: true
                maxRetries: 3
                confidenceThreshold: 0.7
                sleepOnManualMessage: false
                manualMessageSleepTime: 2
                manualMessageSleepTimeUnit: days
                failedAttemptsResetMinutes: 0
                eventSecret: plain-event-secret
                workflowSecret: plain-workflow-secret
                actions:
                  - handoverType: contactRequest
                    examples: [call me back, book a meeting]
                    assign: true
                    assignToUserId: user-42
                    skipAssignToUser: true
                    createTask: false
                    taskTitle: Call {contact}
                    taskDescription: The customer asked for a call
                    taskDueHours: 4
                    finalMessage: A colleague will call you.
                    tags: [handover, sales]
                    sleepTime: 30
                    sleepTimeUnit: minutes
                  - handoverType: lackOfInformation
                    reactivateEnabled: false
                  - handoverType: failedToResolveIssue
                    sleepTime: 0
                    finalMessage: ""
                    tags: []
              - botId: support-bot
                actions:
                  - handoverType: contactRequest
            """;

    private static final String FULL_JSON = """
            {"bots": [
              {"botId": "sales-bot", "locationIds": ["loc-1", "loc-2"], "isDefault": true, "maxRetries": 3,
               "confidenceThreshold": 0.7, "sleepOnManualMessage": false, "manualMessageSleepTime": 2,
               "manualMessageSleepTimeUnit": "days", "failedAttemptsResetMinutes": 0,
               "eventSecret": "plain-event-secret", "workflowSecret": "plain-workflow-secret",
               "actions": [
                 {"handoverType": "contactRequest", "examples": ["call me back", "book a meeting"], "assign": true,
                  "assignToUserId": "user-42", "skipAssignToUser": true, "createTask": false,
                  "taskTitle": "Call {contact}", "taskDescription": "The customer asked for a call",
                  "taskDueHours": 4, "finalMessage": "A colleague will call you.", "tags": ["handover", "sales"],
                  "sleepTime": 30, "sleepTimeUnit": "minutes"},
                 {"handoverType": "lackOfInformation", "reactivateEnabled": false},
                 {"handoverType": "failedToResolveIssue", "sleepTime": 0, "finalMessage": "", "tags": []}]},
              {"botId": "support-bot", "actions": [{"handoverType": "contactRequest"}]}]}
            """;

    @Test
    void validYaml_withEverySetting_shouldProduceTheConfiguredProfile() {
        // WHEN a document naming every field is read
        BotProfile sales = read(FULL_YAML).get(0);

        // THEN the bot-level settings are as written
        assertThat(sales.botId()).isEqualTo("sales-bot");
        assertThat(sales.locationIds()).containsExactlyInAnyOrder("loc-1", "loc-2");
        assertThat(sales.isDefault()).isTrue();
        assertThat(sales.maxRetries()).isEqualTo(3);
        assertThat(sales.confidenceThreshold()).isEqualTo(0.7);
        assertThat(sales.sleepOnManualMessage()).isFalse();
        assertThat(sales.manualSleep()).contains(Duration.ofDays(2));
        assertThat(sales.failedAttemptsReset()).isEqualTo(Duration.ZERO);
        assertThat(sales.eventSecret()).contains("plain-event-secret");
        assertThat(sales.workflowSecret()).contains("plain-workflow-secret");
        assertThat(sales.handovers()).containsOnlyKeys(Scenario.CONTACT_REQUEST, Scenario.FAILED_TO_RESOLVE_ISSUE,
                Scenario.LACK_OF_INFORMATION);
        assertThat(sales.examples()).containsExactly("call me back", "book a meeting");

        // AND the contact-request action is as written
        assertThat(sales.handover(Scenario.CONTACT_REQUEST)).contains(new BotProfile.Handover(
                Scenario.CONTACT_REQUEST, List.of("call me back", "book a meeting"), Optional.of("user-42"), true,
                false, "Call {contact}", "The customer asked for a call", 4,
                LocalizedText.of("A colleague will call you."), List.of("handover", "sales"),
                Optional.of(Duration.ofMinutes(30)), Optional.empty()));
        // AND reactivateEnabled: false pauses until resumed, sleepTime 0 does not pause at all
        assertThat(sales.handover(Scenario.LACK_OF_INFORMATION).orElseThrow().pauseFor()).isEmpty();
        BotProfile.Handover failed = sales.handover(Scenario.FAILED_TO_RESOLVE_ISSUE).orElseThrow();
        assertThat(failed.pauseFor()).contains(Duration.ZERO);
        // AND an empty final message sends none, an empty tag list sets none
        assertThat(failed.finalMessage()).isEqualTo(LocalizedText.NONE);
        assertThat(failed.tags()).isEmpty();
    }

    @Test
    void validYaml_minimalBot_shouldGetThePlatformDefaults() {
        // WHEN a bot names only its id and one action type
        BotProfile support = read(FULL_YAML).get(1);

        // THEN everything else is the platform's default
        assertThat(support.botId()).isEqualTo("support-bot");
        assertThat(support.locationIds()).as("every location").isEmpty();
        assertThat(support.isDefault()).isFalse();
        assertThat(support.maxRetries()).isEqualTo(2);
        assertThat(support.confidenceThreshold()).isEqualTo(0.5);
        assertThat(support.sleepOnManualMessage()).isTrue();
        assertThat(support.manualSleep()).contains(Duration.ofHours(24));
        assertThat(support.failedAttemptsReset()).isEqualTo(Duration.ofMinutes(120));
        assertThat(support.eventSecret()).isEmpty();
        assertThat(support.workflowSecret()).isEmpty();
        assertThat(support.handovers()).containsOnlyKeys(Scenario.CONTACT_REQUEST);
        assertThat(support.handover(Scenario.CONTACT_REQUEST)).contains(new BotProfile.Handover(
                Scenario.CONTACT_REQUEST, List.of(), Optional.empty(), false, true, "Human handover: {scenario}",
                TaskTemplate.DEFAULT, 24, LocalizedText.of("Thank you! Someone from the team will get back to you."),
                List.of("human_handover"), Optional.of(Duration.ofHours(24)), Optional.empty()));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "30,   minutes, PT30M",
            "0,    minutes, PT0S",
            "45,   seconds, PT45S",
            "1.5,  hours,   PT1H30M",
            "2,    days,    PT48H",
            "3,    ,        PT3H"}) // the unit defaults to hours
    void sleepTime_withUnit_shouldBecomeThatPause(String amount, String unit, String expected) {
        String yaml = """
                bots:
                  - botId: bot-1
                    actions:
                      - handoverType: contactRequest
                        sleepTime: %s
                        %s
                """.formatted(amount, unit == null ? "" : "sleepTimeUnit: " + unit);

        BotProfile.Handover handover = read(yaml).get(0).handover(Scenario.CONTACT_REQUEST).orElseThrow();

        assertThat(handover.pauseFor()).contains(Duration.parse(expected));
    }

    @Test
    void sameDocument_asJson_shouldReadTheSameProfiles() {
        assertThat(read(FULL_JSON)).isEqualTo(read(FULL_YAML)).hasSize(2);
    }

    @Test
    void secrets_referringToSetEnvironmentVariables_shouldBeResolved() {
        String yaml = """
                bots:
                  - botId: bot-1
                    eventSecret: env:BOT_EVENT_SECRET
                    workflowSecret: env:BOT_WORKFLOW_SECRET
                    actions:
                      - handoverType: contactRequest
                """;

        BotProfile bot = read(yaml).get(0);

        assertThat(bot.eventSecret()).contains("event-secret-from-env");
        assertThat(bot.workflowSecret()).contains("workflow-secret-from-env");
    }

    @Test
    void exportedPlatformAction_withUnknownFields_shouldBeAccepted() {
        // GIVEN an action as the platform exports its humanHandOverDto, with fields this function does not use
        String yaml = """
                bots:
                  - botId: bot-1
                    name: Front desk
                    channels: [SMS, Live_Chat]
                    actions:
                      - _id: 65f1c0ffee
                        enabled: true
                        handoverType: contactRequest
                        triggerCondition: The customer asks to speak to a person
                        examples: [speak to the owner]
                        assign: true
                        assignToUserId: user-7
                        skipAssignToUser: false
                        createTask: true
                        taskTitle: Call back
                        finalMessage: One moment please.
                        tags: [vip]
                        reactivateEnabled: true
                        sleepTime: 2
                        sleepTimeUnit: hours
                        locationId: loc-1
                        createdAt: 2025-01-28T14:35:00Z
                        updatedAt: 2025-01-29T09:00:00Z
                        deleted: false
                """;

        BotProfile.Handover handover = read(yaml).get(0).handover(Scenario.CONTACT_REQUEST).orElseThrow();

        assertThat(handover.examples()).containsExactly("speak to the owner");
        assertThat(handover.assignToUserId()).contains("user-7");
        assertThat(handover.taskTitle()).isEqualTo("Call back");
        assertThat(handover.finalMessage().textIn("en")).contains("One moment please.");
        assertThat(handover.tags()).containsExactly("vip");
        assertThat(handover.pauseFor()).contains(Duration.ofHours(2));
    }

    @Test
    void action_disabled_shouldBeSkippedAndNotCountAsDuplicate() {
        // GIVEN a disabled contact-request action, then an enabled one of the same type, and a lack-of-information one
        String yaml = """
                bots:
                  - botId: bot-1
                    actions:
                      - handoverType: contactRequest
                        enabled: false
                        examples: [disabled example]
                      - handoverType: lackOfInformation
                        enabled: true
                """;

        BotProfile bot = read(yaml).get(0);

        // THEN only the enabled action is there, and its examples are not the disabled one's
        assertThat(bot.handovers()).containsOnlyKeys(Scenario.LACK_OF_INFORMATION);
        assertThat(bot.examples()).isEmpty();
    }

    @Test
    void assign_withUserIdButAssignFalse_shouldSwitchAssignmentOff() {
        String yaml = """
                bots:
                  - botId: bot-1
                    actions:
                      - handoverType: contactRequest
                        assign: false
                        assignToUserId: user-7
                      - handoverType: lackOfInformation
                        assignToUserId: user-8
                """;

        BotProfile bot = read(yaml).get(0);

        assertThat(bot.handover(Scenario.CONTACT_REQUEST).orElseThrow().assignToUserId()).isEmpty();
        assertThat(bot.handover(Scenario.LACK_OF_INFORMATION).orElseThrow().assignToUserId())
                .as("assign defaults to on when a user is named").contains("user-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bots: [unclosed", "bots:\n  - botId: a\n   actions: x\n  bad indent", "bots: \"a text\"",
            "bots:\n  - botId: bot-1\n    maxRetries: lots\n"})
    void document_notYamlOrWrongShape_shouldThrowNamingTheProblem(String text) {
        BotConfigException failure = catchThrowableOfType(BotConfigException.class, () -> BotDirectory.parse(text));

        assertThat(failure).isNotNull();
        assertThat(failure.problems()).singleElement().asString()
                .startsWith("the bots document is not valid YAML or JSON: ")
                .hasSizeGreaterThan("the bots document is not valid YAML or JSON: ".length() + 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n\n"})
    void document_empty_shouldThrowSayingThereIsNoContent(String text) {
        // An empty text is refused by the parser already, before the "lists no bot" rule is reached.
        BotConfigException failure = catchThrowableOfType(BotConfigException.class, () -> BotDirectory.parse(text));

        assertThat(failure).isNotNull();
        assertThat(failure.problems()).containsExactly(
                "the bots document is not valid YAML or JSON: No content to map due to end-of-input");
    }

    @Test
    void document_null_shouldListNoBot() {
        BotConfigException failure = catchThrowableOfType(BotConfigException.class,
                () -> new BotProfileReader(ENV::get).read(null));

        assertThat(failure).isNotNull();
        assertThat(failure.problems()).containsExactly("bots: the document lists no bot");
    }

    private static List<BotProfile> read(String text) {
        return new BotProfileReader(ENV::get).read(BotDirectory.parse(text));
    }

    private static List<String> problems(String text) {
        return problems(new BotProfileReader(ENV::get), text);
    }

    private static List<String> problems(String text, boolean classifierEnabled) {
        return problems(new BotProfileReader(ENV::get, classifierEnabled), text);
    }

    /** The problems the reader lists when it refuses the document; a document it accepts fails the test. */
    private static List<String> problems(BotProfileReader reader, String text) {
        BotsDocument document = BotDirectory.parse(text);
        BotConfigException failure = catchThrowableOfType(BotConfigException.class, () -> reader.read(document));
        assertThat(failure).as("the document must be refused").isNotNull();
        return failure.problems();
    }
}
