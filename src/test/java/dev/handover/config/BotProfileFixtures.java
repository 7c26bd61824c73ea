package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

/** What the bot-configuration tests share: the environment the secrets resolve against and the reading helpers. */
final class BotProfileFixtures {


    static final Map<String, String> ENV = Map.of(
            "BOT_EVENT_SECRET", "event-secret-from-env",
            "BOT_WORKFLOW_SECRET", "workflow-secret-from-env",
            "BLANK_SECRET", "  ");

    private BotProfileFixtures() {
    }

    static List<BotProfile> read(String text) {
        return new BotProfileReader(ENV::get).read(BotDirectory.parse(text));
    }

    static List<String> problems(String text) {
        return problems(new BotProfileReader(ENV::get), text);
    }

    static List<String> problems(String text, boolean classifierEnabled) {
        return problems(new BotProfileReader(ENV::get, classifierEnabled), text);
    }

    /** The problems the reader lists when it refuses the document; a document it accepts fails the test. */
    static List<String> problems(BotProfileReader reader, String text) {
        BotsDocument document = BotDirectory.parse(text);
        BotConfigException failure = catchThrowableOfType(BotConfigException.class, () -> reader.read(document));
        assertThat(failure).as("the document must be refused").isNotNull();
        return failure.problems();
    }
}
