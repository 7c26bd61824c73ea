package dev.handover.scenario;

import dev.handover.scenario.lang.Frame;
import dev.handover.scenario.lang.LanguageRules;
import dev.handover.scenario.lang.LanguageRules.ContactRules;
import dev.handover.scenario.lang.NamedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language's contact-request rules, compiled. A clause asks for a person when a target (a person, or a staff
 * role after a contact verb) stands in one of the language's frames, or is alone with filler words, and the target
 * is not negated, quoted, compared away, in a question about the bot, or in a condition about later.
 */
final class ContactGrammar {

    /** Words that may sit between a frame and its target: "talk to [one of your] agents". */
    private static final int MAX_GAP = 4;
    /** Words that may sit between a target and a frame after it: "someone [from the office] call me". */
    private static final int MAX_COMPLEMENT = 6;
    /**
     * Characters around a target that its frame, negation or quote may span. Frames reach a few words; the bound
     * keeps a pathological line (thousands of targets in one clause) linear instead of quadratic.
     */
    private static final int WINDOW = 200;
    /** Targets examined per clause; a real message names a person a handful of times at most. */
    private static final int MAX_TARGETS = 12;
    private static final String MASK = "~";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String code;
    private final Speller speller;
    private final Pattern target;
    /** Anything a request or a rejection could start from; a clause without it is skipped cheaply. */
    private final Pattern candidate;
    private final Pattern bareRemainder;
    private final Pattern fillers;
    private final List<CompiledFrame> frames = new ArrayList<>();
    private final List<CompiledClause> clauseRequests = new ArrayList<>();
    private final NegationScope negation;
    private final Pattern infoQuestion;
    private final Pattern comparative;
    private final Pattern servicePurpose;
    private final Pattern hypothetical;
    private final Pattern polite;
    private final Pattern imperative;
    private final Pattern quote;
    private final ReportedSpeech reported;
    private final Pattern botQuestion;
    private final Pattern botWord;
    private final Pattern orWord;
    private final Pattern otherSense;

    private record CompiledFrame(Frame frame, Pattern before, Pattern after) {
    }

    /** {@code split}: read over the clause before and this one, joined by " | " ({@link NamedPattern}). */
    private record CompiledClause(String name, Pattern pattern, boolean split) {
    }

    ContactGrammar(LanguageRules language) {
        ContactRules rules = language.contact();
        code = language.code();
        speller = new Speller(language);
        String persons = Regexes.any(rules.persons());
        String roles = Regexes.any(rules.roles());
        target = Pattern.compile("\\b(?:(?<person>" + persons + ")|(?<role>" + roles + "))\\b");
        String anyTarget = "(?:" + persons + "|" + roles + ")";
        String complement = rules.complement().isEmpty() ? "" : "(?: " + rules.complement() + ")?";
        bareRemainder = Pattern.compile("\\b" + anyTarget + complement + "\\b");
        fillers = Regexes.words(rules.fillers());
        String gap = "(?: (?!~|" + Regexes.any(rules.gapBreakers()) + "\\b)\\S+){0," + MAX_GAP + "}";
        for (Frame frame : rules.frames()) {
            Pattern before = frame.before().isEmpty() ? null
                    : Pattern.compile("(?:^| )" + frame.before() + gap + " $");
            Pattern after = frame.after().isEmpty() ? null
                    : Pattern.compile("^(?: \\S+){0," + MAX_COMPLEMENT + "}? (?<frame>" + frame.after() + ")");
            frames.add(new CompiledFrame(frame, before, after));
        }
        for (NamedPattern request : rules.clauseRequests()) {
            clauseRequests.add(new CompiledClause(request.name(),
                    Pattern.compile(request.regex().replace("{T}", anyTarget)), request.regex().contains("\\|")));
        }
        negation = new NegationScope(rules);
        infoQuestion = Regexes.words(rules.infoQuestions());
        comparative = Regexes.words(rules.comparatives());
        servicePurpose = rules.servicePurposes().isEmpty() ? null
                : Pattern.compile("^ (?:" + String.join("|", rules.servicePurposes()) + ")");
        hypothetical = Regexes.words(rules.hypotheticals());
        polite = Regexes.words(rules.politeConditions());
        imperative = Pattern.compile(Regexes.any(rules.imperatives()));
        quote = Regexes.words(rules.quotes());
        reported = new ReportedSpeech(rules.reporters());
        botQuestion = Pattern.compile("\\b" + Regexes.any(rules.botQuestions())
                + "(?: (?!possible|posible|possivel|moglich|able|going|ok|okay|sure|there|open|free|available|still"
                + "|guys)\\S+){0,4}? "
                + Regexes.any(rules.natureWords()) + "\\b");
        botWord = Regexes.words(rules.botWords());
        orWord = Regexes.words(rules.orWords());
        otherSense = Regexes.words(rules.otherSenses());
        List<String> candidates = new ArrayList<>(List.of(target.pattern(), botWord.pattern()));
        clauseRequests.forEach(request -> candidates.add(request.pattern.pattern()));
        candidate = Pattern.compile(Regexes.any(candidates));
    }

    String code() {
        return code;
    }

    /**
     * This language's spelling of the clauses. Typos are fixed only in the message's own language: a word of
     * another language is often one letter away from a word of this one ("perdon", "person").
     */
    List<String> spell(List<String> clauses, boolean fixTypos) {
        List<String> spelled = new ArrayList<>(clauses.size());
        for (String clause : clauses) {
            spelled.add(speller.apply(clause, fixTypos));
        }
        return spelled;
    }

    /**
     * Whether the clauses (normalised and spelled for this language) ask for a person; when not, the reason names
     * the first rule that turned a candidate down, or is {@code no-request}.
     */
    Detection detect(List<String> clauses) {
        String rejection = null;
        for (int i = 0; i < clauses.size(); i++) {
            String raw = clauses.get(i);
            String joined = i == 0 ? null : polite.matcher(clauses.get(i - 1)).replaceAll(MASK) + " | ";
            if (!candidate.matcher(raw).find() && (joined == null || !candidate.matcher(joined + raw).find())) {
                continue;
            }
            if (isBotQuestion(raw)) {
                rejection = first(rejection, "bot-nature");
                continue;
            }
            if (i > 0 && reported.introduces(clauses.get(i - 1))) {
                rejection = first(rejection, "quoted");
                continue;
            }
            String clause = polite.matcher(raw).replaceAll(MASK);
            // A condition covers its own clause and the next: "if I need a person later, how do I reach one?"
            boolean condition = hasCondition(clause) || (i > 0 && hasCondition(clauses.get(i - 1)));
            boolean hypothetical = condition && !imperative.matcher(clause).find();
            String cleaned = otherSense.matcher(clause).replaceAll(MASK);
            if (!cleaned.equals(clause)) {
                rejection = first(rejection, "other-sense");
            }
            Outcome outcome = examine(cleaned, joined == null ? null : joined + cleaned);
            if (outcome.request != null) {
                if (!hypothetical) {
                    return Detection.match("rule:" + code + ":" + outcome.request);
                }
                outcome = Outcome.rejected("hypothetical");
            }
            if (outcome.rejection != null) {
                rejection = first(rejection, outcome.rejection);
            }
        }
        return Detection.noMatch(rejection == null ? "no-request" : rejection + ":" + code);
    }

    /**
     * Why a phrase found at {@code start} of a normalised clause would not be a request in this language (a bot's
     * example phrase inside "I don't want to ..."), or null.
     */
    String objection(String clause, int start) {
        if (isBotQuestion(clause)) {
            return "bot-nature";
        }
        String masked = polite.matcher(clause).replaceAll(MASK);
        if (hypothetical.matcher(masked).find() && !imperative.matcher(masked).find()) {
            return "hypothetical";
        }
        return rejectionOf(windowBefore(clause, start));
    }

    private boolean hasCondition(String clause) {
        return hypothetical.matcher(polite.matcher(clause).replaceAll(MASK)).find();
    }

    private boolean isBotQuestion(String clause) {
        return botQuestion.matcher(clause).find()
                || (botWord.matcher(clause).find() && orWord.matcher(clause).find());
    }

    /** The clause's request, or why its candidate targets were turned down. */
    private Outcome examine(String clause, String joined) {
        for (CompiledClause request : clauseRequests) {
            if (request.pattern.matcher(clause).find()
                    || (request.split && joined != null && request.pattern.matcher(joined).find())) {
                return Outcome.request(request.name);
            }
        }
        String rejection = null;
        Boolean bare = null;
        Matcher found = target.matcher(clause);
        for (int examined = 0; examined < MAX_TARGETS && found.find(); examined++) {
            String before = windowBefore(clause, found.start());
            String after = clause.substring(found.end(), Math.min(clause.length(), found.end() + WINDOW));
            if (after.startsWith(" s ")) {
                continue; // a possessive modifier: "the manager's special", "the agent's fee"
            }
            boolean role = found.group("role") != null;
            String why = rejectionOf(before);
            if (why != null) {
                rejection = first(rejection, why);
                continue;
            }
            String frame = frameAround(before, after, role);
            if (frame == null && !role) {
                bare = bare != null ? bare : isBare(clause);
                frame = bare ? "bare" : null;
            }
            if (frame != null) {
                return Outcome.request(frame + "+" + found.group().replace(' ', '-'));
            }
        }
        return Outcome.rejected(rejection);
    }

    /** Up to {@link #WINDOW} characters before {@code end}, starting at a word. */
    private static String windowBefore(String clause, int end) {
        if (end <= WINDOW) {
            return clause.substring(0, end);
        }
        int start = clause.indexOf(' ', end - WINDOW);
        return start < 0 || start >= end ? "" : clause.substring(start + 1, end);
    }

    private String rejectionOf(String before) {
        if (quote.matcher(before).find()) {
            return "quoted";
        }
        if (infoQuestion.matcher(before).find()) {
            return "contact-info";
        }
        if (negation.covers(before)) {
            return "negated";
        }
        if (comparative.matcher(before).find()) {
            return "comparative";
        }
        return null;
    }

    private String frameAround(String before, String after, boolean role) {
        for (CompiledFrame compiled : frames) {
            if (role && !compiled.frame.roles()) {
                continue;
            }
            if (compiled.before != null && !compiled.before.matcher(before).find()) {
                continue;
            }
            if (!compiled.frame.roles() && servicePurpose != null && servicePurpose.matcher(after).find()) {
                continue; // "I need someone to fix my sink": a service, not a conversation
            }
            if (compiled.after != null) {
                Matcher matcher = compiled.after.matcher(after);
                String gap = matcher.find() ? after.substring(0, matcher.start("frame")) + " " : null;
                if (gap == null || negation.covers(gap) || reported.within(gap)) {
                    continue;
                }
            }
            return compiled.frame.name();
        }
        return null;
    }

    /** Nothing but targets and fillers: "agent please", "a real person now". */
    private boolean isBare(String clause) {
        return isBlankWithout(bareRemainder, fillers, clause)
                // fillers first, so that a complement cannot swallow one ("una persona de verdad por favor")
                || isBlankWithout(fillers, bareRemainder, clause);
    }

    private static boolean isBlankWithout(Pattern first, Pattern second, String clause) {
        String rest = first.matcher(clause).replaceAll(" ").replace(MASK, " ");
        rest = second.matcher(SPACES.matcher(rest.trim()).replaceAll(" ")).replaceAll(" ");
        return first.matcher(rest).replaceAll(" ").isBlank();
    }

    private static String first(String current, String candidate) {
        return current != null ? current : candidate;
    }

    private record Outcome(String request, String rejection) {
        static Outcome request(String name) {
            return new Outcome(name, null);
        }

        static Outcome rejected(String why) {
            return new Outcome(null, why);
        }
    }
}
