package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/** Italian phrases of strong frustration, over normalised text ("te l'ho detto" reads "te l ho detto"). */
final class ItalianFrustration {

    private static final String WILL = "(?:vi|ti|la|lo|li|le)? ?(?:faro|faremo|andro|procedero|dovro|vado a|"
            + "denuncero|scrivero|lascero|chiamero|passero|disdiro|cancellero|mi rivolgero|contattero)";
    private static final String INTENSE = "(?:molto |cosi |proprio |davvero |veramente |totalmente |completamente |"
            + "assolutamente |super |dei |degli |delle |un |una |uno |dei veri |degli autentici |solo |tutti |"
            + "un branco di |una banda di |una massa di )*";
    private static final String BAD = "(?:deficienti?|scemo|scema|la peggiore|il peggiore|i peggiori|le peggiori|"
            + "incompetenti|incompetente|incapaci|incapace|idioti|idiota|stupidi|"
            + "stupido|cretini|cretino|imbecilli|imbecille|ladri|ladro|truffatori|truffatore|bugiardi|buffoni|"
            + "pagliacci|dilettanti|inutili|inutile|una vergogna|una barzelletta|una truffa|una schifezza|"
            + "uno schifo|schifosi|pessimi|pessimo|il peggio|i peggiori|ridicoli|penosi|vergognosi|deficienti|"
            + "scemi|somari|falliti|cialtroni|disonesti|una merda|di merda)";
    private static final String THING = "(?:bot|robot|macchina|servizio|azienda|ditta|societa|app|applicazione|"
            + "sito|sistema|negozio|assistente|gente|team|assistenza|supporto|servizio clienti|programma|chatbot)";

    static final NamedPattern[] THREATS = {
            of("ultimatum", "(?:se (?:\\w+ ){0,8}?(?:non|nessuno|mai|ancora|di nuovo)|altrimenti) (?:\\w+ ){0,6}?"
                    + "(?:disdico|disdiro|disdetta|(?:annullo|cancello|cancellero) (?:l |il |la )?(?:abbonamento|"
                    + "contratto|account|"
                    + "tutto)|denuncio|denuncero|vi denuncio|faccio "
                    + "(?:un )?reclamo|faro (?:un )?reclamo|reclamo|avvocato|recensione|cambio (?:fornitore|gestore|"
                    + "operatore)|passo (?:alla concorrenza|ad altro)|me ne vado|vado via|altroconsumo|codacons|"
                    + "segnalo|segnalero|chiedo il rimborso)"),
            of("announced", WILL + " (?:\\w+ ){0,2}?(?:denuncia|reclamo formale|reclamo (?:all|al|a)|causa|"
                    + "(?:una )?recensione (?:negativa|pessima|terribile|da una stella)|dal (?:mio )?avvocato|"
                    + "(?:all|alla|al) (?:altroconsumo|codacons|garante|giudice|polizia)|vie legali|alla "
                    + "concorrenza|tutto)|vi (?:denuncio|faccio causa|querelo|rovino)|"
                    + "(?:faro|faccio) (?:causa|una denuncia|denuncia)"),
            of("legal", "(?:il )?mio avvocato(?! mi ha (?:detto|chiesto)| (?:chiede|vuole|ha bisogno|mi chiede))|"
                    + "(?:dal|al|il) (?:mio )?avvocato (?:e |per )?(?:vi|gli|lo|ci)|(?:vado|va|andra|vuole andare|"
                    + "vogliono andare) "
                    + "(?:dritto |diretto )?dall avvocato|associazione (?:dei )?consumatori|(?:chiamo|sento|contatto|"
                    + "chiamero) (?:il )?(?:mio )?avvocato|vie legali|azioni "
                    + "legali|\\baltroconsumo\\b|\\bcodacons\\b|"
                    + "federconsumatori|giudice di pace|\\bagcom\\b|garante|denuncia (?:alla|ai|per)|class action|"
                    + "chargeback|ci vediamo in tribunale|in tribunale"),
            of("leaving", "(?:avete|hai) perso (?:un|una) (?:cliente|cliente fedele)|mai piu (?:da voi|con voi|"
                    + "compro|ordino|uso|vengo|prenoto|ci ricasco)|mai piu$|non (?:comprero|ordinero|tornero|"
                    + "prenotero) (?:mai )?piu|passo alla concorrenza|(?:l )?ultima volta che (?:compro|ordino|"
                    + "prenoto|uso)|(?:una|1|zero|0) stelle? (?:su|di|recensione)"),
            of("institution", "(?:giro|mando|passo|porto|segnalo|invio)(?: \\w+){0,3}? (?:al|alla|all|ai) (?:\\w+ "
                    + ")?(?:giornale|giornali|stampa|tv|televisione|associazione consumatori|ordine|asl|nas|garante|"
                    + "polizia|carabinieri)|(?:vado|andro|andiamo) (?:dritto |diretto )?(?:all|alla|dall|dai|al) "
                    + "(?:\\w+ )?(?:associazione|consumatori|giornale|avvocato|tribunale|ordine|asl)|lo scrivo "
                    + "(?:anche )?(?:su|nel|sui|in) (?:google|facebook|gruppo|social|tripadvisor)|ci vediamo in "
                    + "tribunale"),
            of("one-star", "(?:una|un|1|zero|0) stell(?:a|ina|e)\\b|(?<!(?:ho visto|ho "
                    + "letto|visto|letto|trovato|leggo) (?:una |delle |alcune |qualche )?)"
                    // a bad review the customer read about the business is no threat to write one
                    + "(?:recensione|recensioni|commenti|giudizi) "
                    + "(?:negativ[ae]|negativi|pessim[ae]|terribil[ei]|di fuoco)|(?:voto|stelle) (?:zero|0)\\b"),
            of("review-coming", "(?:preparatevi|aspettatevi|attendetevi|vedrete|state pronti a|preparati|aspettati) "
                    + "(?:\\w+ ){0,7}?(?:recensioni|recensione|commenti|post)|(?:riempio|riempiro|riempire|"
                    + "sommergo|sommergero)(?: \\w+){0,3}? di (?:recensioni|commenti|segnalazioni)|(?:siete|sei|"
                    + "consideratevi) (?:avvisati|avvisato|avvisata|avvertiti|avvertito)"),
            of("press-interest", "(?:stampa|giornale|giornali|giornalisti?|tv|televisione|striscia(?: la notizia)?|"
                    + "le iene|report|mi manda rai ?tre|fuori dal coro|telegiornale|tg)(?: \\w+){0,4}? (?:interess\\w*|"
                    + "sarebbe interessat\\w*) (?:\\w+ ){0,3}?come|"
                    + "interess\\w* (?:\\w+ ){0,6}?come (?:\\w+ )?(?:trattate|"
                    + "tratta|trattano) (?:i |gli |le |i vostri |vostri )?(?:clienti|inquilini|pazienti|condomini|"
                    + "residenti|utenti)|come trattate (?:i|gli|le|vostri) (?:clienti|inquilini|pazienti)"),
            of("never-again", "non (?:ci )?metto piu piede|mai piu (?:\\w+ )?(?:nel|nella|da|con) (?:voi|vostro|"
                    + "vostra)|non (?:ci )?(?:torno|tornero|rimetto) piu|(?:e|sara) l ultima volta che"),
            // "chiedo lo storno dell'importo" and "contesto l'addebito" ask the business for a refund; only a storno
            // or a dispute at the bank, or one announced, is a chargeback
            of("chargeback", "(?:chiedo|chiedero|faccio|richiedo) (?:lo )?storno (?:\\w+ ){0,3}?(?:alla|dalla|sulla|"
                    + "con la|tramite la) (?:mia )?(?:banca|carta)|contestero (?:il |l )?(?:addebito|pagamento)|"
                    + "contesto (?:\\w+ ){1,8}?(?:con|alla|presso|tramite) (?:la )?(?:mia )?(?:banca|carta)|(?:chiedo|"
                    + "chiedero|ho chiesto|faccio) (?:alla|alla mia) (?:banca|carta) di (?:bloccare|annullare|"
                    + "stornare|rimborsare)"),
            of("regulator", "(?:segnalazione|esposto|reclamo|denuncia|ricorso) (?:formale )?(?:all|alla|al|ai|"
                    + "presso) (?:\\w+ )?(?:antitrust|agcm|agcom|ivass|arera|garante|consob|banca d italia|asl|nas|"
                    + "codacons|altroconsumo|ordine)|\\b(?:antitrust|agcm|ivass|arera|consob)\\b"),
            of("cancel-all", "(?:disdite|annullate|cancellate) (?:tutto|subito|il (?:mio )?(?:abbonamento|"
                    + "contratto))|passo alla concorrenza|(?<!\\b(?:come|se|quando"
                    + "|posso)(?: \\w{1,15})?(?: \\w{1,15})? )(?:cambio|cambiero) (?:fornitore|gestore|operatore"
                    + "|banca|"
                    + "palestra|agenzia|assicurazione|compagnia|medico|dentista|concessionaria|officina|"
                    + "parrucchiere|centro|studio|amministratore)|(?:disdico|disdiro|cancello|annullo) (?:\\w+ "
                    + "){0,5}?(?:oggi stesso|subito|immediatamente|con effetto immediato|seduta stante|da oggi)")
    };

    /** Telling others or posting about the business: a threat, unless the message is happy ("I'll tell everyone!"). */
    static final NamedPattern[] PUBLICITY = {
            of("tell-everyone", "(?:dirlo|scriverlo|raccontarlo|metterlo) (?:a tutti|sui social)|(?:racconto|"
                    + "raccontero|racconta|dico|diro|faccio sapere|lo dico|lo racconto|dirlo|"
                    + "raccontarlo)(?: \\w+){0,3}? (?:a tutti|a tutto il (?:quartiere|paese|mondo)|ovunque|in giro)|"
                    + "come lavorate male|quanto lavorate male")
    };

    static final NamedPattern[] INSULTS = {
            // Called amateurs to their face or as the staff they hired; an amateur of wine or football is a fan.
            of("amateurs", "(?:siete|siete solo|avete assunto|assumete|mi avete mandato|un branco di|una banda di) "
                    + "(?:dei |degli |solo |proprio dei )?dilettanti(?! di| del| della| dello)"),
            of("you-are", "(?:siete|sei|e|sono|e un|e una|questo e|questa e|che|ma sei|ma siete) " + INTENSE + BAD),
            of("bad-thing", "(?:\\w+ )?(?:del cazzo|di merda|da quattro soldi|dei miei stivali|del menga)|"
                    + "(?:stupido|maledetto|maledetta|inutile|schifoso|schifosa|pessimo|pessima) " + THING),
            of("thing-is-bad", "(?:il|la|lo|l|questo|questa|vostro|vostra|tuo|tua) " + THING + " (?:e|sono|fa) "
                    + INTENSE + BAD),
            of("scam", "(?:questa|questo) e (?:una |un )?(?:truffa|rapina|furto|presa in "
                    + "giro|usura|strozzinaggio)|siete (?:dei|degli) "
                    + "(?:ladri|truffatori|incompetenti|incapaci|buffoni|pagliacci|cialtroni|delinquenti)|che "
                    + "(?:truffa|vergogna|schifo|presa in giro|pagliacciata|buffonata)|incompetenza|"
                    + "pagliacciata|buffonata|presa per il culo|prendete per il culo|"
                    + "(?:mi|ci) prendete in giro"),
            of("dismissal", "vaffanculo|fanculo|va a quel paese|andate a quel paese|andate a cagare|va a cagare|"
                    + "stai zitto|state zitti|ma va(?:i)? a (?:cagare|farti fottere|quel paese)"),
            of("noun-adj", "(?:bot|robot|servizio|azienda|assistenza|assistente|sistema|macchina) (?:\\w+ "
                    + ")?(?:deficiente|idiota|inutile|scemo|stupido|penoso|pessimo|schifoso|vergognoso|ridicolo)|chi "
                    + "ti ha programmato|mi prendete per (?:scemo|scema|stupido|stupida|idiota|fesso|cretino)"),
            of("the-worst", "(?:siete|e|sono) (?:la|il|i|le) peggior[ei]"),
            of("superlative", "(?:che|il|la) " + THING + " (?:piu )?(?:inutile|stupido|scemo|deficiente|idiota|"
                    + "incapace|ottuso|lento|rincoglionito) (?:\\w+ ){0,3}?(?:della storia|del mondo|di sempre|che "
                    + "abbia|mai visto|mai)|(?:siete|sei) (?:proprio |davvero |veramente |tutti )*(?:de coccio|di "
                    + "coccio|una testa di coccio|tont[oi]|rimbambit[oi]|rincoglionit[oi]|imbranat[oi]|babbe[oi]|"
                    + "fess[oi]|ottus[oi]|zuccon[ei]|capre|asini|tordi|buoni a nulla|ridicoli)|ridicoli$|"
                    + "(?:davvero|proprio) ridicoli"),
            of("bunch-of", "(?:banda|branco|massa|manica|accozzaglia|cricca|mandria|gruppo) (?:di|de) (?:ladri|"
                    + "principianti|"
                    + "improvvisati|"
                    + "truffatori|incompetenti|incapaci|buffoni|pagliacci|cialtroni|delinquenti|imbroglioni|"
                    + "idioti|cretini|dilettanti|deficienti|falliti|disonesti|farabutti|furfanti|sciacalli|"
                    + "approfittatori)"),
            of("lied-to-face", "(?:mentito|mentita|mentite|mente|mentono|mentiva)(?: \\w+){0,2}? (?:in faccia|"
                    + "spudoratamente|sfacciatamente|a muso duro)|(?:mi|ci) (?:avete|hai|ha|hanno) mentito"),
            of("gone-mad", "(?:siete|sei|e) (?:proprio |davvero |completamente |tutti )?(?:pazzi|impazziti|matti|"
                    + "fuori di testa|fusi|ammattiti|"
                    + "impazzito|pazzo|matto)|(?:vi|ti) (?:e|siete) (?:dato di volta il cervello|bevuti il cervello)|"
                    + "(?:mi|ci) (?:state|stai) (?:fregando|truffando|rubando)")
    };

    static final NamedPattern[] SWEARING = {
            of("swear", "\\b(?:cazzo|cazzi|che cazzo|minchia|porca (?:miseria|puttana|troia|vacca|paletta)|"
                    + "merda|stronzi|stronzo|stronzate|cazzate|porco (?:dio|cane|giuda)|maledizione|"
                    + "dannazione|vaffa|fottuto|fottuti|incazzato|incazzata|che palle|coglioni|"
                    + "rompete le palle|mi avete rotto|wtf|ma che diavolo|ma che cavolo|ma porca)\\b")
    };

    static final NamedPattern[] ANGER = {
            of("i-am-angry", "(?:sono|io sono|mi sento|siamo|ormai sono|mi sto|(?:mio|mia) \\w+ "
                    + "e) " + INTENSE + "(?:furioso|furiosa|furibondo|furibonda|furibondi|"
                    + "arrabbiato|arrabbiata|arrabbiatissimo|arrabbiatissima|incazzato|incazzata|incazzatissimo|"
                    + "stufo|stufa|stufi|esasperato|esasperata|indignato|indignata|infuriato|infuriata|"
                    + "inferocito|inferocita|fuori di me|allibito|allibita|schifato|schifata|"
                    + "frustrato|frustrata|esausto|esausta|stanco di|stanca di|disgustato|disgustata|"
                    + "arrabbiando|innervosendo|alterato|alterata|seccato|seccata|fuori di se|su tutte le furie|"
                    + "imbufalit[oa]|incazzat[oa] ner[oa]|ner[oa] (?:di|dalla|per la) rabbia)"),
            of("explode", "(?:sto per|sto quasi per|sono sul punto di) (?:esplodere|scoppiare|impazzire|dare di "
                    + "matto|sbroccare)|sto (?:dando di matto|sbroccando|impazzendo)(?! (?:dalla|di) (?:gioia|"
                    + "felicita))"),
            of("had-enough", "(?:mi sono|ci siamo) (?:\\w+ )?(?:rotto|rotta|rotti|stufato|stufata)|(?:mi avete|mi "
                    + "hai|ci avete|mi ha) (?:proprio |davvero |veramente |gia |ormai )?(?:stufato|rotto|esasperato|"
                    + "fatto incazzare|stancato)|mi state facendo (?:impazzire|"
                    + "arrabbiare|incazzare)|ho perso (?:la )?pazienza|sto perdendo la pazienza|la mia pazienza ha un "
                    + "limite|non ne posso piu|non ce la faccio piu|basta (?:cosi|ora|adesso|con|!)|^basta$|"
                    + "(?:il|la) peggior[ei]? (?:\\w+ ){0,2}?(?:di sempre|del mondo|mai visto|che abbia)|peggior "
                    + "servizio|peggiore assistenza|vi odio|odio (?:questo|questa|il vostro|la vostra)|mi fate "
                    + "schifo|mi prendete in giro|state scherzando|mi state prendendo in giro|ma (?:state|stai) "
                    + "scherzando|e il colmo|e una follia"),
            of("outrage", "(?:e|questo e|questa e|trovo|davvero|semplicemente|e veramente|e proprio) " + INTENSE
                    + "(?:inaccettabile|inammissibile|vergognoso|vergognosa|una vergogna|scandaloso|scandalosa|"
                    + "uno scandalo|ridicolo|ridicola|assurdo|assurda|intollerabile|indecente|vergogna|"
                    + "allucinante|una presa in giro|uno schifo|una schifezza|una follia|"
                    + "vergognoso|penoso|pietoso|vomitevole|indegno|una barzelletta|una buffonata)"),
            of("outrage-word", "\\b(?:inaccettabile|inammissibile|vergognoso|vergognosa|scandaloso|scandalosa|"
                    + "intollerabile|indecente|che schifo|che vergogna|vergognatevi|vergogna)\\b"),
            of("treated-like", "(?:trattat[oaie]|trattate|trattano|trattarmi|trattarci|trattando) (?:come|alla "
                    + "stregua di) (?:un |una |dei |delle |degli )?(?:cane|cani|pezza|pezze|spazzatura|idiota|idioti|"
                    + "scemo|scemi|merda|numero|numeri|pezzente|pezzenti|bancomat|pollo|polli)|(?:e cosi|e questo "
                    + "il modo in cui) (?:che )?(?:trattate|ripagate)"),
            of("give-up", "lascia perdere|lasciate perdere|lasci perdere|mi arrendo|non servi a niente|"
                    + "non servite a niente|non servite a nulla|non servi a nulla"),
            of("rage", "(?:di|dalla|che) rabbia|(?:piango|tremo) (?:di|dalla) rabbia|avete (?:pure |anche |persino "
                    + ")?(?:il coraggio|la faccia tosta)|che faccia tosta|come vi permettete|e un furto|un furto|ma "
                    + "stiamo scherzando|stiamo scherzando|non ci posso credere")
    };

    static final NamedPattern[] REPEATING = {
            of("told-you", "(?:te|ve|gliel|glielo|l)? ?(?:l )?(?:ho|avevo) (?:gia )?(?:detto|scritto|spiegato|"
                    + "ripetuto|chiesto|mandato)(?: \\w+){0,2}? (?:(?:due|tre|quattro|cinque|dieci|cento|mille|"
                    + "piu|diverse|tante|mille|\\d+) volte|gia|prima)|(?:te|ve|glielo) l ho gia (?:detto|scritto|"
                    + "spiegato)|l ho gia (?:detto|scritto|spiegato)|ho gia (?:detto|scritto|spiegato)"),
            of("how-many-times", "quante volte (?:ancora )?(?:devo|dovro|lo devo|ve lo|te lo|glielo|bisogna|ancora|"
                    + "dobbiamo|vi|ti|lo|ve|le)"),
            of("count-now", "(?:sono|siamo a) (?:gia )?(?:\\d+|due|tre|quattro|cinque|sei|dieci) volte che (?:vi |ti |"
                    + "lo |le |la |glielo |ve lo )?(?:mando|scrivo|chiamo|chiedo|dico|spiego|ripeto|segnalo|invio|"
                    + "telefono|richiamo)|"
                    + "(?:\\d+|due|tre|quaranta|cinquanta|novanta) (?:minuti|ore) (?:con|su|in|a parlare con|"
                    + "a scrivere "
                    + "a|dietro a) (?:questo|questa|il|la|un|una|sto|sta) (?:chat|bot|robot|macchina|assistente|"
                    + "coso|chatbot)"),
            of("nth-time", "per la (?:terza|quarta|quinta|decima|ennesima|\\d+a?) volta|e la (?:"
                    + "terza|quarta|quinta|ennesima|\\d+a?) volta"),
            // The ordinal said bare, as a heading ("Quarta volta che scrivo"): only on the customer's own contacting.
            of("bare-nth-time", "(?:terza|quarta|quinta|sesta|decima|ennesima|\\d+a?) volta che (?:vi |ti |le )?"
                    + "(?:scrivo|chiamo|telefono|chiedo|segnalo|contatto|sollecito)"),
            of("repeat-myself", "(?:leggete|leggi|avete letto|hai letto) (?:quello che|i miei|il mio|cosa)|"
                    + "(?:mi ascoltate|mi ascolti|mi state ascoltando)|ripetermi|sempre la stessa (?:cosa|"
                    + "risposta|storia)|rispondete alla (?:mia )?domanda|rispondi alla (?:mia )?domanda"),
            of("i-repeat", "(?:te lo|ve lo|lo) ripeto per l ultima volta|(?:nemmeno|neanche|neppure) "
                    + "(?:una|un|uno) (?:sola |solo )?(?:chiamata|telefonata|risposta|email|mail|notizia|messaggio|"
                    + "riscontro)"),
            of("waiting", "(?:aspetto|attendo|sto aspettando|sto attendendo|provo) da (?:\\w+ )?(?:settimane|mesi|"
                    + "giorni|ore|secoli|un eternita|\\d+ \\w+)|(?:sono|e) (?:\\w+ )?(?:settimane|mesi|giorni) che "
                    + "(?:aspetto|attendo|scrivo|chiamo)|nessuno (?:mi )?(?:risponde|richiama|aiuta|fa niente|si fa "
                    + "sentire)|ancora (?:nessuna|niente) (?:risposta|rimborso|notizia|soluzione)|(?:settimane|mesi) "
                    + "(?:e|senza) (?:niente|nessuna)"),
            of("what-part", "quale parte di (?:\\w+ ){0,10}?non (?:capite|capisci|avete capito|hai capito)"),
            of("n-times", "(?:chiesto|detto|spiegato|scritto|mandato|chiamato|inviato|segnalato|presentato|caricato|"
                    + "compilato|sollecitato|provato|reclamato|rispedito)(?: \\w+){0,6}? "
                    // "grazie mille volte" thanks, whatever was asked before it
                    + "(?<!grazie )(?:\\d+|due|"
                    + "tre|quattro|cinque|diverse|tante|mille) (?:volte|mail|email|messaggi|chiamate)"),
            of("understand-nothing", "non (?:capite|capisci|avete capito) (?:proprio )?(?:niente|nulla|un cazzo)|"
                    + "smettetela (?:con|di)")
    };

    static final String[] SOFTENERS = {
            "un po", "un poco", "un pochino", "leggermente", "abbastanza poco", "non troppo", "non molto"
    };

    static final String[] POSITIVE = {
            "grazie", "fantastic[oaie]", "perfett[oaie]", "ottim[oaie]", "bellissim[oaie]", "stupend[oaie]",
            "meraviglioso", "che (?:gioia|felicita)",
            "evviva", "al primo colpo", "bravi", "bravo", "complimenti", "auguri", "felice", "felicissimo",
            "(?:ah|ha)(?:ah|ha)+", "ahah\\w*", "lol", "finalmente", "funziona", "adoro", "amo", "top", "grande",
            "grandi", "mitic[oi]", "meraviglios[oaie]", "wow", "compleanno", "congratulazioni", "benissimo",
            "che bell[oa]", "che "
                    + "buon[oa]", "buonissim[oa]", "non vedo l ora", "torniamo", "meraviglia", "una favola",
            "spettacol\\w*", "che figata", "che (?:bell|buon|brav|velo|spettacol)\\w*", "velocissim[io]",
            "bravissim[io]", "incredibile"
    };

    static final String[] JOY = {
            "(?:di|dalla|per la) (?:gioia|felicita|contentezza|risate)", "(?:ah|ha)(?:ah|ha)+", "ahah\\w*", "lol"
    };

    static final String[] EXCLAIMED = {
            "c e qualcuno", "qualcuno (?:mi )?(?:risponde|legge|c e)", "dove (?:e|sono|sta)", "da (?:stamattina|ieri|"
                    + "ore|giorni|settimane|mesi|\\d+)", "(?:settimane|mesi|giorni|ore) (?:di attesa|che|senza)",
            "subito", "adesso", "e possibile",
            "un altro", "un altra", "ancora", "di nuovo", "niente", "nulla", "mai", "nessuno", "incredibile", "sul "
                    + "serio", "volte",
                    // "ecco perché vi scrivo" explains: only a "perché" of its own is exasperation.
                    "(?<!ecco )perche", "per niente", "coraggio"
    };

    static final String[] TYPOS = {
            "inaccettabile", "inammissibile", "vergognoso", "vergognosa", "scandaloso", "scandalosa",
            "intollerabile", "indecente", "incompetenti", "incompetente", "incompetenza", "ridicolo", "vergogna",
            "arrabbiato", "arrabbiata", "incazzato", "incazzata", "esasperato", "esasperata", "vaffanculo",
            "truffatori",
            "ridicoli", "ridicole", "vergognosi", "vergognose", "scandalosi", "scandalose", "arrabbiati",
            "arrabbiate", "incazzati", "incazzate"
    };

    static final FrustrationRules RULES = FrustrationRules.of("it", THREATS, PUBLICITY, INSULTS, SWEARING, ANGER,
            REPEATING, SOFTENERS, POSITIVE, EXCLAIMED, JOY, TYPOS);

    private ItalianFrustration() {
    }
}
