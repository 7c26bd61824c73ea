package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Sarcasm that praises a failure, built from sets rather than sentences: thanks for nothing ("vielen Dank auch für
 * nix", "grazie mille per niente"); a word of praise beside yet another automated reply ("ah genial, otro mensaje
 * automático"); and a message that opens with praise, tells of money taken or a wrong job, and closes on a plural
 * "geniuses" ("bravo, ... abgebucht ... genies"). Praise and "geniuses" alone stay praise, and so does a single
 * automated reply. Appended to each language's own insults; not negatable, and not casual beside happy words, since
 * the happy words are the sarcasm.
 */
final class IronicPraise {

    /**
     * One language's sets, as regex alternations over normalised text.
     *
     * @param thanksForNothing thanks, up to two words, then "for nothing"
     * @param praise words of praise a sarcastic message opens with or puts beside a failure
     * @param anotherReply "another" or "again" before an automated reply
     * @param failed money taken or a job done wrong
     * @param geniuses the plural praise that closes the sarcasm
     */
    private record Words(String thanksForNothing, String praise, String anotherReply, String failed, String geniuses) {
    }

    private static final Words EN = new Words(
            "(?:thanks|thank you|cheers)(?: \\w+){0,2}? for nothing\\b(?! else)",
            "(?:oh |ah |well )?(?:wonderful|great|brilliant|fantastic|perfect|lovely|marvellous|marvelous|super|"
                    + "great job|well done|nice one|good job|bravo|congrats|top notch)",
            "(?:another|yet another|again an?|one more) (?:\\w+ )?(?:automated|automatic|auto|canned|generic|"
                    + "copy paste|robot|bot) (?:reply|replies|response|answer|message|email)",
            "(?:charged|billed|debited|took|taken|wrong|double|twice|broke|broken|ruined|lost)",
            "(?:absolute |real |true |total |proper )?(?:geniuses|einsteins|rocket scientists)");

    private static final Words ES = new Words(
            "(?:gracias|muchas gracias|muchisimas gracias|mil gracias)(?: \\w+){0,2}? por nada\\b(?! mas)",
            "(?:ah |oh |que )?(?:genial|maravilla|estupendo|perfecto|fantastico|de lujo|bravo|felicidades|"
                    + "enhorabuena|buenisimo|chapo|que bien)",
            "(?:otro|otra|de nuevo (?:un|una)|una vez mas (?:un|una)) (?:mensaje|respuesta|correo|contestacion) "
                    + "(?:automatic[oa]|automatizad[oa]|generic[oa]|de robot|de plantilla|enlatad[oa])",
            "(?:cobraron|cobran|cobrar|cobrado|cobrais|descontaron|equivocad[oa]s?|mal hech[oa]|rot[oa]|dos veces|"
                    + "doble|perdieron)",
            "(?:unos |todos |puros )?(?:genios|cracks|fenomenos|lumbreras|einsteins)");

    private static final Words PT = new Words(
            "(?:obrigad[oa]|muito obrigad[oa]|valeu)(?: \\w+){0,2}? por nada\\b(?! mais)",
            "(?:ah |nossa |oh |que )?(?:maravilh\\w+|otimo|perfeito|beleza|parabens|show|sensacional|excelente|"
                    + "incrivel|que lindo|que bom)",
            "(?:mais uma|outra|de novo uma|novamente uma) (?:\\w+ )?(?:resposta|mensagem) (?:automatica|"
                    + "automatizada|generica|de robo|padrao|pronta)",
            "(?:cobrar|cobraram|cobrado|cobrando|descontaram|errad[oa]s?|estragad[oa]|quebrad[oa]|duas vezes|"
                    + "em dobro|perderam)",
            "(?:uns |seus )?(?:genios|genias|gênios)");

    private static final Words FR = new Words(
            "(?:merci|merci beaucoup|merci bien|grand merci)(?: \\w+){0,2}? pour rien\\b",
            "(?:ah |oh |c est )?(?:super|genial|parfait|formidable|merveilleux|top|bravo|felicitations|"
                    + "magnifique|chapeau|excellent|trop bien)",
            "(?:encore une|encore un|une autre|un autre|de nouveau une) (?:\\w+ )?(?:reponse|message|mail|"
                    + "courriel) (?:automatique|automatise|generique|type|de robot)",
            "(?:facture|factures|preleve|preleves|debite|debites|payer|mauvais|mauvaise|rate|abime|casse|deux fois|"
                    + "en double|perdu)",
            "(?:des |quels |bande de |vraiment des )?(?:genies|einsteins|cracks)");

    private static final Words DE = new Words(
            "(?:danke|vielen dank|besten dank|herzlichen dank|danke schon)(?: \\w+){0,2}? fur (?:nichts|nix)\\b(?! "
                    + "anderes)",
            "(?:na |oh |ach )?(?:toll|super|klasse|prima|spitze|wunderbar|perfekt|bravo|gluckwunsch|"
                    + "herzlichen gluckwunsch|hervorragend|grossartig|sauber|klasse arbeit|gut gemacht)",
            "(?:wieder|schon wieder|noch eine|noch so eine|wieder so eine|erneut eine) (?:\\w+ )?(?:automatische|"
                    + "automatisierte|generische|standard) (?:antwort|nachricht|mail|e mail)",
            "(?:abgebucht|abgezogen|berechnet|kassiert|verrechnet|falsch|falsche|falschen|kaputt|doppelt|zweimal|"
                    + "verloren|ruiniert)",
            "(?:echte |wahre |totale )?(?:genies|einsteins|leuchten|schlaumeier)");

    private static final Words IT = new Words(
            "(?:grazie|grazie mille|mille grazie|grazie tante)(?: \\w+){0,2}? (?:per|di) (?:niente|nulla)\\b(?: eh)?"
                    + "(?! (?:altro|di piu))",
            "(?:ah |oh )?(?:benissimo|perfetto|fantastico|ottimo|meraviglioso|complimenti|top|bravi|bravo|"
                    + "grandi|splendido|magnifico|eccellente)",
            "(?:un altra|un altro|ancora una|ancora un|di nuovo una) (?:\\w+ )?(?:risposta|messaggio|mail|email) "
                    + "(?:automatica|automatico|automatizzata|generica|standard|preconfezionata)",
            "(?:addebitat\\w*|addebito|pagare|fatturat\\w*|sbagliat\\w*|rott\\w*|rovinat\\w*|due volte|doppio|"
                    + "pers[oaie])",
            "(?:dei |veri |proprio dei )?(?:geni|genii|geniacci|fenomeni|luminari)");

    private static final Words NL = new Words(
            "(?:bedankt|dank je|dank u|dankjewel|dankuwel|merci)(?: \\w+){0,2}? voor (?:niks|niets|nop)\\b",
            "(?:o |oh |ah |nou )?(?:top|geweldig|prachtig|perfect|fantastisch|super|knap|bravo|gefeliciteerd|"
                    + "briljant|uitstekend|goed bezig|lekker bezig|knap hoor)",
            "(?:weer|alweer|nog een|opnieuw) (?:een )?(?:automatisch|automatische|standaard|gegenereerd) "
                    + "(?:antwoord|bericht|mailtje|mail|reactie)",
            "(?:afgeschreven|afgeschreven|gerekend|berekend|gefactureerd|betalen|verkeerd|verkeerde|kapot|"
                    + "dubbel|twee keer|kwijt|verpest)",
            "(?:echte |ware )?(?:genieen|geniën|einsteins|slimmeriken|bollebozen)");

    private IronicPraise() {
    }

    /** The ironic-praise families of a language. */
    static NamedPattern[] insults(String code) {
        Words words = PerLanguage.pick(code, "ironic praise", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                of("thanks-for-nothing", words.thanksForNothing),
                of("praised-bot-reply", "(?:" + words.praise + ")\\b(?: \\w+){0,12}? (?:" + words.anotherReply
                        + ")|(?:" + words.anotherReply + ")(?: \\w+){0,12}? (?:" + words.praise + ")\\b"),
                of("praised-failure", "^(?:" + words.praise + ")\\b(?: \\w+){0,30}? (?:" + words.failed
                        + ")\\b(?: \\w+){0,30}? (?:" + words.geniuses + ")$")
        };
    }
}
