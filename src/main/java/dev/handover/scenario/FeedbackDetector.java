package dev.handover.scenario;

import dev.handover.scenario.lang.ElsewhereFailures;
import dev.handover.scenario.lang.LanguageRules;
import dev.handover.scenario.lang.Languages;
import dev.handover.scenario.lang.NamedPattern;
import dev.handover.scenario.lang.NoRush;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a customer message says the bot's last reply did not help (dissatisfied), or that it solved the
 * problem (resolved). Dissatisfaction wins ("thanks for nothing"); a success phrase ("that worked") resolves even when
 * a new question follows; thanks or praise alone resolve only when no question follows ("thanks, and what's the
 * deposit?" is a new question); mock praise beside the bot's answer quoted back or set against the ask is
 * dissatisfied unless a success phrase is there too ({@link MockedAnswer}). Every supported language's phrases are
 * searched. A message the phrases leave neutral is then scored by a linear model trained at build time on the
 * labelled corpus ({@link ModelTrainer}), which catches curt, implicit or sarcastic complaints worded outside every
 * phrase. Thread-safe; construct once.
 */
public final class FeedbackDetector {

    /** The name of the model resource, {@code /models/dissatisfied.bin}. */
    static final String MODEL = "dissatisfied";
    /** The model counts a failed attempt alone only when it is this sure. */
    static final double MODEL_THRESHOLD = 0.9;

    /** An eye roll, an upside-down or a flat face turns praise into sarcasm ("super helpful 🙄", "wow 🙃"). */
    private static final Pattern EYE_ROLL = Pattern.compile("[\\x{1F644}\\x{1F612}\\x{1F611}\\x{1F643}\\x{1F610}]");
    /** The eye roll itself: every feedback row that carries one is a complaint ("Bravo, quel service 👏🙄"). */
    private static final Pattern ROLLED_EYES = Pattern.compile("\\x{1F644}");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?\\n]*");

    private final Spelling spelling = new Spelling();
    private final PhraseSet dissatisfied = new PhraseSet("dissatisfied", language -> language.feedback().dissatisfied());
    private final PhraseSet resolved = new PhraseSet("resolved", language -> language.feedback().resolved());
    private final PhraseSet thanks = new PhraseSet("resolved",
            language -> List.of(NamedPattern.of("thanks", Regexes.any(language.feedback().thanks()))));
    private final Pattern questionStart;
    private final FaultQuestions faultQuestions = new FaultQuestions();
    private final MockedAnswer mocked = new MockedAnswer();
    private final Pattern undecided;
    private final LinearModel model = LinearModel.load(MODEL);

    public FeedbackDetector() {
        List<String> starts = new ArrayList<>();
        for (LanguageRules language : Languages.ALL) {
            starts.addAll(language.feedback().questionStarts());
        }
        questionStart = Pattern.compile("^" + Regexes.any(starts) + "\\b");
        List<String> pending = new ArrayList<>();
        for (LanguageRules language : Languages.ALL) {
            pending.addAll(language.feedback().undecided());
        }
        undecided = Regexes.words(pending);
    }

    public FeedbackDetection classify(String message) {
        String normalizedMessage = TextNormalizer.normalize(message);
        String customerText = faultQuestions.strip(message, normalizedMessage);
        if (customerText.isBlank()) {
            return new FeedbackDetection(Feedback.NEUTRAL, "neutral:fault-question");
        }
        String normalizedText = customerText.equals(message) ? normalizedMessage
                : TextNormalizer.normalize(customerText);
        Languages.Guess guess = Languages.guess(normalizedText);
        String text = spelling.allLanguages(normalizedText);
        // Another provider's failure asked about is a new question; neither the phrases nor the model may read it.
        if (customerText.indexOf('?') >= 0 && ElsewhereFailures.in(normalizedText)) {
            return new FeedbackDetection(Feedback.NEUTRAL, "neutral:elsewhere-failure");
        }
        String reason = dissatisfied.find(text, guess);
        if (reason != null) {
            return new FeedbackDetection(Feedback.DISSATISFIED, reason);
        }
        if (EYE_ROLL.matcher(customerText).find()
                && (thanks.find(text, guess) != null || resolved.find(text, guess) != null)) {
            return new FeedbackDetection(Feedback.DISSATISFIED, "dissatisfied:sarcasm");
        }
        // Praise or success with an eye roll was sarcasm above; an eye roll alone is a complaint, unless it asks.
        boolean success = resolved.find(text, guess) != null;
        if (customerText.indexOf('?') < 0 && ROLLED_EYES.matcher(customerText).find()) {
            return new FeedbackDetection(Feedback.DISSATISFIED, "dissatisfied:eye-roll");
        }
        reason = success ? null : mocked.find(customerText, text, guess);
        if (reason != null) {
            return new FeedbackDetection(Feedback.DISSATISFIED, reason);
        }
        boolean question = false;
        Matcher sentences = SENTENCE.matcher(customerText);
        while (sentences.find()) {
            String sentence = sentences.group().trim();
            String normalized = TextNormalizer.normalize(sentence);
            if (sentence.endsWith("?") || questionStart.matcher(normalized).find()) {
                question = true;
                continue;
            }
            reason = resolved.find(spelling.allLanguages(normalized), guess);
            if (reason != null) {
                return new FeedbackDetection(Feedback.RESOLVED, reason);
            }
        }
        reason = question ? null : thanks.find(text, guess);
        if (reason != null) {
            return new FeedbackDetection(Feedback.RESOLVED, reason);
        }
        if (undecided.matcher(text).find()) {
            return new FeedbackDetection(Feedback.NEUTRAL, "neutral:undecided");
        }
        if (NoRush.in(text)) {
            return new FeedbackDetection(Feedback.NEUTRAL, "neutral:no-rush");
        }
        double probability = model.probability(normalizedText);
        if (probability >= MODEL_THRESHOLD) {
            return new FeedbackDetection(Feedback.DISSATISFIED,
                    String.format(Locale.ROOT, "dissatisfied:model:%.2f", probability));
        }
        return new FeedbackDetection(Feedback.NEUTRAL, question ? "neutral:question" : "neutral");
    }
}
