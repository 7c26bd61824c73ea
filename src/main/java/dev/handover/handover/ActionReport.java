package dev.handover.handover;

/**
 * How one action of a handover went.
 *
 * @param status {@code done}, {@code failed} (for good), or {@code pending} (a retry will finish it)
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

    /** Not a bean getter, so that it stays out of the JSON answer. */
    public boolean awaitsRetry() {
        return "pending".equals(status);
    }
}
