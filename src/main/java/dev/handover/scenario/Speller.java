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
    /** From this length a short word may have lost a letter ("staf" for "staff"). */
    private static final int MIN_LENGTH_FOR_DROPPED_LETTER = 4;
    /** From this length two typos still leave a word recognisable ("repersentetive"); shorter ones would collide. */
    private static final int MIN_LENGTH_FOR_TWO_EDITS = 9;
    /** Glued words are looked for only in short runs ("toa", "talkto", "aperson"), not in every long word. */
    private static final int MAX_GLUED_LENGTH = 14;
    /** Two function words glued together are split only this short ("toa", "ima"): longer ones are real words. */
    private static final int MAX_FUNCTION_PAIR_LENGTH = 3;
    /** A function word glued after a rules word must be this long to count ("talkwith"; not "hablar|lo"). */
    private static final int MIN_GLUED_FUNCTION_WORD = 3;

    private static final Pattern UMLAUT_DIGRAPH = Pattern.compile("([aou])e");

    private final Map<String, String> spellings;
    private final List<String> vocabulary;
    private final Set<String> known;
    private final boolean umlautDigraphs;
    private final Set<String> functionWords;
    private final Set<String> rulesWords;

    Speller(LanguageRules rules) {
        this.spellings = rules.spellings();
        this.vocabulary = rules.vocabulary().words();
        this.known = new HashSet<>(rules.vocabulary().words());
        this.known.addAll(rules.vocabulary().exclusions());
        this.umlautDigraphs = rules.vocabulary().umlautDigraphs();
        this.functionWords = new HashSet<>(rules.stopWords());
        this.rulesWords = Set.copyOf(rules.vocabulary().words());
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
            // A short word may also have lost a letter ("staf", "huma"): the rules word is then one letter longer.
            boolean typo = word.length() >= MIN_LENGTH_FOR_ANY_EDIT
                    ? EditDistance.withinOne(word, candidate)
                    : EditDistance.isSwap(word, candidate) || word.length() >= MIN_LENGTH_FOR_DROPPED_LETTER
                            && candidate.length() == word.length() + 1 && EditDistance.withinOne(word, candidate);
            if (typo) {
                return candidate;
            }
        }
        if (word.length() >= MIN_LENGTH_FOR_TWO_EDITS) {
            for (String candidate : vocabulary) {
                if (candidate.length() >= MIN_LENGTH_FOR_TWO_EDITS && EditDistance.within(word, candidate, 2)) {
                    return candidate;
                }
            }
        }
        return unglued(word);
    }

    /**
     * A missing space ("toa person", "talkto", "aperson"): an unknown word that is two words of the rules glued,
     * or two short function words, comes apart; any other word is left alone.
     */
    private String unglued(String word) {
        if (word.length() < 3 || word.length() > MAX_GLUED_LENGTH || known.contains(word)
                || functionWords.contains(word)) {
            return word;
        }
        for (int cut = 1; cut < word.length(); cut++) {
            String left = word.substring(0, cut);
            String right = word.substring(cut);
            boolean leftRule = isRulesWord(left);
            boolean rightRule = isRulesWord(right);
            boolean leftFunction = functionWords.contains(left);
            boolean rightFunction = functionWords.contains(right);
            // A short ending after a rules word is often an inflection or a clitic ("hablarlo"), not a lost space.
            boolean split = (leftFunction || leftRule) && rightRule
                    || leftRule && rightFunction && right.length() >= MIN_GLUED_FUNCTION_WORD
                    || leftFunction && rightFunction && word.length() <= MAX_FUNCTION_PAIR_LENGTH;
            if (split) {
                return left + " " + right;
            }
        }
        return word;
    }

    private boolean isRulesWord(String word) {
        return rulesWords.contains(word);
    }
}
