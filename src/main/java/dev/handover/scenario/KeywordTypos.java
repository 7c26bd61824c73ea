package dev.handover.scenario;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Corrects a long word one typo away from one of a language's frustration key words ("ridiculus", "unacceptible",
 * "inadmissble", "belachlijk"). Only words of {@link #MIN_LENGTH} letters or more: in shorter ones a single edit turns
 * one real word into another ("furious" and "curious"), and a calm customer must not read as an angry one. A word the
 * language's tables know is never changed.
 */
final class KeywordTypos {

    /** From this length one edit rarely makes another real word. */
    static final int MIN_LENGTH = 8;

    private final List<String> keywords;
    private final Set<String> known;

    KeywordTypos(List<String> keywords, Collection<String> knownWords) {
        this.keywords = keywords.stream().filter(word -> word.length() >= MIN_LENGTH).toList();
        this.known = new HashSet<>(knownWords);
        this.known.addAll(keywords);
    }

    /** The clause (normalised, words split by one space) with its misspelled key words corrected. */
    String apply(String clause) {
        String[] words = clause.split(" ");
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.length() < MIN_LENGTH || known.contains(word)) {
                continue;
            }
            for (String keyword : keywords) {
                if (EditDistance.withinOne(word, keyword)) {
                    words[i] = keyword;
                    changed = true;
                    break;
                }
            }
        }
        return changed ? String.join(" ", words) : clause;
    }
}
