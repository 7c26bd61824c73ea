package dev.handover.scenario;

import dev.handover.scenario.lang.Languages;
import dev.handover.scenario.lang.MockingFeedback;
import java.util.regex.Pattern;

/**
 * Finds a customer mocking the bot's answer: mock praise or a "weeks ago" ({@link MockingFeedback#irony}) beside the
 * answer quoted back ("wow, « ça dépend »", "Claro que sí, 'reinicie el equipo'") or an ask set against the answer
 * ({@link MockingFeedback#askedAndGot}). Quotes are read in the raw message, since normalising drops them; a quote
 * needs two words, so a button named in quotes ("I pressed 'Pay'") is not an answer quoted back.
 */
final class MockedAnswer {

    private static final String QUOTES = "'\"\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u201A";
    /** A quote after one of these names a thing ("the 'large box'", "il «pacchetto base»"), not the bot's words. */
    private static final String DETERMINERS = "the|a|an|my|your|our|this|that|on|in|el|la|los|las|un|una|mi|su|tu|o"
            + "|os|as|um|uma|meu|minha|le|les|une|mon|ma|ce|cette|du|des|sur|der|die|das|den|dem|ein|eine|einen|mein"
            + "|meine|auf|im|il|lo|gli|i|uno|nel|het|de|een|mijn|ons|onze|op";
    /**
     * An answer quoted back: an opening quote at the start or after a space, not after a determiner; two words or
     * more; a closing quote that ends a sentence, inside ("'... contact op.'") or right after ("'... later',").
     */
    private static final Pattern QUOTED = Pattern.compile("(?<!\\b(?:" + DETERMINERS + ")\\s)(?:^|(?<=[\\s"
            + "(:,.\u2026]))["
            + QUOTES + "]\\s?[^" + QUOTES + "\\n]*?\\w[\\s-]+\\w[^" + QUOTES + "\\n]{0,80}?\\s?[" + QUOTES
            + "](?:(?<=[.!?\u2026]\\s?[" + QUOTES + "])|(?=\\s?[.,!?;:\u2026]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Applause after the answer is mockery too, when the answer is quoted or set against the ask. */
    private static final Pattern CLAP = Pattern.compile("\\x{1F44F}");

    private final PhraseSet irony = new PhraseSet("dissatisfied", language -> MockingFeedback.irony(language.code()));
    private final PhraseSet askedAndGot = new PhraseSet("dissatisfied",
            language -> MockingFeedback.askedAndGot(language.code()));

    /** The reason when the message mocks the answer, or null. */
    String find(String message, String text, Languages.Guess guess) {
        if (!QUOTED.matcher(message).find() && askedAndGot.find(text, guess) == null) {
            return null;
        }
        String reason = irony.find(text, guess);
        return reason == null && CLAP.matcher(message).find() ? "dissatisfied:clap:mocked-answer" : reason;
    }
}
