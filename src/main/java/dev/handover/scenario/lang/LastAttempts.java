package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * The customer worn down by explaining, opening with a last attempt or giving up on explaining ("oké, laatste poging.
 * ik heb dit al gezegd tegen drie collega's", "ok ich geb's auf zu erklären", "right, last try"). The last attempt
 * counts only at the start of the message, since "my last attempt to pay failed" and "the last try-on was lovely"
 * report an event, and so does one followed by what it was at or how it went; giving up must be on explaining, since "I give up sugar for Lent" is calm. Appended to each
 * language's anger.
 */
final class LastAttempts {

    /** The opening last attempt and the giving up on explaining. */
    private record Words(String opener, String lastTry, String giveUp) {
    }

    private static final Words EN = new Words("(?:ok |okay |right |fine |so |alright )?",
            "(?:last|final) (?:attempt|try|time i m (?:explaining|asking))",
            "i (?:give|gave) up (?:on )?(?:explaining|trying to explain)|i m giving up explaining");
    private static final Words ES = new Words("(?:vale |bueno |ok |venga |pues )?",
            "(?:ultimo intento|ultima vez que lo explico|ultima vez que lo digo)",
            "(?:me rindo|desisto|paso) de explicar\\w*|ya no (?:se|se como) explicarlo");
    private static final Words PT = new Words("(?:ok |ta |bom |pronto |entao )?",
            "(?:ultima tentativa|ultima vez que explico|ultima vez que digo)",
            "desisto de explicar|(?:ja )?nao sei (?:mais )?como explicar");
    private static final Words FR = new Words("(?:ok |bon |bref |alors |tres bien )?",
            "(?:derniere tentative|dernier essai|je reexplique une derniere fois)",
            "j abandonne (?:l idee )?d expliquer|je renonce a (?:vous )?expliquer|je ne sais plus comment (?:vous )?"
                    + "l expliquer");
    private static final Words DE = new Words("(?:ok |okay |gut |also |na gut )?",
            "(?:letzter versuch|ein letztes mal)",
            "ich (?:geb|gebe) s auf (?:es )?(?:zu erklaren|euch das zu erklaren)|ich (?:geb|gebe) es auf(?: es)? "
                    + "(?:zu )?erklaren|ich erklar s nicht nochmal");
    private static final Words IT = new Words("(?:ok |va bene |allora |bene |vabbe )?",
            "(?:ultimo tentativo|ultima volta che lo spiego|ultima volta che lo dico)",
            "(?:rinuncio|ci rinuncio) a spiegar\\w*|non so piu come spiegarvelo");
    private static final Words NL = new Words("(?:ok |oke |okay |goed |nou |prima )?",
            "(?:laatste poging|laatste keer dat ik het uitleg|een laatste keer)",
            "ik geef het op (?:om )?(?:het )?(?:uit te leggen|uitleggen)|ik leg het niet nog een keer uit");

    private LastAttempts() {
    }

    /** The weary last attempts of a language. */
    static NamedPattern[] anger(String code) {
        Words words = PerLanguage.pick(code, "last attempts", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                of("last-attempt", "^" + words.opener + "(?:" + words.lastTry + ")(?! \\w+ (?:worked|failed|went))"
                        + "(?! (?:at|to|on|of|for|was|with|worked|failed|went|a|de|di|om|van|zu|bei|do|da|del|"
                        + "della|per|para|pour|met|mit|na|no|em|en|in|ging)\\b)"),
                of("gave-up-explaining", words.giveUp)
        };
    }
}
