package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Exasperation at asking again, built from sets so that any contact, any count and any verb is covered: an ordinal
 * from the third on put on a contact ("this is the fifth email I've sent", "c'est mon cinquième mail"), a promise
 * counted ("the callback you promised three times", "dreimal versprochen"), "keep ignoring me" said as a dare ("blijf
 * me maar negeren") and "I no longer know how to explain it" ("ya no sé cómo explicarlo"). A first or second email
 * is a plain follow-up, and a promise of three days or three sessions a week counts days, not asks. Appended to each
 * language's own repeating phrases; none of them is negatable, since the negation is part of the phrase.
 */
final class RepeatedAsks {

    /**
     * One language's sets, as regex alternations over normalised text.
     *
     * @param nth "this is the/my" and an ordinal from the third on, before {@code contacts}
     * @param contacts the things a customer sends or makes to ask again
     * @param promised a promise with a count of times, in either order
     * @param ignoring "keep ignoring me" and its siblings
     * @param noMoreWays "I no longer know how to explain / ask"
     */
    private record Words(String nth, String contacts, String promised, String ignoring, String noMoreWays) {
    }

    /** A count of times followed by a period ("three times a week") is a schedule, not a repeat. */
    private static final String NOT_A_SCHEDULE = "(?! (?:a|per|al|por|par|pro|la|in der|im|in) (?:week|day|month|"
            + "semana|dia|mes|semaine|jour|mois|woche|tag|monat|settimana|giorno|mese|maand|dag))";

    private static final Words EN = new Words(
            "(?:this is|this s|it s|it is|that s|that is|here s|here is|for) (?:now |already |officially )?(?:the|my)"
                    + " (?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|\\d+(?:rd|th))",
            "(?:email|e mail|mail|message|call|phone call|ticket|complaint|request|letter|chat|form|reminder|"
                    + "follow up|voicemail)s?",
            "promis\\w* (?:\\w+ ){0,4}?(?:twice|(?:two|three|four|five|six|several|multiple|many|\\d+) times)"
                    + NOT_A_SCHEDULE + "|(?:twice|(?:two|three|four|five|several|\\d+) times) promised",
            "(?:keep|go on|carry on|continue) (?:on )?ignoring (?:me|us)\\b|ignore me all you (?:want|like)",
            "(?:do not|don t|dont) know how (?:else|many (?:more )?(?:ways|times)) (?:to |can i |do i )?(?:explain|"
                    + "say|ask|put|spell)");

    private static final Words ES = new Words(
            "(?:es|este es|esta es|ya es|ya va|ya van|va|van) (?:el|la|mi|ya el|ya la) (?:tercer[oa]?|cuart[oa]|"
                    + "quint[oa]|sext[oa]|septim[oa]|octav[oa]|noven[oa]|decim[oa]|enesim[oa]|\\d+[oa]?)",
            "(?:correo|mail|email|mensaje|llamada|reclamo|reclamacion|queja|ticket|solicitud|carta|aviso|"
                    + "formulario|audio)s?",
            "promet\\w* (?:\\w+ ){0,4}?(?:dos|tres|cuatro|cinco|seis|varias|mil|\\d+) veces" + NOT_A_SCHEDULE,
            "(?:sigan|sigue|seguid|siga|continuen|continua|continuad) (?:asi )?(?:ignorando(?:me|nos)?|sin "
                    + "(?:contestar|responder)(?:me)?)\\b|ignorenme (?:nomas|no mas|si quieren)",
            "ya no (?:se|sabemos) (?:como|de que (?:manera|forma)) (?:mas )?(?:explicar\\w*|decir\\w*|pedir\\w*)");

    private static final Words PT = new Words(
            "(?:e|este e|esta e|ja e|ja sao|ja vai|ja vao) (?:o|a|meu|minha|o meu|a minha) (?:terceir[oa]|quart[oa]|"
                    + "quint[oa]|sext[oa]|setim[oa]|oitav[oa]|non[oa]|decim[oa]|enesim[oa]|\\d+[oa]?)",
            "(?:email|e mail|mail|mensagem|ligacao|chamado|reclamacao|protocolo|pedido|carta|formulario|audio)s?",
            "promet\\w* (?:\\w+ ){0,4}?(?:duas|tres|quatro|cinco|seis|varias|mil|\\d+) vezes" + NOT_A_SCHEDULE,
            "(?:continuem|continua|continue|sigam|podem continuar) (?:a )?(?:me )?(?:ignorando|ignorar)(?: me)?\\b"
                    + "|(?:continuem|sigam) sem (?:me )?responder",
            "(?:ja )?nao sei mais (?:como|de que jeito) (?:\\w+ )?(?:explicar|pedir|falar|dizer)|ja nao sei (?:como|"
                    + "de que jeito) (?:\\w+ )?(?:explicar|pedir|falar|dizer)");

    private static final Words FR = new Words(
            "(?:c est|ceci est|voici|voila) (?:deja |maintenant |donc )?(?:le|la|mon|ma) (?:troisieme|quatrieme|"
                    + "cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|enieme|\\d+e(?:me)?)",
            "(?:mail|e mail|email|courriel|message|appel|reclamation|relance|ticket|demande|lettre|courrier|"
                    + "formulaire)s?",
            "promi(?:s|se|ses)? (?:\\w+ ){0,4}?(?:(?:deux|trois|quatre|cinq|six|plusieurs|mille|\\d+) fois|a (?:deux|"
                    + "trois|quatre|plusieurs) reprises)" + NOT_A_SCHEDULE,
            "(?:continuez|continue|continuez donc) (?:a|de) (?:m|nous) ignorer|ignorez moi (?:bien|encore|tant que)",
            "je ne sais plus comment (?:\\w+ ){0,2}?(?:expliquer|dire|demander|formuler)");

    private static final Words DE = new Words(
            "(?:das ist|dies ist|es ist|ist das|ist) (?:nun |jetzt |schon |bereits |mittlerweile |inzwischen )*"
                    + "(?:die|der|das|meine|mein|meiner) (?:dritte|vierte|funfte|fuenfte|sechste|siebte|achte|neunte|"
                    + "zehnte|x te|xte|zigste|\\d+)",
            "(?:mail|e mail|email|nachricht|anruf|beschwerde|anfrage|reklamation|mahnung|ticket|brief|"
                    + "erinnerung|sprachnachricht)",
            "(?:zweimal|dreimal|viermal|funfmal|fuenfmal|mehrmals|mehrfach|x mal|zigmal|\\d+ mal) (?:\\w+ ){0,2}?"
                    + "(?:versprochen|zugesagt)\\w*|(?:versprochen|zugesagt)\\w* (?:\\w+ ){0,4}?(?:zweimal|dreimal|"
                    + "viermal|mehrmals|mehrfach)" + NOT_A_SCHEDULE,
            "ignoriert (?:mich|uns) (?:ruhig|nur|gern|gerne|doch) (?:weiter|noch)\\w*|(?:ignoriert|ignorieren sie) "
                    + "(?:mich|uns) (?:\\w+ )?weiter",
            "(?:ich )?weiss (?:echt |wirklich |langsam )?nicht mehr,? wie (?:ich )?(?:es |das )?(?:noch )?(?:\\w+ )?"
                    + "(?:erklaren|erklaeren|sagen|fragen|formulieren)");

    private static final Words IT = new Words(
            "(?:e|questa e|questo e|siamo alla|siamo al|e gia|e gia la|e ormai) (?:la |il |l |mia |mio |la mia |"
                    + "il mio )?(?:terz[oa]|quart[oa]|quint[oa]|sest[oa]|settim[oa]|ottav[oa]|non[oa]|decim[oa]|"
                    + "ennesim[oa]|\\d+[oa]?)",
            "(?:mail|email|e mail|messaggio|messaggi|chiamata|telefonata|segnalazione|reclamo|richiesta|lettera|"
                    + "sollecito|ticket|modulo)",
            "promess\\w* (?:\\w+ ){0,4}?(?:due|tre|quattro|cinque|sei|piu|mille|\\d+) volte" + NOT_A_SCHEDULE,
            "(?:continuate|continua|continui|seguitate) (?:pure )?(?:a|ad) ignorar(?:mi|ci)|ignoratemi pure",
            "non so piu come (?:\\w+ ){0,2}?(?:spiegar\\w*|dir\\w*|chieder\\w*)");

    private static final Words NL = new Words(
            "(?:dit is|het is|is dit|dat is|dit wordt) (?:nu |al |inmiddels |alweer |ondertussen |dus )*(?:mijn|de|"
                    + "het) (?:derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|zoveelste|\\d+e)",
            "(?:mail|e mail|email|bericht|telefoontje|klacht|melding|verzoek|brief|ticket|formulier|"
                    + "herinnering)",
            "(?:twee|drie|vier|vijf|meerdere|zoveel|\\d+) keer (?:\\w+ ){0,2}?(?:beloofd|toegezegd)\\w*|(?:beloofd|"
                    + "toegezegd)\\w* (?:\\w+ ){0,4}?(?:twee|drie|vier|meerdere) keer" + NOT_A_SCHEDULE,
            "(?:blijf|blijven|blijft) (?:jullie |u )?(?:me|mij|ons) (?:\\w+ )?(?:maar |gerust |rustig )?negeren"
                    + "|negeer me (?:maar|"
                    + "gerust) (?:lekker )?(?:verder|door)",
            "ik weet (?:echt )?niet meer hoe ik (?:het|dit) (?:nog )?(?:\\w+ )?(?:moet )?(?:uitleggen|zeggen|vragen)");

    private RepeatedAsks() {
    }

    /** The repeated-ask families of a language. */
    static NamedPattern[] repeating(String code) {
        Words words = PerLanguage.pick(code, "repeated asks", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                of("nth-contact", "(?:" + words.nth + ") (?:" + words.contacts + ")\\b"),
                of("promised-often", words.promised),
                of("keep-ignoring", words.ignoring),
                of("no-more-ways", words.noMoreWays)
        };
    }
}
