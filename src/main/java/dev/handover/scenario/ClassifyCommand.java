package dev.handover.scenario;

import dev.handover.scenario.lang.Languages;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./run-local.sh classify}: reads customer messages from stdin, one per line (UTF-8), and prints one JSON
 * object per line, in order: {@code {"text":...,"scenario":"contactRequest"|null,"reason":...,"lang":...}}. Nothing
 * else goes to stdout. The bot's example phrases come from {@code HANDOVER_BOT_EXAMPLES} (comma-separated), with the
 * function's default, so that a phrase can be tried exactly as the deployed function would see it. No Quarkus.
 */
public final class ClassifyCommand {

    /** The function's default for {@code HANDOVER_BOT_EXAMPLES} (see README, configuration). */
    static final String DEFAULT_EXAMPLES = "speak to human,talk to agent,need help from person";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ClassifyCommand() {
    }

    public static void main(String[] args) throws IOException {
        List<String> examples = examples(System.getenv().getOrDefault("HANDOVER_BOT_EXAMPLES", DEFAULT_EXAMPLES));
        ContactRequestDetector detector = new ContactRequestDetector();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        String line;
        boolean first = true;
        while ((line = in.readLine()) != null) {
            if (first && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                line = line.substring(1);
            }
            first = false;
            writeDecision(out, line, detector.detect(line, examples));
        }
        out.flush();
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
        out.write("{\"text\":");
        Json.writeString(out, text);
        out.write(",\"scenario\":");
        if (detection.matched()) {
            Json.writeString(out, Scenario.CONTACT_REQUEST.id());
        } else {
            out.write("null");
        }
        out.write(",\"reason\":");
        Json.writeString(out, detection.reason());
        out.write(",\"lang\":");
        Json.writeString(out, Languages.guess(TextNormalizer.normalize(text)).language());
        out.write("}\n");
    }
}
