package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/** Italian phrases of bot replies (fallbacks) and of customer replies to them (feedback), over normalised text. */
final class ItalianReplies {

    /** Whom a bot may check with: "verifico con il team", "chiedo alla segreteria". */
    private static final String TEAM = "(?:team|staff|ufficio|collega|colleghi|colleghe|responsabil[ei]|dottor\\w*|"
            + "medico|dentista|titolare|reparto|clinica|studio|negozio|personale|qualcuno|segreteria|reception|"
            + "amministrazione|tecnic[oi]|operator[ei]|officina|magazzino|direzione|chi di dovere|espert[oi]|"
            + "specialist[ai]|referente|umano|persona|consulent[ei])";

    /** Phrases by which the bot itself admits it lacks the answer. */
    static final NamedPattern[] FALLBACKS = {
            of("no-info", "non (?:ho|dispongo di|possiedo|ho a disposizione|ho sottomano|sono in possesso di|"
                    + "ho ricevuto|ho trovato|ho accesso a) (?:\\w+ ){0,4}?(?:informazion[ei]|info|dati|"
                    + "dettagli|accesso|rispost[ae]|notizie|elementi|indicazioni|riferimenti|visibilita|"
                    + "conoscenz[ae]|aggiornamenti|prezzi|listino|tariffe)|(?:informazion[ei]|dati|dettagli|"
                    + "questo dato|questa informazione) (?:\\w+ )?non (?:e |sono |risulta |risultano )?"
                    + "(?:disponibil[ei]|in mio possesso|present[ei]|tra quell[ei]|a mia disposizione)|"
                    + "non (?:ne )?(?:ho|trovo) (?:notizia|traccia)|(?:nelle|tra le|nei|tra i|in) (?:mie |miei )?"
                    + "(?:info|informazioni|dati|documenti|fonti|materiali|conoscenze|quello che ho|cio che ho)"
                    + "(?: \\w+){0,3}? non (?:c e|compare|risulta|trovo|vedo|ho)|non fa parte delle (?:mie"
                    + " )?(?:informazioni|"
                    + "conoscenze)|(?:mi )?mancano (?:le )?(?:informazion\\w*|dati|dettagli)|"
                    + "non ho modo di (?:saperlo|verificarlo|controllarlo)"),
            of("cannot-help", "non (?:ti |le |vi )?(?:posso|potrei|sono in grado di|riesco a|mi e possibile|"
                    + "saprei|sono autorizzat[oa] a|sono abilitat[oa] a|ho modo di|saprei come) (?:\\w+ )?"
                    + "(?:aiutar\\w*|risponder\\w*|dirt[ie]|dirle|dirvi|dire|dirlo|confermar\\w*|fornir\\w*|"
                    + "accedere|verificar\\w*|controllar\\w*|gestir\\w*|elaborar\\w*|vedere|consultar\\w*|"
                    + "indicar\\w*|precisar\\w*|sapere|assister\\w*|quantificar\\w*|stimar\\w*|"
                    + "comunicar\\w*|esprimermi|pronunciarmi|occuparmi|dar(?:ti|le|vi)? (?:una |un |delle |"
                    + "dei |alcun\\w* )?(?:rispost\\w*|informazion\\w*|indicazion\\w*|conferm\\w*|dettagli|"
                    + "certezz\\w*|notizie|dati|preventiv\\w*|aggiornament\\w*|chiariment\\w*|spiegazion\\w*|"
                    + "tempistiche|prezzi|costi))|non e (?:una cosa|qualcosa|un argomento|un tema|una domanda) "
                    + "(?:su cui|a cui|in cui|di cui) (?:posso|possa|riesco|so)|non sono in grado di|(?:purtroppo"
                    + " )?non "
                    + "(?:mi )?e possibile (?:rispondere|fornir\\w*|dar\\w*|confermar\\w*|verificar\\w*|"
                    + "accedere|aiutar\\w*|dirt\\w*)"),
            of("check-with-team", "(?:devo|dovrei|voglio|vorrei|preferisco|preferirei|lascia(?:mi| che)?|"
                    + "mi lasci|faccio|vado a|posso|provo a|mi informo|mi permetto di|e meglio che|"
                    + "meglio) (?:\\w+ ){0,2}?(?:verificar\\w*|controllar\\w*|chieder\\w*|confermar\\w*|"
                    + "informarmi|sentire|consultar\\w*|girar\\w*|inoltrar\\w*|passar\\w*|segnalar\\w*|"
                    + "domandar\\w*|confrontarmi|approfondir\\w*)(?: \\w+){0,5}? " + TEAM
                    + "|(?:verifico|controllo|chiedo|confermo|sento|mi informo|mi confronto|giro|inoltro|"
                    + "segnalo|consulto|domando|approfondisco)(?: \\w+){0,5}? (?:con il|con la|con l|con i|"
                    + "con le|al|alla|all|ai|alle|con un|con una|presso) (?:\\w+ )?" + TEAM
                    + "|(?:ti|le|vi) (?:faccio|faro|farei|faremo|facciamo) sapere|(?:ho|abbiamo) "
                    + "(?:inoltrato|girato|passato|segnalato|trasmesso|inviato) (?:la tua|la sua|la vostra|"
                    + "il tuo|il suo|il vostro) (?:richiesta|domanda|segnalazione|messaggio|quesito|caso)"
                    + "|(?:un|il|la|una) (?:mi[oa] |nostr[oa] )?(?:collega|operatore|operatrice|membro del "
                    + "team|responsabile|consulente|referente) (?:potra|sapra|sara in grado di|ti sapra|"
                    + "le sapra) (?:\\w+ )?(?:aiutarti|aiutarla|aiutarvi|risponderti|risponderle|rispondervi|"
                    + "darti|darle|darvi|dirti|dirle|fornirti|fornirle|chiarire|rispondere|aiutare|"
                    + "indicarti|indicarle)|(?:ti|le|vi) (?:rispondera|aiutera|sapra rispondere|sapra aiutare) "
                    + "(?:a breve |presto |subito )?(?:un|una|il|la|l|uno) (?:mi[oa] |nostr[oa] )?(?:collega|"
                    + "operator\\w*|consulent\\w*|responsabile|membro|persona|referente|addett\\w*)"),
            of("not-found", "non (?:ho |sono riuscit[oa] a |riesco a |siamo riusciti a |mi )?(?:trovo|trovato|"
                    + "vedo|visto|risulta|trovare|reperire|individuare|recuperare) (?:\\w+ )?(?:nulla|niente|"
                    + "informazion\\w*|"
                    + "riferiment\\w*|dati|risultat\\w*|traccia|alcun\\w*|dettagli|notizie|menzion\\w*)|"
                    + "nessun (?:risultato|riferimento|dato|dettaglio)|nessuna (?:informazione|traccia|"
                    + "corrispondenza|menzione)"),
            of("out-of-scope", "(?:oltre|al di (?:fuori|la)|fuori|esula|esce|va oltre)(?: (?:di|da|dal|"
                    + "dalla|dalle|dai|del|della|delle|dei|a))? (?:quello che|cio che|quanto|le mie|il mio|"
                    + "la mia|i miei|mie|mio|mia|miei) (?:\\w+ )?(?:posso|riesco|so|competenz\\w*|"
                    + "conoscenz\\w*|ambito|possibilita|funzioni|informazioni|capacita|ruolo)|(?:posso|"
                    + "riesco a) (?:solo|soltanto|unicamente|esclusivamente) (?:aiutar\\w*|rispondere|"
                    + "fornir\\w*|darti|darle)|mi occupo (?:solo|soltanto|esclusivamente|unicamente) di|"
                    + "non rientra (?:in|tra|nelle|nei|tra le) (?:quello che|cio che|le cose che|le informazioni|le"
                    + " mie|"
                    + "i miei|mie|miei)|non sono (?:lo strumento|la persona|il canale|la risorsa|il posto|"
                    + "l assistente) (?:piu )?(?:giust[oa]|adatt[oa]|indicat[oa]|migliore)|non e di mia competenza|"
                    + "non (?:e|rientra) nel mio ambito"),
            of("not-understood", "non (?:ho |l ho |lo ho )?(?:capito|compreso|afferrato)(?! (?:bene )?"
                    + "(?:che|se)\\b)|non (?:capisco|comprendo)(?! (?:bene )?(?:che|se)\\b)|non sono "
                    + "(?:sicur[oa]|cert[oa]) di (?:aver |avere )?(?:capito|comprendere|capire|compreso)|"
                    + "(?:puoi|potresti|puo|potrebbe|potete|potreste|riesci a|riesce a) (?:\\w+ )?"
                    + "(?:riformulare|riformularla|riformularlo|ripetere la domanda|spiegarmi meglio|"
                    + "dirlo in altro modo|dirlo con altre parole|essere piu chiar[oa])|non (?:riesco|sono"
                    + " riuscit[oa]) a "
                    + "(?:capire|interpretare|comprendere|seguire)|non (?:so|saprei) come interpretare|"
                    + "non mi e chiara la (?:domanda|richiesta)"),
            of("handover-offer", "(?:ti|la|vi) (?:metto|mettero|posso mettere|passo|passero|trasferisco|"
                    + "giro|collego|inoltro) (?:subito |ora |volentieri )?(?:in contatto )?(?:con|a|al|alla) "
                    + "(?:un|una|il|la|l|uno|un nostro|una nostra|nostro|nostra) ?(?:collega|operatore|"
                    + "operatrice|membro|persona|consulente|responsabile|referente|team|staff|nostr[oa])")
    };

    /** Doubt: a fallback unless the bot goes on to ask the customer a question. */
    static final NamedPattern[] DOUBTS = {
            of("not-sure", "non (?:ne )?sono (?:\\w+ ){0,2}?(?:sicur[oa]|cert[oa])|non (?:lo )?so(?! se (?:ti|le|vi|hai|ha|"
                    + "conosci|conosce)\\b)|"
                    + "(?:non|faccio fatica a|fatico a|difficile) (?:\\w+ ){0,3}?(?:dir\\w*|rispondere|confermar\\w*|"
                    + "sapere|garantir\\w*) con (?:certezza|sicurezza)|"
                    + "non saprei|non ne ho idea|non ho idea|nessuna idea|non posso dirlo con certezza|"
                    + "non (?:ti |le )?so (?:dire|rispondere)|non mi e chiaro")
    };

    /** The customer says the bot's last answer failed. */
    static final NamedPattern[] DISSATISFIED = {
            of("did-not-help", "(?<!\\bse |\\bse poi |\\bse mai )(?:non|nn) (?:(?:mi|ci|l|lo|la|li|le|ne) )?(?:(?:ha|"
                    + "hai|ho|avete|abbiamo|e|"
                    + "sono|e stato|e stata|sono stati|sono state) )?(?:\\w+ )?(?:aiutat[oa]|aiuta|"
                    + "funziona\\w*|va|andat[oa]|risolt[oa]|risolve|risolvono|servit[oa]|serve a (?:niente|"
                    + "nulla)|utile|chiar[oa]|risposto|rispondi|risponde|ha senso|cambia (?:niente|nulla)|"
                    + "cambiato (?:niente|nulla)|c entra|ricevut[oaie]|arrivat[oaie]|trovat[oaie]|trovo|"
                    + "riesco|riuscit[oa]|a posto|carica|si apre|parte)(?!\\w)"
                    + "|inutile|perdita di tempo|tempo perso|ancora piu confus[oa]|piu confus[oa] di prima|"
                    + "(?:l ho|lo ho|l abbiamo|ho|abbiamo) gia (?:fatto|provato|tentato|seguito|controllato|"
                    + "riavviato)|gia (?:provato|tentato|fatto)|ho provato (?:di tutto|tutto|gia)|"
                    + "provato (?:di tutto|gia)|niente da fare|nulla da fare|senza senso|non ci siamo|macche|"
                    + "(?m:^(?:no )?(?:per niente|per nulla|affatto|niente affatto|proprio no|neanche un po|"
                    + "manco per sogno))|(?:mi )?(?:da|dice|esce|compare|appare|ricevo|ho ricevuto) (?:ancora |"
                    + "sempre |di nuovo )?(?:un |l |lo stesso )?(?:errore|messaggio di errore)"),
            of("still-broken", "(?:ancora|continua a|continuano a|sempre) (?:non|nn) (?:\\w+ )?"
                    + "(?:funziona\\w*|va|arriva\\w*|ricev\\w*|vedo|riesco|posso|carica|parte|apre|"
                    + "si apre|risult\\w*|compar\\w*|accett\\w*|passa)|(?:continua|continuano) a (?:dare|"
                    + "dire|darmi|chiedere|bloccarsi|crashare|addebitar\\w*|non)|(?:da|mi da|mi dice) "
                    + "(?:ancora|sempre|di nuovo) (?:errore|lo stesso)|(?:sempre|ancora|di nuovo) (?:lo "
                    + "stesso|il solito) (?:errore|problema|messaggio)|stesso (?:problema|errore)|"
                    + "(?<!nessun )problema (?:e |c e )?ancora(?! grazie)|(?:il )?problema persiste|persiste|"
                    + "(?:si )?(?:blocca|bloccano|spegne|spengono|riavvia|ferma|fermano|rompe|crasha|chiude|perde|"
                    + "gocciola|scatta|suona|lampeggia|addebita|ripresenta|presenta)(?: \\w+)? (?:ancora|sempre|"
                    + "di nuovo|lo stesso)|anche dopo (?:il|la|l|aver|averlo|averla|avere) (?:\\w+ )?(?:reset|"
                    + "riavvio|aggiornamento|fatto|seguito|provato|reinstallato|riavviato|resettato|cambiato|"
                    + "pulito|spento|staccato|istruzioni|procedura)|"
                    + "ancora (?:bloccat[oa]|rott[oa]|ferm[oa]|uguale|lo stesso|la stessa cosa|niente|"
                    + "nulla|errore|addebitat\\w*|in attesa|fuori servizio|giu)|non (?:va|funziona) "
                    + "(?:ancora|piu|lo stesso|uguale)|(?:link|codice|pulsante|tasto|sito|app|pagina|modulo)"
                    + "(?: che mi hai (?:mandato|dato|inviato))? (?:non funziona|e rotto|non si apre|non va|"
                    + "da errore|e scaduto|non e valido)|uguale a prima|(?:e|tutto|sempre|resta|rimane) "
                    + "come prima|sempre uguale|e ancora cosi|sono ancora bloccat[oa]"),
            of("not-what-i-asked", "non (?:e|era|e proprio|era proprio) (?:quello|questo|cio) che "
                    + "(?:ho chiesto|avevo chiesto|chiedevo|volevo|intendevo|cercavo|ti ho chiesto|"
                    + "ti chiedevo|vi ho chiesto|le ho chiesto)|non (?:e|era) (?:la risposta|questa la "
                    + "domanda|la mia domanda|quello|questo|giusto|corretto|vero|esatto|cosi|pertinente)|"
                    + "non ho chiesto (?:questo|quello|questa|cio|di)|non c entra(?: niente| nulla)?|"
                    + "(?:non )?rispond\\w* alla (?:mia )?domanda|non hai risposto|rispondimi|"
                    + "\\b(per|a|al|alla|il|la|lo|l|i|le|un|una|del|della|di|da) (?:\\w+ ){1,2}?non \\1 \\w+|"
                    + "(?:voglio|vorrei|volevo|chiedo|chiedevo|intendo|intendevo|devo) \\w+(?:are|ere|ire) non "
                    + "\\w+(?:are|ere|ire)\\b|tutt altra cosa|fuori tema|"
                    + "cosa c entra|che c entra"),
            of("wrong-answer", "(?<!ho |abbiamo |avevo |mi sono |ci siamo )(?:sbagliat[oa]|errat[oa]|"
                    + "scorrett[oa]|incorrett[oa])|(?:e |questo e |e completamente )falso|(?:io )?(?:intendevo|"
                    + "mi riferivo|mi riferisco|parlavo (?:di|del|della|dell|dei|delle)|chiedevo|"
                    + "stavo chiedendo|(?:ti|vi|le) (?:ho|avevo) (?:gia |appena |gia piu volte |piu volte )?(?:detto|"
                    + "scritto|chiesto|"
                    + "spiegato)|(?:l ho|lo ho|ho) gia (?:detto|scritto|spiegato)|(?:te |ve |le )?lo ripeto|"
                    + "ripeto (?:che|per|ancora)|per l ennesima volta|come (?:ti |vi )?(?:ho )?gia detto|"
                    + "come ti ho detto|avevo chiesto|"
                    + "ho chiesto (?:di|del|della|dell|dei|delle|per|se|come|quando|quanto|un altra|un altro|"
                    + "altro|tutt altro)|ho (?:detto|scritto) (?:che|di|un altra|un altro|altro))|"
                    + "non (?:e|sono) (?:cosi|corrett[oa]|giust[oa]|esatt[oa])|non ci siamo capiti|"
                    + "(?:hai|ha|avete) capito male|frainteso"),
            of("not-understood", "non (?:mi )?(?:hai|ha|avete) capito|non (?:mi )?capisci|non mi (?:stai|sta|"
                    + "state) (?:capendo|ascoltando|seguendo)|non (?:stai|sta|state) capendo|non capisce|"
                    + "non (?:mi )?ascolti|hai letto (?:il mio|la mia|quello che|cosa)|(?:leggi|rileggi) "
                    + "(?:bene )?(?:il mio|la mia|quello che|cosa)|non hai letto|capisci (?:l italiano|"
                    + "quello che)|non (?:ci )?(?:ho|l ho|lo ho) capito|non (?:ci )?capisco|non si capisce|"
                    + "ma (?:che|cosa) (?:dici|stai dicendo)"),
            of("repeat", "(?:continui|continua|continuate|stai|sta|state) (?:a )?(?:ripetere|dire|darmi|dare|"
                    + "mandarmi|scrivere|ripetendo|dicendo|mandando|dando|rispondere|rispondendo) (?:sempre )?"
                    + "(?:la stessa|lo stesso|le stesse|gli stessi|la solita|le solite|il solito|sempre|"
                    + "quello|la medesima)|(?:sempre|ancora|di nuovo) (?:la stessa|lo stesso|le stesse|gli stessi|il"
                    + " solito|"
                    + "la solita|le solite|i soliti) \\w+|(?:la )?stessa (?:identica )?risposta|(?:mi )?ripeti "
                    + "(?:sempre )?(?:la stessa|le stesse|lo stesso|quello|sempre)|(?:stiamo|sto|siamo|"
                    + "state) (?:girando|andando|continuando a girare) (?:in tondo|a vuoto|in giro|in cerchio)"
                    + "|gir(?:iamo|i|ate|o) (?:in tondo|a vuoto|in cerchio|intorno)|circolo vizioso|"
                    + "(?:il )?solito messaggio|la solita risposta|risposte (?:automatiche|preconfezionate|"
                    + "a pappagallo|standard|copia e incolla)|disco rotto|mi rimand\\w* (?:sempre )?"
                    + "(?:alla stessa|allo stesso|sempre|di nuovo|indietro)|(?:e|sono) (?:esattamente |proprio"
                    + " )?(?:quello|cio|la stessa cosa|le stesse cose) che mi (?:hai|"
                    + "avete|ha) (?:gia )?(?:scritto|detto|mandato|risposto)|(?:un altro|un altra|ancora un|"
                    + "ancora una|di nuovo il|di nuovo la|di nuovo le|ancora il|ancora le|sempre il|sempre le) "
                    + "(?:link|faq|pagina|articolo|guida|risposta automatica|messaggio automatico)"
                    + "|(?:me l|l|lo|mi|me lo) hai gia (?:detto|"
                    + "scritto|mandato|dato)|punto e a capo|(?:siamo|sono) (?:di nuovo )?al punto di partenza|da capo"),
            of("sarcasm", "grazie (?:tante |mille |infinite )?(?:per|di) (?:niente|nulla)|si come no|"
                    + "(?:ma )?che (?:bella|gran|utile) risposta|si va ?be|vabbe si|grazie tante (?:eh|ma)|"
                    + "eh grazie tante|si certo come no|(?:ma )?che (?:razza di )?risposta (?:e|sarebbe)|(?:molto|"
                    + "davvero|proprio) utile(?: guarda|"
                    + " proprio| davvero)? (?:eh|guarda|proprio)|utilissimo proprio|complimenti (?:davvero|"
                    + "proprio|per la risposta)|grazie dell aiuto inesistente|bell aiuto|bella risposta "
                    + "(?:davvero|proprio|eh)"),
            of("gave-up", "grazie (?:lo stesso|comunque|uguale|ugualmente)|comunque grazie|(?:mi )?arrangio|"
                    + "(?:faccio|faro|risolvo|vedo|me la vedo|provo) (?:da|per) (?:solo|sola|conto mio|me)|"
                    + "lascia(?:mo)? (?:perdere|stare)|lasci perdere|ci rinuncio|rinuncio|lascio perdere|"
                    + "ho perso la pazienza|mi sono stufat[oa]|che schifo|fa schifo|pessim[oa]|vergognoso|"
                    + "ridicolo|assurdo|inaccettabile"),
            // the customer had already given what the bot asks for again
            // (a file just sent is news, not a repeat: "appena mandato" needs "gia")
            of("gave-already", "(?:ti|vi|le|gliel[oa]|te l|ve l) (?:ho|avevo) (?:appena |pure "
                    + "|anche )*gia (?:dato|data|"
                    + "mandato|mandata|inviato|inviata|detto|scritto|comunicato)|(?:ti|vi|le|gliel[oa]|te l|ve l) "
                    + "(?:ho|avevo) appena (?:dato|data|detto|comunicato)"),
            // the fault goes on: "continua a lampeggiare", "perde ancora"
            of("persisting", "continua(?:no)? (?:a|ad) (?!(?:funzionare|andare bene)\\b)\\w+(?:are|ere|ire|arsi"
                    + "|ersi|irsi)\\b")
    };

    /** The customer says the problem is solved. */
    static final NamedPattern[] RESOLVED = {
            of("worked", "(?:ora |adesso |finalmente |si |ok |perfetto )?(?:(?<!come |cosa |se |quando |"
                    + "perche |non |nn )funziona(?: tutto)?|va (?:bene )?(?:ora|adesso)|ha funzionato|"
                    + "e andat[oa] (?:tutto )?(?:bene|a buon fine)|va tutto bene|(?:e )?tutto (?:ok|okay|"
                    + "a posto|risolto|chiaro|sistemato|apposto|perfetto|fatto)|risolto|risolta|sistemato|"
                    + "sistemata|ci sono riuscit[oa]|ce l ho fatta|ce l abbiamo fatta|sono riuscit[oa]|"
                    + "ho risolto|hai risolto|ha risolto|(?:mi )?e (?:finalmente )?arrivat[oa](?: (?:la|il|l) "
                    + "(?:mail|email|e mail|codice|link|messaggio|conferma|sms|rimborso|pacco|ordine))?"
                    + "(?! (?:un|una|il|la|l|lo|solo|ancora)\\b)|(?:l|lo|la) ho ricevut[oa]|ho ricevuto "
                    + "(?:la mail|l email|il codice|il link|il messaggio|la conferma|il rimborso|tutto)|"
                    + "ho capito|capito|(?:ora |adesso )?e (?:tutto )?chiaro|chiaro|chiarissimo|"
                    + "mi (?:hai|ha|avete) aiutato|mi (?:e|sei|siete) stat[oai] (?:molto |davvero |super |"
                    + "di grande )?(?:utile|utili|d aiuto|di aiuto|aiuto|prezios[oa])|molto utile|utilissim[oa]|"
                    + "risponde alla mia domanda|ha senso|sono entrat[oa]|l ho trovat[oa]|riesco (?:ora|"
                    + "adesso)|(?:ora|adesso) riesco|il pagamento (?:e )?(?:andato|passato)|"
                    + "(?m:^(?:ok |ecco |perfetto |bene )?fatto(?: tutto)?\\b)|problema risolto|a posto)"),
            of("that-is-all", "(?:e |era )?(?:proprio |esattamente )?(?:quello|cio) che (?:mi serviva|"
                    + "cercavo|volevo sapere|volevo|mi occorreva)|(?:non mi serve|non serve|non ho bisogno "
                    + "di|non mi occorre) (?:altro|nient altro|nulla di piu|nulla)|tutto (?:quello|cio) che "
                    + "mi serviva|a posto cosi|sono a posto|siamo a posto|e tutto grazie|nient altro grazie|"
                    + "per ora e tutto|e tutto per ora"),
            of("went-through", "(?:codice|codice sconto|coupon|buono|pagamento|bonifico|ordine|prenotazione) (?:\\w+ )?"
                    + "(?:e )?(?:andato|passato|andata|passata|riuscit[oa]|confermat[oa])(?! male)|ordine (?:fatto|"
                    + "effettuato|confermato|inviato)|riesco (?:a|ad) (?:entrare|accedere|collegarmi|loggarmi)")
    };

    /** Thanks and praise: they close the matter when no question follows. */
    static final String[] THANKS = {
            "grazie", "grazie mille", "ti ringrazio", "la ringrazio", "vi ringrazio", "perfetto",
            "perfetta", "ottimo", "ottima", "benissimo", "molto bene", "eccellente", "fantastico",
            "gentilissim[oai]", "splendido", "meraviglioso", "magnifico", "grandioso", "top", "prenotato",
            "a presto", "buona giornata", "buona serata", "troppo gentile", "mille grazie"
    };

    /** A detail the customer does not know yet: an answer to the bot, not a failed attempt. */
    static final String[] UNDECIDED = {
            "non (?:lo )?(?:so|sappiamo) ancora", "ancora non (?:lo )?(?:so|sappiamo)", "(?:non (?:ho|abbiamo) ancora|"
                    + "ancora non (?:ho|abbiamo)) deciso", "non sono ancora sicur[oa]"
    };

    /** Openers of a question asking what is wrong with a thing: its fault words are news, not feedback. */
    static final String[] FAULT_QUESTIONS = {
            "(?:sapete|sai|sa|sapreste|sapresti|saprebbe) (?:dirmi )?(?:cosa|che cosa) non va (?:nel|nella|nello"
                    + "|con|col|"
                    + "al|alla|nei|nelle|sul|sulla) "
    };

    /** Openers of a question without a question mark. */
    static final String[] QUESTION_STARTS = {
            "cosa", "che cosa", "come", "quando", "dove", "quale", "quali", "quanto", "quanti",
            "quanta", "quante", "chi", "perche", "posso", "potete", "avete", "c e", "e possibile",
            "si puo", "mi sai", "mi sa", "sapete"
    };

    private ItalianReplies() {
    }
}
