package dev.handover.scenario;

import dev.handover.scenario.lang.AnswerGuards;
import dev.handover.scenario.lang.Languages;
import java.util.Locale;

/**
 * Recognises a bot reply that shows the bot cannot answer ("I don't have that information", "let me check with the
 * team", "I didn't understand"): the lack-of-information signal. Doubt ("I'm not sure ...") counts only when the bot
 * does not go on to ask the customer something, which makes it a clarifying question instead. Every supported
 * language's phrases are searched. A reply the phrases call an answer is then scored by a linear model trained at
 * build time on the labelled corpus ({@link ModelTrainer}), which catches admissions worded outside every phrase;
 * a clarifying question stays a question. Thread-safe; construct once and reuse.
 */
public final class BotFallbackDetector {

    /** The name of the model resource, {@code /models/lack-of-information.bin}. */
    static final String MODEL = "lack-of-information";
    /** The model decides alone only when it is this sure: a false fallback hands the conversation over. */
    static final double MODEL_THRESHOLD = 0.9;

    private final Spelling spelling = new Spelling();
    private final PhraseSet certain = new PhraseSet("fallback", language -> language.fallback().certain());
    private final PhraseSet uncertain = new PhraseSet("fallback", language -> language.fallback().uncertain());
    private final LinearModel model = LinearModel.load(MODEL);

    public Detection detect(String botText) {
        String normalized = TextNormalizer.normalize(botText);
        Languages.Guess guess = Languages.guess(normalized);
        String text = spelling.allLanguages(normalized);
        if (AnswerGuards.policyWithOwnWay(text)) {
            return Detection.noMatch("answer:policy");
        }
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
        if (AnswerGuards.weDoNot(text)) {
            return Detection.noMatch("answer:we-do-not");
        }
        double probability = model.probability(normalized);
        return probability >= MODEL_THRESHOLD
                ? Detection.match(String.format(Locale.ROOT, "fallback:model:%.2f", probability))
                : Detection.noMatch("answer");
    }
}
