package dev.handover.scenario;

/**
 * Whether a message shouts: most of its letters are capitals, over enough words to tell. Short acronyms, error
 * codes and product names do not shout ("my VPN shows ERR_TIMEOUT on the HP 4520"): a token with a digit or a
 * code's punctuation is skipped, and a few capitalised words among ordinary ones leave the share low.
 */
final class Shouting {

    /** Fewer letters than this in capital words is an acronym or two, not a shout ("OK", "ASAP"). */
    static final int MIN_CAPITAL_LETTERS = 12;
    /** Capital words needed: one long product name in capitals is not a shout. */
    static final int MIN_CAPITAL_WORDS = 3;
    /** The share of the letters (of words of two letters or more) that stand in all-capital words. */
    static final double MIN_SHARE = 0.7;

    private Shouting() {
    }

    static boolean shouts(String text) {
        int capitalLetters = 0;
        int capitalWords = 0;
        int letters = 0;
        for (String token : text.split("\\s+")) {
            String word = strip(token);
            if (word.length() < 2 || isCode(word)) {
                continue;
            }
            boolean lower = false;
            int count = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isLetter(c)) {
                    count++;
                    lower |= Character.isLowerCase(c);
                }
            }
            letters += count;
            if (!lower && count >= 2) {
                capitalLetters += count;
                capitalWords++;
            }
        }
        return capitalWords >= MIN_CAPITAL_WORDS && capitalLetters >= MIN_CAPITAL_LETTERS
                && capitalLetters >= MIN_SHARE * letters;
    }

    /** The word without the punctuation around it ("WHY?!", "(NOW)"). */
    private static String strip(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }

    /** An error code, a version, an address or an identifier: "E404", "ERR_TIMEOUT", "v2.1", "a@b.com". */
    private static boolean isCode(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || "_/@.:#=+&".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
