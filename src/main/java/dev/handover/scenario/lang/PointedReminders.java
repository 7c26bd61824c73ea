package dev.handover.scenario.lang;

/**
 * Pointed reminders: "as stated in my previous three emails", the count of unanswered messages put in the opening
 * of a formal line ("wie bereits in meinen letzten drei Mails erwähnt"). Any reporting verb, any count of two or
 * more, any kind of message; one earlier email ("as mentioned in my last email") is a plain reference and stays
 * calm. Appended to each language's own repeating phrases.
 */
final class PointedReminders {

    private static final String EN = "as (?:per|stated in|mentioned in|said in|explained in|noted in|indicated in|"
            + "outlined in) my (?:previous |last |earlier |past )?(?:two|three|four|five|six|several|\\d+) "
            + "(?:previous |last |earlier )?(?:e ?mails|messages|calls|letters|mails|texts)";
    private static final String ES = "como (?:ya )?(?:\\w+ ){1,2}?en mis (?:ultimos |anteriores )?(?:dos|tres|cuatro|"
            + "cinco|seis|varios|\\d+) (?:mensajes|correos|e ?mails|llamadas|cartas)";
    private static final String PT = "(?:conforme|como) (?:ja )?(?:\\w+ ){0,2}?(?:nas|nos|em|as|os) (?:minhas |meus )?"
            + "(?:ultim[ao]s )?(?:duas|dois|tres|quatro|cinco|seis|varias|varios|\\d+) (?:mensagens|e ?mails|"
            + "ligacoes|cartas)";
    private static final String FR = "comme (?:deja )?(?:\\w+ ){1,2}?(?:dans|par) mes (?:deux|trois|quatre|cinq|six|"
            + "plusieurs|\\d+) (?:precedents |derniers |precedentes |dernieres )?(?:messages|mails|e ?mails|"
            + "courriels|appels|lettres)";
    private static final String DE = "wie (?:bereits |schon )*(?:in|per|mit) meinen (?:letzten |vorigen |vorherigen |"
            + "bisherigen )?(?:zwei|drei|vier|funf|sechs|mehreren|\\d+) (?:mails|e ?mails|nachrichten|schreiben|"
            + "anrufen|briefen)";
    private static final String IT = "come (?:gia )?(?:\\w+ ){0,2}?(?:nei|nelle|in) (?:miei |mie )?(?:ultim[ie] )?"
            + "(?:due|tre|quattro|cinque|sei|diversi|diverse|\\d+) (?:precedenti )?(?:messaggi|mail|e ?mail|"
            + "telefonate|chiamate|lettere)";
    private static final String NL = "zoals (?:al |reeds )?(?:\\w+ ){0,2}?in mijn (?:vorige |laatste |eerdere )?"
            + "(?:twee|drie|vier|vijf|zes|meerdere|\\d+) (?:mails|e ?mails|berichten|telefoontjes|brieven)";

    private PointedReminders() {
    }

    /** The pointed reminders of a language. */
    static NamedPattern[] repeating(String code) {
        return new NamedPattern[] {NamedPattern.of("as-per-my-emails", PerLanguage.pick(code, "pointed reminders",
                EN, ES, PT, FR, DE, IT, NL))};
    }
}
