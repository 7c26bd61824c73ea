package dev.handover.scenario;

import dev.handover.scenario.lang.LanguageRules.ContactRules;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a request is negated: the last negation before it covers it, unless a word that starts a new request ends
 * the negation's scope ("I don't want the FAQ, I want a person"), or the negation only says the customer cannot find
 * the way to a person ("I don't know how to reach a human"), which is itself a request.
 */
final class NegationScope {

    /**
     * A request right after "there is no need that" or "I don't want that" is what the negated verb governs, not a
     * new request: "non serve che mi passi un operatore", "no hace falta que me pases" stay negated. Only verbs of
     * need and wish: after any other "que" a Spanish or Portuguese jussive asks ("no entiendo nada que me pasen").
     */
    private static final Pattern COMPLEMENT = Pattern.compile("\\b(?:serve|occorre|bisogno|necessario|voglio|falta|"
            + "necesario|quiero|precisa|preciso|quero|besoin|necessaire|peine|veux|notig|notwendig|nodig|need|"
            + "necessary) (?:che|que|dass|dat|to)\\s*$");

    private final Pattern negation;
    private final Pattern end;
    private final Pattern lift;

    NegationScope(ContactRules rules) {
        negation = Regexes.words(rules.negations());
        end = Regexes.words(rules.negationEnds());
        lift = Regexes.words(rules.negationLifts());
    }

    /** Whether {@code text}, the words before a request, negates it. */
    boolean covers(String text) {
        Matcher matcher = negation.matcher(text);
        int start = -1;
        int stop = -1;
        while (matcher.find()) {
            start = matcher.start();
            stop = matcher.end();
        }
        if (stop < 0 || isLifted(text, start, stop)) {
            return false;
        }
        // The word right after the negation is its own verb ("no quiero"), so it cannot end the scope.
        String rest = text.substring(stop).trim();
        int space = rest.indexOf(' ');
        if (space < 0) {
            return true;
        }
        String scope = rest.substring(space);
        Matcher ends = end.matcher(scope);
        while (ends.find()) {
            if (!COMPLEMENT.matcher(rest.substring(0, space + ends.start())).find()) {
                return false;
            }
        }
        return true;
    }

    private boolean isLifted(String text, int start, int stop) {
        Matcher matcher = lift.matcher(text);
        while (matcher.find()) {
            if (matcher.start() <= start && matcher.end() >= stop) {
                return true;
            }
        }
        return false;
    }
}
