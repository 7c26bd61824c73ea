package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Italian rules, over normalised text: elisions are split ("un'operatrice" reads "un operatrice", "c'è" reads
 * "c e") and accents dropped ("può" reads "puo", "perché" reads "perche").
 */
final class Italian {

    private Italian() {
    }

    /** Prepositions after a contact verb: "parlare con", "passami al", "rivolgermi all". */
    private static final String PREP = "(?:con|col|coi|a|ad|al|alla|allo|all|ai|agli|alle|verso)";
    /** Modal verbs before a callback or help: "qualcuno mi puo richiamare". */
    private static final String MODAL = "(?:puo|potrebbe|possa|potrebbero|possano|potete|potreste|deve|dovrebbe|"
            + "riesce a|riuscirebbe a|vuole|voglia|sa|sapra|potra)";
    /** What a person may do in a conversation ("qualcuno che mi aiuti"); anything else is a service. */
    private static final String TALK_VERBS = "parli|parlare|parlarmi|parlarci|parlarne|aiuti|aiutare|aiutarmi|"
            + "aiutarci|risponda|rispondere|rispondermi|spieghi|spiegare|spiegarmi|chiami|chiamare|chiamarmi|richiami|"
            + "richiamare|richiamarmi|contatti|contattare|contattarmi|ascolti|ascoltare|ascoltarmi|capisca|capire|"
            + "legga|leggere|dica|dire|dirmi|chiarisca|chiarire|segua|seguire|seguirmi|gestisca|gestire|guardi|"
            + "controlli|controllare|verifichi|verificare|risolva|risolvere|sappia|sapere|occupi|occupa|occuparsi|"
            + "assistermi|conosca|conosce|lavora|lavori|cambiare|modificare|annullare|disdire|cancellare|valutare|"
            + "discutere|confermare|rimborsare|sbloccare|attivare|aggiornare|chattare|mi|ci|si|me|ce|puo|possa|"
            + "potrebbe|sa|riesca|riesce|sia|e|abbia";
    /** Adverbs between a contact verb and its preposition: "parlare oggi stesso con". */
    private static final String MODIFIERS = "(?: (?:direttamente|personalmente|subito|ora|adesso|un attimo|un momento|"
            + "un secondo|di persona|a voce|al telefono|in chat|in privato|velocemente|oggi(?: stesso)?|domani|"
            + "al piu presto|quanto prima|prima possibile|urgentemente|possibilmente|finalmente|anche|ancora|"
            + "di nuovo|a breve|in modo diretto|seriamente|per favore|gentilmente|cortesemente))*";
    private static final String BOT_PARTS = "(?:bot|robot|risposte automatiche|risposte preconfezionate|"
            + "messaggi automatici|chatbot)";


    static final LanguageRules RULES = LanguageRules.builder("it")
            .stopWords("il", "di", "che", "non", "per", "sono", "ho", "hai", "abbiamo", "avete", "hanno", "gli",
                    "della", "dello", "delle", "degli", "nel", "nella", "alla", "allo", "dal", "dalla", "sul", "col",
                    "dei", "agli", "sui", "questo", "questa", "questi", "quello", "quella", "anche", "perche", "ma",
                    "io", "mio", "mia", "tuo", "voi", "lei", "loro", "siete", "essere", "stato", "dove", "gia",
                    "piu", "ancora", "niente", "nessuno", "qualcuno", "qualcosa", "grazie", "ciao", "salve",
                    "buongiorno", "buonasera", "voglio", "vorrei", "volevo", "puoi", "potete", "potrei",
                    "potrebbe", "parlare", "operatore", "bisogno", "funziona", "ci", "ti", "vi", "bene", "sto",
                    "sta", "molto", "tutto", "tutti", "oggi", "ora", "adesso", "subito", "mai", "ecco", "quindi",
                    "allora", "invece", "oppure", "fatto", "detto", "chiesto", "capito", "risolto", "perfetto",
                    "scusi", "scusa", "scusate", "prego", "dire", "fare", "dopo", "cui", "aiuto", "vostro",
                    "vostra", "chi", "nulla", "comunque", "mi", "con", "un", "una", "la", "lo", "al",
                    "del", "e", "se", "da", "no", "please")
            .spellings("nn", "non", "x", "per", "xke", "perche", "xche", "perche", "xk", "perche", "perke",
                    "perche", "pk", "perche", "cmq", "comunque", "qlc", "qualcuno", "qlcn", "qualcuno", "qlcn1",
                    "qualcuno", "qualkuno", "qualcuno", "qcn", "qualcuno", "qlcs", "qualcosa", "grz", "grazie",
                    "grazi", "grazie", "ke", "che", "k", "che", "ki", "chi", "kiedo", "chiedo", "kiamare",
                    "chiamare", "vorei", "vorrei", "vojo", "voglio", "pls", "per favore", "plz", "per favore",
                    "xfavore", "per favore", "perfavore", "per favore", "xfv", "per favore", "pf", "per favore",
                    "sn", "sono", "cn", "con", "cm", "come", "dv", "dove", "qnd", "quando", "qndo", "quando", "tnx", "grazie",
                    "tel", "telefono", "num", "numero", "msg", "messaggio", "risp", "risposta", "nesuno", "nessuno",
                    "oper", "operatore", "dott", "dottore", "dr", "dottore", "dssa", "dottoressa", "anke", "anche",
                    "ankora", "ancora", "1", "un")
            .typoWords("operatore", "operatrice", "persona", "umano", "qualcuno", "parlare", "vorrei", "voglio",
                    "assistenza", "consulente", "responsabile", "passare", "passami", "trasferire", "contattare",
                    "richiamare", "bisogno", "servizio", "clienti", "collegare", "dipendente", "supporto",
                    "disponibile", "titolare", "chiamare", "favore", "mettermi", "contatto", "potrei", "posso",
                    "parlarne", "ufficio", "passarmi", "umana", "rappresentante", "referente",
                    "impiegato", "supervisore", "direttore", "segreteria", "amministrazione", "collega")
            .typoExclusions("persone", "personale", "personal", "voglia", "voglie", "foglio", "vorrai", "verrei",
                    "vorrebbe", "parlate", "parlava", "parlami", "parlato", "operatori", "operatrici", "consulenti",
                    "consulenza", "responsabili", "umani", "umane", "amano", "usano", "passato", "passata",
                    "passati", "passate", "passavo", "passa", "passi", "passano", "passarti", "chiamato", "chiamata",
                    "chiamate", "chiamati", "richiamato", "richiamata", "contattato", "contattata", "contatti",
                    "contatta", "servizi", "cliente", "supporti", "sopporto", "disponibili", "indisponibile",
                    "titolari", "dipendenti", "dipendenza", "favori", "assistente", "assistenti", "esistenza",
                    "resistenza", "parlarle", "parlargli", "parlarci", "parlarmi", "bisogna", "possa", "posto",
                    "potrai", "potere", "pensare", "pesare", "uffici", "contratto", "contante", "passo", "mettere",
                    "metterci", "metterti", "mettersi", "trasferite", "colleghe", "collegate", "supporta", "pagare",
                    "parlano", "parlerei", "possano", "contattate", "richiamate", "richiamarmi", "richiamarci",
                    "richiamarla", "richiamato", "richiamata", "contattarmi", "contattarci", "contattarla",
                    "contattato", "ricontattare", "ricontattarmi", "trasferirmi", "trasferirci", "trasferita",
                    "trasferito", "collegarmi", "collegarci", "collegato", "collegata", "irresponsabile",
                    "chiamarmi", "chiamarci", "passarci", "mettiti")
            .persons("person[ae](?! (?:fisica|giuridica|anziana|cara|di fiducia|disabile))", "uman[oi]", "umana",
                    "esseri? uman[oi]", "operat(?:ore|ori|rice|rici)", "agent[ei]", "consulent[ei]",
                    "addett[oaie]", "referent[ei]", "rappresentant[ei]", "incaricat[oaie]", "impiegat[oaie]",
                    "dipendent[ei]", "collaborat(?:ore|ori|rice|rici)", "colleg(?:a|hi|he)", "responsabil[ei]",
                    "supervisor[ei]", "direttore", "direttrice", "manager", "qualcun[oa]", "qualcun(?= altr[oa]\\b)",
                    "chiunque", "membr[oi] del (?:team|personale|vostro staff|vostro team|servizio clienti)", "staff",
                    "servizio clienti", "assistenza clienti", "customer (?:care|service)", "call center",
                    "assistenza (?:umana|reale|personale|personalizzata|dal vivo|diretta|telefonica)",
                    "supporto (?:umano|reale|clienti|dal vivo|personale|telefonico)", "aiuto umano",
                    "assistent[ei] (?:uman[oi]|in carne e ossa|ver[oi]|reale)", "un vero assistente",
                    "interlocutore(?: umano)?")
            .roles("titolare", "proprietari[oa]", "capo", "dottor(?:e|essa)?", "medic[oi]", "dentista",
                    "odontoiatra", "ortodontista", "igienista", "infermier[ea]", "veterinari[oa]", "avvocat[oa]",
                    "commercialista", "ragioniere", "contabile", "amministrazione", "amministrativ[oi]",
                    "amministratore", "ufficio(?: (?:amministrativo|amministrazione|vendite|commerciale|tecnico|"
                            + "reclami|clienti|contabilita|del personale|personale|acquisti|spedizioni|legale|"
                            + "prenotazioni|sinistri|resi|fatturazione|crediti))?",
                    "reparto(?: \\w+)?", "segreteria", "segretari[oa]", "reception", "receptionist",
                    "accettazione", "front desk", "centralino", "commerciale", "venditor[ei]", "venditrice",
                    "vendite", "tecnic[oi]", "meccanic[oi]", "officina", "magazzino", "spedizioni", "fatturazione",
                    "contabilita", "team", "squadra", "personale", "negozio", "clinica", "studio", "filiale",
                    "agenzia", "istrut(?:tore|trice)", "allena(?:tore|trice)", "personal trainer", "estetista",
                    "parrucchier[ea]", "barbiere", "fisioterapista", "psicolog[oa]", "terapeuta", "farmacista",
                    "ottico", "architetto", "geometra", "capo ?cantiere", "capo ?reparto", "capo ?ufficio",
                    "capo ?turno", "assistenza(?: tecnica)?", "supporto(?: tecnico)?", "help ?desk", "direzione",
                    "chi (?:si occupa|se ne occupa|segue|gestisce|e responsabile|ha in carico|si interessa)"
                            + "(?: (?:di|del|della|dello|dell|dei|delle|degli))?(?: \\w+)?",
                    "concierge", "portineria", "gestore", "notaio", "chef", "preside", "coordinat(?:ore|rice)")
            .complement("(?:del|della|dello|dell|dei|degli|delle|di|dal|dalla|dall|da|in|nel|nella|nell|presso|"
                    + "per) (?:vostr[oai] |tuo |suo |questo |il |la |l )?\\w+(?: \\w+)?")
            .frames(
                    contact("parlare-con", "(?:parlare|parlarne|parlarci|parlargli|parlarle|parlarvi|parlo|parli|"
                            + "parlate|parlerei|chattare|chiacchierare|conversare|discutere|discuterne|confrontarmi|"
                            + "confrontarsi|interfacciarmi|interloquire|rivolgermi|rivolgersi|che (?:io )?parli|"
                            + "fare due chiacchiere|scambiare due parole|vedermela|(?:parlare|discutere|vedere|risolvere|"
                            + "chiarire|affrontare|gestire|sistemare|trattare|definire|approfondire|spiegare|"
                            + "valutare|concordare)(?: (?:di )?(?:questo|questa cosa|la cosa|la faccenda|il problema|"
                            + "la questione|la pratica|il preventivo|la situazione|il caso|il tutto|tutto|"
                            + "il mio \\w+|la mia \\w+|i miei \\w+|le mie \\w+))?)" + MODIFIERS + " " + PREP, ""),
                    contact("sentire", "(?<!ho |ha |abbiamo )(?:sentire|risentire|interpellare)(?: (?:direttamente|"
                            + "personalmente|subito|un attimo))?", ""),
                    contact("passami", "(?:passami|passarmi|passatemi|mi passi|mi passa|mi passate|mi passeresti|"
                            + "mi passereste|passaci|ci passi|trasferiscimi|trasferirmi|trasferitemi|mi trasferisca|"
                            + "mi trasferisci|mi trasferite|trasferire|trasferisci|trasferite|mettimi|mettermi|"
                            + "mettetemi|mi metta|mi metti|mi mette|mi mettete|collegami|collegarmi|collegatemi|"
                            + "mi colleghi|mi collega|mi collegate|girami|girarmi|giratemi|mi giri|mi gira|mi girate|"
                            + "inoltrami|smistami|indirizzami|indirizzarmi|mi indirizzi|reindirizzami|dirottami|"
                            + "(?:mi|ci) (?:puoi|puo|potete|potresti|potrebbe|potreste|fai|fate) (?:passare|"
                            + "trasferire|collegare|girare|mettere))"
                            + "(?: (?:subito|direttamente|per favore|gentilmente|cortesemente|velocemente))?"
                            + "(?: (?:in contatto|in comunicazione|in linea|al telefono|in chat))?(?: " + PREP + ")?",
                            ""),
                    contact("in-contatto", "(?:in contatto|in comunicazione|in linea|un contatto|contatto diretto|"
                            + "contatto) (?:diretto )?con", ""),
                    contact("passa-chat", "(?:passa|passare|passate|passi|inoltra|inoltrare|inoltrate|inoltri|"
                            + "trasferisci|trasferire|trasferite|trasferisca|gira|girare|girate|giri|scala|scalare|"
                            + "affida|affidare) (?:la |questa |la mia |il mio |questo )?(?:chat|conversazione|"
                            + "richiesta|pratica|domanda|questione|segnalazione|chiamata|caso|problema|reclamo) " + PREP,
                            ""),
                    contact("passaggio", "(?:passaggio|trasferimento|collegamento|inoltro|smistamento|escalation|"
                            + "richiesta)(?: (?:diretto|immediato|urgente))? (?:a|ad|al|alla|all|con|verso|di|per)", ""),
                    contact("contattare", "(?:contattare|ricontattare|raggiungere|chiamare|telefonare (?:a|al|alla|"
                            + "all)|scrivere (?:a|al|alla|all)|mettermi in contatto con|entrare in contatto con|"
                            + "arrivare (?:a|al|alla|all)|parlare direttamente)", ""),
                    contact("chiamata-da", "(?<!ricevuto |avuto |fatto |ricevo |arrivata |ricevuto una |avuto una |"
                            + "fatto una |ricevo una |arrivata una |mi ha |mi hanno |ha |hanno |ho |stato |stata )"
                            + "(?:richiamat[oa]|chiamat[oa]|contattat[oa]|ricontattat[oa]|"
                            + "richiamare|chiamare|contattare|ricontattare|richiamarmi|chiamarmi|contattarmi|"
                            + "ricontattarmi|(?:una )?(?:chiamata|telefonata|videochiamata|"
                            + "richiamata)) (?:da|dal|dalla|dallo|dall|dai|dagli|dalle)", ""),
                    contact("chiacchierata", "(?<!avuto |fatto |dopo |durante |avuto una |fatto una |dopo una |"
                            + "durante una )(?:una |due )?(?:parola|parole|chiacchierata|telefonata|chiamata|"
                            + "conversazione|videochiamata|call|colloquio|confronto)(?: (?:veloce|rapida|breve|"
                            + "diretta|diretto))? con", ""),
                    contact("callback", "", "(?:(?:mi|ci) (?:" + MODAL + " )?(?:ri)?(?:chiam|contatt|telefon)(?:i|a|"
                            + "ino|ano|asse|era|erebbe|are)|" + MODAL + " (?:ri)?(?:chiam|contatt|telefon)ar(?:mi|ci)|"
                            + "(?:mi|ci) (?:" + MODAL + " )?(?:scriv(?:a|esse|era|ere)|faccia sapere|(?:fa|faccia|fare|farebbe|fate|"
                            + "facesse) (?:uno squillo|una telefonata|una chiamata|una chiamatina|un colpo di telefono))|"
                            + MODAL + " farmi (?:uno squillo|una telefonata|una chiamata))(?!\\w)"),
                    person("aiutarmi", "", "(?:(?:mi|ci) (?:" + MODAL + " )?(?:aiut|assist|rispond|segu)(?:i|a|ino|"
                            + "asse|era|are|ere|ire)|" + MODAL + " (?:aiut|assist|rispond|segu)(?:ar|er|ir)(?:mi|ci))"
                            + "(?!\\w)"),
                    contact("disponibile", "", "(?:e |sono |c e |ci sono |ce )?(?:subito |ora |adesso )?"
                            + "disponibil[ei](?: (?:ora|adesso|subito|oggi|in chat|al telefono|per (?:parlare|"
                            + "chattare|rispondere|aiutarmi)(?: \\S+){0,4}))?$"),
                    contact("in-persona", "", "(?:in persona|direttamente|personalmente|in carne e ossa|"
                            + "in carne ed ossa)$"),
                    contact("con-cui", "", "con (?:cui|il quale|la quale) (?:io )?(?:possa|posso|potrei|parlare)"),
                    person("voglio", "(?<!non so se |chiedono |chiede )(?:voglio|vorrei|vorremmo|volevo|vogliamo|"
                            + "desidero|desidererei|desideravo|preferisco|preferirei|chiedo|richiedo|pretendo|esigo|"
                            + "mi serve|mi servirebbe|ci serve|ci servirebbe|ho bisogno(?: di| d)?|"
                            + "avrei bisogno(?: di| d)?|abbiamo bisogno(?: di| d)?|bisogno(?: di| d)|necessito(?: di)?|"
                            + "mi occorre|gradirei|mi piacerebbe|dammi|datemi|mi dia|mi date|mi dai|mi trovi|"
                            + "trovami|portami|mandami|mandatemi|mi mandi|mi mandate|voglio avere|fatemi avere|"
                            + "fammi avere|chiamatemi|chiamami|chiamate|chiama|chiami)(?: che)?", ""),
                    person("posso-avere", "(?:posso|potrei|possiamo|potremmo|si puo|e possibile|sarebbe possibile)"
                            + " (?:avere|sentire|chiedere|ottenere)", ""),
                    person("c-e", "(?:c e|ce|c era|ci sarebbe|ci sono|ci sarebbero|esiste|avete|hai|c e per caso|"
                            + "c e mica|ci sta)(?: (?:per caso|mica|li|qui|ora|adesso|davvero))?", ""))
            .clauseRequests(
                    of("nessuno-con-cui", "\\b(?:non )?(?:c e|ce|esiste|avete) (?:davvero |proprio )?(?:nessuno|"
                            + "nessun (?:operatore|umano|essere umano|consulente|addetto|dipendente)|nessuna persona)"
                            + "(?: (?:con cui|che|a cui|per|disponibile|in linea|li|qui|vivo)|$)"),
                    of("con-chi-parlare", "\\b(?:con chi|a chi) (?:(?:posso|potrei|devo|dovrei|bisogna|si puo|"
                            + "possiamo|dobbiamo) )?(?:parlare|parlarne|rivolgermi|rivolgerci|chiedere|scrivere|"
                            + "chattare)\\b"),
                    of("chi-contattare", "\\bchi (?:posso|potrei|devo|dovrei|possiamo|dobbiamo) (?:contattare|"
                            + "sentire|chiamare|interpellare)\\b"),
                    of("fatemi-richiamare", "(?<!non |inutile |non serve |bisogno di )\\b(?:fatemi|mi fate|mi faccia|farmi|mi fai|fammi|mi fareste|"
                            + "mi farebbe) (?:ri)?(?:chiamare|contattare|ricontattare)\\b"),
                    of("richiamatemi", "(?<!non |se |quando )\\b(?:richiamatemi|ricontattatemi|contattatemi|"
                            + "chiamatemi|telefonatemi|mi richiamate|mi ricontattate|mi contattate|potete richiamarmi|"
                            + "potreste richiamarmi|potete ricontattarmi|potreste ricontattarmi|potete contattarmi|"
                            + "potreste contattarmi|mi richiama(?:te)? (?:qualcuno|per favore|oggi|domani|appena)|"
                            + "mi richiami per favore)\\b"),
                    of("mettermi-in-contatto", "(?<!non )\\b(?:mettermi|mettetemi|mettimi|mi metta|mi mette|mi mettete|"
                            + "mi metti|metterci|metteteci) (?:direttamente )?in contatto(?: con (?:voi|lui|lei|loro|"
                            + "chi di dovere))?$"),
                    of("passamelo", "\\b(?:passatemel[oa]|passamel[oa]|me l[oa] (?:passi|passa|passate|puoi passare|"
                            + "potete passare|potrebbe passare))\\b"),
                    of("parlare-con-lui", "\\b(?:parlare|parlarci|sentire) (?:con )?(?:lui|lei|loro)"
                            + "(?: (?:di nuovo|ancora|per favore|direttamente|subito|adesso|ora))*$"))
            .gapBreakers("a", "ad", "al", "alla", "di", "del", "della", "dei", "da", "dal", "dalla", "in", "nel",
                    "per", "su", "sul", "se", "e", "ed", "o", "oppure", "ma", "perche", "quando", "come", "con",
                    "mio", "mia", "miei", "mie", "tuo", "tua", "suo", "sua", "altro", "altra", "altri", "altre",
                    "\\d+", "due", "tre", "quattro", "cinque", "non", "che", "chi", "cui", "ho", "ha", "era",
                    "stato", "stata", "anche", "gia", "mai")
            .fillers("per favore", "per piacere", "per cortesia", "grazie", "subito", "ora", "adesso", "un", "una",
                    "uno", "l", "il", "lo", "la", "vero", "vera", "veri", "reale", "umano", "umana", "in carne e ossa",
                    "in carne ed ossa", "ciao", "salve", "buongiorno", "buonasera", "ehi", "ehm", "ok", "okay", "si",
                    "dai", "ti prego", "vi prego", "la prego", "urgente", "urgentemente", "gentilmente",
                    "cortesemente", "solo", "soltanto", "please", "ancora", "qui", "immediatamente", "parlare",
                    "parlare con", "con", "basta", "basta con (?:il |i |le |sto |sti |ste |questo |questi |queste )?"
                            + BOT_PARTS, "niente (?:piu )?" + BOT_PARTS, "serio", "sul serio", "davvero",
                    "voglio", "vorrei", "mi serve", "un vero", "una vera", "dal vivo", "in linea", "scusate",
                    "scusi", "scusa", "oh", "uff", "mamma mia", "aiuto", "help", "insomma", "allora", "quindi")
            .negations("non", "nn", "mai", "nessuno", "nessun", "nessuna", "senza", "neanche", "nemmeno",
                    "neppure", "macche")
            .negationEnds("ma", "pero", "bensi", "invece", "voglio", "vorrei", "preferisco", "preferirei",
                    "ho bisogno", "avrei bisogno", "mi serve", "mi servirebbe", "passami", "passatemi", "mi passi",
                    "datemi", "dammi", "fatemi", "fammi", "mettetemi", "mettimi", "potete", "potreste", "puoi",
                    "potresti", "quindi", "allora", "per favore", "solo", "piuttosto", "chiedo", "richiedo", "esigo",
                    "pretendo", "desidero", "basta")
            .comparatives("piuttosto che", "invece di", "anziche", "al posto di", "(?:meglio|preferisco|preferirei|"
                    + "piu facile|piu semplice|piu comodo|piu veloce|piu rapido|piu pratico) (?:\\w+ ){0,4}?che")
            // "Non so come parlare con un operatore": the customer lacks the way, not the wish.
            .negationLifts("non (?:\\w+ ){0,2}?(?:so|sappiamo|sapevo|capisco|trovo|vedo|ricordo) "
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
                            + "link|voce|funzione|possibilita) (?:per|di)", "non c e (?:proprio |davvero |mai |neanche |nemmeno )?(?:un|una|uno|qualcuno)\\b")
            .infoQuestions("a che ora", "che (?:orari|orario)", "qual(?:i|e)? (?:sono |e )?(?:gli |l )?"
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
                    "devo (?:per forza|proprio|necessariamente|obbligatoriamente|davvero)")
            .servicePurposes("per (?!(?:" + TALK_VERBS + "|piacere|cortesia|favore)\\b)[a-z]+(?:are|ere|ire|armi|"
                            + "ermi|irmi|arlo|erlo|irlo|arla|arci|erci)\\b", "con (?:me|noi)\\b",
                    "(?:che|il quale|la quale) (?:(?:mi|ci|si|me|ce|lo|la|le|gli) )*+(?!(?:" + TALK_VERBS
                            + ")\\b)[a-z]+",
                    "(?:che|il quale|la quale) (?:(?:mi|ci|si|me|ce|lo|la|le|gli) )*+" + MODAL
                            + " (?:(?:mi|ci|si|me|ce|lo|la|le|gli) )*+(?!(?:" + TALK_VERBS + ")\\b)[a-z]+",
                    "per (?:le |il |la |i |gli |l |un |una )?(?:pulizie|giardino|trasloco|lavori|lavoretti|"
                            + "riparazion\\w*|installazion\\w*|manutenzion\\w*|imbiancatura|baby ?sitting|consegn\\w*|"
                            + "ripetizioni|lezioni|montaggio|cantiere|turno|evento|festa|matrimonio|cena|stagione|"
                            + "estate|bar|ristorante|casa|cucina|cani|gatti|bambini)\\b",
                    "(?:a ore|part time|full time|da assumere|in nero|a domicilio)\\b")
            .hypotheticals("(?<!(?:chi|che|non so|non sapevo|chiedo) )se (?=(?:mi|ti|ci|vi|avro|avessi|"
                            + "dovessi|dovesse|dovessero|volessi|serve|servisse|servira|ho|non|un|una|il|in|per|e|"
                            + "fosse|fossi|potessi|vuoi|vorro|devo|dovro|qualcuno|gli|questo|questa|succede|"
                            + "capita|hai|avete|volete|c|sara|nessuno|l|la|lo|le|mai|poi|domani|col|tra|fra)\\b)",
                    "qualora", "casomai", "caso mai", "nel caso", "in caso (?:di|che|servisse|dovesse)",
                    "magari", "forse", "probabilmente", "in futuro", "la prossima volta", "prima o poi",
                    "piu avanti", "un giorno", "per curiosita", "solo per sapere", "giusto per sapere",
                    "tanto per sapere", "mi chiedevo", "eventualmente", "potrei aver bisogno",
                    "avro bisogno", "vorro", "dovessi", "dovesse", "servisse", "servira", "nell eventualita",
                    "quando (?:avro|vorro|dovro|mi servira|sara|ne avro)", "ipoteticamente", "in teoria")
            .politeConditions("se (?:possibile|e possibile|fosse possibile|si puo|puoi|potete|puo|riesci|riesce|"
                    + "riuscite|non (?:ti|le|vi) dispiace|non e un problema|non disturbo|vuoi|vuole|volete|"
                    + "non e troppo disturbo|gentilmente|per favore|c e)", "magari (?=mi |ci |potete |puoi |potrebbe )")
            .imperatives("^(?:(?:allora|quindi|ok|va bene|per favore|e|intanto|comunque|ma|dai|ecco|nel frattempo|"
                    + "adesso|ora|subito) )*(?:passami|passatemi|mi passi|mi passa|trasferiscimi|mettimi|mettetemi|"
                    + "collegami|mi metta|mi colleghi|datemi|dammi|fatemi|fammi|chiamatemi|richiamatemi|mi faccia|"
                    + "voglio|vorrei|ho bisogno|mi serve)")
            .quotes("dice", "dicono", "diceva", "dicevano", "c e scritto", "e scritto", "scrive", "scriveva",
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
                            + "cerca)", "(?:un|una mia|un mio) amic[oa] (?:vuole|vorrebbe|cerca)")
            .botQuestions("(?:tu |ma )?sei(?= (?:un|una|uno|davvero|veramente|proprio|per caso|forse|tu|umano|"
                            + "umana|vero|vera|reale|solo|mica)\\b)",
                    "siete(?= (?:un|una|dei|delle|davvero|veramente|per caso|persone|umani|veri|reali|bot|robot)\\b)",
                    "(?:lei )?(?<!c )e (?:un|una)", "(?:questo|questa|questa chat|questo servizio) (?:e|e gestit[oa] "
                            + "da)", "sto (?:parlando|chattando|scrivendo) (?:con|a|ad)", "^(?:ma )?parlo con",
                    "^(?:ma )?scrivo (?:a|con)", "chi (?:mi )?(?:risponde|sta rispondendo|sta scrivendo|scrive|"
                            + "c e dall altra parte)", "c e (?:qualcuno|una persona|un umano|un essere umano) "
                            + "(?:vero )?(?:dall altra parte|dietro|che legge|che scrive|che mi legge|in ascolto)",
                    "le (?:tue |vostre )?risposte sono", "(?:e|sei|siete) (?:gestit[oa]|controllat[oa]) da")
            .natureWords("umano", "umana", "umani", "persona", "persone", "bot", "robot", "macchina",
                    "automatic[oaie]", "vero", "vera", "veri", "reale", "reali", "intelligenza artificiale", "ia",
                    "chatbot", "assistente virtuale", "programma", "chatgpt", "virtuale", "operatore", "computer",
                    "risponditore", "essere umano", "in carne e ossa", "algoritmo", "qualcuno")
            .botWords("bot", "robot", "chatbot", "intelligenza artificiale", "ia", "assistente virtuale",
                    "chatgpt", "risponditore automatico", "risposte automatiche", "automatico", "automatica")
            .orWords("o", "oppure")
            .otherSenses("risorse umane", "diritti umani", "(?:corpo|errore|genere|capitale|capelli|fattore|tocco) "
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
                            + "passare da)(?: \\w+){1,4}? per (?:poter )?\\w+(?:are|ere|ire)(?:mi|ci|lo|la|le|ne)?\\b")
            .fallbacks(ItalianReplies.FALLBACKS)
            .uncertainFallbacks(ItalianReplies.DOUBTS)
            .dissatisfied(ItalianReplies.DISSATISFIED)
            .resolved(ItalianReplies.RESOLVED)
            .thanks(ItalianReplies.THANKS)
            .questionStarts(ItalianReplies.QUESTION_STARTS)
            .build();
}
