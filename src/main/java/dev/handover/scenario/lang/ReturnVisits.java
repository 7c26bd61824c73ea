package dev.handover.scenario.lang;

/**
 * A customer who says they will come back, order again or could not have done it without the business is pleased,
 * whatever the capitals and oaths around it ("de puta madre la cena, volvemos seguro", "Das Essen war der
 * WAHNSINN!!! Wir kommen bald wieder"). Joined to each language's happy words. Only the affirmative forms: the
 * auxiliary and the verb stand together, or a negation right before them rules the phrase out ("we won't be back",
 * "wir kommen nicht wieder", "non ci torneremo").
 */
final class ReturnVisits {

    private static final String EN = "(?:we ll|i ll|we will|i will) (?:definitely |def |deffo |surely |certainly )?"
            + "(?:be back|come back|be coming back|order again|book again)|could ?n ?t have done it without";
    private static final String ES = "(?<!no )(?:volvemos|volveremos|repetimos|repetiremos|vuelvo|volvere) (?:manana )?(?:seguro|"
            + "pronto|sin duda|fijo)|(?:seguro que|sin duda) (?:volvemos|volveremos|repetimos|repetiremos|volvere)";
    private static final String PT = "(?<!nao |nunca mais )(?:vou|vamos) (?:pedir|voltar|comprar|marcar) de novo|"
            + "(?<!nao )(?:voltaremos|vamos voltar|volto|voltamos) (?:amanha |ca |aqui )?"
            + "(?:com certeza|de certeza|sempre|logo|em breve)";
    private static final String FR = "on (?:y )?revien(?:t|dra) (?:\\w+ ){0,2}?(?:bientot|vite|c est (?:sur|certain)|"
            + "sans faute|samedi|dimanche|avec plaisir|volontiers)|nous reviendrons|je reviendrai (?:bientot|avec plaisir)";
    private static final String DE = "(?:wir kommen|ich komme|wir bestellen|ich bestelle|wir buchen|ich buche) "
            + "(?:(?!nicht|nie|niemals|kein)\\w+ ){0,2}?wieder|kommen (?:bald|gerne?|sicher|bestimmt|garantiert) wieder";
    private static final String IT = "(?<!non |non ci |mai piu |mai piu ci )(?:torneremo|ci torneremo|ritorneremo|"
            + "tornero)(?! mai)|(?<!non )(?:la|lo|li|le) riordino|prenotatemi subito";
    private static final String NL = "(?:we komen|ik kom|we bestellen|ik bestel|we boeken|ik boek) "
            + "(?:(?!niet|nooit|geen)\\w+ ){0,2}?(?:terug|weer|opnieuw)|iedereen was er gek op"
            + "|komen (?:snel|zeker|graag|gauw|vast) (?:weer )?terug";

    private ReturnVisits() {
    }

    /** The return phrases of a language, as happy words. */
    static String[] of(String code) {
        return new String[] {PerLanguage.pick(code, "return visits", EN, ES, PT, FR, DE, IT, NL)};
    }
}
