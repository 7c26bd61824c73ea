package dev.handover.scenario;

import dev.handover.scenario.lang.ElsewhereWords;
import dev.handover.scenario.lang.FrustrationTables;
import dev.handover.scenario.lang.LanguageRules;
import dev.handover.scenario.lang.Languages;
import dev.handover.scenario.lang.NamedPattern;
import dev.handover.scenario.lang.StockQuestions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Anger vented about someone else in the sentences before the last, which then turns to the business calmly ("my
 * neighbour parked across my drive AGAIN 🤬 can we move the valet to 2pm?", "DHL hat es WIEDER beim Nachbarn
 * abgegeben. Egal, der Monteur kann trotzdem kommen"): every earlier sentence names a third party, the last one asks
 * the business or turns back to it, and only the last must be free of stressed words, since the capitals and the
 * emoji belong to the aside. "My husband is FURIOUS. You lost our booking AGAIN. Can you call?" has a sentence that
 * names no one else and stays angry, and so does a sentence that speaks to the business while naming someone else.
 * In every language, anger at a named target (a courier, the bank, the referee, the customer themselves) is an
 * aside too when nothing before the last sentence speaks to the business and the last one asks it something, with or
 * without a question mark ("Evri lost it AGAIN 😡 can we move it.", "llego tarde, perdón"), or when the customer
 * clears the business outright ("I'm fuming at him, not you"): see {@link #aimedAway}.
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
    private final PhraseSet targets = new PhraseSet("target", rules -> ElsewhereWords.targets(rules.code()));
    private final PhraseSet requests = new PhraseSet("request", rules -> ElsewhereWords.requests(rules.code()));
    private final Map<String, Pattern> cleared = new LinkedHashMap<>();
    private final PhraseSet address = new PhraseSet("address", rules -> ElsewhereWords.address(rules.code()));
    private final PhraseSet exclaimed;
    private final UnaryOperator<String> spell;

    /** {@code spell} normalises and corrects one sentence the way the detector does the whole message. */
    ThirdPartyAsides(PhraseSet exclaimed, UnaryOperator<String> spell) {
        this.exclaimed = exclaimed;
        this.spell = spell;
        for (LanguageRules rules : Languages.ALL) {
            cleared.put(rules.code(), Pattern.compile("\\b(?:" + Regexes.any(ElsewhereWords.cleared(rules.code())
                    .stream().map(NamedPattern::regex).toList()) + ")\\b"));
        }
    }

    boolean aside(String customerText, Languages.Guess guess) {
        List<String> sentences = sentences(customerText);
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

    private static List<String> sentences(String customerText) {
        return Arrays.stream(SENTENCE_END.split(customerText.strip())).filter(sentence -> !sentence.isBlank())
                .toList();
    }

    /**
     * Anger at a named target in any language: the message names one, no sentence before the last speaks to the
     * business, and the last asks the business something without a stressed word of its own, or the customer clears
     * the business ("not your fault") and nothing but a request in the last sentence speaks to it. A message of one
     * sentence is read clause by clause. "Your courier lost it AGAIN, can you resend?", "I'm angry with you and the
     * courier" and "you lost it twice, not your fault of course" speak to the business before the end and stay angry.
     * A complaint in the message ("it didn't arrive") is the target's doing only when the customer clears the
     * business or blames themselves. An earlier sentence stressed without naming anyone ("Mein Mann ist stinksauer.
     * Sie haben WIEDER den Termin vergessen.") may be aimed at the business, German "Sie" being no sure address.
     */
    boolean aimedAway(String customerText, Languages.Guess guess, boolean complaint) {
        List<String> units = units(customerText);
        if (units.size() < 2) {
            return false;
        }
        String whole = String.join(" ", units.stream().map(spell).toList());
        String target = targets.find(whole, guess);
        if (target == null && thirdParties.find(whole, guess) == null) {
            return false;
        }
        List<String> plain = plain(units);
        if (addressedBeforeTheEnd(plain, guess) || plain.subList(0, plain.size() - 1).stream()
                .map(unit -> spell.apply(clear(unit, guess)))
                .anyMatch(unit -> exclaimed.find(StockQuestions.strip(unit), guess) != null
                        && targets.find(unit, guess) == null && thirdParties.find(unit, guess) == null)) {
            return false;
        }
        String last = units.get(units.size() - 1);
        List<String> lastClauses = TextNormalizer.clauses(last);
        if (plain.stream().anyMatch(unit -> !clear(unit, guess).equals(unit))) {
            return lastClauses.stream().allMatch(clause -> address.find(clear(clause, guess), guess) == null
                    || requests.find(clause, guess) != null);
        }
        if (complaint && (target == null || !target.endsWith(":self"))) {
            return false;
        }
        String end = lastClauses.isEmpty() ? "" : lastClauses.get(lastClauses.size() - 1);
        // A request keeps its own "still" or "not" ("kann man das noch zurückholen", "so I won't have it, can we
        // move it"); a bare question with a stressed word ("where is my refund?") is a complaint to the business.
        // The request closes the message: "vorrei un responsabile, sono al limite" ends on the anger itself.
        return requests.find(end, guess) != null
                || (last.strip().endsWith("?") || turns.find(spell.apply(last), guess) != null)
                && exclaimed.find(StockQuestions.strip(spell.apply(end)), guess) == null;
    }

    /**
     * Whether a sentence before the last speaks to the business ("I'm angry with you and the courier, can someone
     * call?"): then the anger beside a third party is the business's too.
     */
    boolean speaksToTheBusiness(String customerText, Languages.Guess guess) {
        List<String> units = units(customerText);
        return units.size() >= 2 && addressedBeforeTheEnd(plain(units), guess);
    }

    /** The sentences of the message, or the clauses of its one sentence. */
    private static List<String> units(String customerText) {
        List<String> units = sentences(customerText);
        return units.size() == 1 ? TextNormalizer.clauses(units.get(0)) : units;
    }

    /**
     * The units normalised but not spelled: the address and the clearing are short words, and a correction towards
     * another language ("isn't" to "ist not") would hide them.
     */
    private static List<String> plain(List<String> units) {
        return units.stream().map(unit -> String.join(" ", TextNormalizer.clauses(unit))).toList();
    }

    private boolean addressedBeforeTheEnd(List<String> plain, Languages.Guess guess) {
        return plain.subList(0, plain.size() - 1).stream()
                .anyMatch(unit -> address.find(clear(unit, guess), guess) != null);
    }

    /** The text with the customer's clearing of the business ("not your fault") blanked out. */
    private String clear(String normalized, Languages.Guess guess) {
        String text = normalized;
        for (Map.Entry<String, Pattern> language : cleared.entrySet()) {
            if (guess.applies(language.getKey())) {
                text = language.getValue().matcher(text).replaceAll(" ").replaceAll(" +", " ").strip();
            }
        }
        return text;
    }
}
