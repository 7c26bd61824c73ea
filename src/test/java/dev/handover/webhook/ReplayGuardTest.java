package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.handover.support.TestConfigs;

class ReplayGuardTest {

    private static final Instant NOW = Instant.parse("2025-01-28T14:35:00Z");

    private final ReplayGuard guard = new ReplayGuard(Clock.fixed(NOW, ZoneOffset.UTC), TestConfigs.defaultWebhook());

    @Test
    void timestamp_fourMinutesOld_shouldBeFresh() {
        assertThat(guard.check(NOW.minus(Duration.ofMinutes(4)))).isFalse();
    }

    @Test
    void timestamp_exactlyMaxAgeOld_shouldBeFresh() {
        assertThat(guard.check(NOW.minus(Duration.ofMinutes(5)))).isFalse();
    }

    @Test
    void timestamp_sixMinutesOld_shouldOnlyPassAsAwaitedRedelivery() {
        // HighLevel redelivers after a 429 about 10 minutes later, with the original timestamp
        assertThat(guard.check(NOW.minus(Duration.ofMinutes(6)))).isTrue();
        assertThat(guard.check(NOW.minus(Duration.ofMinutes(70)))).isTrue();
    }

    @Test
    void timestamp_olderThanRetryWindow_shouldBeStale() {
        WebhookRejectedException rejection = reject(NOW.minus(Duration.ofMinutes(80)).minusMillis(1));

        assertThat(rejection.status()).isEqualTo(401);
        assertThat(rejection.error()).isEqualTo("stale_timestamp");
    }

    @Test
    void timestamp_now_shouldBeFresh() {
        assertThat(guard.check(NOW)).isFalse();
    }

    @Test
    void timestamp_thirtySecondsAhead_shouldBeFresh() {
        assertThat(guard.check(NOW.plusSeconds(30))).isFalse();
    }

    @Test
    void timestamp_twoMinutesAhead_shouldBeFuture() {
        WebhookRejectedException rejection = reject(NOW.plus(Duration.ofMinutes(2)));

        assertThat(rejection.status()).isEqualTo(401);
        assertThat(rejection.error()).isEqualTo("future_timestamp");
    }

    @Test
    void timestamp_oneMillisecondPastClockSkew_shouldBeFuture() {
        assertThat(reject(NOW.plus(Duration.ofMinutes(1)).plusMillis(1)).error()).isEqualTo("future_timestamp");
    }

    @Test
    void configuredWindows_shouldBeHonoured() {
        ReplayGuard strict = new ReplayGuard(Clock.fixed(NOW, ZoneOffset.UTC),
                TestConfigs.webhook(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofSeconds(5), 262_144));

        assertThat(strict.check(NOW.minusSeconds(59))).isFalse();
        assertThat(strict.check(NOW.minusSeconds(61))).isTrue();
        WebhookRejectedException stale = catchThrowableOfType(WebhookRejectedException.class,
                () -> strict.check(NOW.minusSeconds(121)));
        WebhookRejectedException future = catchThrowableOfType(WebhookRejectedException.class,
                () -> strict.check(NOW.plusSeconds(6)));
        assertThat(stale).isNotNull();
        assertThat(stale.error()).isEqualTo("stale_timestamp");
        assertThat(future).isNotNull();
        assertThat(future.error()).isEqualTo("future_timestamp");
    }

    private WebhookRejectedException reject(Instant timestamp) {
        WebhookRejectedException rejection = catchThrowableOfType(WebhookRejectedException.class,
                () -> guard.check(timestamp));
        assertThat(rejection).as("timestamp %s must be refused at %s", timestamp, NOW).isNotNull();
        return rejection;
    }
}
