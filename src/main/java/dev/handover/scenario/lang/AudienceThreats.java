package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Indirect threats, built from sets so that any platform, audience or provider is covered: a review the business is
 * told it will remember ("une note dont vous allez vous souvenir", "eine Bewertung, die sich gewaschen hat"); a switch
 * of provider announced in the first person ("ich wechsel die Werkstatt", "je change de banque"); everyone told how the
 * business treats people ("jeder soll wissen, wie ihr mit Kunden umgeht"); and an audience asked to judge the business
 * ("frag ich mal in der Nachbarschaftsgruppe, was die von euch halten"); and the matter ending up in the press
 * ("continuate così e finisce sul giornale"). Asking a group about something else, or how
 * to switch, stays calm. The first two are threats, negatable; the last three are publicity, casual beside happy words
 * ("everyone will know how well you treat people, thank you!").
 */
final class AudienceThreats {

    /**
     * One language's sets, as regex alternations over normalised text.
     *
     * @param review the review nouns
     * @param remember "you will remember / not forget", said of the review that follows the noun
     * @param switching a first-person switch of a provider named from a list
     * @param everyone a third party that will learn
     * @param howYouTreat learning how the business treats people
     * @param ask asking or letting an audience judge
     * @param audience the audiences asked
     * @param judge what they are asked: what they think of the business, who is honest
     * @param opinion the noun of "ask the opinion of the group", which is a judgement only when the group ends the
     *     message ("... ask the village group's opinion" asks about the business the message spoke of; "... opinion of
     *     the parents group on the trip" asks about the trip)
     * @param inTheNews this matter ending up in the press ("ça finira dans la presse", "dann landet das in der
     *     Lokalzeitung"), said of "this" or of the business, not of a child in the school paper
     */
    private record Words(String review, String remember, String switching, String everyone, String howYouTreat,
            String ask, String audience, String judge, String opinion, String inTheNews) {
    }

    private static final Words EN = new Words(
            "(?:review|rating|reviews)",
            "(?:you ll|you will|you re going to|you are going to|you ll never|you will never|you won t|you will not) "
                    + "(?:\\w+ )?(?:remember|forget)",
            "(?<!\\b(?:how|if|when)(?: \\w{1,15})?(?: \\w{1,15})? )(?:i m|i am|i ll|i will|we re"
                    + "|we ll) (?:\\w+ )?(?:switching|changing|switch|"
                    + "change) (?:my )?(?:banks|"
                    + "insurers|providers|garages|mechanics|dentists|gyms|agents|agencies|carriers|suppliers|"
                    + "salons|vets|plumbers|landlords)",
            "(?:everyone|everybody|the whole (?:town|street|village|world)|all my (?:friends|followers)|people)",
            "(?:know|see|find out|hear|learn) (?:\\w+ ){0,2}?how you (?:treat|deal with) (?:your |the )?(?:customers|"
                    + "clients|people|tenants|patients|members|guests)\\b(?! (?:data|details|information))",
            "(?:ask|asking|poll|let|letting)",
            "(?:(?:the )?(?:local |neighbourhood |neighborhood |village |parents |school |community )?(?:facebook|fb|"
                    + "whatsapp|nextdoor|reddit)(?: group| page)?|(?:the )?(?:local |neighbourhood |neighborhood |"
                    + "village |parents |school |community |street )(?:group|forum|chat))",
            "(?:decide|judge|vote|say)? ?(?:who s|who is) (?:more |the most )?(?:honest|right|lying|telling the "
                    + "truth)|what (?:they|people|everyone) (?:think|make) of (?:you|your \\w+)",
            "(?:opinion|verdict|view)",
            "(?:this|it|that|the whole (?:thing|story)|you|your \\w+) (?:will |ll |is going to |s going to "
                    + "|are going to |re going to |gonna )?(?:end|ends|ending) up (?:in|on) (?:the )?(?:local "
                    + "|evening )?(?:news|papers?|press|tv|media)|(?:this|it) (?:will |ll )?(?:make|makes|hit"
                    + "|hits) the (?:local )?(?:news|papers)");

    private static final Words ES = new Words(
            "(?:resena|resenas|opinion|valoracion|review|calificacion)",
            "(?:que|de la que|de las que) (?:se |os |te )?(?:van a|vais a|vas a|nunca (?:van a|vais a)|no (?:van a|"
                    + "vais a))? ?(?:acordar|recordar|olvidar)\\w*",
            "(?<!\\b(?:como|si|cuando|puedo)(?: \\w{1,15})?(?: \\w{1,15})? )(?:me cambio|nos cambiamos"
                    + "|me voy a cambiar|cambio|me paso|me "
                    + "quito) de (?:banco|compania|aseguradora|"
                    + "seguro|gimnasio|dentista|taller|clinica|agencia|inmobiliaria|operadora|proveedor|peluqueria|"
                    + "academia|mecanico|veterinario|autoescuela)\\b",
            "(?:todo el mundo|todos|en todos lados|en todas partes|la gente|el barrio entero|todo el barrio)",
            "(?:saber|ver|enterar\\w*|conocer)(?: \\w+){0,2}? como (?:tratan|tratais|trata|tratas) a (?:la gente|sus "
                    + "clientes|los clientes|las personas|sus inquilinos|los pacientes|sus socios)",
            "(?:pregunto|preguntare|voy a preguntar|lo comento|comento|lo comentare|lo pregunto|consulto|dejo que "
                    + "decida|que decida)",
            "(?:el |al )?grupo (?:de |del |de los )?(?:vecinos|barrio|padres|madres|la comunidad|facebook|whatsapp|"
                    + "edificio|urbanizacion|pueblo)|(?:facebook|whatsapp) del (?:barrio|pueblo)",
            "(?:a ver )?(?:que|lo que) (?:opinan|piensan|dicen)(?: de (?:ustedes|vosotros|su \\w+|vuestr\\w+))?$|"
                    + "(?:que|lo que) (?:opinan|piensan) de (?:ustedes|vosotros)|quien es (?:mas )?honest[oa]",
            "(?:opinion|parecer)",
            "(?:(?:ustedes |vosotros )?(?:van|vais) a|esto va a|esto puede|todo esto va a) (?:salir|acabar"
                    + "|terminar) en (?:las noticias|el periodico|la prensa|la tele|los medios|el diario"
                    + "|el telediario)");

    private static final Words PT = new Words(
            "(?:avaliacao|avaliacoes|review|nota|resenha)",
            "(?:que|da qual) (?:voces |vcs |vc )?(?:nunca mais |nao )?(?:vao|vai)? ?(?:esquecer|lembrar)\\w*",
            "(?<!\\b(?:como|se|quando|posso)(?: \\w{1,15})?(?: \\w{1,15})? )(?:vou trocar|troco|vou mudar|mudo"
                    + "|vamos trocar) de (?:banco|seguradora|operadora|academia|dentista|"
                    + "oficina|clinica|imobiliaria|escola|plano|fornecedor|salao|mecanico|veterinario|autoescola)\\b",
            "(?:todo mundo|todos|o bairro todo|a cidade toda|toda a gente|o pessoal)",
            "(?:saber|ver|conhecer)(?: \\w+){0,2}? como (?:voces |vcs |voce |vc )?(?:tratam|trata) (?:os |as |seus |"
                    + "suas )?(?:clientes|pessoas|consumidores|pacientes|inquilinos|alunos)",
            "(?:vou perguntar|pergunto|vou comentar|comento|vou postar|deixo|vou deixar)",
            "(?:no |o |ao )?grupo (?:do |da |dos |de )?(?:condominio|bairro|predio|pais|maes|escola|facebook|"
                    + "whatsapp|zap|rua|cidade)",
            "(?:o que|que) (?:o pessoal|as pessoas|eles|todos|a galera) (?:acha|acham|pensa|pensam) de (?:voces|vcs|"
                    + "voce|vc|vos)|quem e (?:mais )?honest[oa]",
            "(?:opiniao|parecer)",
            "(?:isso|isto|voces|vcs|tudo isso) (?:vai|vao) (?:parar|sair|acabar) (?:no|na|nos|nas) (?:jornal|jornais"
                    + "|noticias|tv|televisao|imprensa|midia)");

    private static final Words FR = new Words(
            "(?:avis|note|commentaire|critique)",
            // "dont" reaches here as "do not", the normaliser's reading of the English chat spelling.
            "(?:dont|do not|que) (?:vous |tu )?(?:allez|vas|n allez pas|ne vas pas)? ?(?:vous |te )?(?:souvenir|"
                    + "rappeler|oublier)|(?:dont|do not|que) vous (?:vous )?(?:souviendrez|rappellerez|oublierez)",
            "(?<!\\b(?:comment|si|quand|pourquoi|que)(?: \\w{1,15})?(?: \\w{1,15})? )(?:je change|on change|je vais "
                    + "changer|nous changeons) (?:de|d) (?:banque|assureur|assurance|mutuelle|"
                    + "garage|garagiste|operateur|fournisseur|agence|salle|dentiste|prestataire|coiffeur|creche|"
                    + "plombier|veterinaire|auto ecole|ecole)\\b",
            "(?:tout le monde|tous|tout le quartier|tout le village|les gens)",
            "(?:saura|sauront|saurez|va savoir|vont savoir|verra|verront|va voir|sache|sachent)(?: \\w+){0,2}? "
                    + "comment vous (?:traitez|recevez|parlez a) (?:vos |les )?(?:clients|gens|locataires|patients|"
                    + "adherents|eleves)",
            "(?:demander|demande|je demande|je vais demander|sonder|je laisse)",
            "(?:du |au |le |dans le )?groupe (?:\\w+ )?(?:du|de|des) (?:village|quartier|parents|immeuble|"
                    + "residence|ville|commune)|(?:du |au |le )?groupe (?:facebook|whatsapp)(?: \\w+){0,2}?",
            "ce qu (?:ils|elles|on|les gens) (?:pense|pensent) de vous|qui est (?:le plus )?honnete",
            "(?:avis|opinion)",
            "(?:ca|cela|tout ca|l affaire|vous) (?:va finir|finira|finit|va atterrir|atterrira|va se retrouver"
                    + "|se retrouvera|allez finir|finirez) (?:dans|a) (?:la presse|le journal|les journaux|les medias"
                    + "|la tele|la television)");

    private static final Words DE = new Words(
            "(?:bewertung|rezension|sterne|review)",
            "(?:die sich gewaschen hat|die (?:ihr|sie) (?:so schnell |nie |nicht )?(?:vergesst|vergessen werdet|"
                    + "vergessen)|an die (?:ihr|sie) (?:euch |sich )?(?:noch )?(?:lange )?erinnern)",
            "(?<!\\b(?:wie|wenn|falls|ob|wann)(?: \\w{1,15})?(?: \\w{1,15})? )(?:ich wechsel|ich wechsle|ich wechsele"
                    + "|wechsel|wechsle|"
                    + "wir wechseln) (?:jetzt |sofort |dann )?(?:die|"
                    + "den|das|meine|meinen|mein) (?:bank|versicherung|werkstatt|kasse|krankenkasse|anbieter|"
                    + "fitnessstudio|studio|zahnarzt|arzt|praxis|friseur|makler|hausverwaltung|schule|fahrschule|"
                    + "kita|stromanbieter|handwerker|tierarzt)\\b",
            "(?:jeder|alle|jedermann|die ganze (?:stadt|nachbarschaft|welt)|ganz \\w+)",
            "(?:wissen|sehen|erfahren)(?: \\w+){0,2}? wie (?:ihr|sie) (?:mit (?:euren |ihren |den )?(?:kunden|leuten|"
                    + "menschen|mietern|patienten|mitgliedern) umgeh\\w*|(?:eure |ihre |die )?(?:kunden|leute|"
                    + "menschen|mieter|patienten) behandel\\w*)",
            "(?:frag|frage|fragen|lass|lasse)",
            "(?:in der |bei der |die )?(?:nachbarschaftsgruppe|elterngruppe|dorfgruppe|facebookgruppe|"
                    + "facebook gruppe|whatsapp gruppe|nachbarschaft|hausgemeinschaft|\\w+gruppe)",
            "was (?:die|sie|alle|leute|die leute) (?:von (?:euch|ihnen) halten|(?:uber|ueber) euch denken)|wer "
                    + "(?:hier )?(?:ehrlicher|ehrlich) ist",
            "(?:meinung|urteil)",
            "(?:landet|landen|kommt|kommen|geht) (?:das|es|dies|ihr|das ganze) (?:\\w+ )?(?:in der|in die|im"
                    + "|ins) (?:lokalzeitung|zeitung|presse|fernsehen|nachrichten|lokalpresse|lokalblatt)");

    private static final Words IT = new Words(
            "(?:recensione|recensioni|voto|valutazione)",
            "(?:che|di cui) (?:ve |vi )?(?:la |lo )?(?:non )?(?:ricorderete|ricordate|dimenticherete|scorderete)|"
                    + "(?:che|di cui) (?:vi )?(?:ricorderete|dimenticherete)",
            "(?<!\\bil )(?<!\\b(?:come|se|quando|posso)(?: \\w{1,15})?(?: \\w{1,15})? )(?:cambio|cambiero|cambiamo"
                    + "|ho deciso di cambiare) "
                    + "(?:la |il |l )(?:banca|assicurazione|palestra|"
                    + "dentista|officina|meccanico|agenzia|gestore|operatore|fornitore|parrucchiere|scuola|"
                    + "compagnia|amministratore|carrozzeria|autoscuola)\\b(?! (?:di|del|della|a|in) )",
            "(?:tutti|tutto il paese|tutto il quartiere|la gente|il mondo intero)",
            "(?:sapere|sapranno|sappiano|vedere|vedranno)(?: \\w+){0,2}? come (?:trattate|trattano|tratta) (?:i |"
                    + "le |gli |la |vostri |vostre )?(?:clienti|gente|persone|inquilini|pazienti|iscritti)",
            "(?:chiedo|chiedero|domando|lascio decidere|faccio decidere|sento)",
            "(?:nel |al |il )?gruppo (?:\\w+ )?(?:del|della|dei|di) (?:quartiere|paese|condominio|genitori|"
                    + "palazzo|zona|scuola|classe)|(?:nel |al )?gruppo (?:facebook|whatsapp)",
            "(?:cosa|che cosa|che) (?:ne )?(?:pensano|dicono) di voi|chi e (?:piu )?onest[oa]",
            "(?:parere|opinione|giudizio)",
            "(?:finisce|finira|finite|finirete|va a finire|andra a finire) (?:tutto )?(?:sul|sui|nel|nei|in"
                    + "|al) (?:giornale|giornali|telegiornale|tg|stampa|notizie)");

    private static final Words NL = new Words(
            "(?:review|recensie|beoordeling|reviews)",
            "(?:die|waar) (?:jullie|u|je) (?:\\w+ )?(?:niet (?:snel |gauw )?(?:vergeten|vergeet)|(?:nog lang )?"
                    + "(?:onthouden|aan terugdenken|heugen))|die (?:jullie|u) (?:zal|zullen) heugen",
            "(?<!\\b(?:hoe|als|wanneer|kan)(?: \\w{1,15})?(?: \\w{1,15})? )(?:ik (?:stap|ga) over|ik wissel"
                    + "|we wisselen|ik ga wisselen) "
                    + "(?:\\w+ )?(?:van|naar een andere) "
                    + "(?:bank|verzekeraar|zorgverzekeraar|aanbieder|provider|sportschool|tandarts|garage|kapper|"
                    + "makelaar|energieleverancier|leverancier|rijschool|school|installateur)\\b",
            "(?:iedereen|heel de buurt|de hele buurt|heel het dorp|het hele dorp|de mensen)",
            "(?:weten|zien|horen)(?: \\w+){0,2}? hoe (?:jullie|u|ze) (?:met (?:jullie |uw |de )?(?:klanten|mensen|"
                    + "huurders|patienten|leden) omga\\w*|(?:jullie |uw |de )?(?:klanten|mensen|huurders|patienten) "
                    + "behandel\\w*)",
            "(?:vraag|vragen|laat|peil)",
            "(?:in |de )?(?:buurtapp|buurtgroep|groepsapp|whatsappgroep|oudergroep|dorpsgroep|facebookgroep|"
                    + "facebook groep|buurt)",
            "(?:wat|hoe) (?:men|ze|de mensen|iedereen|de buurt) (?:van|over) (?:jullie|u) (?:vindt|vinden|denkt|"
                    + "denken)|wie (?:er )?(?:eerlijker|eerlijk) is",
            "(?:mening|oordeel)",
            "(?:komt|belandt|gaat) (?:het|dit|dat|jullie) (?:\\w+ )?(?:in de krant|op het nieuws|op tv|bij radar"
                    + "|in de media|in de regionale krant)");

    private AudienceThreats() {
    }

    /** A review to remember and a switch announced: threats, negatable. */
    static NamedPattern[] threats(String code) {
        Words words = forLanguage(code);
        return new NamedPattern[] {
                of("review-remembered", "(?:" + words.review + ")(?: \\w+){0,6}? (?:" + words.remember + ")"),
                of("switch-announced", words.switching)
        };
    }

    /** The matter in the news, everyone told how the business treats people, a group asked to judge it: publicity. */
    static NamedPattern[] publicity(String code) {
        Words words = forLanguage(code);
        return new NamedPattern[] {
                of("in-the-news", words.inTheNews),
                of("how-you-treat", "(?:" + words.everyone + ")(?: \\w+){0,3}? (?:" + words.howYouTreat + ")"),
                of("audience-judge", "(?:" + words.ask + ")(?: \\w+){0,4}? (?:" + words.audience + ")(?: \\w+){0,6}? "
                        + "(?:" + words.judge + ")|(?:" + words.ask + ")(?: \\w+){0,3}? (?:" + words.judge
                        + ")(?: \\w+){0,3}? (?:" + words.audience + ")|(?:" + words.ask + ")(?: \\w+){0,2}? (?:"
                        + words.opinion + ")(?: \\w+){0,2}? (?:" + words.audience + ")$")
        };
    }

    private static Words forLanguage(String code) {
        return PerLanguage.pick(code, "audience threats", EN, ES, PT, FR, DE, IT, NL);
    }
}
