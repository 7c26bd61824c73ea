package dev.handover.handover;

/**
 * What the gate did with a customer message of a bot that sits behind the function ({@code forwardTo}).
 *
 * @param result {@code forwarded} (the bot has it), {@code held} (the function keeps it from the bot: paused or
 *        handed over), or {@code failed} (not forwarded; a redelivery will try again)
 * @param detail how the forward went, or why it failed: attempts and statuses, never the message
 */
public record GateReport(String result, String detail) {

    static GateReport forwarded(String detail) {
        return new GateReport("forwarded", detail);
    }

    static GateReport held() {
        return new GateReport("held", "the bot is paused or the conversation is handed over");
    }

    static GateReport failed(String detail) {
        return new GateReport("failed", detail);
    }

    public boolean isFailed() {
        return "failed".equals(result);
    }
}
