package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Praise wrapped round a concrete failure in one message, where the failure is told as a fact rather than as a
 * grievance: the message opens on praise and goes on to a leak, mould, shards, a crash or a cold meal ("Great job on
 * the solar panels, really. The roof now leaks", "Proficiat, een luxe vakantiehuisje met schimmel"), or tells the
 * failure and closes on praise ("... gar kein Warmwasser anbietet. Sehr fortschrittlich."); a mocking comparison of the
 * result counts as a failure ("stripes like a zebra"). It must not catch praise
 * with a good detail ("they produce more than promised"), nor praise beside a small remark the writer plays down or
 * turns ("the pool was a bit cold but we loved it"): a softener or a contrast between them keeps it calm. Appended to
 * each language's insults; not negatable, and not casual beside happy words, since they are the sarcasm.
 */
final class PraisedFailures {

    /**
     * One language's sets, as regex alternations over normalised text.
     *
     * @param opener the praise a sarcastic message opens on
     * @param failure a concrete failure, plain enough that no praise can be sincere beside it
     * @param calming a softener or a contrast: between praise and failure it makes the failure a passing remark
     * @param closer the praise a sarcastic message ends on, after the failure
     */
    private record Words(String opener, String failure, String calming, String closer) {
    }

    private static final Words EN = new Words(
            "(?:oh |well )?(?:great|amazing|excellent|brilliant|fantastic|wonderful|lovely|superb|top) (?:job|work|"
                    + "service|stuff)|well done|bravo|congrats|congratulations|brilliant|fantastic|wonderful",
            "leak\\w*|mould\\w*|mold\\w*|smashed|shattered|in pieces|crash\\w*|cold (?:pizza|food|chips|dinner|shower)"
                    + "|no hot water|(?:looks|look|sounds) like (?:my nan|my gran|a toddler|a child|a five year old)|"
                    + "flooded|(?:ants|cockroaches|bedbugs|bed bugs) in|stripes like a (?:zebra|tiger)",
            "but|though|although|still|luckily|thankfully|a bit|slightly|a little|a tiny|fixed|sorted|repaired|"
                    + "fix|repair|mend|no|not|"
                    + "nothing|without|none",
            "(?:amazing|great|excellent|brilliant|top|fantastic|stellar) (?:work|job|service)(?: really| honestly| "
                    + "guys| again| as always)?|five stars for \\w+|very progressive|what a bargain|a real bargain|"
                    + "highly recommended");
    private static final Words ES = new Words(
            "(?:que|vaya) (?:servicio|atencion|trabajo) (?:mas|tan) (?:rapid[oa]|buen[oa]|eficiente|profesional)|"
                    + "(?:excelente|estupendo|magnifico|gran) (?:servicio|trabajo)|enhorabuena|felicidades|bravo|"
                    + "genial|estupendo|maravilloso",
            "goteras?|gotea|moho|hongos|rot[oa]s? en (?:mil )?pedazos|hecho pedazos|se cuelga|se bloquea|"
                    + "(?:pizza|comida|cena|ducha|sopa) fri[oa]|sin agua caliente|ni agua caliente|inundad[oa]|"
                    + "hormigas en|cucarachas|chinches|rayas (?:de|como una) cebra|parece que lo hizo (?:un nino|"
                    + "mi abuela)",
            "pero|aunque|aun asi|por suerte|menos mal|un poco|algo|un poquito|arreglad[oa]|solucionad[oa]|"
                    + "arreglar|reparar|no|ni|"
                    + "sin|nada|ningun\\w*",
            "(?:un trabajo|un servicio) (?:de diez|de lujo|impecable)|(?:muy|todo un) (?:recomendable|lujo)|"
                    + "cinco estrellas|(?:muy|que) moderno");
    private static final Words PT = new Words(
            "(?:excelente|otimo|belo|grande) (?:servico|trabalho|atendimento)|parabens|bravo|que maravilha|"
                    + "maravilh\\w+|excelente|incrivel",
            "goteira|infiltracao|mofo|bolor|em pedacos|partid[oa]s?|trava|pizza fria|comida fria|sem agua quente|"
                    + "cabelo (?:\\w+ )?(?:verde|laranja|roxo|azul)|alagad[oa]|formigas na|baratas|percevejos|"
                    + "listras de zebra|"
                    + "parece que foi (?:uma crianca|minha avo)",
            "mas|embora|mesmo assim|ainda assim|por sorte|ainda bem|um pouco|um pouquinho|meio|resolvid[oa]|"
                    + "consertad[oa]|consertar|reparar|nao|nem|sem|nada|nenhum\\w*",
            "(?:um )?(?:trabalho|servico) (?:impecavel|de primeira|completo)|cinco estrelas|muito moderno|"
                    + "(?:muito )?recomendavel|que pechincha");
    private static final Words FR = new Words(
            "(?:super|genial|bravo|chapeau|felicitations|excellent|magnifique|top|parfait)(?: le| la| les| pour)?",
            "plante|plantent|bugue|buggue|fuit|fuite|moisi|moisissure|en miettes|en morceaux|pizza froide|repas "
                    + "froid|pas d eau chaude|inonde|inondee|fourmis dans|cafards|punaises|rayures de (?:zebre|"
                    + "tigre)|on dirait que "
                    + "(?:c est|ma grand mere)",
            "mais|quand meme|pourtant|heureusement|un peu|legerement|un petit peu|repare|regle|reparer|pas|sans|"
                    + "aucun\\w*|"
                    + "rien|plus",
            "(?:du )?travail (?:impeccable|soigne)|cinq etoiles|(?:tres|vraiment) moderne|a recommander|"
                    + "on en a vraiment pour notre argent|quelle affaire");
    private static final Words DE = new Words(
            "(?:toll|super|klasse|prima|spitze|wunderbar|bravo|gluckwunsch|herzlichen gluckwunsch|hervorragend|"
                    + "grossartig)(?: dass| gemacht| arbeit)?",
            "(?:gar |uberhaupt )?kein(?:e|en)? (?:warmwasser|warmes wasser|heizung)|undicht|tropft|schimmel\\w*|"
                    + "in scherben|scherben|sturzt (?:\\w+ ){0,3}?ab|kalte (?:pizza|essen|pommes)|kaltes essen|"
                    + "uberschwemmt|ameisen im|kakerlaken|wanzen|streifen wie ein zebra|"
                    + "sieht aus wie von (?:einem kleinkind|"
                    + "meiner oma)",
            "aber|trotzdem|jedoch|zum gluck|gluecklicherweise|glucklicherweise|ein bisschen|etwas|leicht|ein wenig|"
                    + "behoben|repariert|reparieren|beheben|dicht|kein\\w*|nicht|nichts|ohne",
            "sehr (?:fortschrittlich|modern|professionell)|(?:echt )?(?:klasse|saubere|tolle) arbeit|funf sterne|"
                    + "sehr zu empfehlen|ein echtes schnappchen");
    private static final Words IT = new Words(
            "complimenti|bravi|bravissimi|bellissim[oa]|ottim[oa]|fantastic[oa]|magnific[oa]|eccellente|"
                    + "(?:gran|bel|ottimo) (?:lavoro|servizio)",
            "produce meno di|perde acqua|infiltrazion\\w+|muffa|in frantumi|a pezzi|si blocca|crasha|pizza fredda|"
                    + "cena fredda|senza acqua calda|allagat[oa]|formiche|scarafaggi|cimici|strisce da zebra|"
                    + "sembra fatto da "
                    + "(?:un bambino|mia nonna)",
            "ma|pero|comunque|per fortuna|fortunatamente|un po|leggermente|un pochino|sistemat[oa]|risolt[oa]|"
                    + "riparat[oa]|riparare|sistemare|non|senza|nessun\\w*|niente|nulla",
            "un vero affare|un lavoro da manuale|cinque stelle|(?:molto|davvero) modern[oa]|(?:proprio )?"
                    + "consigliatissim[oa]|un tocco di \\w+ che (?:\\w+ ){0,3}?non mi aspettavo");
    private static final Words NL = new Words(
            "(?:geweldig|fantastisch|prachtig|super|top|proficiat|gefeliciteerd|bravo|knap)(?: hoor| werk)?",
            "scherven|in stukken|lekt|lekkage|lekke band|schimmel|crasht|loopt (?:steeds |telkens )?vast|koude "
                    + "(?:pizza|friet|maaltijd)|geen warm water|overstroomd|mieren in|kakkerlakken|bedwantsen|"
                    + "(?:strepen|vlekken) als "
                    + "een (?:zebra|tijger)|lijkt alsof (?:\\w+ ){0,2}?(?:een kleuter|mijn oma)",
            "maar|toch|gelukkig|wel een beetje|een beetje|ietsje|een tikje|opgelost|gemaakt|gerepareerd|repareren|"
                    + "maken|geen|niet|"
                    + "niets|zonder",
            "topservice|top geregeld|echt een aanrader|(?:heel|erg) modern|vijf sterren|wat een koopje|"
                    + "top(?: werk| service)(?: hoor| echt)?");

    private PraisedFailures() {
    }

    /** The praise a sarcastic message of the language opens on, for the other sarcasm tables to start from. */
    static String opener(String code) {
        return PerLanguage.pick(code, "praised failures", EN, ES, PT, FR, DE, IT, NL).opener;
    }

    /** The praised failures of a language. */
    static NamedPattern[] insults(String code) {
        Words words = PerLanguage.pick(code, "praised failures", EN, ES, PT, FR, DE, IT, NL);
        // A softener or a contrast on the way from praise to failure makes the failure a remark the writer forgives.
        String unturned = "(?:(?! (?:" + words.calming + ")\\b) \\w+){0,25}?";
        // A failure the next words say is mended ("the leak is fixed at last") is good news, not sarcasm.
        String repaired = "(?!(?: \\w+){0,5}? (?:" + words.calming + ")\\b)";
        return new NamedPattern[] {
                of("praise-then-failure", "^(?:" + words.opener + ")\\b" + unturned + " (?:" + words.failure + ")\\b"
                        + repaired),
                of("failure-then-praise", "\\b(?:" + words.failure + ")\\b" + unturned + " (?:" + words.closer
                        + ")(?: \\w+)?$")
        };
    }
}
