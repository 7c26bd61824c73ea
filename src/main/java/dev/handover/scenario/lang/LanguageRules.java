package dev.handover.scenario.lang;

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
     * @param reporters a reporting verb that ends a clause ("my neighbour said, ..."): the next clause tells what
     *     someone else said or did, not what the customer asks for
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
            List<String> quotes, List<String> reporters, List<String> botQuestions, List<String> natureWords, List<String> botWords,
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
     * @param faultQuestions openers of a question that asks the business what is wrong with a thing ("do you know
     *     what is wrong with the gate?"): its fault words describe a new problem, not the bot's answer failing
     * @param undecided the customer does not know a detail yet ("not sure yet, maybe 20 of us"): an answer to the
     *     bot's question, so the model must not read its "not yet" as a failed answer
     */
    public record FeedbackRules(List<NamedPattern> dissatisfied, List<NamedPattern> resolved, List<String> thanks,
            List<String> questionStarts, List<String> faultQuestions, List<String> undecided) {
    }

    public static LanguageRulesBuilder builder(String code) {
        return new LanguageRulesBuilder(code);
    }
}
