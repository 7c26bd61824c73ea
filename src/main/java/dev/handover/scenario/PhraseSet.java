package dev.handover.scenario;

import dev.handover.scenario.lang.LanguageRules;
import dev.handover.scenario.lang.Languages;
import dev.handover.scenario.lang.Languages;
import dev.handover.scenario.lang.NamedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Named phrases of every language, compiled once, searched as whole words in normalised text. */
final class PhraseSet {

    private record Phrase(String language, String reason, Pattern pattern) {
    }

    private final List<Phrase> phrases = new ArrayList<>();

    /** The phrases {@code select} picks from each language's rules; a match's reason is "prefix:lang:name". */
    PhraseSet(String prefix, Function<LanguageRules, List<NamedPattern>> select) {
        for (LanguageRules language : Languages.ALL) {
            for (NamedPattern phrase : select.apply(language)) {
                phrases.add(new Phrase(language.code(), prefix + ":" + language.code() + ":" + phrase.name(),
                        // One line per spelling of the text: ^ and $ anchor a phrase to the whole message.
                        Pattern.compile("\\b(?:" + phrase.regex() + ")\\b", Pattern.MULTILINE)));
            }
        }
    }

    /**
     * The reason of the first phrase found in the text, or null; only the phrases of the languages the guess lets
     * apply are searched, so that one language's words cannot fire inside another's sentence.
     */
    String find(String normalizedText, Languages.Guess guess) {
        for (Phrase phrase : phrases) {
            if (guess.applies(phrase.language) && phrase.pattern.matcher(normalizedText).find()) {
                return phrase.reason;
            }
        }
        return null;
    }
}
