package dev.handover.scenario;

import java.util.List;
import java.util.regex.Pattern;

/** Compiles the rule tables' word lists into patterns over normalised text. */
final class Regexes {

    private Regexes() {
    }

    /** A non-capturing alternation of the fragments; matches nothing when the list is empty. */
    static String any(List<String> fragments) {
        return fragments.isEmpty() ? "(?!)" : "(?:" + String.join("|", fragments) + ")";
    }

    /** The fragments as whole words anywhere in the text. */
    static Pattern words(List<String> fragments) {
        return Pattern.compile("\\b" + any(fragments) + "\\b");
    }
}
