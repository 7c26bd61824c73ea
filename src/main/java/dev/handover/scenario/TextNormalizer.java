package dev.handover.scenario;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Brings chat text to a canonical form the rules can match: lower case, no accents, no emoji, letter runs
 * collapsed ("pleaseee"), chat spellings and contractions expanded ("pls", "ppl", "dont"), and split into clauses
 * at sentence punctuation so that a negation or a question only covers its own clause.
 */
public final class TextNormalizer {

    /** A title's dot is not the end of a sentence: "Dr. Weber" stays in one clause. */
    private static final Pattern TITLE_DOT = Pattern.compile("\\b(dr|dra|mr|mrs|ms|sr|sra|st|prof|nr)\\.");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.!?;,:\\n\\r()\\[\\]\"]+|\\s[-–—]+\\s");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'\\s]+");
    private static final Pattern LETTER_RUN = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Chat spellings and contractions, after apostrophes are dropped. Letters that are words in other languages
     * ("u" is Dutch for the polite "you") are left to the English table's own spellings.
     */
    private static final Map<String, String> EXPANSIONS = Map.ofEntries(
            Map.entry("dont", "do not"), Map.entry("doesnt", "does not"), Map.entry("didnt", "did not"),
            Map.entry("cant", "can not"), Map.entry("cannot", "can not"), Map.entry("wont", "will not"),
            Map.entry("isnt", "is not"), Map.entry("arent", "are not"), Map.entry("wasnt", "was not"),
            Map.entry("havent", "have not"), Map.entry("hasnt", "has not"), Map.entry("wouldnt", "would not"),
            Map.entry("couldnt", "could not"), Map.entry("shouldnt", "should not"), Map.entry("aint", "am not"),
            Map.entry("ive", "i have"),
            Map.entry("youre", "you are"), Map.entry("thats", "that is"), Map.entry("theyre", "they are"),
            Map.entry("youve", "you have"), Map.entry("weve", "we have"), Map.entry("whats", "what is"), Map.entry("theres", "there is"),
            Map.entry("lets", "let us"), Map.entry("wanna", "want to"), Map.entry("gonna", "going to"),
            Map.entry("gotta", "got to"), Map.entry("gimme", "give me"), Map.entry("lemme", "let me"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("plse", "please"),
            Map.entry("plox", "please"), Map.entry("ppl", "people"), Map.entry("hooman", "human"), Map.entry("hoomans", "humans"),
            Map.entry("sum1", "someone"), Map.entry("some1", "someone"), Map.entry("any1", "anyone"),
            Map.entry("smb", "somebody"), Map.entry("sb", "somebody"), Map.entry("rn", "right now"),
            Map.entry("asap", "now"), Map.entry("thx", "thanks"), Map.entry("ty", "thanks"));

    private TextNormalizer() {
    }

    /**
     * The last texts split on this thread, with their clauses: the fingerprint and each detector of one message ask
     * for the same text in turn (a feedback check splits its sentences in between), and splitting is a chain of
     * regular expressions. Immutable entries; a hit costs a string comparison.
     */
    private static final ThreadLocal<Split[]> RECENT = ThreadLocal.withInitial(() -> new Split[4]);

    private record Split(String text, List<String> clauses, String normalized) {
    }

    /** The whole text in canonical form, clauses joined by a space. */
    public static String normalize(String text) {
        return split(text).normalized();
    }

    /** The text's clauses in canonical form, unmodifiable; empty clauses are dropped. */
    public static List<String> clauses(String text) {
        return split(text).clauses();
    }

    private static Split split(String text) {
        Split[] recent = RECENT.get();
        for (Split split : recent) {
            if (split != null && split.text().equals(text)) {
                return split;
            }
        }
        List<String> clauses = List.copyOf(splitClauses(text));
        Split split = new Split(text, clauses, String.join(" ", clauses));
        System.arraycopy(recent, 0, recent, 1, recent.length - 1);
        recent[0] = split;
        return split;
    }

    private static List<String> splitClauses(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('`', '\'').replace('´', '\'');
        folded = LETTER_RUN.matcher(folded).replaceAll("$1");
        folded = TITLE_DOT.matcher(folded).replaceAll("$1");
        List<String> result = new ArrayList<>();
        for (String clause : CLAUSE_BREAK.split(folded)) {
            String words = SPACES.matcher(NOT_WORD.matcher(clause).replaceAll(" ")).replaceAll(" ").trim();
            // A clause of nothing but apostrophes is non-empty here and empty once expanded: check afterwards.
            String expanded = words.isEmpty() ? "" : expand(words);
            if (!expanded.isEmpty()) {
                result.add(expanded);
            }
        }
        return result;
    }

    private static String expand(String words) {
        StringBuilder out = new StringBuilder(words.length() + 16);
        for (String word : words.split(" ")) {
            String bare = word.replace("'", "");
            if (bare.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String expanded = EXPANSIONS.get(bare);
            if (expanded != null) {
                out.append(expanded);
            } else if (word.endsWith("n't")) {
                out.append(bare, 0, bare.length() - 2).append(" not");
            } else {
                // French and Italian elision ("j'aimerais", "l'equipe") and English possessives split into words.
                out.append(word.replace('\'', ' ').trim());
            }
        }
        return out.toString();
    }
}
