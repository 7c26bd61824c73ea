package dev.handover.handover;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision's machine-readable reason ({@code rule:en:talk-to+person}, {@code failed-attempt 2/2
 * customer:dissatisfied:en:still-broken}, ...) as a sentence a person reads in a task. The code itself stays in the
 * logs and the answer; a task gets words only, and a reason no sentence covers gets a general one, never the code.
 */
final class ReasonWords {

    private static final Pattern FAILED = Pattern.compile("^failed-attempt (\\d+)/(\\d+) (.*)$");
    private static final Pattern CONFIDENCE = Pattern.compile("^bot:confidence ([0-9.]+) < ([0-9.]+)$");

    private ReasonWords() {
    }

    static String of(String reason) {
        String code = reason == null ? "" : reason.strip();
        if (code.startsWith("resumed:")) {
            code = code.substring("resumed:".length());
        }
        Matcher failed = FAILED.matcher(code);
        if (failed.matches()) {
            return "The bot did not resolve the customer's issue after " + failed.group(1) + " attempts (the bot "
                    + "allows " + failed.group(2) + "); the last one: " + attempt(failed.group(3));
        }
        if (code.startsWith("rule:") || code.startsWith("contact-")) {
            return "The customer asked to talk to a person.";
        }
        if (code.startsWith("example:")) {
            return "The customer asked for a person in words of the bot's own example phrases.";
        }
        if (code.startsWith("model:")) {
            return "The customer's message met the bot's own handover condition (judged by a language model).";
        }
        return code.startsWith("bot:") ? botSide(code) : "The bot's handover rules found it could not go on alone.";
    }

    private static String attempt(String signal) {
        if (signal.equals("customer:repeated-question")) {
            return "the customer asked the same question again.";
        }
        if (signal.startsWith("customer:")) {
            return "the customer said the bot's answer did not help.";
        }
        String bot = botSide(signal);
        return Character.toLowerCase(bot.charAt(0)) + bot.substring(1);
    }

    private static String botSide(String code) {
        if (code.equals("bot:answered=false")) {
            return "The bot reported that it could not answer the customer's question.";
        }
        Matcher confidence = CONFIDENCE.matcher(code);
        if (confidence.matches()) {
            return "The bot was not confident in its answer (" + confidence.group(1) + ", below the bot's threshold "
                    + "of " + confidence.group(2) + ").";
        }
        return "The bot replied that it does not have the information the customer asked for.";
    }
}
