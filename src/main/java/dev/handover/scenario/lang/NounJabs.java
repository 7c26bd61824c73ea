package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Insults by noun and sarcastic thanks that the name-calling tables miss: words that are nothing but insults for a
 * business or a worker ("Was für ein Saftladen", "Jullie boekhouder is een ongelofelijke klungel", "een botte hork"),
 * staff called sloppy and cheeky, Swiss German oaths ("Gopfertammi ... Das isch doch es Witz!"), thanks for a "quick"
 * answer that took days ("merci pour votre réponse si rapide, à peine onze jours"), for an automatic reply added to a
 * collection, for remembering something once it was too late ("Qué detalle que el catering se acordara de traer los
 * postres... al día siguiente"), and the offer to have a document carved in stone after sending it three times.
 * Trades and hobbies that are also insults, a quick answer counted in minutes and an engraving ordered from a stonemason
 * stay calm ("the clowns at the party were great", "thanks for the quick answer, only eleven minutes!", "les noms
 * gravés dans le marbre sont superbes"). Appended to each language's insults.
 */
final class NounJabs {

    /**
     * One language's sets.
     *
     * @param nouns insults for the business or a worker, with the framing they need
     * @param quickThanks thanks for a quick answer, up to "only"
     * @param automatic thanks for an automatic reply, then the pile it joins
     * @param tooLate thanks for remembering, then the moment it was too late
     * @param carved do you want it carved in stone
     */
    private record Words(String nouns, String quickThanks, String automatic, String tooLate, String carved) {
    }

    private static final String SLOW = "(?:\\w+ ){0,2}?(?:days|weeks|months|dias|semanas|meses|jours|semaines|mois|"
            + "tage|tagen|wochen|monate|monaten|giorni|settimane|mesi|dagen|weken|maanden)\\b";

    private static final Words EN = new Words(
            "(?:your|ur|the) (?:\\w+ ){1,2}is a (?:\\w+ ){0,2}?(?:rude|useless|incompetent|lazy|arrogant) (?:\\w+ )?"
                    + "(?:man|woman|person|bloke|guy|idiot)\\b",
            "(?:thanks|thank you) (?:again )?for (?:your|the) (?:\\w+ )?(?:quick|speedy|fast|prompt) (?:answer|reply|"
                    + "response) (?:\\w+ ){0,3}?(?:only|just|a mere)",
            "(?:thanks|thank you) (?:\\w+ ){0,3}?automatic (?:\\w+ ){0,4}?(?:the other|my collection|collection)",
            "(?:thanks for remembering|nice of you to remember|how thoughtful) (?:\\w+ ){0,12}?(?:the day after|the next "
                    + "day|a week later|once we were already)",
            "do you want (?:it|them) (?:carved|engraved|set) in stone");
    private static final Words ES = new Words(
            "(?:es|son|sois) (?:un|una|unos) (?:\\w+ )?(?:patan|patanes|zoquete|zopenco|cenutrio|mamarracho)\\b",
            "(?:gracias|muchas gracias) (?:de nuevo )?por (?:su|vuestra|la) (?:\\w+ )?(?:rapida|rapidisima|veloz) "
                    + "respuesta (?:\\w+ ){0,3}?(?:solo|apenas|tan solo)",
            "gracias (?:\\w+ ){0,3}?automatic[oa] (?:\\w+ ){0,4}?(?:las otras|los otros|coleccion)",
            "(?:que detalle|todo un detalle|gracias por acordarse) (?:\\w+ ){0,3}?(?:se )?acordar\\w* (?:\\w+ ){0,8}?"
                    + "(?:al dia siguiente|una semana despues|cuando ya)",
            "(?:la|lo|las|los) (?:quieren|quiere|quereis) (?:grabad[oa]s? |tallad[oa]s? )?en piedra");
    private static final Words PT = new Words(
            "(?:e|sao) (?:um|uma|uns) (?:\\w+ )?(?:grosseirao|bocal|troglodita|mal educado)\\b",
            "obrigad[oa] (?:de novo )?pela (?:\\w+ )?(?:rapida|rapidissima) resposta (?:\\w+ ){0,3}?(?:so|apenas)",
            "obrigad[oa] (?:\\w+ ){0,3}?automatica (?:\\w+ ){0,4}?(?:as outras|colecao)",
            "(?:que detalhe|que atencao|obrigad[oa] por se lembrarem) (?:\\w+ ){0,12}?(?:no dia seguinte|uma semana "
                    + "depois|quando ja)",
            "(?:querem|quer) (?:isso |isto )?gravad[oa] em pedra");
    private static final Words FR = new Words(
            "(?:c est|est) (?:un|une) (?:\\w+ )?(?:malotru|goujat|butor|rustre|bon a rien|bonne a rien)\\b",
            "merci (?:encore )?pour (?:votre|cette) (?:\\w+ )?reponse (?:si |tres )?rapide (?:\\w+ ){0,3}?(?:a peine|"
                    + "seulement|tout juste)",
            "merci (?:\\w+ ){0,3}?automatique (?:\\w+ ){0,4}?(?:les autres|ma collection|collection)",
            "(?:merci d avoir pense a|quelle delicatesse|c est gentil d avoir pense a) (?:\\w+ ){0,14}?(?:le "
                    + "lendemain|une fois qu (?:on|nous) (?:etait|etions)|apres coup)",
            "(?:vous|tu) (?:la|le|les) (?:voulez|veux) (?:grave|gravee|graves|gravees) dans le marbre");
    private static final Words DE = new Words(
            "saftladen|sauladen|drecksladen|sauhaufen|chaotenhaufen|(?:ihr|ihre|eure|euer) \\w+ (?:ist|sind) "
                    + "(?:\\w+ )?(?:schlampig|frech|unverschamt|unfahig) und (?:dazu )?(?:noch |auch noch )?(?:frech|"
                    + "schlampig|unverschamt|unfahig)|gopfertammi|gopferdammi|gopfridstutz|huere siech|das isch doch "
                    + "(?:es|en) witz",
            "danke (?:nochmal )?fur (?:ihre|die|eure) (?:\\w+ )?(?:schnelle|rasche|prompte) antwort (?:\\w+ ){0,3}?"
                    + "(?:nur|gerade mal|gerade einmal|lediglich)",
            "danke (?:\\w+ ){0,3}?automatische (?:\\w+ ){0,8}?(?:den anderen|sammlung)",
            "(?:wie aufmerksam|danke dass (?:sie|ihr) (?:daran )?gedacht) (?:\\w+ ){0,12}?(?:am tag danach|am nachsten "
                    + "tag|eine woche spater|als wir schon)",
            "soll ich (?:ihnen |euch )?(?:das|es|sie) (?:\\w+ )?in stein meisseln");
    private static final Words IT = new Words(
            "(?:e|sono) (?:un|una|dei) (?:\\w+ )?(?:cafone|cafona|cafoni|zoticone|zoticona|buzzurro|somaro)\\b",
            "grazie (?:ancora )?per la (?:\\w+ )?(?:rapida|rapidissima|veloce) risposta (?:\\w+ ){0,3}?(?:appena|solo|"
                    + "soltanto)",
            "grazie (?:\\w+ ){0,3}?automatica (?:\\w+ ){0,4}?(?:le altre|collezione)",
            "(?:che pensiero|grazie per esservi ricordati|gentili a ricordarvi) (?:\\w+ ){0,12}?(?:il giorno dopo|una "
                    + "settimana dopo|quando eravamo gia)",
            "(?:ve lo|ve la|glielo) devo (?:scolpire|incidere) (?:nella pietra|nel marmo)");
    private static final Words NL = new Words(
            "(?:is|zijn) (?:echt |gewoon |toch )?(?:een|echte) (?:\\w+ ){0,2}?(?:klungel|klungels|hork|horken|lomperik|botterik|kluns|sukkel|"
                    + "eikel|kwast)\\b",
            "(?:bedankt|dank) (?:nogmaals )?voor (?:het|jullie|uw) (?:\\w+ )?(?:snelle|vlotte) antwoord (?:\\w+ ){0,3}?"
                    + "(?:slechts|maar|amper|pas na)",
            "(?:bedankt|dank) (?:\\w+ ){0,3}?automatische (?:\\w+ ){0,4}?(?:de andere|verzameling|collectie)",
            "(?:wat attent|fijn dat jullie eraan dachten|lief dat jullie eraan dachten) (?:\\w+ ){0,12}?(?:de dag erna|"
                    + "een dag later|een week later|toen we al)",
            "moet ik (?:het|ze|dat) (?:soms )?in (?:steen|marmer) (?:beitelen|laten graveren)");

    private NounJabs() {
    }

    /** The noun insults and sarcastic thanks of a language. */
    static NamedPattern[] insults(String code) {
        Words words = PerLanguage.pick(code, "noun jabs", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                of("insult-noun", words.nouns),
                of("quick-thanks-slow", "(?:" + words.quickThanks + ") " + SLOW),
                of("automatic-collection", words.automatic),
                of("remembered-too-late", words.tooLate),
                of("carved-in-stone", words.carved)
        };
    }
}
