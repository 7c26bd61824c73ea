package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bot's {@code pauseTag}, read through the bots document reader. */
class PauseSettingsReaderTest {

    @Test
    void pauseTag_shouldBeReadStripped_andAbsentMeansNone() {
        assertThat(bot("    pauseTag: '  ai_off '\n").pause()).isEqualTo(new PauseSettings(Optional.of("ai_off")));
        assertThat(bot("").pause()).isEqualTo(PauseSettings.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "blank        | '\"\"'                  | pauseTag must be 1 to 64 characters without a comma (found 0 characters)",
        "with a comma | 'ai_off,paused'       | pauseTag must be 1 to 64 characters without a comma (found 13 characters)",
        "too long     | 'ttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt' | pauseTag must be 1 to 64 characters without a comma (found 65 characters)",
        "a kept tag   | Human_Handover        | pauseTag 'Human_Handover' is also a tag of a handover action; the pause tag is removed when the pause ends, so it must differ from the tags that stay"})
    void brokenPauseTag_shouldBeRefusedNamingTheBotAndTheRule(String rule, String tag, String problem) {
        assertThatThrownBy(() -> bot("    pauseTag: " + tag + "\n"))
                .isInstanceOfSatisfying(BotConfigException.class, e -> assertThat(e.problems())
                        .containsExactly("bot 'bot-1': " + problem));
    }

    private static BotProfile bot(String pauseLine) {
        return new BotProfileReader(name -> null).read(BotDirectory.parse("""
                bots:
                  - botId: bot-1
                """ + pauseLine + """
                    actions:
                      - handoverType: contactRequest
                        tags: [human_handover]
                """)).get(0);
    }
}
