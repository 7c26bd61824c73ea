package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * A cancellation said as the last word on the matter: the writer cancels, quits or takes the children away and, in
 * the same message, says it is over or that trust is gone ("Ich kündige den Vertrag. Das war's.", "vou cancelar, não
 * dá mais pra confiar em vocês", "per 1 juli halen we de kinderen weg, dit pikken we niet meer"); and "one more such
 * bill and I'm gone", the departure itself being the consequence. A cancellation alone is a request ("please cancel my
 * plan from July, thanks"), and so is one with a reason ("I'm cancelling because we're moving, that's all"): only the
 * closing words of someone who has had enough make it a walk-out, and a thank-you after it keeps it calm. Appended to
 * each language's threats.
 */
final class WalkOuts {

    /**
     * One language's sets, as regex alternations over normalised text.
     *
     * @param thanks thanks or a move, which make the cancellation a calm one
     * @param leave the first person cancelling, quitting or taking someone away, in the present or the near future
     * @param over the words that close the matter: it is over, enough, no more trust
     * @param gone "one more" of a failure up to the "and", then "I am gone"
     */
    private record Words(String thanks, String leave, String over, String gone) {
    }

    private static final String GAP = "(?: \\w+){0,20}? ";

    private static final Words EN = new Words("thanks|thank you|cheers|moving|relocating",
            "i (?:m |am |will |ll )?(?:cancel|cancelling|canceling|terminate|terminating|quit|quitting|leave|"
                    + "leaving|close|closing|pull|pulling|take|taking) (?:\\w+ ){0,4}?(?:contract|membership|"
                    + "subscription|account|plan|policy|kids|children|business|everything|custom)",
            "i m done|i am done|(?:i|we) (?:have|ve) had enough|enough is enough|never again$|(?:can not|can t|"
                    + "do not|don t) trust you|(?:lost|no) (?:all )?(?:trust|faith) in you",
            "one more (?:\\w+ ){1,4}?(?:like that |like this )?and (?:i m|i am|we re|we are) (?:gone|out|off)");
    private static final Words ES = new Words("gracias|mudo|mudamos|mudanza",
            "(?:cancelo|cancelare|voy a cancelar|rescindo|me doy de baja|me borro|nos damos de baja|dejo|me llevo|"
                    + "nos llevamos|saco|sacamos) (?:\\w+ ){0,4}?(?:contrato|suscripcion|abono|cuenta|seguro|"
                    + "poliza|plan|matricula|gimnasio|ninos|hijos|perro|todo)",
            "^se acabo|se acabo$|hasta aqui (?:hemos llegado|llegue)|(?:ya )?no (?:me )?(?:fio|confio) (?:mas )?de "
                    + "(?:ustedes|vosotros)|no (?:se puede|puedo) confiar (?:mas )?en (?:ustedes|vosotros)|basta ya|"
                    + "nunca mas$",
            "(?:una|otra) (?:\\w+ ){1,4}?(?:asi |mas )?y me (?:voy|largo|piro|marcho)");
    private static final Words PT = new Words("obrigad[oa]|valeu|mudanca|mudar de casa",
            "(?:vou cancelar|cancelo|cancelarei|vou rescindir|rescindo|vou tirar|tiro|vou sair|saio) (?:\\w+ ){0,4}?"
                    + "(?:contrato|assinatura|plano|conta|seguro|matricula|academia|filhos|criancas|cao|tudo|"
                    + "dai|daqui)",
            "nao da mais|^acabou|acabou$|^chega|chega$|(?:ja )?nao (?:da|consigo|tenho como) (?:mais )?(?:pra |"
                    + "para )?confiar|"
                    + "(?:perdi|perdemos) (?:a|toda a) confianca|nunca mais$",
            "mais uma (?:\\w+ ){1,4}?(?:dessas |destas |assim )?e (?:eu )?(?:vou embora|saio|to fora|estou fora)");
    private static final Words FR = new Words("merci|demenage\\w*|demenagement",
            "je resilie|je vais resilier|j annule|je vais annuler|je retire|on retire|nous retirons|je quitte|"
                    + "on arrete tout|j arrete tout",
            "^c est fini|c est fini$|c est termine$|(?:j en ai|on en a) (?:assez|marre)|vous recevrez (?:le|la|ma|mon) "
                    + "(?:recommande|lettre|courrier)|je ne reviendrai (?:pas|plus|jamais)|plus jamais$|(?:je n ai|"
                    + "on n a) plus (?:aucune )?confiance",
            "encore une? (?:\\w+ ){1,4}?(?:comme ca |pareil(?:le)? )?et je (?:pars|m en vais|me casse|suis parti)");
    private static final Words DE = new Words("danke|umzug|ziehe um|ziehen um",
            "ich kundige|kundige ich|wir kundigen|ich storniere|(?:wir melden|ich melde) (?:\\w+ ){1,6}?ab|"
                    + "ich bin raus|"
                    + "wir sind raus",
            "das war s$|das wars$|mir reicht s|mir reichts|es reicht|^nie wieder|nie wieder$|(?:kein|"
                    + "keinerlei) vertrauen "
                    + "mehr",
            "noch (?:ein|eine|einmal|so eine?) (?:\\w+ ){0,4}?und (?:ich bin|wir sind) (?:weg|raus)");
    private static final Words IT = new Words("grazie|trasloco|trasferisco",
            "disdico|disdiro|recedo|ritiro|ritiriamo|me ne vado|ce ne andiamo|(?:annullo|cancello) (?:\\w+ ){0,3}?"
                    + "(?:contratto|abbonamento|iscrizione|polizza|tutto)",
            "^basta\\b|basta cosi$|(?:non ho|non abbiamo) piu (?:nessuna )?fiducia|mai piu$|e finita$|chiuso qui$",
            "ancora una? (?:\\w+ ){1,4}?(?:cosi |del genere )?e (?:me ne vado|sono fuori|ve lo scordate)");
    private static final Words NL = new Words("bedankt|dank je|dank u|dankjewel|verhuis\\w*",
            "(?:ik zeg|wij zeggen|we zeggen) (?:\\w+ ){0,4}?op|ik stop|we stoppen|(?:halen we|haal ik|we halen|"
                    + "ik haal) "
                    + "(?:\\w+ ){0,5}?(?:weg|van)",
            "(?:dit|dat) (?:pikken we|pik ik|nemen we|neem ik) niet (?:meer|langer)|ik ben er klaar mee|^nooit "
                    + "meer|nooit meer$|geen vertrouwen meer|(?:ik ben|we zijn) weg$",
            "nog (?:een|1) (?:keer |maal )?(?:zo n |zo een |zulke )?(?:\\w+ ){0,3}?en (?:ik ben|we zijn) weg");

    private WalkOuts() {
    }

    /** The walk-outs of a language. */
    static NamedPattern[] threats(String code) {
        Words words = PerLanguage.pick(code, "walk-outs", EN, ES, PT, FR, DE, IT, NL);
        // The thanks are looked for after the cancellation only, so that a negation before it still covers it.
        String calm = "(?!.*\\b(?:" + words.thanks + ")\\b)";
        return new NamedPattern[] {
                of("walk-out", calm + "(?:(?:" + words.leave + ")\\b" + GAP + "(?:" + words.over + ")|(?:"
                        + words.over + ")\\b" + GAP + "(?:" + words.leave + "))"),
                of("one-more-and-gone", words.gone)
        };
    }
}
