package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Opening, closing, overnight ranges, closed dates and DST changes of {@link BusinessHours}. */
class BusinessHoursTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Monday to Friday 09:00-12:00 and 13:00-17:00; closed on the weekend. */
    static BusinessHours office(ZoneId zone, Set<LocalDate> closed) {
        Map<DayOfWeek, List<BusinessHours.Range>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            weekly.put(day, List.of(range("09:00", "12:00"), range("13:00", "17:00")));
        }
        return new BusinessHours(zone, weekly, closed);
    }

    static BusinessHours.Range range(String start, String end) {
        return new BusinessHours.Range(LocalTime.parse(start), LocalTime.parse(end));
    }

    static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    @Test
    void exactlyAtOpening_isOpen_andExactlyAtClosing_isClosed() {
        BusinessHours hours = office(BERLIN, Set.of());
        // 2025-03-03 is a Monday
        assertThat(hours.isOpen(at(BERLIN, "2025-03-03T09:00"))).isTrue();
        assertThat(hours.isOpen(at(BERLIN, "2025-03-03T08:59:59"))).isFalse();
        assertThat(hours.isOpen(at(BERLIN, "2025-03-03T11:59:59"))).isTrue();
        assertThat(hours.isOpen(at(BERLIN, "2025-03-03T12:00"))).isFalse();
        assertThat(hours.isOpen(at(BERLIN, "2025-03-03T17:00"))).isFalse();
        assertThat(hours.nextOpening(at(BERLIN, "2025-03-03T09:00"))).isEqualTo(at(BERLIN, "2025-03-03T09:00"));
        assertThat(hours.nextOpening(at(BERLIN, "2025-03-03T12:00"))).isEqualTo(at(BERLIN, "2025-03-03T13:00"));
    }

    @Test
    void afterFridayClosing_opensOnMonday_andDueTimeCountsOnlyOpenHours() {
        BusinessHours hours = office(BERLIN, Set.of());
        Instant friday = at(BERLIN, "2025-03-07T18:30");

        assertThat(hours.isOpen(friday)).isFalse();
        assertThat(hours.nextOpening(friday)).isEqualTo(at(BERLIN, "2025-03-10T09:00"));
        // 24 open hours from Monday 09:00 at 7 hours a day: Mon 7, Tue 7, Wed 7, then 3 on Thursday (9-12)
        assertThat(hours.plusOpenTime(friday, Duration.ofHours(24))).isEqualTo(at(BERLIN, "2025-03-13T12:00"));
        assertThat(hours.plusOpenTime(friday, Duration.ZERO)).isEqualTo(at(BERLIN, "2025-03-10T09:00"));
        // 4 hours from Monday 09:00: 3 before lunch, 1 after
        assertThat(hours.plusOpenTime(friday, Duration.ofHours(4))).isEqualTo(at(BERLIN, "2025-03-10T14:00"));
    }

    @Test
    void closedDates_skipTheirRanges() {
        // Monday 2025-03-10 and Tuesday 2025-03-11 closed
        BusinessHours hours = office(BERLIN, Set.of(LocalDate.parse("2025-03-10"), LocalDate.parse("2025-03-11")));

        assertThat(hours.isOpen(at(BERLIN, "2025-03-10T10:00"))).isFalse();
        assertThat(hours.nextOpening(at(BERLIN, "2025-03-07T18:30"))).isEqualTo(at(BERLIN, "2025-03-12T09:00"));
        assertThat(hours.plusOpenTime(at(BERLIN, "2025-03-07T18:30"), Duration.ofHours(7)))
                .isEqualTo(at(BERLIN, "2025-03-12T17:00"));
    }

    @Test
    void overnightRange_runsIntoTheNextDay_andAClosedDateCancelsOnlyTheRangesStartingOnIt() {
        Map<DayOfWeek, List<BusinessHours.Range>> weekly = new EnumMap<>(DayOfWeek.class);
        weekly.put(DayOfWeek.FRIDAY, List.of(range("22:00", "02:00")));
        weekly.put(DayOfWeek.SATURDAY, List.of(range("22:00", "00:00")));
        BusinessHours hours = new BusinessHours(BERLIN, weekly, Set.of(LocalDate.parse("2025-03-08")));

        // Friday 22:00 to Saturday 02:00, though Saturday is closed: the range belongs to Friday
        assertThat(hours.isOpen(at(BERLIN, "2025-03-07T23:30"))).isTrue();
        assertThat(hours.isOpen(at(BERLIN, "2025-03-08T01:59"))).isTrue();
        assertThat(hours.isOpen(at(BERLIN, "2025-03-08T02:00"))).isFalse();
        // Saturday's own range (to midnight) is cancelled by the closed date
        assertThat(hours.isOpen(at(BERLIN, "2025-03-08T23:00"))).isFalse();
        assertThat(hours.nextOpening(at(BERLIN, "2025-03-08T02:00"))).isEqualTo(at(BERLIN, "2025-03-14T22:00"));
        // two open hours from Friday 23:00: one before midnight, one after
        assertThat(hours.plusOpenTime(at(BERLIN, "2025-03-07T23:00"), Duration.ofHours(2)))
                .isEqualTo(at(BERLIN, "2025-03-08T01:00"));
    }

    @Test
    void springForward_shortensTheDayAndMovesATimeInTheGap() {
        // New York skipped 02:00-03:00 on Sunday 2025-03-09
        Map<DayOfWeek, List<BusinessHours.Range>> weekly = new EnumMap<>(DayOfWeek.class);
        weekly.put(DayOfWeek.SATURDAY, List.of(range("20:00", "04:00")));
        weekly.put(DayOfWeek.SUNDAY, List.of(range("02:30", "05:00")));
        BusinessHours hours = new BusinessHours(NEW_YORK, weekly, Set.of());

        // Saturday 20:00 EST to Sunday 04:00 EDT is 7 real hours, not 8
        assertThat(hours.plusOpenTime(at(NEW_YORK, "2025-03-08T20:00"), Duration.ofHours(7)))
                .isEqualTo(at(NEW_YORK, "2025-03-09T04:00"));
        assertThat(hours.isOpen(at(NEW_YORK, "2025-03-09T04:30"))).isTrue();
        // 02:30 does not exist that day: the range starts at 03:30 EDT, which is inside the overnight range anyway
        assertThat(hours.plusOpenTime(at(NEW_YORK, "2025-03-08T20:00"), Duration.ofHours(8)))
                .isEqualTo(at(NEW_YORK, "2025-03-09T05:00"));
    }

    @Test
    void fallBack_lengthensTheNight() {
        // Berlin repeated 02:00-03:00 on Sunday 2025-10-26
        Map<DayOfWeek, List<BusinessHours.Range>> weekly = new EnumMap<>(DayOfWeek.class);
        weekly.put(DayOfWeek.SATURDAY, List.of(range("22:00", "06:00")));
        BusinessHours hours = new BusinessHours(BERLIN, weekly, Set.of());

        Instant start = at(BERLIN, "2025-10-25T22:00");
        Instant end = at(BERLIN, "2025-10-26T06:00");
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofHours(9));
        assertThat(hours.plusOpenTime(start, Duration.ofHours(9))).isEqualTo(end);
        assertThat(hours.isOpen(end)).isFalse();
        assertThat(hours.nextOpening(end)).isEqualTo(at(BERLIN, "2025-11-01T22:00"));
    }

    @Test
    void aClosedDateOnTheOnlyOpenDay_shouldSkipAWholeWeek() {
        // open one minute on Mondays; Monday 2026-12-28 closed
        Map<DayOfWeek, List<BusinessHours.Range>> weekly = new EnumMap<>(DayOfWeek.class);
        weekly.put(DayOfWeek.MONDAY, List.of(range("09:00", "09:01")));
        BusinessHours hours = new BusinessHours(BERLIN, weekly, Set.of(LocalDate.parse("2026-12-28")));

        Instant tuesday = at(BERLIN, "2026-12-22T10:00");
        assertThat(hours.nextOpening(tuesday)).isEqualTo(at(BERLIN, "2027-01-04T09:00"));
        // an hour of open time is 60 Mondays' minutes
        assertThat(hours.plusOpenTime(tuesday, Duration.ofHours(1)))
                .isEqualTo(at(BERLIN, "2027-01-04T09:01").plus(Duration.ofDays(7 * 59)));
    }

    @Test
    void aWeekWithoutAnyHours_isRefused() {
        Map<DayOfWeek, List<BusinessHours.Range>> weekly = new EnumMap<>(DayOfWeek.class);
        weekly.put(DayOfWeek.MONDAY, List.of());

        assertThatThrownBy(() -> new BusinessHours(BERLIN, weekly, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without any opening hours");
        assertThatThrownBy(() -> new BusinessHours(BERLIN, Map.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
