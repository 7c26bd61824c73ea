package dev.handover.config;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.handover.config.BotsDocument.Hours;

/**
 * Validates a bot's {@code businessHours} block and turns it into {@link BusinessHoursSettings}. Problems are
 * reported as (field, rule) pairs, so that start-up lists all of them with the bot's name.
 */
final class BusinessHoursReader {

    static final String FIELD = "businessHours.";
    private static final Pattern RANGE = Pattern.compile("^\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*$");
    /** Someone is always told when the team is back: a blank after-hours text is a mistake, not a way to say none. */
    private static final LocalizedTextReader.Rules AFTER_HOURS = new LocalizedTextReader.Rules(false,
            Optional.of(BusinessHoursSettings.NEXT_OPENING));

    private BusinessHoursReader() {
    }

    static Optional<BusinessHoursSettings> read(Hours hours, BiConsumer<String, String> sink) {
        if (hours == null) {
            return Optional.empty();
        }
        boolean[] broken = {false};
        BiConsumer<String, String> problems = (field, rule) -> {
            broken[0] = true;
            sink.accept(field, rule);
        };
        Optional<ZoneId> zone = zone(hours.timeZone(), problems);
        Map<DayOfWeek, List<BusinessHours.Range>> weekly = weekly(hours.weekly(), problems);
        Set<LocalDate> closed = closedDates(hours.closedDates(), problems);
        Optional<LocalizedText> afterHours = LocalizedTextReader.read(hours.afterHoursMessage(),
                FIELD + "afterHoursMessage", BusinessHoursSettings.DEFAULT_MESSAGE, AFTER_HOURS, problems);
        if (weekly.values().stream().allMatch(List::isEmpty) && hours.weekly() != null) {
            problems.accept(FIELD + "weekly", "has no opening hours on any day: the bot would never reach a person; "
                    + "remove businessHours for a bot that hands over at any hour");
        }
        if (broken[0]) {
            return Optional.empty();
        }
        return Optional.of(new BusinessHoursSettings(new BusinessHours(zone.get(), weekly, closed),
                afterHours.get()));
    }

    private static Optional<ZoneId> zone(String id, BiConsumer<String, String> problems) {
        if (id == null || id.isBlank()) {
            problems.accept(FIELD + "timeZone", "is required (an IANA time zone such as Europe/Berlin)");
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            problems.accept(FIELD + "timeZone", "'" + id + "' is not a known time zone (use an IANA id such as "
                    + "America/New_York)");
            return Optional.empty();
        }
    }

    private static Map<DayOfWeek, List<BusinessHours.Range>> weekly(Map<String, List<String>> days,
            BiConsumer<String, String> problems) {
        Map<DayOfWeek, List<BusinessHours.Range>> weekly = new EnumMap<>(DayOfWeek.class);
        if (days == null) {
            problems.accept(FIELD + "weekly", "is required: the opening ranges per day, e.g. "
                    + "monday: [\"09:00-17:00\"]");
            return weekly;
        }
        days.forEach((name, ranges) -> {
            Optional<DayOfWeek> day = day(name);
            if (day.isEmpty()) {
                problems.accept(FIELD + "weekly." + name, "is not a day of the week (monday ... sunday)");
                return;
            }
            List<BusinessHours.Range> parsed = new ArrayList<>();
            List<String> given = ranges == null ? List.of() : ranges;
            for (int i = 0; i < given.size(); i++) {
                range(given.get(i), FIELD + "weekly." + name + "[" + i + "]", problems).ifPresent(parsed::add);
            }
            overlap(parsed, FIELD + "weekly." + name, problems);
            weekly.put(day.get(), parsed);
        });
        return weekly;
    }

    private static Optional<DayOfWeek> day(String name) {
        try {
            return Optional.of(DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<BusinessHours.Range> range(String text, String field, BiConsumer<String, String> problems) {
        Matcher matcher = text == null ? null : RANGE.matcher(text);
        if (matcher == null || !matcher.matches()) {
            problems.accept(field, "'" + text + "' is not a range like 09:00-17:00");
            return Optional.empty();
        }
        int startHour = Integer.parseInt(matcher.group(1));
        int startMinute = Integer.parseInt(matcher.group(2));
        int endHour = Integer.parseInt(matcher.group(3));
        int endMinute = Integer.parseInt(matcher.group(4));
        boolean endsAtMidnight = endHour == 24 && endMinute == 0;
        if (startHour > 23 || startMinute > 59 || (endHour > 23 && !endsAtMidnight) || endMinute > 59) {
            problems.accept(field, "'" + text + "' has a time outside 00:00-23:59 (24:00 may only end a range)");
            return Optional.empty();
        }
        LocalTime start = LocalTime.of(startHour, startMinute);
        LocalTime end = endsAtMidnight ? LocalTime.MIDNIGHT : LocalTime.of(endHour, endMinute);
        if (start.equals(end) && !endsAtMidnight) {
            problems.accept(field, "'" + text + "' is empty; write 00:00-24:00 for the whole day");
            return Optional.empty();
        }
        return Optional.of(new BusinessHours.Range(start, end));
    }

    /** Two ranges of one day that overlap are surely a typing mistake; the weekly plan says so at start-up. */
    private static void overlap(List<BusinessHours.Range> ranges, String field, BiConsumer<String, String> problems) {
        for (int i = 0; i < ranges.size(); i++) {
            for (int j = i + 1; j < ranges.size(); j++) {
                if (minutes(ranges.get(i))[0] < minutes(ranges.get(j))[1]
                        && minutes(ranges.get(j))[0] < minutes(ranges.get(i))[1]) {
                    problems.accept(field, "has overlapping ranges (" + i + " and " + j + ")");
                }
            }
        }
    }

    /** Start and end in minutes of the day, an overnight end counted on the next day. */
    private static int[] minutes(BusinessHours.Range range) {
        int start = range.start().toSecondOfDay() / 60;
        int end = range.end().toSecondOfDay() / 60 + (range.overnight() ? 24 * 60 : 0);
        return new int[] {start, end};
    }

    private static Set<LocalDate> closedDates(List<String> dates, BiConsumer<String, String> problems) {
        Set<LocalDate> closed = new LinkedHashSet<>();
        List<String> given = dates == null ? List.of() : dates;
        for (int i = 0; i < given.size(); i++) {
            try {
                closed.add(LocalDate.parse(String.valueOf(given.get(i)).strip()));
            } catch (DateTimeParseException e) {
                problems.accept(FIELD + "closedDates[" + i + "]", "'" + given.get(i)
                        + "' is not a date like 2025-12-25");
            }
        }
        return closed;
    }
}
