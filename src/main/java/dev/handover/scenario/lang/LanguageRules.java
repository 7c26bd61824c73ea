package dev.handover.scenario.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one language contributes to the detectors, as plain word lists and regex fragments over normalised
 * text (lower case, no accents, words separated by one space, see {@code TextNormalizer}). The detectors compile
 * these once; adding a language means writing one of these tables, not touching the detectors.
 *
 * @param code ISO 639-1 code, reported in reasons
 * @param stopWords frequent words that tell the language apart, for the language guess
 * @param spellings chat spellings and contractions of this language, word to replacement ("pls" to "please")
 * @param vocabulary words a one-letter typo should not hide, and real words that must not be "corrected"
 * @param contact rules for a customer's request to talk to a person
 * @param fallback phrases by which the bot admits it cannot answer
 * @param feedback phrases by which the customer says the bot's answer failed or solved the problem
 */
public record LanguageRules(String code, List<String> stopWords, Map<String, String> spellings,
        Vocabulary vocabulary, ContactRules contact, FallbackRules fallback, FeedbackRules feedback) {

    /**
     * Typo tolerance: {@code words} are corrected to within one edit, {@code exclusions} are never touched;
     * {@code umlautDigraphs} reads "ue", "oe", "ae" as the umlauts they replace on keyboards without them.
     */
    public record Vocabulary(List<String> words, List<String> exclusions, boolean umlautDigraphs) {
    }

    /**
     * How a customer asks for a person, and what looks like it but is not.
     *
     * @param persons anyone who can take over a chat: "human", "agent", "someone"
     * @param roles specific staff, accepted only after contact verbs: "dentist", "owner"
     * @param complement what may follow a target and still belong to it: "from your team"
     * @param frames the ways of asking, around a target
     * @param clauseRequests whole-clause requests without a plain target ("is there no one I can talk to")
     * @param gapBreakers words that cannot sit between a frame and its target (prepositions, possessives, numbers)
     * @param fillers words that may surround a target in a bare request ("agent please")
     * @param negations words that negate a following request
     * @param negationEnds words that end a negation's scope ("but", "I want")
     * @param comparatives a preference for something else over the target ("than", "rather than")
     * @param hypotheticals markers of a condition or an uncertain future; they cover their clause and the next
     * @param politeConditions conditions that are only politeness ("if possible"), ignored
     * @param imperatives a clause starting with one of these is a request now even after a condition
     * @param quotes words that show the target is quoted, reported or someone else's wish, not asked for ("says",
     *     "typed", "my wife wants")
     * @param botQuestions openers of a question about the bot's nature ("are you", "is this")
     * @param natureWords what such a question asks about ("human", "bot", "real")
     * @param botWords words for the bot itself ("bot", "machine")
     * @param orWords "or" in this language: "a human or a bot?" asks about the bot's nature
     * @param otherSenses compounds where a person word means something else ("human resources")
     * @param servicePurposes what may follow a person in a desire or fetch frame to show a service is wanted, not a
     *     conversation ("I need someone to fix my sink", "bring someone with me")
     * @param negationLifts a negation that only says the customer cannot find the way to a person, which is a
     *     request ("I don't know how to reach a human", "I can't get through to anyone"): a negation inside one of
     *     these does not turn the request down
     * @param infoQuestions a question about contact details, hours or whether a person is needed ("what time can I
     *     call support", "do I need to talk to someone to cancel"): a target after one is not asked for now
     */
    public record ContactRules(List<String> persons, List<String> roles, String complement, List<Frame> frames,
            List<NamedPattern> clauseRequests, List<String> gapBreakers, List<String> fillers,
            List<String> negations, List<String> negationEnds, List<String> comparatives,
            List<String> hypotheticals, List<String> politeConditions, List<String> imperatives,
            List<String> quotes, List<String> botQuestions, List<String> natureWords, List<String> botWords,
            List<String> orWords, List<String> otherSenses, List<String> servicePurposes,
            List<String> negationLifts, List<String> infoQuestions) {
    }

    /**
     * How the bot says it cannot answer.
     *
     * @param certain phrases that always mean a fallback ("I don't have that information")
     * @param uncertain doubt that is a fallback unless the bot goes on to ask the customer a question ("I'm not sure
     *     which size you need, could you tell me?" is a clarifying question, not a fallback)
     */
    public record FallbackRules(List<NamedPattern> certain, List<NamedPattern> uncertain) {
    }

    /**
     * How the customer judges the bot's last answer.
     *
     * @param dissatisfied phrases that say the answer failed, checked first
     * @param resolved phrases that say the problem is solved, even if a new question follows
     * @param thanks thanks and praise; alone (without a question) they close the matter
     * @param questionStarts words that open a question without a question mark
     */
    public record FeedbackRules(List<NamedPattern> dissatisfied, List<NamedPattern> resolved, List<String> thanks,
            List<String> questionStarts) {
    }

    public static Builder builder(String code) {
        return new Builder(code);
    }

    /** Fluent construction, so a language table reads as a list of named word lists. */
    public static final class Builder {
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

        private Builder(String code) {
            this.code = code;
        }

        public Builder stopWords(String... words) {
            stopWords = List.of(words);
            return this;
        }

        /** Pairs: word, replacement, word, replacement, ... */
        public Builder spellings(String... pairs) {
            if (pairs.length % 2 != 0) {
                throw new IllegalArgumentException("spellings come in pairs: " + Arrays.toString(pairs));
            }
            for (int i = 0; i < pairs.length; i += 2) {
                spellings.put(pairs[i], pairs[i + 1]);
            }
            return this;
        }

        public Builder typoWords(String... words) {
            vocabulary = List.of(words);
            return this;
        }

        public Builder typoExclusions(String... words) {
            vocabularyExclusions = List.of(words);
            return this;
        }

        public Builder umlautDigraphs() {
            umlautDigraphs = true;
            return this;
        }

        public Builder persons(String... regexes) {
            persons = List.of(regexes);
            return this;
        }

        public Builder roles(String... regexes) {
            roles = List.of(regexes);
            return this;
        }

        public Builder complement(String regex) {
            complement = regex;
            return this;
        }

        public Builder frames(Frame... items) {
            frames.addAll(List.of(items));
            return this;
        }

        public Builder clauseRequests(NamedPattern... items) {
            clauseRequests.addAll(List.of(items));
            return this;
        }

        public Builder gapBreakers(String... regexes) {
            gapBreakers = List.of(regexes);
            return this;
        }

        public Builder fillers(String... regexes) {
            fillers = List.of(regexes);
            return this;
        }

        public Builder negations(String... regexes) {
            negations = List.of(regexes);
            return this;
        }

        public Builder negationEnds(String... regexes) {
            negationEnds = List.of(regexes);
            return this;
        }

        public Builder servicePurposes(String... regexes) {
            servicePurposes = List.of(regexes);
            return this;
        }

        public Builder negationLifts(String... regexes) {
            negationLifts = List.of(regexes);
            return this;
        }

        public Builder infoQuestions(String... regexes) {
            infoQuestions = List.of(regexes);
            return this;
        }

        public Builder comparatives(String... regexes) {
            comparatives = List.of(regexes);
            return this;
        }

        public Builder hypotheticals(String... regexes) {
            hypotheticals = List.of(regexes);
            return this;
        }

        public Builder politeConditions(String... regexes) {
            politeConditions = List.of(regexes);
            return this;
        }

        public Builder imperatives(String... regexes) {
            imperatives = List.of(regexes);
            return this;
        }

        public Builder quotes(String... regexes) {
            quotes = List.of(regexes);
            return this;
        }

        public Builder botQuestions(String... regexes) {
            botQuestions = List.of(regexes);
            return this;
        }

        public Builder natureWords(String... regexes) {
            natureWords = List.of(regexes);
            return this;
        }

        public Builder botWords(String... regexes) {
            botWords = List.of(regexes);
            return this;
        }

        public Builder orWords(String... regexes) {
            orWords = List.of(regexes);
            return this;
        }

        public Builder otherSenses(String... regexes) {
            otherSenses = List.of(regexes);
            return this;
        }

        public Builder fallbacks(NamedPattern... items) {
            fallbacks.addAll(List.of(items));
            return this;
        }

        public Builder uncertainFallbacks(NamedPattern... items) {
            uncertainFallbacks.addAll(List.of(items));
            return this;
        }

        public Builder dissatisfied(NamedPattern... items) {
            dissatisfied.addAll(List.of(items));
            return this;
        }

        public Builder resolved(NamedPattern... items) {
            resolved.addAll(List.of(items));
            return this;
        }

        public Builder thanks(String... regexes) {
            thanks = List.of(regexes);
            return this;
        }

        public Builder questionStarts(String... regexes) {
            questionStarts = List.of(regexes);
            return this;
        }

        public LanguageRules build() {
            return new LanguageRules(code, stopWords, Map.copyOf(spellings),
                    new Vocabulary(vocabulary, vocabularyExclusions, umlautDigraphs),
                    new ContactRules(persons, roles, complement, List.copyOf(frames), List.copyOf(clauseRequests),
                            gapBreakers, fillers, negations, negationEnds, comparatives, hypotheticals,
                            politeConditions, imperatives, quotes, botQuestions, natureWords, botWords, orWords,
                            otherSenses, servicePurposes, negationLifts, infoQuestions),
                    new FallbackRules(List.copyOf(fallbacks), List.copyOf(uncertainFallbacks)),
                    new FeedbackRules(List.copyOf(dissatisfied), List.copyOf(resolved), thanks, questionStarts));
        }
    }
}
