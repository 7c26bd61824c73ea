package dev.handover.scenario;

import dev.handover.scenario.lang.Conditionals;
import dev.handover.scenario.lang.FrustrationRules;
import dev.handover.scenario.lang.FrustrationTables;
import dev.handover.scenario.lang.JoinedAnger;
import dev.handover.scenario.lang.LanguageRules;
import dev.handover.scenario.lang.Languages;
import dev.handover.scenario.lang.NamedPattern;
import dev.handover.scenario.lang.NegatedWorks;
import dev.handover.scenario.lang.StockQuestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a customer message shows strong frustration: a threat (to cancel if, to leave a bad review, to sue),
 * an insult aimed at the bot or the company, swearing in anger, a statement of anger or of lost patience,
 * exasperation at repeating themselves, or shouting (most letters in capitals, or runs of "!!!" on a complaint).
 * Mild dissatisfaction ("that didn't help") is the failed-attempt path, not this; so are polite complaints, calm
 * requests, plain cancellation questions, happy shouting ("THANK YOU!!!"), casual swearing ("damn good") and
 * capitalised acronyms or error codes. Phrases are searched clause by clause in each language the language guess
 * lets apply; a state or a threat right after a negation ("I'm not angry", "I won't cancel") or a softener ("a bit
 * annoyed") does not count, nor a phrase a joy word follows ("ich raste aus vor Freude"). A message the rules leave
 * calm is then scored by a linear model trained at build time ({@link ModelTrainer}) on every
 * frustration batch but the held-out one: it catches the anger worded outside every phrase (veiled threats, unmarked
 * sarcasm, weariness), which the rules missed on half of each new batch. Praise is no veto there: ironic praise is
 * what it catches most. Thread-safe; construct once.
 */
public final class FrustrationDetector {

    /** The name of the model resource, {@code /models/frustrated.bin}. */
    static final String MODEL = "frustrated";
    /**
     * The model hands over alone only when it is this sure. Chosen on ordinary messages as much as on frustration
     * batches: at 0.9 it kept 0.95 precision on a batch left out of training but fired on one ordinary message in 40
     * from a writer it had not seen ("ainda não sei, vou pensar"); at 0.98 it fires on about one in 150 and still
     * finds most of what the rules miss (the README's Figures).
     */
    static final double MODEL_THRESHOLD = 0.98;

    /** 😡 🤬 👿 🖕 💢: anger whatever the language. */
    private static final Pattern ANGRY_EMOJI = Pattern.compile("[\\x{1F621}\\x{1F92C}\\x{1F47F}\\x{1F595}\\x{1F4A2}]");
    /** Swearing with letters starred out ("f***ing", "sh*t") or a grawlix ("#$%@"): the writer means it. */
    private static final Pattern MASKED_SWEAR = Pattern.compile("(?i)(?<![\\p{L}])(?:f[*#@$%]{1,3}(?:k|ck|g|ing|in|"
            + "king|cking|ckin|ked|cked|ks)?|f[a-z]?[*#@$%]{1,3}k(?:ing|in|ed)?|sh[*#@$%]t|s[*#@$%]{2}t|"
            + "b[*#@$%]{1,3}(?:ch|tch)|a[*#@$%]{1,3}hole|m[*#@$%]{1,3}rde|sc?h[*#@$%]{1,3}e)(?![\\p{L}])"
            + "|(?:[@#$%&][!@#$%&*]*){3,}");
    /** 🙈 🤭: embarrassment at one's own slip, which makes an oath beside it casual. */
    private static final Pattern SHEEPISH_EMOJI = Pattern.compile("[\\x{1F648}\\x{1F92D}]");
    /** Three exclamation marks, or "?!" mixed: on a complaint it is exasperation. */
    private static final Pattern EXCLAMATION_RUN = Pattern.compile("!{3,}|\\?+!|!+\\?");
    /** 😤 (steam from the nose) is pride or mild annoyance as often as anger: only a run of them is anger. */
    private static final Pattern STEAM_RUN = Pattern.compile("\\x{1F624}(?:\\s*\\x{1F624})+");
    /** 😍 🥰 😂 🤣 😁 😄 🥳 🎉 ❤️ 🙌 💯: delight, which makes capitals and swearing excitement in any language. */
    private static final Pattern HAPPY_EMOJI = Pattern.compile(
            "[\\x{1F60D}\\x{1F970}\\x{1F602}\\x{1F923}\\x{1F601}\\x{1F604}\\x{1F973}\\x{1F389}\\x{2764}\\x{1F64C}"
                    + "\\x{1F4AF}]");
    /**
     * A span of time said twice in a row ("45 minutes. 45 MINUTES", "tres semanas. tres semanas y nada"): on a
     * complaint or with a stressed word the writer repeats how long they have waited. Over normalised text, where
     * clauses are joined by a space.
     */
    private static final Pattern ECHOED_TIME = Pattern.compile("\\b((?:\\d+|\\w+) (?:minutes|minutos|minuti|minuten|"
            + "hours|horas|ore|heures|stunden|uur|uren|days|dias|giorni|jours|tage|tagen|dagen|weeks|semanas|"
            + "settimane|semaines|wochen|weken|months|meses|mesi|mois|monate|monaten|maanden)) \\1\\b");
    /** How many words before a phrase a negation or a softener may stand to cover it. */
    private static final int SCOPE_WORDS = 3;

    /**
     * @param negatable a negation or a softener right before a phrase turns it down ("I'm not angry")
     * @param casualWhenHappy beside happy words the phrase is casual ("holy shit that was fast, thanks")
     * @param aimable the phrase can be aimed at a third party ("que raiva desse motorista"), not only the business
     */
    private record Category(String name, boolean negatable, boolean casualWhenHappy, boolean aimable) {
    }

    private record Phrase(String reason, Pattern pattern, Category category) {
    }

    private record Language(String code, Speller speller, KeywordTypos typos, NegationScope negation,
            Pattern softener, Pattern joy, Pattern condition, List<Phrase> phrases) {
    }

    /** The reason when a phrase was found but the message around it made it casual. */
    private static final String CASUAL = "calm:casual";
    /**
     * The reason when the anger found was aimed at someone else, before a plain question to the business or a turn
     * back to it ({@link ThirdPartyAsides}).
     */
    private static final String ELSEWHERE = "calm:third-party";

    private final List<Language> languages = new ArrayList<>();
    private final LinearModel model = LinearModel.load(MODEL);
    private final Spelling spelling = new Spelling();
    private final PhraseSet positive = new PhraseSet("positive", FrustrationDetector::positive);
    private final PhraseSet dissatisfied = new PhraseSet("dissatisfied", rules -> rules.feedback().dissatisfied());
    private final PhraseSet casualOaths = new PhraseSet("casual", rules -> FrustrationTables.of(rules.code()).casual());
    private final PhraseSet thirdParties = new PhraseSet("third-party",
            rules -> FrustrationTables.of(rules.code()).thirdParties());
    private final PhraseSet exclaimed = new PhraseSet("exclaimed", rules -> List.of(NamedPattern.of("exclaimed",
            Regexes.any(FrustrationTables.of(rules.code()).exclaimed()))));
    private final CalmSpans calmSpans = new CalmSpans();
    private final ThirdPartyAsides asides = new ThirdPartyAsides(exclaimed,
            sentence -> spelling.allLanguages(String.join(" ", TextNormalizer.clauses(sentence))));

    public FrustrationDetector() {
        for (LanguageRules rules : Languages.ALL) {
            FrustrationRules table = FrustrationTables.of(rules.code());
            List<Phrase> phrases = new ArrayList<>();
            add(phrases, rules.code(), new Category("threat", true, false, false), table.threats());
            add(phrases, rules.code(), new Category("threat", true, true, false), table.publicity());
            add(phrases, rules.code(), new Category("insult", false, false, true), table.insults());
            add(phrases, rules.code(), new Category("swearing", false, true, true), table.swearing());
            add(phrases, rules.code(), new Category("anger", true, false, true), table.anger());
            add(phrases, rules.code(), new Category("repeating", false, false, false), table.repeating());
            List<String> known = new ArrayList<>(rules.vocabulary().words());
            known.addAll(rules.vocabulary().exclusions());
            languages.add(new Language(rules.code(), new Speller(rules), new KeywordTypos(table.typos(), known),
                    new NegationScope(rules.contact()),
                    Pattern.compile("\\b" + Regexes.any(table.softeners()) + "$"),
                    Pattern.compile("^ ?(?:\\w+ ){0," + SCOPE_WORDS + "}?" + Regexes.any(table.joy()) + "\\b"),
                    Pattern.compile("(?:^|\\b)" + Conditionals.of(rules.code()) + "\\b"), List.copyOf(phrases)));
        }
    }

    private static void add(List<Phrase> phrases, String code, Category category, List<NamedPattern> patterns) {
        for (NamedPattern pattern : patterns) {
            phrases.add(new Phrase("frustration:" + category.name() + ":" + code + ":" + pattern.name(),
                    Pattern.compile("(?:^|\\b)(?:" + pattern.regex() + ")(?:\\b|$)"), category));
        }
    }

    private static List<NamedPattern> positive(LanguageRules rules) {
        List<String> words = new ArrayList<>(FrustrationTables.of(rules.code()).positive());
        words.addAll(rules.feedback().thanks());
        return List.of(NamedPattern.of("happy", Regexes.any(words)));
    }

    public Detection detect(String customerText) {
        Detection rules = byRules(customerText);
        // A plain question with no complaint in it is a question: the model, which has learnt that reviews, lawyers
        // and the press go with anger, would read "I saw your post on Facebook, is the open day still on?" as a threat.
        // Nor does it overrule the rules where they found a phrase and judged it casual ("I'll tell everyone about
        // this place, amazing food").
        if (rules.matched() || rules.reason().equals(CASUAL) || rules.reason().equals(ELSEWHERE)
                || !rules.reason().equals("calm:dissatisfied") && customerText.strip().endsWith("?")) {
            return rules;
        }
        double probability = model.probability(TextNormalizer.normalize(customerText));
        return probability >= MODEL_THRESHOLD
                ? Detection.match(String.format(Locale.ROOT, "frustration:model:%.2f", probability))
                : rules;
    }

    /** The rules alone, without the model: what the model adds is measured against it. */
    Detection byRules(String customerText) {
        // Anger reported or over, a repeat told to someone else, an oath word in its plain sense: cut out, so that
        // the rest of the message is read as it stands and the model does not read the cut words back in.
        List<String> whole = TextNormalizer.clauses(customerText);
        List<String> clauses = calmSpans.strip(whole, customerText);
        boolean settled = clauses != whole;
        String normalized = String.join(" ", clauses);
        Languages.Guess guess = Languages.guess(normalized);
        String spelled = spelling.allLanguages(normalized);
        boolean complaint = dissatisfied.find(spelled, guess) != null;
        boolean happy = !complaint && (positive.find(NegatedWorks.strip(spelled), guess) != null
                || HAPPY_EMOJI.matcher(customerText).find());
        boolean stressed = exclaimed.find(StockQuestions.strip(spelled), guess) != null;
        // An oath before a plain question with no complaint and no stressed word ("kut, ik ben mijn pasje vergeten,
        // kan ik ...?") is surprise at the customer's own situation, as casual as one beside happy words; "wtf, where
        // is my order?" stays angry.
        // An oath at one's own slip or at a bargain ("scheiße, ich hab's verpeilt 🙈", "shit, great price") is casual
        // too.
        boolean casual = happy || !complaint && (!stressed && customerText.strip().endsWith("?")
                || SHEEPISH_EMOJI.matcher(customerText).find() || casualOaths.find(spelled, guess) != null);
        // Anger at a neighbour, a former provider or oneself before a request to the business is not about the
        // business.
        // "My wife is furious and so am I": anger joined in is the customer's own, aimed wherever the wife's was.
        boolean elsewhere = !JoinedAnger.joins(normalized) && (!complaint && (!stressed
                && customerText.strip().endsWith("?")
                && thirdParties.find(spelled, guess) != null && !asides.speaksToTheBusiness(customerText, guess)
                || asides.aside(customerText, guess)) || asides.aimedAway(customerText, guess, complaint));
        String turnedDown = null;
        for (Language language : languages) {
            if (guess.applies(language.code)) {
                String reason = find(language, clauses, casual, elsewhere);
                if (reason != null) {
                    return Detection.match(reason);
                }
                if (turnedDown == null && (casual || elsewhere) && find(language, clauses, false, false) != null) {
                    turnedDown = find(language, clauses, casual, false) == null ? CASUAL : ELSEWHERE;
                }
            }
        }
        // A furious face after anger at the neighbour or the post is aimed where the words were.
        if (ANGRY_EMOJI.matcher(customerText).find()) {
            return elsewhere ? Detection.noMatch(ELSEWHERE) : Detection.match("frustration:anger:emoji");
        }
        if (happy) {
            return Detection.noMatch(turnedDown != null ? turnedDown : settled ? ELSEWHERE : "calm:happy");
        }
        if (ECHOED_TIME.matcher(normalized).find() && (complaint || stressed)) {
            return Detection.match("frustration:repeating:echo");
        }
        if (MASKED_SWEAR.matcher(customerText).find()) {
            return Detection.match("frustration:swearing:masked");
        }
        // A phrase in capitals inside a calm sentence is a name as often as a shout ("is the TODO RIESGO PLUS cover
        // enough", "a TOYOTA YARIS HYBRID"): it shouts when the message complains or stresses a word as well.
        Shouting.Shout shout = Shouting.shout(customerText);
        if (shout == Shouting.Shout.THROUGHOUT || shout == Shouting.Shout.PHRASE
                && (complaint || stressed || EXCLAMATION_RUN.matcher(customerText).find())) {
            return Detection.match("frustration:shouting");
        }
        if (EXCLAMATION_RUN.matcher(customerText).find() && (complaint || stressed)) {
            return Detection.match("frustration:shouting:exclamation");
        }
        if (STEAM_RUN.matcher(customerText).find()) {
            return Detection.match("frustration:anger:emoji");
        }
        String capitals = TextNormalizer.normalize(Shouting.capitalWords(customerText));
        if (!capitals.isEmpty() && exclaimed.find(spelling.allLanguages(capitals), guess) != null
                && (EXCLAMATION_RUN.matcher(customerText).find() || !calmSpans.politeDetail(capitals, normalized))) {
            return elsewhere ? Detection.noMatch(ELSEWHERE) : Detection.match("frustration:shouting:emphasis");
        }
        return Detection.noMatch(turnedDown != null ? turnedDown : settled ? ELSEWHERE
                : complaint ? "calm:dissatisfied" : "calm");
    }

    /** The reason of the first phrase of the language found in the clauses and not negated or softened, or null. */
    private static String find(Language language, List<String> clauses, boolean casual, boolean elsewhere) {
        List<String> spelled = new ArrayList<>(clauses.size());
        int[] starts = new int[clauses.size()];
        int offset = 0;
        for (int i = 0; i < clauses.size(); i++) {
            String clause = language.typos.apply(language.speller.apply(clauses.get(i), false));
            spelled.add(clause);
            starts[i] = offset;
            offset += clause.length() + 1;
        }
        String text = String.join(" ", spelled);
        for (Phrase phrase : language.phrases) {
            Matcher matcher = phrase.pattern.matcher(text);
            while (matcher.find()) {
                if (casual && phrase.category.casualWhenHappy() || elsewhere && phrase.category.aimable()) {
                    break;
                }
                if (language.joy.matcher(text.substring(matcher.end())).find()) {
                    continue;
                }
                if (!phrase.category.negatable() || !covered(language, text, starts, matcher.start())) {
                    return phrase.reason;
                }
            }
        }
        return null;
    }

    /** Whether a negation or a softener among the few words before {@code at}, in its clause, covers the phrase. */
    private static boolean covered(Language language, String text, int[] starts, int at) {
        int clauseStart = 0;
        for (int start : starts) {
            if (start <= at) {
                clauseStart = start;
            }
        }
        String before = text.substring(clauseStart, at).trim();
        String[] words = before.isEmpty() ? new String[0] : before.split(" ");
        String near = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - SCOPE_WORDS),
                words.length));
        if (language.softener.matcher(near).find()) {
            return true;
        }
        // In "if it is not fixed tomorrow I will post it" the negation is the condition's; right before the phrase
        // ("if I do not cancel") it is still the phrase's own.
        boolean conditional = language.condition.matcher(before).find();
        return conditional ? language.negation.covers(words[words.length - 1]) : language.negation.covers(near);
    }
}
