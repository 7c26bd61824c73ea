package dev.handover.scenario;

import dev.handover.scenario.lang.LanguageRules;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings one normalised clause to a language's canonical spelling: chat spellings are expanded ("pls"), and a word
 * within one typo of a word the rules depend on ("humna", "agnet") is corrected, unless it is a real word of its own.
 */
final class Speller {

    /** Below this length only a swap of two letters is a typo ("cna"); any other edit makes another word. */
    private static final int MIN_LENGTH_FOR_ANY_EDIT = 5;

    private static final Pattern UMLAUT_DIGRAPH = Pattern.compile("([aou])e");

    private final Map<String, String> spellings;
    private final List<String> vocabulary;
    private final Set<String> known;
    private final boolean umlautDigraphs;

    Speller(LanguageRules rules) {
        this.spellings = rules.spellings();
        this.vocabulary = rules.vocabulary().words();
        this.known = new HashSet<>(rules.vocabulary().words());
        this.known.addAll(rules.vocabulary().exclusions());
        this.umlautDigraphs = rules.vocabulary().umlautDigraphs();
    }

    /** The clause in this language's spelling; typos are corrected only when {@code fixTypos}. */
    String apply(String clause, boolean fixTypos) {
        String[] words = clause.split(" ");
        StringBuilder out = new StringBuilder(clause.length() + 16);
        for (String word : words) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String spelled = spellings.get(word);
            if (spelled == null && umlautDigraphs) {
                word = UMLAUT_DIGRAPH.matcher(word).replaceAll("$1");
                spelled = spellings.get(word);
            }
            out.append(spelled != null ? spelled : fixTypos ? corrected(word) : word);
        }
        return out.toString();
    }

    private String corrected(String word) {
        if (word.length() < 3 || known.contains(word) || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        for (String candidate : vocabulary) {
            boolean typo = word.length() >= MIN_LENGTH_FOR_ANY_EDIT
                    ? EditDistance.withinOne(word, candidate)
                    : EditDistance.isSwap(word, candidate);
            if (typo) {
                return candidate;
            }
        }
        return word;
    }
}
