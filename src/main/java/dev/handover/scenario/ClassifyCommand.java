package dev.handover.scenario;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./run-local.sh classify [--as customer|bot|reply|frustration] [message ...]}: classifies the messages given
 * as arguments or, without any, reads them from stdin, one per line (UTF-8), and prints one JSON object per message,
 * in order. Nothing else goes to stdout. No Quarkus.
 * <ul>
 * <li>{@code customer} (the default): customer messages, {@code {"text","scenario":"contactRequest"|null,"reason",
 * "lang"}}. The bot's example phrases come from {@code HANDOVER_BOT_EXAMPLES} (comma-separated), with the function's
 * default, so that a phrase can be tried exactly as the deployed function would see it.</li>
 * <li>{@code bot}: bot replies, {@code {"text","scenario":"lackOfInformation"|null,"reason","lang"}}.</li>
 * <li>{@code frustration}: customer messages, {@code {"text","scenario":"frustration"|null,"reason","lang"}}, for
 * a bot with a frustration action.</li>
 * <li>{@code reply}: customer replies right after a bot answer, {@code {"text","feedback":"dissatisfied"|"resolved"|
 * "neutral","reason","lang"}}.</li>
 * </ul>
 */
public final class ClassifyCommand {

    /** The function's default for {@code HANDOVER_BOT_EXAMPLES} (see README, configuration). */
    static final String DEFAULT_EXAMPLES = "speak to human,talk to agent,need help from person";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ClassifyCommand() {
    }

    public static void main(String[] args) throws IOException {
        LineClassifier classifier;
        List<String> messages;
        try {
            classifier = classifier(args);
            messages = messages(args);
        } catch (IllegalArgumentException e) {
            System.err.println("classify: " + e.getMessage());
            System.err.println("usage: classify [--as customer|bot|reply|frustration] [message ...] (without a "
                    + "message: one per line on stdin)");
            System.exit(2);
            return;
        }
        if (!messages.isEmpty()) {
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            for (String message : messages) {
                classifier.write(out, message);
            }
            out.flush();
            return;
        }
        if (System.console() != null) {
            // Typed at a terminal with no message: say why nothing happens yet instead of seeming to hang.
            System.err.println("classify: reading messages from stdin, one per line; end with Ctrl-D");
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        String line;
        boolean first = true;
        while ((line = in.readLine()) != null) {
            if (first && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                line = line.substring(1);
            }
            first = false;
            classifier.write(out, line);
        }
        out.flush();
    }

    /** Writes the JSON line of one input line. */
    interface LineClassifier {
        void write(Writer out, String text) throws IOException;
    }

    static LineClassifier classifier(String[] args) {
        String as = "customer";
        if (args.length >= 1 && args[0].equals("--as")) {
            if (args.length == 1) {
                throw new IllegalArgumentException("--as takes customer, bot, reply or frustration");
            }
            as = args[1];
        }
        switch (as) {
            case "customer": {
                List<String> examples = examples(System.getenv().getOrDefault("HANDOVER_BOT_EXAMPLES",
                        DEFAULT_EXAMPLES));
                ContactRequestDetector detector = new ContactRequestDetector();
                return (out, text) -> writeDecision(out, text, detector.detect(text, examples));
            }
            case "bot": {
                BotFallbackDetector detector = new BotFallbackDetector();
                return (out, text) -> writeBotDecision(out, text, detector.detect(text));
            }
            case "frustration": {
                FrustrationDetector detector = new FrustrationDetector();
                return (out, text) -> writeFrustration(out, text, detector.detect(text));
            }
            case "reply": {
                FeedbackDetector detector = new FeedbackDetector();
                return (out, text) -> writeFeedback(out, text, detector.classify(text));
            }
            default:
                throw new IllegalArgumentException("--as takes customer, bot, reply or frustration");
        }
    }

    /** The messages given after the options; an option other than a leading {@code --as} is refused. */
    static List<String> messages(String[] args) {
        int first = args.length >= 2 && args[0].equals("--as") ? 2 : 0;
        List<String> messages = new ArrayList<>();
        for (int i = first; i < args.length; i++) {
            if (args[i].startsWith("--") && messages.isEmpty()) {
                throw new IllegalArgumentException("unknown option (options: --as customer|bot|reply|frustration)");
            }
            messages.add(args[i]);
        }
        return messages;
    }

    static List<String> examples(String commaSeparated) {
        List<String> examples = new ArrayList<>();
        for (String example : commaSeparated.split(",")) {
            if (!example.isBlank()) {
                examples.add(example.trim());
            }
        }
        return examples;
    }

    static void writeDecision(Writer out, String text, Detection detection) throws IOException {
        writeLine(out, text, "scenario", detection.matched() ? Scenario.CONTACT_REQUEST.id() : null,
                detection.reason());
    }

    static void writeBotDecision(Writer out, String text, Detection detection) throws IOException {
        writeLine(out, text, "scenario", detection.matched() ? Scenario.LACK_OF_INFORMATION.id() : null,
                detection.reason());
    }

    static void writeFrustration(Writer out, String text, Detection detection) throws IOException {
        writeLine(out, text, "scenario", detection.matched() ? Scenario.FRUSTRATION.id() : null, detection.reason());
    }

    static void writeFeedback(Writer out, String text, FeedbackDetection detection) throws IOException {
        writeLine(out, text, "feedback", detection.feedback().name().toLowerCase(Locale.ROOT), detection.reason());
    }

    private static void writeLine(Writer out, String text, String field, String value, String reason)
            throws IOException {
        out.write("{\"text\":");
        Json.writeString(out, text);
        out.write(",\"" + field + "\":");
        if (value != null) {
            Json.writeString(out, value);
        } else {
            out.write("null");
        }
        out.write(",\"reason\":");
        Json.writeString(out, reason);
        out.write(",\"lang\":");
        Json.writeString(out, LanguageGuess.of(text));
        out.write("}\n");
    }
}
