package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.handover.conversation.PauseRequest;
import dev.handover.support.Webhooks;

/** The duration of a {@code pause} command on /events. */
class PauseCommandReaderTest {

    @Test
    void noDuration_shouldPauseForTheBotsManualSleep() {
        PauseRequest request = read("{}");

        assertThat(request).isEqualTo(PauseRequest.asBotDefault());
        assertThat(request.pauseFor(java.util.Optional.of(Duration.ofHours(2)))).contains(Duration.ofHours(2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"sleepTime\": 90, \"sleepTimeUnit\": \"minutes\"} | PT1H30M",
        "{\"sleepTime\": 2}                                 | PT2H",
        "{\"sleepTime\": 1.5, \"sleepTimeUnit\": \"days\"}   | PT36H",
        "{\"sleepTime\": 1, \"sleepTimeUnit\": \"seconds\"}  | PT1S"})
    void duration_shouldBeReadInItsUnit(String body, Duration expected) {
        assertThat(read(body)).isEqualTo(PauseRequest.lasting(expected));
    }

    @Test
    void reactivateDisabled_shouldPauseUntilResumed() {
        assertThat(read("{\"reactivateEnabled\": false}").pauseFor(java.util.Optional.of(Duration.ofHours(2))))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "{\"sleepTime\": 0}                                    | 'sleepTime' must be at least one second",
        "{\"sleepTime\": 3651, \"sleepTimeUnit\": \"days\"}     | 'sleepTime' must be at least one second",
        "{\"sleepTime\": 3, \"sleepTimeUnit\": \"weeks\"}       | 'sleepTimeUnit' must be one of seconds, minutes, hours, days",
        "{\"sleepTimeUnit\": \"days\"}                          | 'sleepTimeUnit' needs 'sleepTime'",
        "{\"sleepTime\": 3, \"reactivateEnabled\": false}       | exclude each other",
        "{\"sleepTime\": \"three\"}                             | sleepTime"})
    void badDuration_shouldBeRefused400NamingTheFieldNotEchoingIt(String body, String detail) {
        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(WebhookRejectedException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.detail()).contains(detail).doesNotContain("weeks", "three");
        });
    }

    private static PauseRequest read(String body) {
        try {
            return PauseCommandReader.read(new JsonFields(Webhooks.JSON.readTree(body)));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
