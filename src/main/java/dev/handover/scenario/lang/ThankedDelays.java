package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Thanks or "no problem" for what did not happen: thanks for the speed, or praise of it, followed by weeks or
 * months of waiting ("Danke für die schnelle Bearbeitung, sind ja erst 7 Wochen", "que rapidez, três semanas"),
 * praise of such a wait mocked with "next year, I suppose", a promised "within 5 days" set against the day it is
 * now ("We zitten op dag 23"), thanks for a promise quoted while the writer is still waiting ("Gracias por su
 * enseguida le llamamos. Sigo aquí"), thanks taken back ("comme promis. Ah non, pardon.") and "no problem" before a
 * sacrifice nobody would make gladly ("ik eet wel op de grond tot de tafel er is"). It must not catch sincere thanks
 * for a quick reply counted in minutes or hours ("only 2 minutes!"), nor a plain "no problem, I can wait until
 * Monday". Appended to each language's insults; not negatable, and not casual beside happy words, since the thanks are
 * the sarcasm.
 */
final class ThankedDelays {

    /**
     * One language's sets, as regex alternations over normalised text.
     *
     * @param speedThanks thanks for the speed or the punctuality
     * @param speedPraise praise of the speed the message opens on ("what speed", "wat snel")
     * @param span weeks or months, what no speed is counted in
     * @param longWait "only" and weeks or months
     * @param yearJoke "next year, I suppose", said of what is still to be done after such a wait
     * @param dayCount a promised span in days, then the day the writer is on
     * @param promiseThanks thanks for a quoted promise of speed
     * @param stillWaiting the writer is still there or still waiting
     * @param takenBack "as promised", then "oh no, sorry"
     * @param noProblem a "no problem" the message opens on
     * @param sacrifice what nobody accepts gladly, or a rhetorical "it's not as if it hurts"
     */
    private record Words(String speedThanks, String speedPraise, String span, String longWait, String yearJoke,
            String dayCount, String promiseThanks,
            String stillWaiting, String takenBack, String noProblem, String sacrifice) {
    }

    private static final Words EN = new Words(
            "(?:thanks|thank you|cheers) (?:\\w+ ){0,3}?for (?:the|your|such) (?:\\w+ )?(?:quick|fast|speedy|prompt|"
                    + "swift|rapid)\\w*",
            "(?:wow )?(?:that was |so |how |what a |what )(?:quick|fast|speedy|prompt)|lightning fast",
            "weeks|months",
            "(?:only|just|a mere|barely) (?:been )?(?:\\w+ )?(?:weeks|months)",
            "next year(?: \\w+){0,3}? (?:i suppose|i guess|presumably)",
            "within \\w+ (?:working |business )?days\\b(?: \\w+){0,8}? (?:we are|we re|it is|it s|now|today is) "
                    + "(?:on )?day \\d+",
            "(?:thanks|thank you) for (?:your|the) (?:\\w+ ){0,5}?(?:right back|shortly|straight away|right away|"
                    + "in a moment|within the hour)",
            "(?:i am |i m )?still (?:here|waiting)",
            "as promised(?: \\w+){0,3}? (?:oh|ah) (?:no|wait)\\b",
            "no problem(?: at all)?|no worries|not a problem",
            "i (?:just )?(?:love|adore) (?:\\w+ ){0,4}?waiting|(?:who|that) never (?:shows|comes|turns up)|on the "
                    + "floor|next year|until (?:it|they|he|she) finally|not like (?:it|he|she) (?:hurts|matters)");
    private static final Words ES = new Words(
            "gracias (?:\\w+ ){0,3}?por la (?:rapidez|celeridad|prontitud|puntualidad|velocidad)",
            "(?:que|vaya) (?:rapidez|eficiencia|velocidad|prontitud)|(?:que|vaya) (?:servicio|atencion) (?:mas|tan) "
                    + "rapid[oa]",
            "semanas|meses",
            "(?:solo|apenas|nada mas|ya) (?:llevo |van |son )?(?:\\w+ )?(?:semanas|meses)",
            "el ano que viene(?: \\w+){0,3}? (?:supongo|imagino)",
            "en \\w+ dias(?: habiles| laborables)?(?: \\w+){0,8}? (?:vamos por|estamos en|llevamos) (?:el )?dia \\d+",
            "gracias por (?:su|tu|vuestro|el) (?:\\w+ ){0,3}?(?:enseguida|ahora mismo|en breve|en un momento|"
                    + "de inmediato)",
            "sigo (?:aqui|esperando)",
            "como (?:prometieron|prometio|quedamos)(?: \\w+){0,3}? (?:ah|oh|ay) (?:no|espere|perdon)\\b",
            "no pasa nada|sin problema|ningun problema",
            "me encanta (?:\\w+ ){0,4}?esperar|en el suelo|el ano que viene|que nunca (?:llega|viene|aparece)|"
                    + "ni que (?:le|me) doliera");
    private static final Words PT = new Words(
            "obrigad[oa] (?:\\w+ ){0,3}?pela (?:rapidez|agilidade|prontidao|pontualidade)",
            "(?:nossa )?que (?:rapidez|agilidade|eficiencia)",
            "semanas|meses",
            "(?:so|apenas|ja sao) (?:\\w+ )?(?:semanas|meses)",
            "(?:no )?ano que vem(?: \\w+){0,3}? (?:suponho|imagino|ne)",
            "em (?:ate )?\\w+ dias(?: uteis)?(?: \\w+){0,8}? (?:estamos no|vamos no|ja vamos no) dia \\d+",
            "obrigad[oa] (?:pelo|pela|por) (?:\\w+ ){0,3}?(?:ja ja|logo|em breve|ja retornamos|num instante)",
            "(?:continuo|sigo|ainda estou) (?:aqui|esperando|a espera)",
            "como prometido(?: \\w+){0,3}? (?:ah|oh) (?:nao|espera)\\b",
            "sem problema(?: nenhum)?|nao tem problema|tudo bem",
            "eu adoro|adoro (?:\\w+ ){0,4}?esperar|que nao aparece|que nunca aparece|no chao|ano que vem");
    private static final Words FR = new Words(
            "merci (?:\\w+ ){0,3}?pour (?:la|votre) (?:rapidite|reactivite|celerite|promptitude|ponctualite)",
            "quelle (?:rapidite|reactivite|efficacite)|super le service(?: client)?",
            "semaines|mois",
            "(?:seulement|que|a peine|juste) (?:\\w+ )?(?:semaines|mois)",
            "l annee prochaine(?: \\w+){0,3}? (?:je suppose|j imagine|sans doute)",
            "sous \\w+ jours(?: ouvres)?(?: \\w+){0,8}? (?:on en est au|nous sommes au|on est au) (?:jour \\d+|\\d+e "
                    + "jour)",
            "merci pour (?:votre|le|la) (?:\\w+ ){0,3}?(?:tout de suite|rapidement|dans la journee|sous peu)",
            "(?:je suis |j attends )?toujours (?:la|en attente)",
            "comme promis(?: \\w+){0,3}? (?:ah|oh) (?:non|mais non|zut)\\b",
            "pas de (?:souci|probleme)|aucun probleme",
            "j adore (?:\\w+ ){0,4}?attendre|par terre|l annee prochaine|qui ne vient jamais|qui n arrive jamais|"
                    + "c est pas comme si");
    private static final Words DE = new Words(
            "danke (?:\\w+ ){0,3}?fur die (?:schnelle|rasche|zugige|flotte|prompte|punktliche)",
            "(?:wow |na )?(?:wie|so) schnell|(?:was fur eine|welch) (?:schnelle|effizienz)",
            "wochen|monate",
            "(?:erst|nur|gerade mal|gerade einmal) (?:\\w+ )?(?:wochen|monate)",
            "nachstes jahr(?: \\w+){0,3}? (?:vermutlich|wohl|oder)",
            "innerhalb (?:von )?\\w+ (?:werk)?tagen(?: \\w+){0,8}? (?:wir sind|heute ist|jetzt) (?:bei |am )?tag \\d+",
            "danke fur (?:ihr|ihre|euer|eure|das|den|die) (?:\\w+ ){0,3}?(?:sofort|gleich|umgehend|in kurze)",
            "(?:ich )?(?:warte|sitze|bin) (?:immer noch|noch immer)",
            "wie versprochen(?: \\w+){0,3}? (?:ach|ah|oh) (?:nein|nee|moment)\\b",
            "kein problem|kein stress|macht nichts",
            "ich liebe es (?:\\w+ ){0,4}?(?:warten|zu warten)|auf dem boden|nachstes jahr|der nie kommt|die nie kommt|"
                    + "bis (?:er|sie|es) endlich|tut ja nicht weh");
    private static final Words IT = new Words(
            "grazie (?:\\w+ ){0,3}?per la (?:rapidita|velocita|celerita|puntualita|tempestivita)",
            "che (?:rapidita|velocita|efficienza|celerita)",
            "settimane|mesi",
            "(?:solo|soltanto|appena) (?:\\w+ )?(?:settimane|mesi)",
            "l anno prossimo(?: \\w+){0,3}? (?:immagino|suppongo|forse)",
            "entro \\w+ giorni(?: lavorativi)?(?: \\w+){0,8}? (?:siamo al|oggi e il) (?:giorno \\d+|\\d+ giorno)",
            "grazie per (?:il|la|il vostro|la vostra|vostro|vostra) (?:\\w+ ){0,3}?(?:subito|a breve|tra poco|"
                    + "in giornata)",
            "(?:sono ancora qui|aspetto ancora|ancora qui ad aspettare)",
            "come promesso(?: \\w+){0,3}? (?:ah|oh) (?:no|aspetta|scusate)\\b",
            "nessun problema|non c e problema",
            "mica (?:ha|e|fa|sente)|tanto (?:il|la|lo|i|le) (?:\\w+ )?(?:puo|possono) (?:\\w+ )?aspettare|per terra|"
                    + "l anno prossimo|che non (?:arriva|si presenta) mai");
    private static final Words NL = new Words(
            "(?:bedankt|dank je|dank u|dankjewel|dankuwel) (?:\\w+ ){0,3}?voor de (?:snelle|vlotte|vlugge)",
            "(?:wauw |wow )?wat (?:snel|vlot)|wat een (?:snelle|vlotte|vliegensvlugge) service",
            "weken|maanden",
            "(?:pas|maar|slechts) (?:\\w+ )?(?:weken|maanden)",
            "volgend jaar(?: \\w+){0,3}? (?:zeker|neem ik aan|denk ik)",
            "binnen \\w+ (?:werk)?dagen(?: \\w+){0,8}? (?:zitten|zijn) (?:we |nu |inmiddels )*op dag \\d+",
            "(?:bedankt|dank) voor (?:jullie|uw|het|de) (?:\\w+ ){0,3}?(?:meteen|zo snel mogelijk|direct|straks)",
            "(?:ik )?(?:zit|wacht|ben) (?:hier )?(?:nog steeds|nog altijd)",
            "zoals beloofd(?: \\w+){0,3}? (?:oh|ah|o) (?:nee|wacht)\\b",
            "geen probleem|geeft niks|maakt niet uit",
            "op de grond|volgend jaar|tot (?:de|het) \\w+ er (?:eindelijk )?is|geen haast|die (?:nooit|niet) komt|"
                    + "als (?:hij|het|ze) eindelijk");

    private ThankedDelays() {
    }

    /** The thanked delays of a language. */
    static NamedPattern[] insults(String code) {
        Words words = PerLanguage.pick(code, "thanked delays", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                of("speed-thanked-after-weeks", "\\b(?:" + words.speedThanks + ")\\b(?: \\w+){0,12}? (?:"
                        + words.longWait + ")\\b"),
                of("speed-praised-after-weeks", "^(?:" + words.speedPraise + ")\\b(?: \\w+){0,8}? (?:\\w+ )?(?:"
                        + words.span + ")\\b"),
                of("praised-wait-mocked", "^(?:" + words.speedPraise + "|" + PraisedFailures.opener(code)
                        + ")\\b(?: \\w+){0,8}? (?:\\w+ )?(?:" + words.span + ")\\b(?: \\w+){0,12}? (?:" + words.yearJoke
                        + ")\\b"),
                of("promised-days-counted", "\\b(?:" + words.dayCount + ")\\b"),
                of("promise-thanked-still-waiting", "\\b(?:" + words.promiseThanks + ")\\b(?: \\w+){0,6}? (?:"
                        + words.stillWaiting + ")\\b"),
                of("thanks-taken-back", "\\b(?:" + words.takenBack + ")"),
                of("no-problem-sacrifice", "^(?:" + words.noProblem + ")\\b(?: \\w+){0,20}? (?:" + words.sacrifice
                        + ")\\b")
        };
    }
}
