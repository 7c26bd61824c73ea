package dev.handover.scenario;

/**
 * The feedback a customer message gives on the bot's previous reply.
 *
 * @param reason which rule decided, machine-readable
 */
public record FeedbackDetection(Feedback feedback, String reason) {
}
