package dev.handover.scenario;

import dev.handover.scenario.lang.LanguageRules;
import dev.handover.scenario.lang.Languages;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a customer message asks to talk to a person. Pure, deterministic and fast: the message is
 * normalised and split into clauses once, then the grammar of its language looks at it (every supported language's
 * grammar when the language is unclear, the likeliest first), and last the bot's example phrases, which also cover
 * other languages.
 * Thread-safe; construct once and reuse.
 */
public final class ContactRequestDetector {

    private final List<ContactGrammar> grammars = new ArrayList<>();
    private final ExamplePhrases examplePhrases = new ExamplePhrases();

    public ContactRequestDetector() {
        for (LanguageRules language : Languages.ALL) {
            grammars.add(new ContactGrammar(language));
        }
    }

    public Detection detect(String text, List<String> examples) {
        List<String> clauses = TextNormalizer.clauses(text);
        Languages.Guess guess = Languages.guess(String.join(" ", clauses));
        String rejection = null;
        for (ContactGrammar grammar : inOrder(guess.language())) {
            if (!guess.applies(grammar.code())) {
                continue;
            }
            Detection detection = grammar.detect(grammar.spell(clauses, guess.isLikely(grammar.code())));
            if (detection.matched()) {
                return detection;
            }
            if (rejection == null && !detection.reason().equals("no-request")) {
                rejection = detection.reason();
            }
        }
        Detection example = matchExample(clauses, examples);
        if (example.matched() || rejection == null) {
            return example;
        }
        return Detection.noMatch(rejection);
    }

    private List<ContactGrammar> inOrder(String language) {
        List<ContactGrammar> ordered = new ArrayList<>(grammars.size());
        for (ContactGrammar grammar : grammars) {
            if (grammar.code().equals(language)) {
                ordered.add(0, grammar);
            } else {
                ordered.add(grammar);
            }
        }
        return ordered;
    }

    private Detection matchExample(List<String> clauses, List<String> examples) {
        for (String example : examples) {
            for (String clause : clauses) {
                String[] words = clause.split(" ");
                int start = examplePhrases.find(example, words);
                if (start >= 0 && objection(clause, offsetOf(words, start)) == null) {
                    return Detection.match("example:" + example);
                }
            }
        }
        return Detection.noMatch("no-request");
    }

    private String objection(String clause, int start) {
        for (ContactGrammar grammar : grammars) {
            String why = grammar.objection(clause, start);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    private static int offsetOf(String[] words, int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += words[i].length() + 1;
        }
        return offset;
    }
}
