package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code forwardTo} in the bots document: checked at start-up, every broken rule named, the URL never echoed. */
class ForwardToSettingTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://bot.example.com/hook", "https://bot.example.com:8443/hooks/handover?source=hl",
            "http://127.0.0.1:8080/hook", "http://localhost:9000/", "http://[::1]:9000/hook",
            "https://127.0.0.1/hook"})
    void httpsOrLoopback_shouldBeAccepted(String url) {
        assertThat(read(url, "secret-1", false).get(0).forwardTo()).contains(URI.create(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://bot.example.com/hook | must use https (plain http only to a loopback address",
            "http://10.0.0.7/hook | must use https (plain http only to a loopback address",
            "ftp://bot.example.com/hook | must be an https URL (found scheme 'ftp')",
            "/hook | must be an absolute https URL with a host",
            "bot.example.com/hook | must be an absolute https URL with a host",
            "mailto:bot@example.com | must be an absolute https URL with a host",
            "https://bot:hunter2@bot.example.com/hook | must not carry credentials (user:password@)",
            "https://bot.example.com/hook?token=hunter2 | must not carry a credential in its query",
            "https://bot.example.com/hook?source=hl&api_key=hunter2 | must not carry a credential in its query",
            "https://bot.example.com/hook#hunter2 | must not have a fragment",
            "https://bot.example.com/ho ok?hunter2 | is not a valid URL (Illegal character in path at index 26)"})
    void brokenUrl_shouldStopTheStart_namingTheBotAndTheRule_withoutEchoingTheUrl(String url, String rule) {
        assertThatThrownBy(() -> read(url, "secret-1", false)).isInstanceOf(BotConfigException.class)
                .hasMessageContaining("bot 'gated': forwardTo " + rule).hasMessageNotContaining("hunter2");
    }

    @Test
    void withoutEventSecret_shouldStopTheStart_asNothingCouldSignTheForwards() {
        assertThatThrownBy(() -> read("https://bot.example.com/hook", null, false))
                .hasMessageContaining("bot 'gated': forwardTo needs the bot's eventSecret");
    }

    @Test
    void inShadowMode_shouldStopTheStart_asTheBotWouldReceiveNothing() {
        assertThatThrownBy(() -> read("https://bot.example.com/hook", "secret-1", true))
                .hasMessageContaining("bot 'gated': forwardTo cannot be combined with shadow: true");
    }

    @Test
    void envReference_shouldBeReadFromTheEnvironment_andAnUnsetOneRefused() {
        Map<String, String> environment = Map.of("GATED_BOT_URL", "https://bot.example.com/from-env");
        List<BotProfile> bots = new BotProfileReader(environment::get).read(BotDirectory.parse(document(
                "env:GATED_BOT_URL", "secret-1", false)));
        assertThat(bots.get(0).forwardTo()).contains(URI.create("https://bot.example.com/from-env"));

        assertThatThrownBy(() -> read("env:MISSING_URL", "secret-1", false)).hasMessageContaining(
                "bot 'gated': forwardTo refers to environment variable MISSING_URL, which is not set");
    }

    @Test
    void absentOrBlank_shouldLeaveTheBotWithoutAGate() {
        assertThat(read(null, null, false).get(0).forwardTo()).isEqualTo(Optional.empty());
        assertThat(read("\"\"", null, true).get(0).forwardTo()).isEqualTo(Optional.empty());
    }

    private static List<BotProfile> read(String url, String secret, boolean shadow) {
        return new BotProfileReader(name -> null).read(BotDirectory.parse(document(url, secret, shadow)));
    }

    private static String document(String url, String secret, boolean shadow) {
        return "bots:\n  - botId: gated\n    locationIds: [loc-1]\n"
                + (url == null ? "" : "    forwardTo: " + (url.startsWith("\"") ? url : "'" + url + "'") + "\n")
                + (secret == null ? "" : "    eventSecret: " + secret + "\n")
                + "    shadow: " + shadow + "\n    actions:\n      - handoverType: contactRequest\n";
    }
}
