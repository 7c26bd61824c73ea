package dev.handover.scenario.lang;

/**
 * Italian contact-request checks: what turns a target down (negation, conditions, quotes, questions about the bot or
 * about contact details, other senses), over normalised text.
 */
final class ItalianChecks {

    /** What a person may do in a conversation ("qualcuno che mi aiuti"); anything else is a service. */
    private static final String TALK_VERBS = "parli|parlare|parlarmi|parlarci|parlarne|aiuti|aiutare|aiutarmi|"
            + "aiutarci|risponda|rispondere|rispondermi|spieghi|spiegare|spiegarmi|chiami|chiamare|chiamarmi|richiami|"
            + "richiamare|richiamarmi|contatti|contattare|contattarmi|ascolti|ascoltare|ascoltarmi|capisca|capire|"
            + "legga|leggere|dica|dire|dirmi|chiarisca|chiarire|segua|seguire|seguirmi|gestisca|gestire|guardi|"
            + "controlli|controllare|verifichi|verificare|risolva|risolvere|sappia|sapere|occupi|occupa|occuparsi|"
            + "assistermi|conosca|conosce|lavora|lavori|cambiare|modificare|annullare|disdire|cancellare|valutare|"
            + "discutere|confermare|rimborsare|sbloccare|attivare|aggiornare|chattare|mi|ci|si|me|ce|puo|possa|"
            + "potrebbe|sa|riesca|riesce|sia|e|abbia";

    /** Words that negate a following request. */
    static final String[] NEGATIONS = {
            "non", "nn", "mai", "nessuno", "nessun", "nessuna", "senza", "neanche", "nemmeno",
            "neppure", "macche"
    };

    /** Words that end a negation's scope. */
    static final String[] NEGATION_ENDS = {
            "ma", "pero", "bensi", "invece", "voglio", "vorrei", "preferisco", "preferirei",
            "ho bisogno", "avrei bisogno", "mi serve", "mi servirebbe", "passami", "passatemi", "mi passi",
            "datemi", "dammi", "fatemi", "fammi", "mettetemi", "mettimi", "potete", "potreste", "puoi",
            "potresti", "quindi", "allora", "per favore", "solo", "piuttosto", "chiedo", "richiedo", "esigo",
            "pretendo", "desidero", "basta"
    };

    /** A preference for something else over the target. */
    static final String[] COMPARATIVES = {
            "piuttosto che", "invece di", "anziche", "al posto di", "(?:meglio|preferisco|preferirei|"
                    + "piu facile|piu semplice|piu comodo|piu veloce|piu rapido|piu pratico) (?:\\w+ ){0,4}?che"
    };

    /** Negations that only say the customer cannot find the way to a person. */
    static final String[] NEGATION_LIFTS = {
            "non (?:\\w+ ){0,2}?(?:so|sappiamo|sapevo|capisco|trovo|vedo|ricordo) "
                    + "(?:\\w+ ){0,3}?(?:come|dove|chi|cosa|quale|a chi|con chi|il modo|un modo)",
            "non (?:ho|abbiamo) (?:\\w+ )?(?:idea|capito|trovato|la minima idea) (?:\\w+ ){0,2}?(?:come|"
                    + "dove|chi|a chi|con chi|il modo)",
            "non (?:\\w+ ){0,2}?(?:riesco|riusciamo|sono riuscit[oa]|si riesce|ce la faccio|posso|potrei|"
                    + "possiamo|si puo|e possibile|trovo il modo) (?:\\w+ ){0,2}?(?:a |ad |di )?(?:parlare|"
                    + "parlarci|contattare|raggiungere|trovare|sentire|avere|chattare|mettermi|entrare|"
                    + "ottenere|arrivare|beccare|capire)",
            "non c e (?:\\w+ )?(?:modo|verso|un tasto|un pulsante|un opzione|un numero) (?:di|per)",
            "non vedo l ora", "(?:perche|come mai|possibile che) non (?:\\w+ ){0,3}?(?:posso|riesco|si puo|"
                    + "c e|passate|passi|passa|fate|date|dai|mettete|metti|trasferite|collegate|richiamate)",
            "non (?:\\w+ ){0,3}?(?:vedo|trovo|c e|esiste)(?: \\w+){0,5}? (?:opzione|pulsante|tasto|bottone|modo|"
                    + "link|voce|funzione|possibilita) (?:per|di)", "non c e (?:proprio |davvero |mai |neanche |"
                    + "nemmeno )?(?:un|una|uno|qualcuno)\\b"
    };

    /** Questions about contact details, hours or whether a person is needed. */
    static final String[] INFO_QUESTIONS = {
            // going in to talk to someone: "devo venire in negozio per parlare con un consulente?"
            "(?:devo|dobbiamo|bisogna|occorre) (?:per forza )?(?:venire|passare|andare|recarmi|presentarmi)\\b",
            "a che ora", "che (?:orari|orario)", "qual(?:i|e)? (?:sono |e )?(?:gli |l )?"
                    + "(?:orari|orario)", "orari(?:o)? (?:di|del|della|dell|d|per)", "fino a che ora",
            "fino a quando", "da che ora", "quando (?:apre|aprite|aprono|chiude|chiudete|chiudono|e aperto|"
                    + "e aperta|sono aperti|siete aperti|e attivo|e attiva|risponde|rispondono|"
                    + "e disponibile|sono disponibili|c e|lavora|lavorano|riapre|riaprite)",
            "qual (?:e|sarebbe) (?:il|la|l) (?:\\w+ )?(?:numero|telefono|indirizzo|email|mail|e mail|"
                    + "recapito|contatto|interno|sito|whatsapp)",
            "(?:che|quale|qual|a che|a quale) (?:numero|telefono|indirizzo|email|mail|recapito|interno)",
            "(?:numero|telefono|recapito|recapiti|contatti|email|mail|indirizzo|interno)(?: di telefono)?"
                    + " (?:del|della|dell|dello|di|per|d)",
            "(?:e|sarebbe|sara) (?:proprio )?(?:necessario|obbligatorio|indispensabile|richiesto|"
                    + "previsto|d obbligo)", "(?:necessario|obbligatorio|indispensabile) (?:parlare|"
                    + "passare|vedere|sentire|avere|contattare)", "bisogna (?:per forza |proprio )?",
            "(?<!mi |ci )(?:serve|occorre) (?:per forza |proprio |davvero )?(?:parlare|passare|vedere|"
                    + "sentire|avere|contattare|chiamare|andare)",
            "devo (?:per forza|proprio|necessariamente|obbligatoriamente|davvero)"
    };

    /** What shows a person is wanted for a service, not a conversation. */
    static final String[] SERVICE_PURPOSES = {
            "per (?!(?:" + TALK_VERBS + "|piacere|cortesia|favore)\\b)[a-z]+(?:are|ere|ire|armi|"
                    + "ermi|irmi|arlo|erlo|irlo|arla|arci|erci)\\b", "con (?:me|noi)\\b",
            "(?:che|il quale|la quale) (?:(?:mi|ci|si|me|ce|lo|la|le|gli) )*+(?!(?:" + TALK_VERBS
                    + ")\\b)[a-z]+",
            "(?:che|il quale|la quale) (?:(?:mi|ci|si|me|ce|lo|la|le|gli) )*+" + Italian.MODAL
                    + " (?:(?:mi|ci|si|me|ce|lo|la|le|gli) )*+(?!(?:" + TALK_VERBS + ")\\b)[a-z]+",
            "per (?:le |il |la |i |gli |l |un |una )?(?:pulizie|giardino|trasloco|lavori|lavoretti|"
                    + "riparazion\\w*|installazion\\w*|manutenzion\\w*|imbiancatura|baby ?sitting|consegn\\w*|"
                    + "ripetizioni|lezioni|montaggio|cantiere|turno|evento|festa|matrimonio|cena|stagione|"
                    + "estate|bar|ristorante|casa|cucina|cani|gatti|bambini)\\b",
            "(?:a ore|part time|full time|da assumere|in nero|a domicilio)\\b"
    };

    /** Markers of a condition or an uncertain future. */
    static final String[] HYPOTHETICALS = {
            "(?<!(?:chi|che|non so|non sapevo|chiedo) )se (?=(?:mi|ti|ci|vi|avro|avessi|"
                    + "dovessi|dovesse|dovessero|volessi|serve|servisse|servira|ho|non|un|una|il|in|per|e|"
                    + "fosse|fossi|potessi|vuoi|vorro|devo|dovro|qualcuno|gli|questo|questa|succede|"
                    + "capita|hai|avete|volete|c|sara|nessuno|l|la|lo|le|mai|poi|domani|col|tra|fra|dopo|qualcosa|"
                    + "quando|per caso)\\b)",
            "qualora", "casomai", "caso mai", "nel caso", "in caso (?:di|che|servisse|dovesse)",
            "magari", "forse", "probabilmente", "in futuro", "la prossima volta", "prima o poi",
            "piu avanti", "un giorno", "per curiosita", "solo per sapere", "giusto per sapere",
            "tanto per sapere", "mi chiedevo", "eventualmente", "potrei aver bisogno",
            "avro bisogno", "vorro", "dovessi", "dovesse", "servisse", "servira", "nell eventualita",
            "quando (?:avro|vorro|dovro|mi servira|sara|ne avro)", "ipoteticamente", "in teoria"
    };

    /** Conditions that are only politeness. */
    static final String[] POLITE_CONDITIONS = {
            // an indirect question, not a condition: "non so bene se devo rispondere"
            "non so (?:bene |proprio )?se",
            "se (?:possibile|e possibile|fosse possibile|si puo|puoi|potete|puo|riesci|riesce|"
                    + "riuscite|non (?:ti|le|vi) dispiace|non e un problema|non disturbo|vuoi|vuole|volete|"
                    + "non e troppo disturbo|gentilmente|per favore|c e)", "magari (?=mi |ci |potete |puoi |potrebbe )"
    };

    /** Openers of a request now, even after a condition. */
    static final String[] IMPERATIVES = {
            "^(?:(?:allora|quindi|ok|va bene|per favore|e|intanto|comunque|ma|dai|ecco|nel frattempo|"
                    + "adesso|ora|subito) )*(?:passami|passatemi|mi passi|mi passa|trasferiscimi|mettimi|mettetemi|"
                    + "collegami|mi metta|mi colleghi|datemi|dammi|fatemi|fammi|chiamatemi|richiamatemi|mi faccia|"
                    + "voglio|vorrei|ho bisogno|mi serve)"
    };

    /** Words that show the target is quoted or reported. */
    static final String[] QUOTES = {
            "dice", "dicono", "diceva", "dicevano", "c e scritto", "e scritto", "scrive", "scriveva",
            "(?<!ho |ti ho |vi ho |l ho )scritto", "per sbaglio", "correttore",
            "(?:opzione|pulsante)(?! (?:per|di) (?:parlare|chattare|contattare|passare|richiedere|avere))",
            "^(?:(?!non |nessun)\\w+ )*?(?:l |il |la |lo |un |una )?(?:opzione|pulsante|tasto|bottone|link|voce|"
                    + "funzione) (?:per|di) (?:parlare|chattare|contattare|passare|richiedere|avere)",
            "(?:tasto|bottone|menu)(?! (?:per|di) (?:parlare|chattare|contattare|passare|richiedere|avere))",
            "ignora", "ignorate", "ignorare", "la parola", "(?:cosa|che) "
                    + "(?:significa|vuol dire)", "differenza (?:c e )?(?:tra|fra)", "consiglia(?:no)? di", "suggerisce",
            "mi hanno detto (?:di|che)", "(?:mio|mia|il mio|la mia) (?:marito|moglie|figli[oa]|madre|"
                    + "mamma|padre|papa|fratello|sorella|capo|compagn[oa]|ragazz[oa]|amic[oa]|vicin[oa]|"
                    + "nonn[oa]|suocer[oa]|famiglia) (?:vuole|vorrebbe|ha bisogno|chiede|preferisce|deve|"
                    + "cerca)", "(?:un|una mia|un mio) amic[oa] (?:vuole|vorrebbe|cerca)"
    };

    /** Openers of a question about the bot's nature. */
    static final String[] BOT_QUESTIONS = {
            "(?:tu |ma )?sei(?= (?:un|una|uno|davvero|veramente|proprio|per caso|forse|tu|umano|"
                    + "umana|vero|vera|reale|solo|mica)\\b)",
            "siete(?= (?:un|una|dei|delle|davvero|veramente|per caso|persone|umani|veri|reali|bot|robot)\\b)",
            "(?:lei )?(?<!c )e (?:un|una)", "(?:questo|questa|questa chat|questo servizio) (?:e|e gestit[oa] "
                    + "da)", "sto (?:parlando|chattando|scrivendo) (?:con|a|ad)", "^(?:ma )?parlo con",
            "^(?:ma )?scrivo (?:a|con)", "chi (?:mi )?(?:risponde|sta rispondendo|sta scrivendo|scrive|"
                    + "c e dall altra parte)", "c e (?:qualcuno|una persona|un umano|un essere umano) "
                    + "(?:vero )?(?:dall altra parte|dietro|che legge|che scrive|che mi legge|in ascolto)",
            "le (?:tue |vostre )?risposte sono", "(?:e|sei|siete) (?:gestit[oa]|controllat[oa]) da"
    };

    /** What such a question asks about. */
    static final String[] NATURE_WORDS = {
            "umano", "umana", "umani", "persona", "persone", "bot", "robot", "macchina",
            "automatic[oaie]", "vero", "vera", "veri", "reale", "reali", "intelligenza artificiale", "ia",
            "chatbot", "assistente virtuale", "programma", "chatgpt", "virtuale", "operatore", "computer",
            "risponditore", "essere umano", "in carne e ossa", "algoritmo", "qualcuno"
    };

    /** Words for the bot itself. */
    static final String[] BOT_WORDS = {
            "bot", "robot", "chatbot", "intelligenza artificiale", "ia", "assistente virtuale",
            "chatgpt", "risponditore automatico", "risposte automatiche", "automatico", "automatica"
    };

    /** "or": "a human or a bot?" asks about the bot. */
    static final String[] OR_WORDS = {
            "o", "oppure"
    };

    /** Compounds where a person word means something else. */
    static final String[] OTHER_SENSES = {
            "risorse umane", "diritti umani", "(?:il |la )?(?:mio|mia|nostro|nostra) (?:capo|capa|datore di lavoro|"
                    + "responsabile|superiore)", "(?:corpo|errore|genere|capitale|capelli|fattore|tocco) "
                    + "uman[oi](?! (?:vero|reale|per favore))",
            "agent[ei] (?:immobiliar[ei]|di commercio|di viaggi?|assicurativ[oi]|segret[oi]|di polizia|"
                    + "di zona|di vendita|di sicurezza|patogen[oi]|atmosferic[oi])",
            "agenzia (?:immobiliare|viaggi|di viaggi|delle entrate|assicurativa|interinale)",
            "di persona", "in prima persona", "persona (?:fisica|giuridica)", "(?:a|per|x) persona",
            "(?:per|x|a) (?:una|1|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|\\d+) person[ae]",
            "(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|\\d+) persone",
            "(?:un|una|l) altr[oa] (?:persona|operatore)(?= (?:con|in|per|oltre))",
            "operat(?:ore|ori) (?:telefonic[oi]|mobil[ei]|di rete|ecologic[oi]|sanitari[oi]|"
                    + "socio sanitari[oi]|turistic[oi]|finanziari[oi]|economic[oi]|logistic[oi]|del settore)",
            "(?:cambiare|cambio|cambiato|passare ad un altro|passare a un altro|nuovo|portabilita|"
                    + "vecchio) (?:di )?operatore",
            "assistent[ei] (?:virtual[ei]|digital[ei]|vocal[ei]|di poltrona|alla poltrona|social[ei]|"
                    + "google|automatic[oi]|ai|ia)", "(?:lavoro|lavorare|impiego|posizione|candidatura|"
                    + "assunzion[ei]|assumete|cercate|assumere)(?: \\w+)?(?: (?:come|da|di|per))? "
                    + "(?:operat\\w+|consulent\\w+|addett\\w+|agent\\w+|impiegat\\w+|responsabil\\w+|personale)",
            "(?:qualcuno|una persona|un umano|nessuno) (?:che )?(?:legge|leggera|sta leggendo|guarda|"
                    + "controlla|vede) (?:questi|questo|i|la|le|il|mio|miei|davvero)",
            "(?:qualcuno|chi|persona|persone) (?:ha|hanno|mi ha|mi hanno|ci ha|aveva) (?:\\w+ )?"
                    + "(?:addebitat\\w*|chiamat\\w*|rubat\\w*|lasciat\\w*|scritt\\w*|dett\\w*|rispost\\w*|"
                    + "consegnat\\w*|ritirat\\w*|usat\\w*|pagat\\w*|prenotat\\w*|rott\\w*)",
            "(?:assistenza|servizio clienti|supporto|call center|centralino|ufficio|reception|segreteria|"
                    + "customer care|assistenza clienti|operatori) (?:e |sono |e gia )?(?:aperto|aperta|"
                    + "aperti|chiuso|chiusa|chiusi|apre|aprono|chiude|chiudono|orari|orario|numero|telefono|"
                    + "mail|email|indirizzo|sito|link|pagina|contatti|risponde(?: fino| dalle| alle| il)|"
                    + "funziona|e attivo|e attiva|e raggiungibile|e disponibile (?:dalle|il|fino|nei|la|da))",
            "(?:numero|telefono|mail|email|indirizzo|orari|orario|sito|recapito|contatto|link|whatsapp) "
                    + "(?:del|della|dell|di|dello)(?: \\w+)? (?:assistenza|servizio clienti|supporto|"
                    + "call center|centralino|operatore|operatori|ufficio|reception|segreteria|customer care)",
            "personal (?:shopper|computer)",
            // whether a person is needed, said after the person: "devo parlare con qualcuno o si fa online?"
            "(?:devo|dobbiamo|bisogna|serve|occorre|tocca)(?: \\w+){1,8}? (?:o|oppure) (?:si (?:fa|puo)|posso|"
                    + "possiamo|basta|e possibile|lo (?:faccio|posso fare|fate)|faccio|va bene|si riesce|c e)\\b",
            "(?:devo|dobbiamo|bisogna) (?:per forza )?(?:contattare|parlare con|chiamare|sentire|rivolgermi a|"
                    + "passare da)(?: \\w+){1,4}? per (?:poter )?\\w+(?:are|ere|ire)(?:mi|ci|lo|la|le|ne)?\\b"
    };

    private ItalianChecks() {
    }
}
