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
    /** A shouted phrase inside a calm sentence: this many capital words in a row ("I want my MONEY BACK NOW"). */
    static final int MIN_RUN_WORDS = 3;
    /** A run this long is a sentence in capitals, not a name: product names run to four words or fewer. */
    static final int SENTENCE_RUN_WORDS = 5;

    private Shouting() {
    }

    static boolean shouts(String text) {
        return shout(text) != Shout.NONE;
    }

    /** How a message shouts: not at all, with a short phrase in capitals inside a calm sentence, or throughout. */
    enum Shout { NONE, PHRASE, THROUGHOUT }

    static Shout shout(String text) {
        int capitalLetters = 0;
        int capitalWords = 0;
        int letters = 0;
        int runWords = 0;
        int runLetters = 0;
        int longestRun = 0;
        boolean run = false;
        boolean pending = false;
        for (String token : text.split("\\s+")) {
            String word = strip(token);
            // A capital key before a colon quotes a label ("STATUS: IN BEARBEITUNG"), as a code does.
            if (isCode(word) || token.endsWith(":") && word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
                // Capitals right before a model number name a product ("the NIKE AIR FORCE 1", "a GALAXY TAB S 9").
                run |= pending && !isModelNumber(word);
                pending = false;
                runWords = 0;
                runLetters = 0;
                continue;
            }
            if (word.length() < 2) {
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
                runWords++;
                runLetters += count;
                longestRun = Math.max(longestRun, runWords);
                pending = runWords >= MIN_RUN_WORDS && runLetters >= MIN_CAPITAL_LETTERS;
            } else {
                run |= pending;
                pending = false;
                runWords = 0;
                runLetters = 0;
            }
        }
        if (capitalWords >= MIN_CAPITAL_WORDS && capitalLetters >= MIN_CAPITAL_LETTERS
                && capitalLetters >= MIN_SHARE * letters || longestRun >= SENTENCE_RUN_WORDS) {
            return Shout.THROUGHOUT;
        }
        return run || pending ? Shout.PHRASE : Shout.NONE;
    }

    /** The words written all in capitals, codes left out, in their order: what a writer stressed ("AGAIN."). */
    static String capitalWords(String text) {
        StringBuilder out = new StringBuilder();
        for (String token : text.split("\\s+")) {
            String word = strip(token);
            if (word.length() >= 2 && !isCode(word) && word.equals(word.toUpperCase(java.util.Locale.ROOT))
                    && !word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
                out.append(word).append(' ');
            }
        }
        return out.toString().trim();
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

    /** A short number after a name, as a model has ("1", "15", "360"); an order number is longer. */
    private static boolean isModelNumber(String word) {
        return word.length() <= 3 && word.chars().allMatch(Character::isDigit);
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
