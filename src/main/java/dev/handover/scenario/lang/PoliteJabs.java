package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Incompetence implied under polite words, built from sets: asking that "someone competent" or "someone who knows
 * what they are doing" answer or handle the matter ("qu'une personne compétente me réponde", "dass mir jemand
 * Kompetentes antwortet"), which says the people so far were not. Someone competent *in* a field, asked for as a
 * service ("someone competent in tax law"), has no answering verb after it and stays calm. Appended to each
 * language's own insults; not negatable. Thanks refused to the business for a success ("no thanks to you") too.
 */
final class PoliteJabs {

    private static final String EN = "(?:someone|somebody|anyone|a person) (?:actually |remotely )?(?:competent|who "
            + "(?:actually )?knows what (?:they|he|she) (?:are|re|is|s) doing)(?: \\w+){0,2}? (?:could |would |can |"
            + "will |to |please )?(?:respond|reply|answer|handle|look at|deal with|call|get back|sort)";
    private static final String ES = "alguien (?:competente|que sepa lo que hace|que sepa lo que esta haciendo)(?: "
            + "\\w+){0,3}? (?:me |nos )?(?:conteste|responda|atienda|llame|lo resuelva|se ocupe|se encargue)";
    private static final String PT = "alguem (?:competente|que saiba o que (?:esta|ta) fazendo)(?: \\w+){0,3}? "
            + "(?:me |nos )?(?:respond\\w*|atend\\w*|ligue|ligasse|resolv\\w*|cuide|cuidasse)";
    private static final String FR = "(?:une personne|quelqu un) (?:de )?(?:competent\\w*|qui sait ce qu (?:il|elle) "
            + "fait)(?: \\w+){0,3}? (?:me |nous )?(?:reponde|rappelle|s occupe|traite|recontacte)";
    private static final String DE = "jemand(?:en)? (?:kompetentes|kompetenter|kompetenten|der ahnung hat|der sich "
            + "auskennt|mit ahnung)(?: \\w+){0,4}? (?:antwortet|meldet|zuruckruft|zurueckruft|kummert|kuemmert|"
            + "anruft|ansieht|anschaut)";
    private static final String IT = "(?:una persona|qualcuno) (?:competente|che sappia quello che fa|che sappia il "
            + "fatto suo)(?: \\w+){0,3}? (?:mi |ci )?(?:rispond\\w*|richiam\\w*|occup\\w*|chiam\\w*|contatt\\w*)";
    private static final String NL = "iemand (?:die er verstand van heeft|competents?|met verstand van zaken|die weet "
            + "wat (?:hij|ze) doet)(?: \\w+){0,3}? (?:reageert|antwoordt|belt|terugbelt|oppakt|naar kijkt)";

    /**
     * Thanks refused to the business for a success ("PASSED MY TEST NO THANKS TO YOU", "pas grâce à vous"): the
     * thanks word must not make the message happy.
     */
    private static final String EN_NO_THANKS = "no thanks to (?:you|your|ya)\\b";
    private static final String ES_NO_THANKS = "no (?:es )?gracias a (?:vosotros|ustedes|usted|vuestr\\w+)";
    private static final String PT_NO_THANKS = "nao (?:foi )?gracas a (?:voces|vcs|voce|vc)";
    private static final String FR_NO_THANKS = "(?:pas|certainement pas|surement pas) grace a vous";
    private static final String DE_NO_THANKS = "nicht dank (?:euch|ihnen|ihrer|eurer)";
    private static final String IT_NO_THANKS = "non (?:certo )?grazie a voi";
    private static final String NL_NO_THANKS = "niet dankzij (?:jullie|u)\\b";

    private PoliteJabs() {
    }

    /** The polite jabs of a language. */
    static NamedPattern[] insults(String code) {
        return new NamedPattern[] {of("someone-competent", PerLanguage.pick(code, "polite jabs", EN, ES, PT, FR, DE,
                IT, NL)), of("no-thanks-to-you", PerLanguage.pick(code, "refused thanks", EN_NO_THANKS,
                        ES_NO_THANKS, PT_NO_THANKS, FR_NO_THANKS, DE_NO_THANKS, IT_NO_THANKS, NL_NO_THANKS))};
    }
}
