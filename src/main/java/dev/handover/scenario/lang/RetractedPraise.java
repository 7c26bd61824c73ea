package dev.handover.scenario.lang;

/**
 * Praise taken back by a last "NOT" ("BEST SERVICE EVER, NOT.", "great job guys... NOT", "Toller Service, NICHT!",
 * "top service hoor... NIET", "service génial... ou pas"): the praise is the sarcasm, so it stands with the insults,
 * which happy words do not turn down. Only a "not" that ends the message right after the praise, with no verb
 * between, counts: "great, but the invoice is not" and "perfect, not a problem" are something else.
 */
final class RetractedPraise {

    /** The words between the praise and the "not" may not make a clause of their own. */
    private static final String BETWEEN = "(?:(?!(?:is|are|was|were|but|does|do|did|it|that|ist|war|aber|maar|est|"
            + "mais|es|pero|e|mas|ma)\\b)\\w+ ){0,3}?";

    private static final String EN = "(?:best|great|amazing|brilliant|fantastic|wonderful|excellent|perfect|super|"
            + "lovely|awesome|helpful|good|fast|quick) " + BETWEEN + "not";
    private static final String ES = "(?:mejor|genial|estupend[oa]|perfect[oa]|fantastic[oa]|excelente|"
            + "rapidisim[oa]) " + BETWEEN + "not";
    private static final String PT = "(?:melhor|otim[oa]|perfeit[oa]|maravilhos[oa]|excelente|incrivel|top) "
            + BETWEEN + "not";
    private static final String FR = "(?:meilleure?|genial|super|parfait|excellent|formidable|top|rapide) " + BETWEEN
            + "(?:not|ou pas)";
    private static final String DE = "(?:beste[rsn]?|toll\\w*|super|perfekt\\w*|klasse|spitze|schnell\\w*|top) "
            + BETWEEN + "(?:not|nicht)";
    private static final String IT = "(?:miglior[ei]?|ottim[oa]|perfett[oa]|fantastic[oa]|eccellente|top|bravi) "
            + BETWEEN + "not";
    private static final String NL = "(?:beste|top|super|geweldig\\w*|perfect|fantastisch\\w*|snel\\w*) " + BETWEEN
            + "(?:not|niet)";

    private RetractedPraise() {
    }

    /** The retracted praise of a language, as an insult. */
    static NamedPattern[] insults(String code) {
        return new NamedPattern[] {NamedPattern.of("retracted-praise", PerLanguage.pick(code, "retracted praise", EN,
                ES, PT, FR, DE, IT, NL) + "$")};
    }
}
