package dev.handover.conversation;

/**
 * DynamoDB refused a request as invalid (a {@code ValidationException}, e.g. an item over 400 KB): no retry can fix
 * it, so it must not be answered 429 for ever.
 */
public class StoreRejectedException extends RuntimeException {

    public StoreRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
