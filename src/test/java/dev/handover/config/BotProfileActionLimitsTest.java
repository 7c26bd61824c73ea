package dev.handover.config;

import static dev.handover.config.BotProfileFixtures.ENV;
import static dev.handover.config.BotProfileFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.handover.scenario.Scenario;

/** The limit of three handover actions per bot, and custom actions with and without the classifier. */
class BotProfileActionLimitsTest {

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
}
