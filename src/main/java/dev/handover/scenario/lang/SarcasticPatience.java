package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * "No hurry" said in sarcasm: the customer grants all the time in the world, then says who is suffering meanwhile and
 * for how little ("no hurry, I'm only 89", "non c'è fretta, mia madre ha solo 89 anni", "geen haast hoor, mijn hond
 * loopt pas sinds zaterdag mank"). The no-hurry words alone are a calm reply ({@link NoRush}); so is "no rush, I only
 * need it by Friday", since what follows the "only" there is a deadline, not an age or a time spent without. Appended
 * to each language's insults (sarcasm is aimed at the business); not negatable, since the "no" is part of it.
 */
final class SarcasticPatience {

    /** What follows "only": an age, days spent without, or the day it started. */
    private record Words(String noHurry, String only, String suffering) {
    }

    private static final String DAYS = "(?:\\d+|two|three|four|five|dos|tres|cuatro|cinco|dois|quatro|deux|trois|"
            + "quatre|zwei|drei|vier|due|tre|quattro|twee|drie) ";

    private static final Words EN = new Words("(?:no (?:hurry|rush)|take your time)",
            "(?:(?:i m|i am|she s|he s|she is|he is|s) (?:only|just)|(?:have|has) (?:only|just) been)",
            "\\d+\\b(?! (?:minutes|mins|pm|am|o clock))|(?:been )?" + DAYS
                    + "(?:days|weeks) without|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
    private static final Words ES = new Words("(?:sin prisa|no hay prisa|con calma|tomaos el "
            + "tiempo)", "(?:solo|solamente)",
            "(?:tiene |tengo )?\\d+ anos|(?:lleva|llevo|llevamos) " + DAYS + "(?:dias|semanas) sin");
    private static final Words PT = new Words("(?:sem pressa|nao ha pressa|nao tem pressa|com calma)",
            "(?:so|apenas)", "(?:tem |tenho )?\\d+ anos|\\d+ (?:dias|semanas|meses) que|\\w+ (?:que )?(?:esta|estao|ta) "
                    + "(?:bloquead[oa]s?|parad[oa]s?|retid[oa]s?|pendentes?) ha|(?:esta|estou|estamos) (?:ha "
                    + ")?" + DAYS + "(?:dias|semanas) sem");
    private static final Words FR = new Words("(?:rien ne presse|pas de souci|pas de stress|prenez votre temps|pas presse)",
            "(?:seulement|que|qu)", "\\d+ ans|\\d+e (?:jour|semaine|mois) sans|" + DAYS + "(?:jours|semaines) sans|depuis (?:lundi|mardi|mercredi|jeudi|"
                    + "vendredi|samedi|dimanche)");
    private static final Words DE = new Words("(?:keine eile|kein stress|lassen sie sich zeit|lasst euch zeit)",
            "(?:nur|erst|bloss|blos)", "\\d+ (?:jahre|jahre alt)|seit " + DAYS + "(?:tagen|wochen) ohne|seit "
                    + "(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)");
    private static final Words IT = new Words("(?:non c e fretta|nessuna fretta|con calma|senza fretta)",
            "(?:solo|soltanto)", "\\d+ anni|\\d+ (?:giorni|settimane|mesi) che (?:aspetto|attendo|aspettiamo)|da " + DAYS + "(?:giorni|settimane) senza");
    private static final Words NL = new Words("(?:geen haast|neem (?:vooral )?de tijd|rustig aan)", "(?:maar|pas)",
            "\\d+ jaar|" + DAYS + "(?:dagen|weken) zonder|sinds (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
                    + "zondag)");

    private SarcasticPatience() {
    }

    /** The sarcastic patience of a language. */
    static NamedPattern[] insults(String code) {
        Words words = PerLanguage.pick(code, "sarcastic patience", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {of("no-hurry-sarcasm", "\\b" + words.noHurry + "\\b(?: \\w+){0,10}? "
                + words.only + " (?:\\w+ ){0,3}?(?:" + words.suffering + ")")};
    }
}
