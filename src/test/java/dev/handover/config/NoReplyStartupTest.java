package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/**
 * A bots document whose no-reply settings break the rules stops the application at start-up, naming each bot, field
 * and rule, before any request: a timeout the pause outlasts nothing, an escalation to nobody.
 */
class NoReplyStartupTest {

    private static final String BROKEN = """
            bots:
              - botId: pause-ends-first
                locationIds: [loc-a]
                actions:
                  - {handoverType: contactRequest, assign: false, sleepTime: 1, humanResponseTimeout: 2}
              - botId: escalates-to-nobody
                locationIds: [loc-b]
                actions:
                  - {handoverType: contactRequest, assign: false, humanResponseTimeout: 1, onNoReply: escalate}
            """;

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> BotDirectoryApplication.with(jar,
                    BrokenBotsDocumentStartupTest.StandInHandler.class))
            .overrideConfigKey("handover.bots.document", BROKEN)
            .overrideConfigKey("quarkus.devservices.enabled", "false")
            .overrideConfigKey("handover.classifier.enabled", "false")
            .assertException(NoReplyStartupTest::namesEachRule);

    @Test
    void startUp_shouldFail() {
        fail("the application started with broken no-reply settings");
    }

    private static void namesEachRule(Throwable failure) {
        Throwable config = failure;
        while (config != null && !config.getClass().getName().equals(BotConfigException.class.getName())) {
            config = config.getCause();
        }
        assertThat(config).as("a BotConfigException among the causes of %s", failure).isNotNull();
        List<String> lines = config.getMessage().lines().toList();
        assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrder(
                "  - bot 'pause-ends-first': actions[0].humanResponseTimeout must be shorter than the action's pause "
                        + "(sleepTime), which would otherwise end first",
                "  - bot 'escalates-to-nobody': actions[0].onNoReply is escalate, which needs escalateToUserId, "
                        + "escalationTag or both");
    }
}
