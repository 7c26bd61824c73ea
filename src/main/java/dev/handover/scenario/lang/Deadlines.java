package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * A deadline the customer sets and what comes after it, however the consequence is worded ("je vous laisse 48 heures.
 * Après, ...", "avete tempo fino a venerdì, dopo ...", "I'll give you two days, after that ..."): granting the
 * business time and announcing an "after that" is an ultimatum even when the threat itself stays vague. Only the
 * customer's own granting counts, with "time" where the words are also opening hours ("avete fino a che ora?", "Sie
 * haben bis 18 Uhr offen, danach komme ich"); "then" is left out, since "you have until 5, then I'll come by" plans a
 * visit. Appended to each language's threats.
 */
final class Deadlines {

    private static final String EN = "(?:i ll give you|i will give you|i m giving you|i give you) (?:until|till|\\d+ "
            + "(?:hours|days)|(?:one|two|three|a) (?:more )?(?:hours?|days?|weeks?)) (?:\\w+ ){0,4}?(?:after that|"
            + "otherwise|or else)\\b";
    private static final String ES = "(?:les doy|os doy|le doy|te doy|tienen|teneis|tiene) (?:de )?(?:plazo|tiempo) "
            + "(?:hasta|\\d+ (?:horas|dias)|(?:un|dos|tres) (?:dias?|horas|semanas?)) (?:\\w+ ){0,4}?(?:despues|si "
            + "no|de lo contrario|a partir de ahi)\\b";
    private static final String PT = "(?:dou|vou dar|tem|tem ate|voces tem|vcs tem)(?: a voces| lhes)? (?:de )?(?:prazo"
            + "|tempo) (?:ate|\\d+ (?:horas|dias)|(?:um|dois|tres) (?:dias?|horas|semanas?)) (?:\\w+ ){0,4}?(?:depois|"
            + "senao|se nao|caso contrario|a partir dai)\\b";
    private static final String FR = "(?:je vous laisse|je vous donne) (?:jusqu a|\\d+ ?(?:heures|h|jours)|(?:un|deux|"
            + "trois) (?:jours?|heures|semaines?)) (?:\\w+ ){0,4}?(?:apres|sinon|passe ce delai|faute de quoi)\\b";
    private static final String DE = "(?:ich gebe ihnen|ich gebe euch|sie haben|ihr habt) (?:noch )?(?:bis \\w+ "
            + "(?:\\w+ )?zeit|\\d+ (?:stunden|tage) zeit|zeit bis \\w+) (?:\\w+ ){0,4}?(?:danach|sonst|andernfalls|"
            + "ansonsten)\\b";
    private static final String IT = "(?:avete|hai|vi do|ti do|le do) (?:ancora )?tempo (?:fino a|\\d+ (?:ore|giorni)|"
            + "(?:un|due|tre) (?:giorni|giorno|ore|settimane?)) (?:\\w+ ){0,4}?(?:dopo|altrimenti|dopodiche|passato "
            + "questo termine)\\b";
    private static final String NL = "(?:ik geef jullie|ik geef u|jullie hebben|u heeft) (?:nog )?(?:tot \\w+ (?:de "
            + "tijd|om)|\\d+ (?:uur|dagen) (?:de tijd)?|(?:een|twee|drie) (?:dag|dagen|weken) (?:de tijd)?) (?:\\w+ )"
            + "{0,4}?(?:daarna|anders|zo niet)\\b";

    private Deadlines() {
    }

    /** The deadline ultimatums of a language. */
    static NamedPattern[] threats(String code) {
        return new NamedPattern[] {of("deadline", PerLanguage.pick(code, "deadlines", EN, ES, PT, FR, DE, IT, NL))};
    }
}
