package dev.handover.conversation;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Optional;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A number that says who wrote it: the whole part is what the conditions compare (an expiry, a lease's end), the
 * fraction is random per write. When the SDK retries a conditional write whose answer was lost, the retry fails its
 * own condition; finding this exact number in the item tells "my first attempt was applied" from "someone else's".
 */
final class Mark {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Mark() {
    }

    /** {@code whole} with a random fraction; it ends in 1 so that DynamoDB's normalisation cannot change it. */
    static String of(long whole) {
        // Padded by hand: String.format was a visible part of a plain message's CPU.
        String fraction = Integer.toString(RANDOM.nextInt(1_000_000_000));
        return whole + "." + "0".repeat(9 - fraction.length()) + fraction + "1";
    }

    /** True when the attribute holds exactly this mark. */
    static boolean same(AttributeValue value, String mark) {
        return value != null && value.n() != null && new BigDecimal(value.n()).compareTo(new BigDecimal(mark)) == 0;
    }

    /** The whole part of a number attribute (marks and plain numbers alike). */
    static Optional<Long> whole(AttributeValue value) {
        return value == null || value.n() == null ? Optional.empty() : Optional.of(whole(value.n()));
    }

    /**
     * The whole part of a number as DynamoDB gives it back. Read without a {@link BigDecimal} when it is plain
     * digits with an optional fraction, as marks are: a claim reads every delivery id of its conversation.
     */
    static long whole(String number) {
        int point = number.indexOf('.');
        int end = point < 0 ? number.length() : point;
        int start = number.startsWith("-") ? 1 : 0;
        if (end > start && end - start <= 18 && digits(number, start, end)
                && (point < 0 || digits(number, point + 1, number.length()))) {
            return Long.parseLong(number, 0, end, 10);
        }
        return new BigDecimal(number).longValue();
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
