package dev.handover.scenario;

import dev.handover.scenario.lang.LanguageRules;
import dev.handover.scenario.lang.Languages;
import dev.handover.scenario.lang.NamedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Named phrases of every language, compiled once, searched as whole words in normalised text. */
final class PhraseSet {

    private record Phrase(String reason, Pattern pattern) {
    }

    private final List<Phrase> phrases = new ArrayList<>();

    /** The phrases {@code select} picks from each language's rules; a match's reason is "prefix:lang:name". */
    PhraseSet(String prefix, Function<LanguageRules, List<NamedPattern>> select) {
        for (LanguageRules language : Languages.ALL) {
            for (NamedPattern phrase : select.apply(language)) {
                phrases.add(new Phrase(prefix + ":" + language.code() + ":" + phrase.name(),
                        // One line per spelling of the text: ^ and $ anchor a phrase to the whole message.
                        Pattern.compile("\\b(?:" + phrase.regex() + ")\\b", Pattern.MULTILINE)));
            }
        }
    }

    /** The reason of the first phrase found in the text, or null. */
    String find(String normalizedText) {
        for (Phrase phrase : phrases) {
            if (phrase.pattern.matcher(normalizedText).find()) {
                return phrase.reason;
            }
        }
        return null;
    }
}
