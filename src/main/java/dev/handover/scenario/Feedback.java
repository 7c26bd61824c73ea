package dev.handover.scenario;

/** How a customer's message right after a bot reply judges that reply. */
public enum Feedback {
    /** The reply did not help ("that didn't help", "still not working"): a failed attempt. */
    DISSATISFIED,
    /** The reply solved it ("thanks, that worked"): the failed-attempt count starts again. */
    RESOLVED,
    /** Anything else. */
    NEUTRAL
}
