package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code HANDOVER_BOT_PAUSE_TAG} is checked by the bots document's rules: one that is also a handover tag (which
 * stays on the contact, while the pause tag comes off) stops the start-up, naming the variable and the rule.
 */
class EnvironmentPauseTagStartupTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> BotDirectoryApplication.with(jar,
                    BrokenBotsDocumentStartupTest.StandInHandler.class))
            .overrideConfigKey("handover.bot.pause.tag", "Human_Handover")
            .overrideConfigKey("handover.bot.tags.values", "human_handover,vip")
            // no Docker here; the function's application.properties, which says so, is not part of this application
            .overrideConfigKey("quarkus.devservices.enabled", "false")
            .assertException(EnvironmentPauseTagStartupTest::namesTheVariableAndTheRule);

    @Test
    void startUp_shouldFail() {
        fail("the application started with a pause tag that is also a handover tag");
    }

    private static void namesTheVariableAndTheRule(Throwable failure) {
        // Thrown in the application's class loader: recognised by name.
        Throwable config = failure;
        while (config != null && !config.getClass().getName().equals(BotConfigException.class.getName())) {
            config = config.getCause();
        }
        assertThat(config).as("a BotConfigException in the causes of %s", failure).isNotNull();
        assertThat(config.getMessage()).isEqualTo("invalid bots configuration:\n  - bot 'default': "
                + "HANDOVER_BOT_PAUSE_TAG (pauseTag) 'Human_Handover' is also a tag of a handover action; the pause "
                + "tag is removed when the pause ends, so it must differ from the tags that stay");
    }
}
