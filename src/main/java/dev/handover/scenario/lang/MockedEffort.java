package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * The passive-aggressive reminder that mocks the effort of answering or reading: "I understand answering an email
 * is terribly hard", "reading my last message was asking too much", "kindly read my message this time", "my earlier
 * messages, which evidently nobody reads". Difficulty said of the customer's own task ("es complicado rellenar el
 * formulario") is no jab: only answering, replying or reading, the business's part. Written for Spanish,
 * Portuguese, French and Italian from fresh11. Appended to the repeating phrases: not negatable.
 */
final class MockedEffort {

    /**
     * @param hard answering or reading said to be hard, in either order
     * @param tooMuch answering or reading said to be too much to ask
     * @param thisTime reading asked for "this time", or the earlier messages nobody reads
     */
    private record Words(String hard, String tooMuch, String thisTime) {
    }

    private static final String ES_READ = "(?:contestar|responder|leer|mirar|llamar)";
    private static final String PT_READ = "(?:responder|ler|retornar|ligar|atender)";
    private static final String FR_READ = "(?:repondre|lire|rappeler|decrocher)";
    private static final String IT_READ = "(?:rispondere|leggere|richiamare)";

    private static final Words ES = new Words("(?:entiendo|imagino|supongo|veo|comprendo) que " + ES_READ
            + "(?: \\w+){0,4}? (?:es|sea|debe ser|resulta) (?:muy |tan |super )?(?:complicadisimo|dificilisimo|"
            + "complicado|dificil|una odisea)|(?:debe ser|debe de ser) (?:muy |tan )?(?:complicadisimo|dificilisimo|"
            + "complicado|dificil) " + ES_READ, ES_READ + "(?: \\w+){0,5}? (?:es|era|sea|seria) (?:pedir "
            + "demasiado|mucho pedir)", "(?:leer|lean|leed|lea|leais)(?: \\w+){0,4}? esta vez|que (?:por lo visto|"
            + "evidentemente|al parecer) nadie lee");
    private static final Words PT = new Words("(?:deve ser|imagino que (?:seja|e)|entendo que (?:seja|e)) "
            + "(?:mesmo |realmente )?(?:muito |tao )?(?:dificil|complicado|dificilimo|complicadissimo) " + PT_READ,
            PT_READ + "(?: \\w+){0,5}? (?:e|era|seja) pedir (?:demais|muito)", "(?:ler|leiam|leia)(?: \\w+){0,4}? "
                    + "desta vez|que (?:presumo|suponho|espero) que alguem (?:leia|tenha lido)|que pelos vistos "
                    + "ninguem le");
    private static final Words FR = new Words("(?:je sais bien|je comprends|j imagine|je me doute) "
            + "qu(?:e |e l |e les )?(?:\\w+ ){0,3}?" + FR_READ + "(?: \\w+){0,4}? (?:n est pas votre priorite|est "
            + "(?:si |tres |trop )?(?:complique|difficile|penible))|(?:ca|cela) doit etre (?:tres |si )?"
            + "(?:complique|difficile) de " + FR_READ, FR_READ + "(?: \\w+){0,5}? (?:c est|c etait|serait) trop "
            + "demander", "(?:lire|relire|lisez)(?: \\w+){0,4}? cette fois(?: ci)?|que (?:manifestement|visiblement|"
            + "apparemment) personne ne lit");
    private static final Words IT = new Words("(?:immagino|capisco|suppongo) (?:che )?(?:sia|deve essere) "
            + "(?:davvero |molto |cosi )?(?:complicatissimo|difficilissimo|complicato|difficile) " + IT_READ,
            IT_READ + "(?: \\w+){0,5}? (?:e|era|sia) chiedere troppo", "(?:leggere|leggete|legga)(?: \\w+){0,4}? "
                    + "questa volta|che (?:evidentemente|a quanto pare|pare che) nessuno legge");

    private MockedEffort() {
    }

    /** The mocked efforts of a language; none for English, German and Dutch. */
    static NamedPattern[] repeating(String code) {
        Words words = PerLanguage.pick(code, "mocked effort", null, ES, PT, FR, null, IT, null);
        return words == null ? new NamedPattern[0] : new NamedPattern[] {
                of("mocked-effort", words.hard), of("too-much-to-ask", words.tooMuch),
                of("read-this-time", words.thisTime)};
    }
}
