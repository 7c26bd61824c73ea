package dev.handover.scenario.lang;

/**
 * A veiled legal threat: someone close to the customer is a lawyer and already has an opinion on the case ("my
 * brother-in-law is an attorney and he's read the lease", "mein Schwager ist Anwalt und hat den Vertrag gelesen"). Any
 * relative or friend, any legal profession, any verb of reading or examining within a few words. Verbs of saying or
 * thinking are left out: "my brother is a lawyer and he says your prices are fair" is praise. A lawyer relative named
 * without having looked at the case ("my sister is a lawyer, can she collect the papers?") stays calm. Appended to each language's threats.
 */
final class LegalOpinions {

    private static final String WITHIN = "(?: \\w+){0,6}? ";

    private static final String EN = "my (?:brother in law|sister in law|son in law|daughter in law|brother|sister|"
            + "cousin|dad|father|mum|mom|mother|son|daughter|husband|wife|partner|uncle|aunt|friend|best friend|"
            + "neighbour|neighbor) (?:is|s|works as) (?:an? )?(?:attorney|lawyer|solicitor|barrister|paralegal)"
            + WITHIN + "(?:read|looked|reviewed|checked|seen|gone through)";
    private static final String ES = "mi (?:cunad[oa]|herman[oa]|prim[oa]|padre|madre|hij[oa]|marido|mujer|espos[oa]|"
            + "pareja|ti[oa]|amig[oa]|vecin[oa]|yerno|nuera) (?:es|trabaja de|trabaja como) (?:abogad[oa]|letrad[oa]|"
            + "jurista)" + WITHIN + "(?:leyo|reviso|miro|ha leido|ha visto|ha revisado)";
    private static final String PT = "(?:meu|minha) (?:cunhad[oa]|irma|irmao|prim[oa]|pai|mae|filh[oa]|marido|mulher|"
            + "espos[oa]|namorad[oa]|ti[oa]|amig[oa]|vizinh[oa]|genro|nora) (?:e|trabalha como) (?:advogad[oa]|"
            + "jurista)" + WITHIN + "(?:leu|olhou|analisou|viu|ja leu)";
    private static final String FR = "(?:mon|ma) (?:beau frere|belle s(?:oe|œ)ur|frere|s(?:oe|œ)ur|cousine?|pere|"
            + "mere|fils|fille|mari|femme|conjointe?|compagne|compagnon|oncle|tante|amie?|voisine?|gendre|belle "
            + "fille) (?:est|bosse comme|travaille comme) (?:avocate?|juriste|notaire)" + WITHIN
            + "(?:a lu|a regarde|a relu|a examine|a vu)";
    private static final String DE = "mein(?:e)? (?:schwager|schwagerin|bruder|schwester|cousin|cousine|vater|mutter|"
            + "sohn|tochter|mann|frau|partner|partnerin|onkel|tante|freund|freundin|nachbar|nachbarin|schwiegersohn|"
            + "schwiegervater) (?:ist|arbeitet als) (?:\\w+ )?(?:anwalt|anwaltin|rechtsanwalt|rechtsanwaltin|jurist|"
            + "juristin)" + WITHIN + "(?:gelesen|angeschaut|angesehen|pruft|gepruft)";
    private static final String IT = "(?:mio|mia) (?:cognat[oa]|fratello|sorella|cugin[oa]|padre|madre|figli[oa]|"
            + "marito|moglie|compagn[oa]|zi[oa]|amic[oa]|vicin[oa]|genero|nuora) (?:e|fa l|fa|lavora come) (?:un |"
            + "una )?(?:avvocat[oa]|avvocatessa|giurista)" + WITHIN + "(?:ha letto|ha visto|ha controllato|ha esaminato)";
    private static final String NL = "mijn (?:zwager|schoonzus|broer|zus|neef|nicht|vader|moeder|zoon|dochter|man|"
            + "vrouw|partner|oom|tante|vriend|vriendin|buurman|buurvrouw|schoonzoon) (?:is|werkt als) (?:\\w+ )?"
            + "(?:advocaat|jurist|advocate)" + WITHIN + "(?:gelezen|las|bekeken|doorgenomen)";

    private LegalOpinions() {
    }

    /** The veiled legal threats of a language. */
    static NamedPattern[] threats(String code) {
        return new NamedPattern[] {NamedPattern.of("lawyer-in-family", PerLanguage.pick(code, "legal opinions", EN,
                ES, PT, FR, DE, IT, NL))};
    }
}
