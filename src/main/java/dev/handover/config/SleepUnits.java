package dev.handover.config;

import java.util.OptionalLong;

/** The duration units of the platform's sleep times ({@code sleepTime} + {@code sleepTimeUnit}). */
public final class SleepUnits {

    /** The units a sleep time may be given in, for messages. */
    public static final String NAMES = "seconds, minutes, hours, days";

    private SleepUnits() {
    }

    /** Seconds in the unit; a missing unit means hours, as the platform's agent sleep time. Empty: not a unit. */
    public static OptionalLong seconds(String unit) {
        return switch (unit == null ? "hours" : unit) {
            case "seconds" -> OptionalLong.of(1);
            case "minutes" -> OptionalLong.of(60);
            case "hours" -> OptionalLong.of(3600);
            case "days" -> OptionalLong.of(86_400);
            default -> OptionalLong.empty();
        };
    }
}
