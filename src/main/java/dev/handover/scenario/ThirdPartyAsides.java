package dev.handover.scenario;

import dev.handover.scenario.lang.FrustrationTables;
import dev.handover.scenario.lang.Languages;
import dev.handover.scenario.lang.StockQuestions;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Anger vented about someone else in the sentences before the last, which then turns to the business calmly ("my
 * neighbour parked across my drive AGAIN 🤬 can we move the valet to 2pm?", "DHL hat es WIEDER beim Nachbarn
 * abgegeben. Egal, der Monteur kann trotzdem kommen"): every earlier sentence names a third party, the last one asks
 * the business or turns back to it, and only the last must be free of stressed words, since the capitals and the
 * emoji belong to the aside. "My husband is FURIOUS. You lost our booking AGAIN. Can you call?" has a sentence that
 * names no one else and stays angry, and so does a sentence that speaks to the business while naming someone else.
 */
final class ThirdPartyAsides {

    /** Sentences end at a full stop, a question or exclamation mark, or a run of emoji. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\\u2026])\\s+|\\s*\\p{So}+\\s*");

    /**
     * A sentence that speaks to the business ("your shop sent the wrong sofa AGAIN") is not an aside, whoever else
     * it names. English, German and Dutch, the languages whose turns are written ({@code BusinessTurns}).
     */
    private static final Pattern ADDRESSED = Pattern.compile("\\b(?:you|your|yours|ihr|euch|euer|eure[nmrs]?|ihnen"
            + "|jullie|je|jou|jouw|uw)\\b");
    private static final Pattern GERMANIC = Pattern.compile("^third-party:(?:en|de|nl):");

    private final PhraseSet thirdParties = new PhraseSet("third-party",
            rules -> FrustrationTables.of(rules.code()).thirdParties());
    private final PhraseSet turns = new PhraseSet("turn", rules -> FrustrationTables.of(rules.code()).turns());
    private final PhraseSet exclaimed;
    private final UnaryOperator<String> spell;

    /** {@code spell} normalises and corrects one sentence the way the detector does the whole message. */
    ThirdPartyAsides(PhraseSet exclaimed, UnaryOperator<String> spell) {
        this.exclaimed = exclaimed;
        this.spell = spell;
    }

    boolean aside(String customerText, Languages.Guess guess) {
        List<String> sentences = Arrays.stream(SENTENCE_END.split(customerText.strip()))
                .filter(sentence -> !sentence.isBlank()).toList();
        if (sentences.size() < 2) {
            return false;
        }
        String last = sentences.get(sentences.size() - 1);
        String spelledLast = spell.apply(last);
        if (!last.endsWith("?") && turns.find(spelledLast, guess) == null
                || exclaimed.find(StockQuestions.strip(spelledLast), guess) != null) {
            return false;
        }
        return sentences.subList(0, sentences.size() - 1).stream().map(spell).allMatch(sentence -> {
            String party = thirdParties.find(sentence, guess);
            return party != null && GERMANIC.matcher(party).find() && !ADDRESSED.matcher(sentence).find();
        });
    }
}
