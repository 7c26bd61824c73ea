package dev.handover.scenario.lang;

import dev.handover.scenario.lang.LanguageRules.ContactRules;
import dev.handover.scenario.lang.LanguageRules.FallbackRules;
import dev.handover.scenario.lang.LanguageRules.FeedbackRules;
import dev.handover.scenario.lang.LanguageRules.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fluent construction, so a language table reads as a list of named word lists. */
public final class LanguageRulesBuilder {
    private final String code;
    private List<String> stopWords = List.of();
    private final Map<String, String> spellings = new HashMap<>();
    private List<String> vocabulary = List.of();
    private List<String> vocabularyExclusions = List.of();
    private boolean umlautDigraphs;
    private List<String> persons = List.of();
    private List<String> roles = List.of();
    private String complement = "";
    private final List<Frame> frames = new ArrayList<>();
    private final List<NamedPattern> clauseRequests = new ArrayList<>();
    private List<String> gapBreakers = List.of();
    private List<String> fillers = List.of();
    private List<String> negations = List.of();
    private List<String> negationEnds = List.of();
    private List<String> comparatives = List.of();
    private List<String> servicePurposes = List.of();
    private List<String> negationLifts = List.of();
    private List<String> infoQuestions = List.of();
    private List<String> hypotheticals = List.of();
    private List<String> politeConditions = List.of();
    private List<String> imperatives = List.of();
    private List<String> quotes = List.of();
    private List<String> reporters = List.of();
    private List<String> botQuestions = List.of();
    private List<String> natureWords = List.of();
    private List<String> botWords = List.of();
    private List<String> orWords = List.of();
    private List<String> otherSenses = List.of();
    private final List<NamedPattern> fallbacks = new ArrayList<>();
    private final List<NamedPattern> uncertainFallbacks = new ArrayList<>();
    private final List<NamedPattern> dissatisfied = new ArrayList<>();
    private final List<NamedPattern> resolved = new ArrayList<>();
    private List<String> thanks = List.of();
    private List<String> questionStarts = List.of();
    private List<String> faultQuestions = List.of();
    private List<String> undecided = List.of();

    LanguageRulesBuilder(String code) {
        this.code = code;
    }

    public LanguageRulesBuilder stopWords(String... words) {
        stopWords = List.of(words);
        return this;
    }

    /** Pairs: word, replacement, word, replacement, ... */
    public LanguageRulesBuilder spellings(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("spellings come in pairs: " + Arrays.toString(pairs));
        }
        for (int i = 0; i < pairs.length; i += 2) {
            spellings.put(pairs[i], pairs[i + 1]);
        }
        return this;
    }

    public LanguageRulesBuilder typoWords(String... words) {
        vocabulary = List.of(words);
        return this;
    }

    public LanguageRulesBuilder typoExclusions(String... words) {
        vocabularyExclusions = List.of(words);
        return this;
    }

    public LanguageRulesBuilder umlautDigraphs() {
        umlautDigraphs = true;
        return this;
    }

    public LanguageRulesBuilder persons(String... regexes) {
        persons = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder roles(String... regexes) {
        roles = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder complement(String regex) {
        complement = regex;
        return this;
    }

    public LanguageRulesBuilder frames(Frame... items) {
        frames.addAll(List.of(items));
        return this;
    }

    public LanguageRulesBuilder clauseRequests(NamedPattern... items) {
        clauseRequests.addAll(List.of(items));
        return this;
    }

    public LanguageRulesBuilder gapBreakers(String... regexes) {
        gapBreakers = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder fillers(String... regexes) {
        fillers = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder negations(String... regexes) {
        negations = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder negationEnds(String... regexes) {
        negationEnds = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder servicePurposes(String... regexes) {
        servicePurposes = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder negationLifts(String... regexes) {
        negationLifts = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder infoQuestions(String... regexes) {
        infoQuestions = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder comparatives(String... regexes) {
        comparatives = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder hypotheticals(String... regexes) {
        hypotheticals = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder politeConditions(String... regexes) {
        politeConditions = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder imperatives(String... regexes) {
        imperatives = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder quotes(String... regexes) {
        quotes = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder reporters(String... regexes) {
        reporters = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder botQuestions(String... regexes) {
        botQuestions = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder natureWords(String... regexes) {
        natureWords = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder botWords(String... regexes) {
        botWords = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder orWords(String... regexes) {
        orWords = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder otherSenses(String... regexes) {
        otherSenses = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder fallbacks(NamedPattern... items) {
        fallbacks.addAll(List.of(items));
        return this;
    }

    public LanguageRulesBuilder uncertainFallbacks(NamedPattern... items) {
        uncertainFallbacks.addAll(List.of(items));
        return this;
    }

    public LanguageRulesBuilder dissatisfied(NamedPattern... items) {
        dissatisfied.addAll(List.of(items));
        return this;
    }

    public LanguageRulesBuilder resolved(NamedPattern... items) {
        resolved.addAll(List.of(items));
        return this;
    }

    public LanguageRulesBuilder thanks(String... regexes) {
        thanks = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder faultQuestions(String... regexes) {
        faultQuestions = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder undecided(String... regexes) {
        undecided = List.of(regexes);
        return this;
    }

    public LanguageRulesBuilder questionStarts(String... regexes) {
        questionStarts = List.of(regexes);
        return this;
    }

    /** A language's own list and what a family shared by every language adds to it. */
    private static List<String> withFamily(List<String> own, String... family) {
        List<String> all = new ArrayList<>(own);
        all.addAll(List.of(family));
        return List.copyOf(all);
    }

    /** The language's own spellings over the glued words every language shares ({@link GluedWords}). */
    private Map<String, String> spelled() {
        Map<String, String> all = new HashMap<>(GluedWords.spellings(code));
        all.putAll(spellings);
        return Map.copyOf(all);
    }

    public LanguageRules build() {
        return new LanguageRules(code, stopWords, spelled(),
                new Vocabulary(vocabulary, vocabularyExclusions, umlautDigraphs),
                new ContactRules(persons, withFamily(roles, TradeRoles.roles(code)), complement, List.copyOf(frames),
                        List.copyOf(clauseRequests), gapBreakers, fillers, negations, negationEnds, comparatives,
                        withFamily(hypotheticals, ForeseenTalks.hypotheticals(code)),
                        withFamily(politeConditions, CourteousAsks.conditions(code)), imperatives,
                        withFamily(quotes, StandingContacts.quotes(code)), reporters, botQuestions, natureWords,
                        botWords, orWords, otherSenses, servicePurposes, negationLifts, infoQuestions),
                new FallbackRules(List.copyOf(fallbacks), List.copyOf(uncertainFallbacks)),
                new FeedbackRules(List.copyOf(dissatisfied), List.copyOf(resolved), thanks, questionStarts,
                        faultQuestions, undecided));
    }
}
