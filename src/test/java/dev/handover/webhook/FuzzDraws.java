package dev.handover.webhook;

import java.util.Random;

/**
 * The seeded draws of a fuzz run. Every generator takes its choices from this one {@link Random}, in the order the
 * run asks, so that one seed replays the same requests (only their UUIDs, and the clock of a generic event, differ).
 */
final class FuzzDraws {

    final Random random;

    FuzzDraws(Random random) {
        this.random = random;
    }

    /** Random per run and printed; fixed under CI, so that a landing cannot hinge on a draw. */
    static long seed() {
        return Long.getLong("fuzz.seed", System.getenv("CI") != null ? 20_261_126L : System.nanoTime());
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    String randomAscii(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(128));
        }
        return text.toString();
    }

    String randomPrintable(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x21 + random.nextInt(0x7e - 0x21)));
        }
        return text.toString();
    }

    /** Code points from all planes, lone surrogates excluded (they cannot be encoded). */
    String randomUnicode(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x800);
            if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
                codePoint = 'x';
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /** A header name as a sender may spell it: header names are case-insensitive. */
    String caseOf(String name) {
        return switch (random.nextInt(3)) {
            case 0 -> name;
            case 1 -> name.toUpperCase();
            default -> name.substring(0, 1).toUpperCase() + name.substring(1);
        };
    }
}
