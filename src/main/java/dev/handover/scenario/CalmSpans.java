package dev.handover.scenario;

import dev.handover.scenario.lang.DueClaims;
import dev.handover.scenario.lang.LanguageRules;
import dev.handover.scenario.lang.Languages;
import dev.handover.scenario.lang.NamedPattern;
import dev.handover.scenario.lang.PlainSenses;
import dev.handover.scenario.lang.PoliteCapitals;
import dev.handover.scenario.lang.RelayedRepeats;
import dev.handover.scenario.lang.ReportedAnger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spans of a message that look like frustration but are not the customer's at the business: anger reported or
 * over ({@link ReportedAnger}; someone else's only beside a calming word), telling someone else and, inside a civil
 * request, what was already sent ({@link RelayedRepeats}), an oath word in its plain sense ({@link PlainSenses}),
 * a formal complaint that claims a right ({@link DueClaims});
 * and a capital "NOT" stressing a detail of a polite request ({@link PoliteCapitals}). The spans are cut out of the
 * clauses before the detector looks for phrases, so what else the message says still counts: "my boss is furious,
 * this is ridiculous" stays angry. Every language's spans are cut whatever the guess, since each names its people
 * and verbs in full.
 */
final class CalmSpans {

    /** A question or exclamation mark: a repeat beside one is the business ignoring the customer. */
    private static final Pattern PRESSED = Pattern.compile("[?!¿¡]");

    private final List<Pattern> others = compile(rules -> ReportedAnger.others(rules.code()));
    private final List<Pattern> calming = compile(rules -> ReportedAnger.calming(rules.code()));
    private final List<Pattern> always = compile(rules -> join(ReportedAnger.over(rules.code()),
            RelayedRepeats.told(rules.code()), PlainSenses.of(rules.code()), DueClaims.of(rules.code())));
    private final List<Pattern> sent = compile(rules -> RelayedRepeats.sent(rules.code()));
    private final List<Pattern> asks = compile(rules -> RelayedRepeats.asks(rules.code()));
    private final List<Pattern> polite = compile(rules -> PoliteCapitals.polite(rules.code()));
    private final List<Pattern> negations = compile(rules -> PoliteCapitals.negations(rules.code()));
    private final List<Pattern> contrasts = compile(rules -> PoliteCapitals.contrasts());

    @SafeVarargs
    private static List<NamedPattern> join(List<NamedPattern>... lists) {
        List<NamedPattern> all = new ArrayList<>();
        for (List<NamedPattern> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static List<Pattern> compile(Function<LanguageRules, List<NamedPattern>> select) {
        List<Pattern> patterns = new ArrayList<>();
        for (LanguageRules rules : Languages.ALL) {
            for (NamedPattern phrase : select.apply(rules)) {
                patterns.add(Pattern.compile("\\b(?:" + phrase.regex() + ")\\b"));
            }
        }
        return List.copyOf(patterns);
    }

    /** The clauses with the calm spans cut out, or the very list given when there is none. */
    List<String> strip(List<String> clauses, String customerText) {
        String joined = String.join(" ", clauses);
        boolean[] cut = new boolean[joined.length()];
        boolean any = mark(always, joined, cut);
        if (calming.stream().anyMatch(word -> word.matcher(joined).find())) {
            any |= mark(others, joined, cut);
        }
        if (!PRESSED.matcher(customerText).find() && asks.stream().anyMatch(ask -> ask.matcher(joined).find())) {
            any |= mark(sent, joined, cut);
        }
        if (!any) {
            return clauses;
        }
        List<String> kept = new ArrayList<>(clauses.size());
        int offset = 0;
        for (String clause : clauses) {
            StringBuilder rest = new StringBuilder();
            for (int i = 0; i < clause.length(); i++) {
                rest.append(cut[offset + i] ? ' ' : clause.charAt(i));
            }
            offset += clause.length() + 1;
            String left = rest.toString().trim().replaceAll(" +", " ");
            if (!left.isEmpty()) {
                kept.add(left);
            }
        }
        return List.copyOf(kept);
    }

    private static boolean mark(List<Pattern> patterns, String text, boolean[] cut) {
        boolean any = false;
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                Arrays.fill(cut, matcher.start(), matcher.end(), true);
                any |= matcher.end() > matcher.start();
            }
        }
        return any;
    }

    /**
     * Whether the capital words, normalised, are one negation stressing a detail of a polite request, or telling two
     * models apart, in the normalised message.
     */
    boolean politeDetail(String capitals, String normalized) {
        if (capitals.isBlank()) {
            return false;
        }
        if (isNegation(capitals.strip()) && polite.stream().anyMatch(word -> word.matcher(normalized).find())) {
            return true;
        }
        // A two-letter trim of the model named beside the negation is part of the name ("S21 FE, NOT the S21").
        String negation = capitals.replaceAll("\\b\\w{2}\\b(?<!\\bno)", " ").strip().replaceAll(" +", " ");
        return !negation.isEmpty() && isNegation(negation)
                && contrasts.stream().anyMatch(two -> two.matcher(normalized).find());
    }

    private boolean isNegation(String capitals) {
        return negations.stream().anyMatch(no -> no.matcher(capitals).find());
    }
}
