package dev.handover.scenario.lang;

/**
 * Admiration exclaimed, the way natives shout it when they love a thing: "WAT EEN MOOIE NAGELS!!!", "QUE UNHAS
 * LINDAS!!!", "que pizza boa", "war das Schnitzel gut", "what gorgeous nails", "qué uñas tan bonitas", "quelles
 * belles couleurs", "che bei capelli". Joined to each language's happy words, so capitals and oaths beside them are
 * delight ("puta merda, que pizza boa", "Heilige Scheiße, war das Schnitzel gut"). Each wording needs the exclaiming
 * frame and a word of praise: "que pizza fria", "war das Schnitzel kalt" and "what a mess" are complaints, and the
 * happy words yield anyway to a complaint elsewhere in the message.
 */
final class DelightWords {

    private static final String EN = "what (?:an? )?(?:\\w+ )?(?:gorgeous|beautiful|lovely|stunning|amazing|delicious"
            + "|fab|fabulous)\\b|(?:so|soo+) (?:gorgeous|beautiful|pretty|delicious|tasty)\\b";
    private static final String ES = "(?:que|q) (?:\\w+ ){0,2}?(?:tan |mas )?(?:bonit[oa]s?|precios[oa]s?|lind[oa]s?"
            + "|buenisim[oa]s?|ric[oa]s?|deliciosa?s?|guap[oa]s?)\\b";
    private static final String PT = "(?:que|q) (?:\\w+ ){0,2}?(?:boa|bom|boas|bons|gostos[oa]s?|lind[oa]s?"
            + "|bonit[oa]s?|deliciosa?s?|top|perfeit[oa]s?)\\b(?! (?:\\w+ )?(?:nada|nao))";
    private static final String FR = "(?:quel|quelle|quels|quelles) (?:\\w+ )?(?:belle|belles|beau|beaux|magnifiques?"
            + "|superbes?|jolie|jolies)\\b|(?:trop|tellement|vraiment) (?:belle|belles|beau|beaux|bon|bons|bonne"
            + "|jolie|jolies|mignon)\\b";
    private static final String DE = "(?:war|ist|waren|sind) (?:das|der|die|dein|euer|eure) (?:\\w+ ){0,2}?(?:gut|lecker"
            + "|geil|toll|wunderschon|klasse|spitze)\\b|was fur (?:ein |eine |einen )?(?:schone[rsn]?|tolle[rsn]?"
            + "|wunderschone[rsn]?|leckere[rsn]?)\\b|wie (?:lecker|toll)\\b";
    private static final String IT = "(?:che|quanto) (?:\\w+ )?(?:bell[aeio]|bei|bellissim[aeio]|buonissim[aeio]"
            + "|buon[aeio]|stupend[aeio]|meraviglios[aeio])\\b";
    private static final String NL = "wat (?:een )?(?:\\w+ )?(?:mooie|prachtige|schitterende|lekkere|heerlijke"
            + "|toffe|gave|schattige)\\b|(?:zo|super) (?:mooi|mooie|lekker|prachtig)\\b";

    /**
     * What is praised only in irony ("wat een mooie service", "what a lovely service again", "que atendimento bom"):
     * admiration of the business's help, not of a thing it made.
     */
    private static final String SERVICE = "(?!(?:\\w+ ){0,4}?(?:service|servicio|servico|atendimento|atencion"
            + "|klantenservice|bezorging|levering|hulp|antwoord|answer|help|support|reply|respuesta|resposta|reponse"
            + "|kundenservice|hilfe|antwort|servizio|assistenza|risposta|weer|again|otra vez|de novo|encore|wieder"
            + "|di nuovo)\\b)";

    private DelightWords() {
    }

    /** The exclaimed admiration of a language, as happy words. */
    static String[] of(String code) {
        return new String[] {SERVICE + "(?:" + PerLanguage.pick(code, "delight words", EN, ES, PT, FR, DE, IT, NL)
                + ")"};
    }
}
