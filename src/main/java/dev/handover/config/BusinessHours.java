package dev.handover.config;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A bot's business hours: weekly opening ranges in a time zone, and closed dates. Pure: no clock, no I/O.
 *
 * <p>A range belongs to the day it starts on: {@code 22:00-02:00} on Friday runs into Saturday, and {@code 24:00}
 * as an end is midnight. A closed date cancels the ranges that start on it (the tail of an overnight range from
 * the day before still runs). Local times are those of the zone: on a day a DST change skips, a time inside the gap
 * moves forward by the gap; on a day it repeats, the earlier of the two instants is taken. An opening is inclusive
 * and a closing exclusive: a handover exactly at the opening time is in hours, one exactly at the closing time is not.
 */
public final class BusinessHours {

    /** One opening range; {@code end} not after {@code start} means it ends on the next day. */
    public record Range(LocalTime start, LocalTime end) {

        public Range {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }

        boolean overnight() {
            return !end.isAfter(start);
        }
    }

    private record Interval(Instant start, Instant end) {
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Range>> weekly;
    private final Set<LocalDate> closed;

    /** @throws IllegalArgumentException when no day of the week has a range: such a bot would never be open */
    public BusinessHours(ZoneId zone, Map<DayOfWeek, List<Range>> weekly, Set<LocalDate> closed) {
        this.zone = Objects.requireNonNull(zone, "zone");
        Map<DayOfWeek, List<Range>> copy = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((day, ranges) -> copy.put(day, List.copyOf(ranges)));
        if (copy.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a week without any opening hours");
        }
        this.weekly = copy;
        this.closed = Set.copyOf(closed);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isOpen(Instant at) {
        return intervalsAround(at).stream().anyMatch(interval -> contains(interval, at));
    }

    /** {@code at} itself when open then, otherwise the next time the business opens. */
    public Instant nextOpening(Instant at) {
        LocalDate day = localDate(at).minusDays(1);
        for (int scanned = 0; scanned <= maxGapDays(); scanned++, day = day.plusDays(1)) {
            for (Interval interval : intervals(day)) {
                if (contains(interval, at)) {
                    return at;
                }
                if (interval.start().isAfter(at)) {
                    return interval.start();
                }
            }
        }
        throw new IllegalStateException("no opening found"); // unreachable: a week has a range, closed dates are few
    }

    /**
     * The instant after {@code amount} of open time counted from {@code from}: time while the business is closed
     * does not count. A zero amount gives the next opening.
     */
    public Instant plusOpenTime(Instant from, Duration amount) {
        Instant start = nextOpening(from);
        Duration left = amount;
        LocalDate day = localDate(start).minusDays(1);
        Instant counted = start;
        for (int quiet = 0; quiet <= maxGapDays(); day = day.plusDays(1)) {
            List<Interval> intervals = intervals(day);
            quiet = intervals.isEmpty() ? quiet + 1 : 0;
            for (Interval interval : intervals) {
                if (!interval.end().isAfter(counted)) {
                    continue;
                }
                Instant segmentStart = interval.start().isAfter(counted) ? interval.start() : counted;
                Duration available = Duration.between(segmentStart, interval.end());
                if (left.compareTo(available) <= 0) {
                    return segmentStart.plus(left);
                }
                left = left.minus(available);
                counted = interval.end();
            }
        }
        throw new IllegalStateException("no opening found"); // unreachable, as in nextOpening
    }

    /** The intervals that may contain {@code at}: the ranges of its day and of the day before (overnight ones). */
    private List<Interval> intervalsAround(Instant at) {
        LocalDate day = localDate(at);
        List<Interval> around = new ArrayList<>(intervals(day.minusDays(1)));
        around.addAll(intervals(day));
        return around;
    }

    /** The ranges starting on {@code day}, as instants, earliest first; none on a closed date. */
    private List<Interval> intervals(LocalDate day) {
        if (closed.contains(day)) {
            return List.of();
        }
        List<Interval> result = new ArrayList<>();
        for (Range range : weekly.getOrDefault(day.getDayOfWeek(), List.of())) {
            Instant start = ZonedDateTime.of(day, range.start(), zone).toInstant();
            Instant end = ZonedDateTime.of(range.overnight() ? day.plusDays(1) : day, range.end(), zone).toInstant();
            if (end.isAfter(start)) {
                result.add(new Interval(start, end));
            }
        }
        result.sort(Comparator.comparing(Interval::start));
        return result;
    }

    /**
     * Any run of days longer than this without a range is impossible: every week has a range, and each closed date
     * can take away at most one week's (when the week has a single open day).
     */
    private int maxGapDays() {
        return 7 * (closed.size() + 1) + 1;
    }

    private LocalDate localDate(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    private static boolean contains(Interval interval, Instant at) {
        return !at.isBefore(interval.start()) && at.isBefore(interval.end());
    }
}
