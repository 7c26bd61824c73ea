package dev.handover.scenario;

/**
 * What a detector found in one message.
 *
 * @param matched whether the signal is present
 * @param reason a short machine-readable reason: which rule or example decided, for logs and tests
 */
public record Detection(boolean matched, String reason) {

    public static Detection match(String reason) {
        return new Detection(true, reason);
    }

    public static Detection noMatch(String reason) {
        return new Detection(false, reason);
    }
}
