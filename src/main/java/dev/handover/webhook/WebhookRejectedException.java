package dev.handover.webhook;

/** A request the function refuses; the sender gets {@code status} and a JSON body {@code {error, detail}}. */
public class WebhookRejectedException extends RuntimeException {

    private final int status;
    private final String error;

    public WebhookRejectedException(int status, String error, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.error = error;
    }

    public static WebhookRejectedException badRequest(String error, String detail) {
        return new WebhookRejectedException(400, error, detail);
    }

    public static WebhookRejectedException unauthorized(String error, String detail) {
        return new WebhookRejectedException(401, error, detail);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }
}
