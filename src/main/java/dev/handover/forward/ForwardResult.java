package dev.handover.forward;

/**
 * How a forward to a bot went.
 *
 * @param kind whether the bot has the message, a redelivery should try again, or the bot refused it
 * @param attempts the attempts made in this invocation
 * @param detail what happened, in words: statuses and counts, never the message or the signature
 */
public record ForwardResult(Kind kind, int attempts, String detail) {

    public boolean forwarded() {
        return kind == Kind.FORWARDED;
    }

    public enum Kind {
        /** The bot answered 2xx. */
        FORWARDED,
        /** Timeouts, refused connections, 408, 429 or 5xx until the retries or the time ran out. */
        RETRY,
        /** The bot refused the forward (another 4xx, or a redirect): its URL or its secret needs fixing. */
        CONFIGURATION
    }
}
