package dev.handover.aws;

/**
 * A Secrets Manager secret could not be read. The message names the secret and what went wrong (the service's
 * error code and HTTP status, or why it was not reached), never a value.
 */
public class SecretReadException extends RuntimeException {

    private final boolean retryable;

    public SecretReadException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    /** Whether a later read may succeed (throttled, a 5xx, not reached); false for a missing secret or no permission. */
    public boolean retryable() {
        return retryable;
    }
}
