package dev.handover.handover;

/**
 * How one action of a handover went.
 *
 * @param status {@code done}, {@code failed} (for good), {@code pending} (a retry will finish it), {@code shadow}
 *        (planned, not carried out: the bot is in shadow mode), or {@code scheduled} (recorded as due work: the
 *        one-minute sweep carries it out, no redelivery needed), or {@code kept} (a pause tag left on the contact
 *        because another conversation's pause still holds it)
 * @param detail the CRM's id for what was created, or why the action failed
 */
public record ActionReport(String action, String status, String detail) {

    public static ActionReport done(String action, String detail) {
        return new ActionReport(action, "done", detail);
    }

    public static ActionReport failed(String action, String reason) {
        return new ActionReport(action, "failed", reason);
    }

    public static ActionReport pending(String action, String reason) {
        return new ActionReport(action, "pending", reason);
    }

    public static ActionReport scheduled(String action, String reason) {
        return new ActionReport(action, "scheduled", reason);
    }

    public static ActionReport kept(String action, String reason) {
        return new ActionReport(action, "kept", reason);
    }

    public static ActionReport shadow(String action) {
        return new ActionReport(action, "shadow", "not carried out: the bot is in shadow mode");
    }

    /** Not a bean getter, so that it stays out of the JSON answer. */
    public boolean awaitsRetry() {
        return "pending".equals(status);
    }
}
