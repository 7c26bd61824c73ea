package dev.handover.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a customer message explicitly asks for a person. Pure and deterministic: a message is a request
 * when one of its clauses names a person (not in another sense, such as "human resources") after a request verb, or
 * is a bare request ("agent please"), with no negation before the person and no question about the bot's nature;
 * or when it contains one of the bot's example phrases outside a negation.
 */
public final class ContactRequestDetector {

    private static final String PERSON = "(?:human|humans|person|persons|people|someone|somebody|anyone|anybody|"
            + "agent|agents|representative|representatives|rep|reps|operator|staff|manager|supervisor|employee|"
            + "advisor|adviser|consultant|associate|receptionist|salesperson|team member|real one|"
            + "customer (?:service|support|care)|support (?:team|staff)|live (?:chat|support))";
    private static final Pattern PERSON_WORD = Pattern.compile("\\b" + PERSON + "\\b");
    private static final Pattern REQUEST_VERB = Pattern.compile("\\b(?:talk|talking|speak|speaking|chat|chatting|"
            + "connect|transfer|put me through|get|give|want|need|like|have|bring|call|reach|contact|escalate|"
            + "forward|switch|pass|send|is there|are there|can|could|would|may|let me|help)\\b");
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|no|never|without|nobody|instead of|"
            + "rather than)\\b");
    private static final Pattern BOT_NATURE = Pattern.compile("\\b(?:(?:are|r) you|is (?:this|it|that)|am i "
            + "(?:talking|speaking|chatting) (?:to|with))(?: an?| the)?(?: real| actual| live)? "
            + "(?:human|person|bot|robot|ai|machine|computer|automated|real|agent|people)\\b");
    private static final Pattern OTHER_SENSE = Pattern.compile("\\b(?:human (?:resources|rights|error|being|beings|"
            + "nature|body|race)|user agents?|(?:travel|real estate|estate|insurance|leasing|booking|shipping|"
            + "secret|free|double|cleaning|rental|listing) agents?|(?:delivery|cable|pizza) (?:person|guy|man|people)|"
            + "(?:my|our|his|her|their) (?:agent|manager|rep)|(?:the|that|this) (?:person|agent|guy) (?:who|that|was|"
            + "is|did|said|told|called)|anyone else|people say)\\b");
    private static final Pattern FILLER = Pattern.compile("\\b(?:please|now|right|a|an|the|real|actual|live|"
            + "some|me|i|want|need|get|to|talk|speak|with|hey|hi|hello|ok|okay|just|already|thanks|thank you|"
            + "yes|sorry|asap|immediately|urgent)\\b");

    /** Words close enough to a person noun that a one-letter typo should not hide them. */
    private static final List<String> FUZZY_NOUNS = List.of("human", "person", "agent", "representative",
            "operator", "someone", "somebody", "manager", "supervisor", "employee", "people");

    public Detection detect(String text, List<String> examples) {
        List<String> clauses = TextNormalizer.clauses(text);
        for (String rawClause : clauses) {
            String clause = fixTypos(rawClause);
            if (BOT_NATURE.matcher(clause).find()) {
                continue;
            }
            String cleaned = OTHER_SENSE.matcher(clause).replaceAll(" ~ ");
            Matcher person = PERSON_WORD.matcher(cleaned);
            while (person.find()) {
                String before = cleaned.substring(0, person.start());
                if (NEGATION.matcher(before).find()) {
                    break;
                }
                if (REQUEST_VERB.matcher(before).find()) {
                    return Detection.match("rule:request-verb+" + person.group());
                }
                if (FILLER.matcher(PERSON_WORD.matcher(cleaned).replaceAll(" ")).replaceAll(" ").isBlank()) {
                    return Detection.match("rule:bare-request+" + person.group());
                }
            }
        }
        return matchExample(clauses, examples);
    }

    private static Detection matchExample(List<String> clauses, List<String> examples) {
        for (String example : examples) {
            String phrase = TextNormalizer.normalize(example);
            if (phrase.isEmpty()) {
                continue;
            }
            Pattern pattern = Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b");
            for (String clause : clauses) {
                Matcher matcher = pattern.matcher(clause);
                if (matcher.find() && !NEGATION.matcher(clause.substring(0, matcher.start())).find()) {
                    return Detection.match("example:" + example);
                }
            }
        }
        return Detection.noMatch("no-request");
    }

    private static String fixTypos(String clause) {
        String[] words = clause.split(" ");
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 5) {
                for (String noun : FUZZY_NOUNS) {
                    if (!words[i].equals(noun) && EditDistance.withinOne(words[i], noun)) {
                        words[i] = noun;
                        changed = true;
                        break;
                    }
                }
            }
        }
        return changed ? String.join(" ", words) : clause;
    }
}
