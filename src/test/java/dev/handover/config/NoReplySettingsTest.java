package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.handover.config.NoReplySettings.OnNoReply;

/** When a handover's wait for a person's reply runs out: in plain time, or in open time with business hours. */
class NoReplySettingsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final NoReplySettings TWO_HOURS = new NoReplySettings(Duration.ofHours(2), OnNoReply.RESUME,
            LocalizedText.NONE, Optional.empty(), Optional.empty());

    @Test
    void withoutBusinessHours_shouldBeTheTimeoutLater() {
        Instant at = Instant.parse("2030-01-04T18:30:00Z");

        assertThat(TWO_HOURS.deadline(at, Optional.empty())).isEqualTo(Instant.parse("2030-01-04T20:30:00Z"));
    }

    @Test
    void fridayEvening_shouldRunOutOnMondayAtOpeningPlusTheTimeout() {
        // Friday 2030-01-04 at 18:30 in Berlin, after closing; Monday opens at 09:00
        Instant friday = local("2030-01-04T18:30");

        assertThat(TWO_HOURS.deadline(friday, Optional.of(weekdays()))).isEqualTo(local("2030-01-07T11:00"));
    }

    @Test
    void lateInTheDay_shouldCarryTheRestIntoTheNextOpening() {
        // Thursday 16:00: one open hour left that day, the second from Friday's opening
        assertThat(TWO_HOURS.deadline(local("2030-01-03T16:00"), Optional.of(weekdays())))
                .isEqualTo(local("2030-01-04T10:00"));
    }

    @Test
    void aFractionOfASecond_shouldRoundUp_neverFiringEarly() {
        Instant at = Instant.parse("2030-01-04T18:30:00.250Z");

        assertThat(TWO_HOURS.deadline(at, Optional.empty())).isEqualTo(Instant.parse("2030-01-04T20:30:01Z"));
    }

    private static BusinessHours weekdays() {
        Map<DayOfWeek, List<BusinessHours.Range>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            weekly.put(day, List.of(new BusinessHours.Range(LocalTime.of(9, 0), LocalTime.of(17, 0))));
        }
        return new BusinessHours(BERLIN, weekly, Set.of());
    }

    private static Instant local(String berlinTime) {
        return LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
    }
}
