package dev.handover.scenario;

import java.io.IOException;
import java.io.Writer;

/** Just enough JSON for the classify command's output: a string literal, escaped per RFC 8259. */
final class Json {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    static void writeString(Writer out, String value) throws IOException {
        out.write('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    // Control characters must be escaped; lone surrogates would make the UTF-8 output invalid.
                    if (c < 0x20 || (Character.isSurrogate(c) && !isPairedSurrogate(value, i))) {
                        out.write("\\u");
                        out.write(HEX[(c >> 12) & 0xF]);
                        out.write(HEX[(c >> 8) & 0xF]);
                        out.write(HEX[(c >> 4) & 0xF]);
                        out.write(HEX[c & 0xF]);
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }

    private static boolean isPairedSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
}
