package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Threats made through whom the writer knows or where they will turn up, with no consequence named: a relative or an
 * acquaintance at an office of power, then a warning to think it over ("mio cugino lavora alla Motorizzazione, quindi
 * vedete un po' voi", "Mein Schwager sitzt im Verkehrsausschuss. Ich würde an Ihrer Stelle nochmal überlegen"); a
 * visit in person with a "we'll see how that goes" or an audience ("dann komm ich halt morgen persönlich vorbei, mal
 * schauen, wie das dann läuft", "we can have this chat in front of everyone"); and "carry on, then don't complain"
 * or "carry on and you'll see what happens".
 * The connection alone is small talk ("my cousin works there too, small world") and the visit alone is an errand
 * ("I'll come by the branch tomorrow at 8 to pick it up"): both halves must be there. Appended to each language's
 * threats.
 */
final class KnownPeople {

    /**
     * One language's sets, as regex alternations over normalised text.
     *
     * @param connection the writer's relative or acquaintance, or the writer knowing someone
     * @param warning think it over, I'd think again, don't make me call him
     * @param visit the writer coming in person
     * @param showdown what makes the visit a threat: we'll see how it goes, in front of everyone
     * @param carryOn carry on like this, then don't complain
     * @param office an office with power over the business: the council, an inspectorate, the press
     */
    private record Words(String connection, String warning, String visit, String showdown, String carryOn,
            String office) {
    }

    private static final String GAP = "(?: \\w+){0,25}? ";

    private static final Words EN = new Words(
            "my (?:\\w+ ){0,2}?(?:cousin|brother|sister|uncle|aunt|dad|father|mum|mom|mother|wife|husband|son|"
                    + "daughter|friend|mate|neighbour|neighbor|in law|brother in law|sister in law) (?:works|is|sits|"
                    + "knows)|i know (?:people|someone|somebody|the (?:mayor|councillor|owner|director))",
            "(?:will|would) be (?:very )?interested (?:to (?:hear|know|learn) |in )how you|"
                    + "think (?:very )?(?:carefully |hard )?about how you|i (?:d|would) think (?:twice|again|"
                    + "carefully)|"
                    + "(?:do not|don t) make me (?:call|ring|phone|involve)|just saying$|choose your (?:next )?"
                    + "(?:words|move|answer) (?:very )?carefully",
            "i (?:ll|will) (?:just )?(?:be|come|turn up|show up|pop|walk) (?:\\w+ ){0,6}?(?:at|in|into|to|down|"
                    + "round|over)|you (?:do not|don t) want me (?:coming|to come|turning up|showing up)",
            "in front of (?:everyone|everybody|all your|your (?:customers|staff|manager))|see how that goes$|"
                    + "(?:trust me|believe me) on that|we ll see (?:who|how)",
            "carry on (?:like this |like that )?(?:and )?you (?:ll|will) (?:soon )?see what happens|"
                    + "(?:carry on|keep (?!going\\b)\\w+ing) (?:\\w+ ){0,12}?(?:and |then )?(?:do not|don t) "
                    + "(?:complain|come crying|say i did not warn you)",
            "council|trading standards|consumer (?:office|rights)|ombudsman|ministry|police|licensing|planning|"
                    + "health and safety|environmental health|regulator|the press|newspaper|local paper|committee|"
                    + "head office|the board");
    private static final Words ES = new Words(
            "(?:mi|tengo un|tengo una) (?:\\w+ ){0,2}?(?:primo|prima|hermano|hermana|tio|tia|cunado|cunada|amigo|"
                    + "amiga|conocido|conocida|padre|madre|hijo|hija|marido|mujer|suegro|yerno)\\b|conozco (?:a "
                    + "(?:gente|alguien|el alcalde|la alcaldesa)|gente)",
            "le (?:va a )?interesar(?:a)? (?:mucho )?(?:saber )?como (?:tratan|trabajan|tratais|trabajais)|"
                    + "no me (?:hagais|hagan|obligueis|obliguen) (?:tener que )?(?:llamar|llamarle|llamarla|recurrir)|"
                    + "(?:ustedes|vosotros) (?:mismos|veran|vereis)|(?:piensen|pensad|piensenlo|pensadlo) bien|"
                    + "yo que (?:ustedes|vosotros)|(?:vean|ved) (?:ustedes|vosotros) como",
            "(?:me presento|me planto|me aparezco|me paso|ire|voy) (?:\\w+ ){0,4}?(?:en persona|personalmente|(?:a|"
                    + "en) la "
                    + "(?:sucursal|tienda|oficina|sede)|(?:al|en el) (?:local|gimnasio))",
            "y ya veremos$|veremos (?:quien|que pasa)$|a ver que pasa$|delante de (?:todo el mundo|todos|"
                    + "sus clientes)",
            "(?:sigan|seguid|continuen) (?:asi )?(?:y )?(?:ya )?(?:veran|vereis) lo que pasa|"
                    + "(?:sigan|seguid|continuen) (?:asi )?(?:\\w+ ){0,12}?(?:y )?(?:luego|despues) no (?:se quejen|"
                    + "os quejeis|"
                    + "digan que no avise|digais que no avise)",
            "ayuntamiento|junta|consumo|sanidad|inspeccion|inspector|ministerio|policia|guardia civil|concejal\\w*|"
                    + "diputacion|comunidad|prensa|periodico|omic|direccion");
    private static final Words PT = new Words(
            "(?:meu|minha|tenho um|tenho uma) (?:\\w+ ){0,2}?(?:primo|prima|irmao|irma|tio|tia|cunhado|cunhada|"
                    + "amigo|amiga|conhecido|conhecida|pai|mae|filho|filha|marido|mulher|sogro|genro)\\b|conheco "
                    + "(?:muita gente|gente|alguem|o presidente|o vereador)",
            "vai (?:gostar|adorar) de saber como|vai ficar a saber (?:exatamente )?como|"
                    + "acho bom (?:voces|vcs)|(?:pensem|vejam) (?:la )?bem|nao me facam (?:ter que )?(?:ligar|chamar)",
            "(?:vou|apareco|passo) (?:\\w+ ){0,3}?(?:pessoalmente|em pessoa|na loja|na sede|no balcao|ai)",
            "vamos ver se (?:voces|vcs) (?:tem coragem|me dizem|repetem)|vamos ver como fica$|na frente de "
                    + "(?:todo mundo|todos)|a frente de todos",
            "(?:continuem|sigam) assim (?:e )?(?:vao|vai) ver (?:o que acontece|so)|"
                    + "(?:continuem|continuem assim|sigam) (?:\\w+ ){0,12}?(?:e )?depois nao (?:se queixem|reclamem|"
                    + "digam que "
                    + "nao avisei)",
            "camara|vigilancia sanitaria|asae|deco|procon|ministerio|policia|gnr|psp|inspecao|inspetor|"
                    + "junta de freguesia|reguladora|imprensa|jornal|administracao|direcao");
    private static final Words FR = new Words(
            "(?:mon|ma) (?:\\w+ ){0,2}?(?:cousin|cousine|frere|soeur|sœur|oncle|tante|beau frere|belle soeur|ami|amie|"
                    + "pere|mere|fils|fille|mari|femme) (?:travaille|est|siege|bosse|connait)|je connais (?:du "
                    + "monde|des gens|quelqu un|le maire|la maire|tres bien le)",
            "(?:sera|serait) (?:ravie?|tres interessee?) d apprendre comment vous|"
                    + "(?:vous devriez|je vous conseille de) (?:bien )?reflechir|reflechissez bien|"
                    + "(?:ne )?m obligez pas a",
            "je (?:passe|viens|viendrai|passerai|serai) (?:\\w+ ){0,4}?(?:en personne|a l agence|au guichet|sur "
                    + "place|a la boutique|au magasin)",
            "on verra bien$|on verra ce qu on verra|et on verra si vous (?:osez|me dites|repetez)|devant tout le "
                    + "monde|devant vos clients",
            "continuez (?:comme ca |ainsi )?(?:et )?vous (?:allez|verrez) (?:voir )?(?:la suite|"
                    + "ce qui (?:va )?(?:se passer|arriver))|"
                    + "continuez (?:comme ca |ainsi )?(?:\\w+ ){0,12}?(?:et )?(?:apres|ensuite|"
                    + "apres ca) (?:ne venez pas vous "
                    + "plaindre|ne vous plaignez pas|ne dites pas que)",
            "mairie|prefecture|conseil|ministere|police|gendarmerie|dgccrf|inspection|inspecteur|delegation|"
                    + "service public|presse|journal|direction|siege");
    private static final Words DE = new Words(
            "(?:mein|meine) (?:\\w+ ){0,2}?(?:cousin|cousine|bruder|schwester|onkel|tante|schwager|schwagerin|"
                    + "freund|freundin|vater|mutter|sohn|tochter|mann|frau|nachbar) (?:sitzt|arbeitet|ist|kennt)|ich "
                    + "kenne (?:den|die|einige|leute|jemanden) (?:\\w+ ){0,3}?(?:personlich|gut|vorstand|burgermeister|"
                    + "chef)",
            "interessiert sich (?:\\w+ ){0,2}?dafur wie (?:sie|ihr)|"
                    + "an (?:ihrer|eurer|deiner) stelle (?:\\w+ ){0,5}?(?:nochmal |noch einmal |gut )?uberlegen|"
                    + "(?:uberlegen sie|uberlegt) (?:sich |euch )?(?:das )?gut|ich wurde "
                    + "(?:mir das )?(?:nochmal|noch einmal|gut|genau) uberlegen",
            "(?:komm|komme) ich (?:\\w+ ){0,5}?(?:personlich|vorbei)|ich (?:komme|komm|stehe|steh) (?:\\w+ ){0,3}?"
                    + "(?:personlich|vor ort|in der filiale|am schalter)",
            "mal (?:schauen|sehen|gucken) wie (?:das|es) (?:dann )?(?:lauft|ausgeht)|vor (?:allen|allen leuten|allen "
                    + "kunden)|dann sehen wir ja$",
            "(?:macht|machen sie) (?:nur |ruhig )?so weiter (?:dann )?(?:werdet ihr|werden sie) (?:schon )?(?:sehen|"
                    + "merken) was|"
                    + "(?:macht|machen sie) (?:nur |ruhig )?(?:so )?weiter (?:\\w+ ){0,12}?(?:und )?(?:dann |"
                    + "hinterher )?"
                    + "(?:beschwert euch|beschweren sie sich) (?:dann |hinterher |spater )?nicht",
            "\\w*amt|\\w*ausschuss|landkreis|gemeinde\\w*|stadtrat|ministerium|polizei|verbraucherzentrale|"
                    + "mieterverein|vorstand|aufsicht|behorde|presse|zeitung|zentrale|geschaftsleitung");
    private static final Words IT = new Words(
            "(?:mio|mia|ho un|ho una) (?:\\w+ ){0,2}?(?:cugino|cugina|fratello|sorella|zio|zia|cognato|cognata|amico|"
                    + "amica|conoscente|padre|madre|figlio|figlia|marito|moglie|suocero)\\b|conosco (?:gente|qualcuno|"
                    + "il sindaco|bene il)",
            "(?:sara|sarebbe) (?:molto )?interessat\\w (?:a sapere )?come (?:trattate|lavorate)|"
                    + "vedete (?:un po )?voi come|non (?:fatemelo|fatemi) (?:chiamare|coinvolgere)|pensateci bene",
            "(?:vengo|verro|passo|mi presento) (?:\\w+ ){0,3}?(?:di persona|personalmente|in sede|allo sportello|in "
                    + "filiale)",
            "vediamo se (?:mi |me lo |avete il coraggio)|vediamo (?:chi|come va a finire)|davanti a tutti",
            "continuate cosi (?:e )?(?:vedrete|poi vedete) (?:cosa succede|come va a finire)|"
                    + "(?:continuate|andate avanti) (?:cosi )?(?:\\w+ ){0,12}?(?:e )?poi non (?:lamentatevi|"
                    + "vi lamentate|dite "
                    + "che non vi ho avvisat\\w)",
            "regione|comune|motorizzazione|asl|ministero|polizia|carabinieri|finanza|ispettorato|prefettura|"
                    + "assessor\\w*|consiglio|giornale|stampa|direzione|sede centrale");
    private static final Words NL = new Words(
            "mijn (?:\\w+ ){0,2}?(?:neef|nicht|broer|zus|oom|tante|zwager|schoonzus|vriend|vriendin|vader|moeder|"
                    + "zoon|dochter|man|vrouw|buurman) (?:zit|werkt|is|kent)|ik ken (?:toevallig )?(?:iemand|mensen|de "
                    + "burgemeester|de wethouder)",
            "(?:zal|is) (?:heel |erg )?benieuwd (?:zijn )?hoe jullie|"
                    + "denk goed na|ik zou (?:maar )?(?:snel|goed|even) (?:reageren|nadenken|opletten)|"
                    + "als ik (?:jullie|u) was|"
                    + "laat het (?:niet )?zover komen",
            "(?:sta|kom) ik (?:\\w+ ){0,4}?(?:aan de balie|op de stoep|bij jullie|langs|op kantoor|persoonlijk|aan de "
                    + "deur)",
            "kijken hoe dat (?:dan )?(?:gaat|loopt|afloopt)$|waar iedereen bij (?:is|staat)",
            "(?:ga|gaan) (?:zo|maar zo) door (?:\\w+ ){0,3}?(?:jullie merken|je merkt|"
                    + "u merkt) (?:het )?(?:vanzelf )?(?:wel )?wat er gebeurt|"
                    + "(?:ga|gaan) (?:zo )?(?:maar )?door (?:\\w+ ){0,12}?(?:en )?(?:klaag|"
                    + "kom) (?:dan )?(?:achteraf )?niet "
                    + "(?:klagen|aan)",
            "gemeente\\w*|wethouder|provincie|ministerie|politie|inspectie|toezicht\\w*|acm|consumentenbond|"
                    + "huurcommissie|krant|pers|directie|hoofdkantoor");

    private KnownPeople() {
    }

    /** The connection, visit and carry-on threats of a language. */
    static NamedPattern[] threats(String code) {
        Words words = PerLanguage.pick(code, "known people", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                // The office makes the relative a lever: "my cousin is a doctor, you decide" is small talk.
                of("connection-warning", "(?:" + words.connection + ")\\b(?: \\w+){0,8}? (?:" + words.office + ")\\b"
                        + GAP + "(?:" + words.warning + ")"),
                of("visit-showdown", "(?:" + words.visit + ")\\b(?: \\w+){0,20}? (?:" + words.showdown + ")"),
                of("carry-on-then", words.carryOn)
        };
    }
}
