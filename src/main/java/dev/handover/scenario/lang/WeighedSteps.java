package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * The formal letter's threat: the writer says they will be forced to weigh other steps, that the business leaves
 * them no choice, or, after a curt "very well", that they will get their way by other means ("me veré obligado a
 * tomar otras medidas", "vous ne me laissez pas le choix", "va bene, vorrà dire che mi muoverò diversamente"). Each
 * wording is the writer's own announced step, never a question about the options ("¿qué otras medidas hay?").
 * Written for Spanish, Portuguese, French and Italian from fresh11; English, German and Dutch keep their own
 * "other steps" wordings in {@link VeiledThreats}. Appended to the threats.
 */
final class WeighedSteps {

    private static final String ES = "(?:me vere|me veria) obligad[oa]s? a "
            + "(?:tomar|adoptar|emprender|actuar|recurrir|acudir)|(?:tomare|tomaremos|adoptare) (?:otras |las )?"
            + "medidas (?:oportunas|pertinentes|necesarias|legales)|actuar en consecuencia|(?:buscare|buscaremos|"
            + "tendre que buscar) otras vias|(?:me lo|nos lo) (?:estais|estan|esta) poniendo (?:muy )?dificil|"
            + "no (?:me|nos) (?:dejais|dejan|deja|estais dejando|estan dejando) (?:otra )?(?:opcion|alternativa|"
            + "eleccion|salida)";
    private static final String PT = "(?:ponderar|considerar|avaliar) (?:os proximos passos|outras vias|outras "
            + "medidas|outras opcoes)|(?:me )?(?:deixando|deixam|deixaram|a deixar(?: me)?) sem (?:alternativa|escolha|"
            + "opcao|saida)|(?:ta bom|esta bom|tudo bem|esta bem|muito bem|ok)\\b(?: \\w+){0,2}? (?:vou|terei de|vou ter de|"
            + "vou ter que) resolver (?:isso|isto) de outr[oa] (?:jeito|forma|maneira)|(?:serei|vou ser|me vejo) "
            + "obrigad[oa] a (?:tomar|recorrer|avancar)|tomar (?:as )?medidas (?:cabiveis|legais|necessarias)";
    private static final String FR = "(?:envisager|engager|entreprendre|prendre) d autres (?:demarches|mesures|"
            + "dispositions)|je me verrai (?:contraint|contrainte|oblige|obligee|dans l obligation)|les suites qui "
            + "s imposent|vous ne me laissez (?:pas |guere )?(?:vraiment |beaucoup )?(?:le|d autre|de) choix|"
            + "je (?:verrai|passerai|regarderai) (?:donc |alors )?par d autres (?:moyens|voies)|(?:(?:considerez ce message comme|vous envoyer|vous adresser|vous "
            + "enverrai|vous adresserai) une|ma|cette) mise en demeure|(?:je )?(?:saisis|saisirai|vais saisir) (?:la justice|le tribunal|le juge|le "
            + "mediateur)|ce sera le tribunal";
    private static final String IT = "valutare (?:altre strade|le vie legali|altre vie)|(?:valutero|prendero|"
            + "intraprendero|prendero) (?:le )?(?:opportune|eventuali|dovute) (?:iniziative|azioni|misure)|"
            + "(?:vorra dire che )?(?:mi muovero|procedero|agiro) (?:diversamente|altrimenti|per altre vie)|"
            + "(?:mi state|mi avete|ci state|ci avete) lascia(?:ndo|to) (?:poche|nessuna|altra) (?:alternative|"
            + "alternativa|scelta)|non mi (?:lasciate|lascia|lasciano) (?:altra )?scelta|(?:tramite|attraverso|"
            + "con) il mio (?:legale|avvocato)|(?:li|le|lo|la) faro valere";

    private WeighedSteps() {
    }

    /** The weighed steps of a language; none for English, German and Dutch. */
    static NamedPattern[] threats(String code) {
        String words = PerLanguage.pick(code, "weighed steps", null, ES, PT, FR, null, IT, null);
        return words == null ? new NamedPattern[0] : new NamedPattern[] {of("weighed-steps", words)};
    }
}
