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
        return space < 0 || !end.matcher(rest.substring(space)).find();
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
