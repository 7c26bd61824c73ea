package dev.handover.crm;

/** A CRM call that failed, classified by what the caller can do about it. */
public class CrmException extends RuntimeException {

    private final Kind kind;
    private final int status;

    public CrmException(Kind kind, String message) {
        this(kind, 0, message, null);
    }

    public CrmException(Kind kind, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, 0 when none was received. */
    public int status() {
        return status;
    }

    public boolean retryable() {
        return kind == Kind.RETRYABLE;
    }

    public enum Kind {
        /** Rate limit, server error or timeout: a later attempt may succeed. */
        RETRYABLE,
        /** The CRM refused the request itself (4xx): repeating it will not help. */
        PERMANENT,
        /** Missing or rejected credentials: an operator must fix the configuration. */
        CONFIGURATION
    }
}
