package dev.handover.config;

import static dev.handover.config.BotProfileFixtures.ENV;
import static dev.handover.config.BotProfileFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.handover.scenario.Scenario;

class BotProfileReaderTest {

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
}
