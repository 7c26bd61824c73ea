package dev.handover.scenario.lang;

/**
 * The customer's own good news or relief: an exam or a licence passed ("passei na prova", "ho passato l'esame"), or
 * luck that spared them ("ainda bem que o telhado já estava feito"). An oath or capitals beside it are joy ("PORCA
 * MISERIA HO PASSATO L'ESAME!!!"), not anger; joined to each language's happy words, which only turn down swearing,
 * shouting and publicity, and only when the message makes no complaint (the Italian "meno male" reads as one, so "per
 * fortuna" carries Italian relief). Only the affirmative forms: "I didn't pass
 * because your app crashed" stays what it is.
 */
final class GoodNews {

    private static final String EN = "(?<!n t |not )(?:i|we) (?:just )?passed (?:my |the |our )?(?:exam|test|driving "
            + "test|finals)|thank (?:god|goodness) (?:the|we|i|it)\\b|good thing (?:the|we|i) (?:already|had)";
    private static final String ES = "(?<!no )(?:he aprobado|aprobe|hemos aprobado) (?:el |mi |los )?(?:examen|"
            + "carnet|practico|teorico|oposiciones)|menos mal que (?:ya|el|la|lo|al final)\\b";
    private static final String PT = "(?<!nao )(?:passei|passamos) (?:na|no|a|o) (?:prova|exame|teste|carta|"
            + "concurso|vestibular)|ainda bem que (?:o|a|os|as|ja|eu)\\b";
    private static final String FR = "(?<!pas )j ai (?:eu|reussi|obtenu) (?:mon|le|l|mes) ?(?:examen|permis|bac|"
            + "concours|partiel)|heureusement que (?:le|la|les|j|on|c)\\b";
    private static final String DE = "(?:ich|wir) (?:hab|habe|haben) (?:die |meine |unsere )?(?:prufung|"
            + "fuhrerscheinprufung|fuhrerschein|abschlussprufung) bestanden|zum gluck (?:war|hatte|hatten) (?:ich|wir"
            + "|das|der|die)\\b";
    private static final String IT = "(?<!non )(?:ho|abbiamo) (?:passato|superato|preso) (?:l |la |il )?(?:esame|"
            + "patente|concorso|maturita)|(?:meno male che|per fortuna) (?:il|la|lo|l|ero|avevo|c era)\\b";
    private static final String NL = "(?:ik ben|we zijn) (?:vandaag |eindelijk |gewoon )?geslaagd\\b|"
            + "gelukkig (?:was|had|hadden) (?:ik|we|het|de)\\b";

    private GoodNews() {
    }

    /** The good news of a language, as happy words. */
    static String[] of(String code) {
        return new String[] {PerLanguage.pick(code, "good news", EN, ES, PT, FR, DE, IT, NL)};
    }
}
