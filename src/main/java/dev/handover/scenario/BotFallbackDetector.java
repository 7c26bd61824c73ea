package dev.handover.scenario;

import dev.handover.scenario.lang.Languages;

/**
 * Recognises a bot reply that shows the bot cannot answer ("I don't have that information", "let me check with the
 * team", "I didn't understand"): the lack-of-information signal. Doubt ("I'm not sure ...") counts only when the bot
 * does not go on to ask the customer something, which makes it a clarifying question instead. Every supported
 * language's phrases are searched. Thread-safe; construct once and reuse.
 */
public final class BotFallbackDetector {

    private final Spelling spelling = new Spelling();
    private final PhraseSet certain = new PhraseSet("fallback", language -> language.fallback().certain());
    private final PhraseSet uncertain = new PhraseSet("fallback", language -> language.fallback().uncertain());

    public Detection detect(String botText) {
        String normalized = TextNormalizer.normalize(botText);
        Languages.Guess guess = Languages.guess(normalized);
        String text = spelling.allLanguages(normalized);
        String reason = certain.find(text, guess);
        if (reason != null) {
            return Detection.match(reason);
        }
        reason = uncertain.find(text, guess);
        if (reason != null) {
            return botText.indexOf('?') >= 0
                    ? Detection.noMatch("clarifying-question")
                    : Detection.match(reason);
        }
        return Detection.noMatch("answer");
    }
}
