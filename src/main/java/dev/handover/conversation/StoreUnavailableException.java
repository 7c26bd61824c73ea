package dev.handover.conversation;

/** DynamoDB could not be reached or kept throttling after the SDK's retries: the delivery should be retried later. */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
