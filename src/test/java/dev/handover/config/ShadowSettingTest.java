package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code shadow} in the bots document: on only when it says {@code true}. */
class ShadowSettingTest {

    @Test
    void shadowTrue_shouldPutTheBotInShadowMode_andItsAbsenceOrFalseShouldNot() {
        String yaml = """
                bots:
                  - botId: watched
                    locationIds: [loc-1]
                    shadow: true
                    actions:
                      - handoverType: contactRequest
                  - botId: live
                    locationIds: [loc-2]
                    actions:
                      - handoverType: contactRequest
                  - botId: switched-on
                    locationIds: [loc-3]
                    shadow: false
                    actions:
                      - handoverType: contactRequest
                """;

        List<BotProfile> bots = new BotProfileReader(name -> null).read(BotDirectory.parse(yaml));

        assertThat(bots).extracting(BotProfile::botId, BotProfile::shadow).containsExactly(tuple("watched", true),
                tuple("live", false), tuple("switched-on", false));
    }
}
