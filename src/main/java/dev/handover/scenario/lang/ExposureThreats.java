package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Threats to expose the business, to report it or to leave it, built from sets rather than fixed phrases so that a
 * new wording of the same threat is covered: a first-person posting or telling verb followed, within a few words, by a platform or an
 * audience ("les hago un escrache en instagram", "ik ga in de buurtapp zetten"); a contacting verb followed by the
 * press ("ich geh damit zum Lokalblatt"); a review the business is told it will get ("see what kind of review you
 * get"); "just you wait" ("na wartet", "vedrete cosa scrivo"); and taking one's custom to another provider, named
 * from a list so that another date, size or branch is no threat; and a complaint filed, in the present
 * ("ich reiche Beschwerde bei der BaFin ein"); and cancelling on the spot ("résiliez ma mutuelle tout de suite").
 * Appended to each language's own table.
 */
final class ExposureThreats {

    /** One language's sets, as regex alternations over normalised text. */
    private record Words(String post, String places, String contact, String press, String review, String waitAndSee,
            String leave, String file, String cancelNow) {
    }

    private static final Words EN = new Words(
            "(?:i ll|ill|i will|i m going to|im going to|i m gonna|im gonna|i am going to|we ll|we will) (?:\\w+ )"
                    + "{0,2}?(?:post|share|put|tell|write|screenshot|splash|blast|plaster|spread)",
            "(?:facebook|fb|insta|instagram|tiktok|twitter|reddit|yelp|trustpilot|whatsapp|nextdoor|social media|"
                    + "socials|(?:school|parents|mums|moms|neighbourhood|neighborhood|local|community|town|village) "
                    + "(?:group|group chat|forum|page)|everywhere|everyone|everybody|the whole (?:town|street|village|"
                    + "neighbourhood|neighborhood|school))",
            "(?:contact|contacting|call|calling|go|going|write|writing|email|emailing|tell|telling|send|sending|ring|"
                    + "ringing|tip off|tipping off|reach out to|take this|take it)",
            "(?:the )?(?:local |regional )?(?:press|media|news|newspapers?|papers|tv station|reporters?|journalists?)|"
                    + "(?:local|regional|daily|evening) paper",
            "(?:see|wait and see|wait till you see|watch) what (?:kind of |sort of )?(?:review|reviews|rating|stars)|"
                    + "wait (?:till|until|til) you see (?:the|my|what) (?:\\w+ )?(?:review|rating)|"
                    + "reviews? (?:you (?:ll |will |re going to |are going to |re )?(?:get|getting|receive))|"
                    + "reviews? (?:\\w+ ){0,10}?(?:ill|i ll|i will|guess i ll|time to) (?:add|leave|post|write) "
                    + "(?:mine|my own|another|one too)|(?:rating|stars|reviews?) (?:\\w+ ){0,3}?not for (?:much )?long",
            "just you wait|you ll see$|wait and see$|everyone (?:will|is going to|s going to) (?:see|know)",
            "(?:i m|im|i am|we re|i ll|ill|i will|we ll) (?:off|going|heading|moving|switching|taking (?:it|my \\w+"
                    + "(?: \\w+)?)) (?:over )?to (?:another|a different|a new|a better|a proper) (?:dentist|garage|"
                    + "mechanic|bank|insurer|provider|gym|salon|clinic|vet|school|company|firm|agency|plumber|"
                    + "contractor|carrier|broker|realtor|doctor|practice|hairdresser|barber|supplier)",
            "(?:i m|i am|i ll|ill|i will|we re|we ll) (?:now )?(?:filing|lodging|file|lodge|submitting|raising) (?:a )?(?:formal |official )?(?:complaint|grievance|report) (?:with|to|against)",
            "(?:cancel|close|terminate|end|delete|stop) (?:my |the |this |our |your )(?:\\w+ ){0,2}?(?:right now|now|immediately|today|right away|this instant|asap)\\b");

    private static final Words ES = new Words(
            "(?:voy a|vamos a|pienso) (?:\\w+ ){0,2}?(?:contar|publicar|subir|poner|escribir|compartir|decir|hacer)|"
                    + "(?:les |os |te )?(?:hago|hare|hacemos) un escrache|(?:cuento|contare|publico|publicare|subo|"
                    + "subire|pongo|pondre|comparto|compartire|escrachare)",
            "(?:facebook|face|insta|instagram|tiktok|twitter|reddit|google|whatsapp|redes(?: sociales)?|(?:todo )?el "
                    + "grupo|grupo de \\w+|todas partes|todos lados|todo el mundo|todo el barrio|todo el pueblo|"
                    + "los vecinos)",
            "(?:llamo|llamare|voy a llamar|contacto|contactare|escribo|escribire|acudo|acudire|aviso|avisare|mando|"
                    + "mandare|voy|ire|me voy|recurro)",
            "(?:la |el |los |al |a la )?(?:prensa|periodico|diario|tele|television|medios|periodistas?|noticiero|"
                    + "telediario)",
            "(?:\\d+(?: \\d+)?|estrellas|nota|puntuacion|valoracion|google|resenas?)(?: \\w+){0,6}? no (?:por|"
                    + "durante) mucho (?:tiempo|mas)|(?:vas|van|vais) a ver (?:la|que) (?:resena|opinion|valoracion)|"
                    + "(?:resena|opinion|valoracion) que (?:les|os|te) (?:voy a|pienso) (?:dejar|escribir|poner)",
            "ya (?:veras|vereis|veran)(?: lo que| como|$)|todo el mundo (?:va a|se va a|lo va a) (?:ver|saber|"
                    + "enterar)|(?:se va a|lo va a) enterar todo el mundo",
            "(?:me voy|me paso|me cambio|me llevo|lo llevo|la llevo|nos vamos|nos pasamos|voy a ir|me ire|cambio) "
                    + "(?:\\w+ ){0,2}?(?:a|con|para|de) otr[oa] (?:empresa|compania|aseguradora|banco|gimnasio|"
                    + "dentista|taller|clinica|agencia|peluqueria|academia|escuela|guarderia|inmobiliaria|operadora|"
                    + "proveedor|mecanico|veterinario|lado|sitio|seguro|autoescuela)",
            "(?:pongo|presento|interpongo|pondre|presentare|meto|pongo ya) (?:una )?(?:queja|reclamacion|denuncia|hoja de reclamaciones)(?: formal)? (?:en|ante|a|con|contra)",
            "(?:cancelen|cancela|cancelad|cancelame|anulen|anula|anulad|cierren|cierra|cerrad|den de baja|dad de baja|dame de baja|denme de baja) (?:mi |mis |el |la |los |las )(?:\\w+ ){0,2}?(?:ya|ahora mismo|ahora|inmediatamente|hoy mismo|de inmediato|ya mismo)\\b");

    private static final Words PT = new Words(
            "(?:vou|vamos|irei) (?:\\w+ ){0,2}?(?:contar|postar|publicar|colocar|botar|por|expor|espalhar|falar|"
                    + "escrever|compartilhar)|(?:conto|posto|publico|boto|exponho|espalho)",
            "(?:facebook|face|insta|instagram|tiktok|twitter|reddit|google|reclame aqui|whatsapp|zap|redes(?: "
                    + "sociais)?|grupo (?:do|da|de|dos|das) \\w+|todo lugar|toda parte|todo mundo|o bairro todo)",
            "(?:ligo|vou ligar|contato|vou contatar|aciono|vou acionar|chamo|vou chamar|escrevo|vou escrever|mando|"
                    + "vou mandar|procuro|vou procurar|vou)",
            "(?:a |o |os |ao |na |no |pra |para a |para o )?(?:imprensa|jornal|jornais|tv|televisao|midia|jornalistas?"
                    + "|reporter)",
            "(?:vou|vamos) (?:\\w+ )?(?:engrossar|aumentar|entrar n?a|somar a) (?:a |essa |esta )?(?:lista|fila|"
                    + "estatistica)|(?:voces|vcs|voce|vc) (?:vao|vai) ver a (?:avaliacao|review|nota)|(?:nota|estrelas|"
                    + "avaliacao) (?:\\w+ ){0,6}?nao (?:por|durante) muito tempo",
            "(?:voces|vcs|voce|vc) (?:vao|vai) ver (?:so|o que|$)|aguardem$|todo mundo vai (?:ver|saber)",
            "(?:vou|vamos|levo|vou levar|mudo|vou mudar|troco|vou trocar|passo|vou passar) (?:\\w+ ){0,3}?(?:para|"
                    + "pra|pro|a|de) (?:uma |um )?outr[oa] (?:empresa|companhia|seguradora|banco|academia|dentista|"
                    + "oficina|clinica|agencia|salao|escola|creche|imobiliaria|operadora|fornecedor|mecanico|"
                    + "veterinario|lugar|plano de saude|autoescola)",
            "(?:abro|registro|faco|vou abrir|vou registrar|vou fazer|formalizo) (?:uma )?(?:reclamacao|queixa|denuncia)(?: formal)? (?:no|na|nos|junto|contra|ao|a)",
            "(?:cancelem|cancela|cancele|encerrem|encerre|fechem|feche|anulem|rescindam) (?:a |o |minha |meu |as |os |minhas |meus )(?:\\w+ ){0,2}?(?:agora|ja|imediatamente|hoje mesmo|agora mesmo|de imediato)\\b");

    private static final Words FR = new Words(
            "(?:je vais|j vais|on va|je compte) (?:\\w+ ){0,2}?(?:raconter|poster|publier|mettre|partager|balancer|"
                    + "ecrire|dire|afficher)|(?:je raconte|je poste|je publie|je balance|je partage|j affiche)",
            "(?:facebook|insta|instagram|tiktok|twitter|reddit|google|whatsapp|les reseaux|reseaux sociaux|(?:le |du "
                    + "|au )?groupe (?:\\w+ )?(?:du|de|des) \\w+|partout|tout le monde|tout le quartier|tout le "
                    + "village)",
            "(?:je contacte|je vais contacter|j appelle|je vais appeler|j ecris|je vais ecrire|je previens|je vais "
                    + "prevenir|j alerte|je vais alerter|je saisis|je vais voir|j irai voir|je balance|j envoie)",
            "(?:la |le |les |a la |au |aux )?(?:presse|journal|journaux|journalistes?|medias?|tele|television)",
            "(?:vous allez|tu vas|vous verrez) voir (?:l |la |le |les )?(?:avis|note|commentaire|critique)|(?:avis|"
                    + "note|commentaire|critique) que je vais (?:vous |te |leur )?(?:pondre|laisser|ecrire|mettre|"
                    + "faire)|(?:note|etoiles|avis) (?:\\w+ ){0,6}?(?:pas|plus) pour longtemps",
            "vous (?:allez|verrez) voir ce que|vous verrez bien|tout le monde (?:verra|saura|va voir|va savoir)",
            "(?:je vais|je pars|je passe|j irai|je vais aller|je file|je change|on va|on change) (?:\\w+ ){0,3}?"
                    + "(?:chez|vers|pour|a|de) (?:un |une |l )?(?:autre (?:garage|garagiste|banque|assurance|assureur|"
                    + "mutuelle|salle|dentiste|medecin|clinique|agence|ecole|auto ecole|operateur|fournisseur|"
                    + "prestataire|salon|coiffeur|societe|entreprise|creche|plombier|veterinaire)|concurren\\w+)",
            "(?:je porte|je vais porter|je depose|je vais deposer|je fais|je vais faire) (?:une )?(?:plainte|reclamation formelle|signalement)(?: aupres| a| contre| chez|$)",
            "(?:resiliez|annulez|supprimez|fermez|cloturez|arretez|stoppez|mettez fin a) (?:mon |ma |mes |le |la |l |les )(?:\\w+ ){0,2}?(?:tout de suite|immediatement|sur le champ|des aujourd hui|maintenant|illico)\\b");

    private static final Words DE = new Words(
            "(?:stell|stelle|stellen|poste|posten|teile|teilen|schreib|schreibe|lade|pack|packe|erzahl|erzahle|"
                    + "erzaehl|erzaehle|verbreite|mach|mache)",
            "(?:auf|in|bei|ins) (?:die |der |den |das )?(?:facebook|insta|instagram|tiktok|twitter|google|whatsapp|"
                    + "social media|sozialen medien|netz|internet|elterngruppe|elternchat|nachbarschaftsgruppe|"
                    + "\\w*gruppe)|(?:uberall|ueberall)|(?:jedem|allen) (?:\\w+ )?(?:den|die|der) ich kenne",
            "(?:geh|gehe|gehen|wende|wenden|schalte|schalten|informiere|informieren|kontaktiere|kontaktieren|"
                    + "schreibe|schreib|rufe|ruf|melde|melden|schick|schicke)",
            "(?:zur |zum |die |der |an die |an das |bei der |beim )?(?:presse|zeitung|lokalzeitung|lokalblatt|"
                    + "lokalpresse|bildzeitung|medien|fernsehen|journalisten|reporter|lokalredaktion|redaktion)",
            "(?:bewertung|rezension|sterne)(?: \\w+){0,3}? (?:die|das) (?:ihr|sie|du) (?:von mir )?(?:kriegt|bekommt|"
                    + "kriegen|bekommen|kriegst|bekommst)|(?:kriegt|bekommt) (?:ihr|sie) (?:von mir )?(?:eine |ne )?"
                    + "(?:bewertung|rezension)|(?:bewertung|sterne|schnitt)(?: \\w+){0,6}? nicht mehr lange",
            "na wartet|wartet nur|ihr werdet (?:schon |noch )?sehen|(?:jeder|alle) (?:wird|werden) (?:es )?"
                    + "(?:sehen|wissen|erfahren)",
            "(?:geh|gehe|wechsle|wechsel|wechseln|bring|bringe|gehen wir|wechsle ich|bringe ich|bring ich) (?:\\w+ )"
                    + "{0,4}?(?:zu|zur|zum|bei|in) (?:einer |einem |einen |nem |ner |nen |der |die )?(?:anderen? "
                    + "(?:werkstatt|bank|versicherung|anbieter|kasse|krankenkasse|fitnessstudio|studio|zahnarzt|arzt|"
                    + "praxis|friseur|schule|fahrschule|kita|firma|makler|handwerker)|konkurrenz)|nie wieder (?:\\w+ )"
                    + "{0,5}?(?:zu euch|bei euch|von euch)|sucht euch (?:\\w+ )?(?:einen |nen |ne |eine )?(?:anderen?|"
                    + "andere) \\w+",
            "(?:reiche|reichen|lege|legen) (?:\\w+ ){0,2}?beschwerde (?:\\w+ ){0,4}?ein\\b|beschwerde (?:bei|an) (?:der|dem|die|den) \\w+ (?:ein|einreichen|einlegen)\\b",
            "(?:kundigt|kuendigt|kundigen sie|kuendigen sie|storniert|stornieren sie|loscht|loescht|schliesst|beendet|beenden sie) (?:mein |meine |meinen |den |die |das )(?:\\w+ ){0,2}?(?:sofort|umgehend|jetzt|ab sofort|heute noch|fristlos|auf der stelle)\\b");

    private static final Words IT = new Words(
            "(?:lo |la |vi |li )?(?:scrivo|scrivero|racconto|raccontero|pubblico|pubblichero|metto|"
                    + "mettero|condivido|diro|sputtano|sputtanero)|(?:vado a|voglio) (?:scrivere|raccontare|postare|"
                    + "pubblicare|mettere|sputtanare)",
            "(?:facebook|insta|instagram|tiktok|twitter|google|whatsapp|social|(?:il |nel |sul )?gruppo (?:\\w+ )?"
                    + "(?:del|della|dei|di) \\w+|ovunque|dappertutto|a tutti|tutto il paese|in giro)",
            "(?:scrivo|scrivero|chiamo|chiamero|contatto|contattero|vado|andro|segnalo|segnalero|mando|mandero|"
                    + "avviso|avvisero)",
            "(?:al |ai |alla |alle |il |la |i |le )?(?:giornale|giornali|stampa|giornalisti|telegiornale|"
                    + "televisione|quotidiano)",
            "(?:recensione|recensioni|stelle|voto)(?: \\w+){0,6}? non (?:per|ancora per) molto|(?:vedrete|vedrai) "
                    + "(?:la |che )?(?:recensione|voto)|(?:recensione|voto) che vi (?:lascio|scrivo|do)",
            "(?:poi )?vedrete (?:cosa|che|come)|state a vedere|lo sapranno tutti|tutti (?:vedranno|sapranno)",
            "(?:porto|portero|la porto|lo porto|vado|andro|passo|passero|cambio|me ne vado) (?:\\w+ ){0,3}?(?:da|a|"
                    + "in|con|presso) (?:un |una |un altra |un altro )?(?:altr[oa] )?(?:officina|meccanico|banca|"
                    + "assicurazione|palestra|dentista|clinica|agenzia|scuola|parrucchiere|compagnia|azienda|gestore|"
                    + "operatore|fornitore|carrozzeria|concessionario|autoscuola|asilo|concorren\\w+)",
            "(?:presento|sporgo|faccio|presentero|sporgero|faro) (?:un |una )?(?:reclamo|esposto|denuncia|segnalazione)(?: formale)? (?:all|al|alla|a|presso|contro|$)",
            "(?:disdite|annullate|cancellate|chiudete|disattivate|disdici|annulla|chiudi|disattiva) (?:il |la |lo |l |i |le |mio |mia |il mio |la mia )(?:\\w+ ){0,2}?(?:subito|immediatamente|adesso|ora|oggi stesso|all istante)\\b");

    private static final Words NL = new Words(
            "(?:ik ga|we gaan|ik zal|ik zet|zet ik|ik post|post ik|ik deel|deel ik|ik gooi|gooi ik|ik schrijf|"
                    + "schrijf ik|ik vertel|vertel ik|ik plaats|plaats ik)",
            "(?:facebook|insta|instagram|tiktok|twitter|google|whatsapp|social media|sociale media|buurtapp|"
                    + "groepsapp|overal|iedereen|de hele buurt|het hele dorp)",
            "(?:ik )?(?:schakel|bel|mail|schrijf|stuur|benader|tip|informeer|stap naar|ga naar)",
            "(?:de |het )?(?:pers|krant|kranten|regionale omroep|omroep|journalisten|televisie)",
            "(?:gaan|zullen) (?:een )?(?:\\w+ )?(?:review|recensie|beoordeling) van mij krijgen|(?:review|recensie|"
                    + "beoordeling|sterren) (?:\\w+ ){0,6}?niet (?:lang|meer lang) meer",
            "let maar op|jullie zullen (?:het )?(?:nog )?zien|wacht maar af|iedereen (?:zal|gaat) (?:het )?(?:zien|"
                    + "weten)",
            "(?:ik ga|ik stap|ik vertrek|ik breng|ik neem|we gaan|we stappen)(?: \\w+){0,3}? (?:naar|over naar) "
                    + "(?:een )?(?:andere? (?:garage|bank|verzekeraar|aanbieder|provider|sportschool|tandarts|kapper|"
                    + "rijschool|school|bedrijf|maatschappij|leverancier|installateur|kliniek|makelaar|"
                    + "zorgverzekeraar)|de concurrent\\w*|concurrent\\w*)",
            "(?:ik dien|ik ga|wij dienen|we dienen|ik leg) (?:\\w+ ){0,2}?(?:een )?(?:formele |officiele )?klacht (?:\\w+ ){0,4}?(?:in|indienen|neer|neerleggen)\\b",
            "(?:zeg|zegt|annuleer|annuleert|stop|stopt|beeindig|beeindigt|sluit|opzeggen|stopzetten) (?:mijn |het |de )(?:\\w+ ){0,2}?(?:nu|meteen|direct|onmiddellijk|per direct|vandaag nog|per omgaande)\\b");

    private ExposureThreats() {
    }

    /** The exposure and leaving threats of a language, each negatable like the language's own threats. */
    static NamedPattern[] threats(String code) {
        Words words = forLanguage(code);
        return new NamedPattern[] {
                of("press-contact", "(?:" + words.contact + ")(?: \\w+){0,4}? (?:" + words.press + ")\\b"),
                of("review-threat", words.review),
                of("just-you-wait", words.waitAndSee),
                of("leave-for-other", words.leave),
                of("complaint-filed", words.file),
                of("cancel-now", words.cancelNow)
        };
    }

    /** Posting or telling a platform or an audience: publicity, casual when the message is happy. */
    static NamedPattern[] publicity(String code) {
        Words words = forLanguage(code);
        return new NamedPattern[] {of("post-to", "(?:" + words.post + ")(?: \\w+){0,8}? (?:" + words.places + ")\\b")};
    }

    private static Words forLanguage(String code) {
        return PerLanguage.pick(code, "exposure threats", EN, ES, PT, FR, DE, IT, NL);
    }
}
