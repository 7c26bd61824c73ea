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
    static final String MODAL = "(?:puo|potrebbe|possa|potrebbero|possano|potete|potreste|deve|dovrebbe|"
            + "riesce a|riuscirebbe a|vuole|voglia|sa|sapra|potra)";
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
                    "perche", "pk", "perche", "cmq", "comunque", "qlc", "qualcuno", "qlcn", "qualcuno", "qlc1", "qualcuno", "qlcn1",
                    "qualcuno", "qualkuno", "qualcuno", "qcn", "qualcuno", "qlcs", "qualcosa", "grz", "grazie",
                    "grazi", "grazie", "ke", "che", "k", "che", "ki", "chi", "kiedo", "chiedo", "kiamate", "chiamate",
                    "kiamami", "chiamami", "kiamare",
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
                    "supervisor[ei]", "(?:uno|una) (?:dei|delle) (?:vostri |vostre |suoi |sue |tuoi "
                            + "|tue )?(?:consulenti|"
                            + "operatori|operatrici|colleghi|colleghe|tecnici|addetti|addette|esperti|dipendenti|"
                            + "specialisti)", "direttore", "direttrice", "manager",
                    // "qualcuno di vero talento" praises a quality; "qualcuno di vero qui?" asks for a real one
                    "qualcun[oa](?! di (?:ver[oa]|grande|gran) (?!(?:qui|li|la|con|che|in|per|dall|e|o|ora|adesso|a|da"
                            + "|subito)\\b)\\w)", "qualcun(?="
                            + " altr[oa]\\b)",
                    "chiunque", "membr[oi] del (?:team|personale|vostro staff|vostro team|servizio clienti)", "staff",
                    "servizio clienti", "assistenza clienti", "customer (?:care|service)", "call center",
                    "assistenza (?:umana|reale|personale|personalizzata|dal vivo|diretta|telefonica)",
                    "supporto (?:umano|reale|clienti|dal vivo|personale|telefonico)", "aiuto umano",
                    "assistent[ei] (?:uman[oi]|in carne e ossa|ver[oi]|reale)", "un vero assistente",
                    "interlocutore(?: umano)?")
            .roles("titolare", "insegnante", "maestr[ao]",
                    "proprietari[oa]", "capo", "dottor(?:e|essa)?", "medic[oi]", "dentista",
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
                    "chi (?:si occupa|se ne occupa|segue|gestisce|coordina|organizza|dirige|e responsabile"
                            + "|ha in carico|si interessa)"
                            + "(?: (?:di|del|della|dello|dell|dei|delle|degli))?(?: \\w+)?",
                    "concierge", "portineria", "gestore", "notaio", "chef", "preside", "coordinat(?:ore|rice)")
            .complement("(?:del|della|dello|dell|dei|degli|delle|di|dal|dalla|dall|da|in|nel|nella|nell|presso|"
                    + "per) (?:vostr[oai] |tuo |suo |questo |il |la |l )?\\w+(?: \\w+)?")
            .frames(
                    contact("parlare-con", "(?:parlare|parlarne|parlarci|parlargli|parlarle|parlarvi|parlo|parli|"
                            + "parlate|parlerei|chattare|chiacchierare|conversare|discutere|discuterne|confrontarmi|"
                            + "confrontarsi|interfacciarmi|interloquire|rivolgermi|rivolgersi|che (?:io )?parli|"
                            + "fare due chiacchiere|scambiare due parole|vedermela|(?:parlare|discutere|vedere|"
                            + "risolvere|"
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
                    contact("essere-passato", "essere (?:trasferit|passat|mess|collegat|girat|smistat)[oa]"
                            + "(?: (?:subito|direttamente))? " + PREP, ""),
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
                            + "(?:mi|ci) (?:" + MODAL + " )?(?:scriv(?:a|esse|era|ere)|faccia sapere|(?:fa|faccia|"
                            + "fare|farebbe|fate|"
                            + "facesse) (?:uno squillo|una telefonata|una chiamata|una chiamatina|un colpo di"
                            + " telefono))|"
                            + MODAL + " farmi (?:uno squillo|una telefonata|una chiamata))(?!\\w)"),
                    person("aiutarmi", "", "(?:(?:mi|ci) (?:" + MODAL + " )?(?:aiut|assist|rispond|segu)(?:i|a|ino|"
                            + "asse|era|are|ere|ire)|" + MODAL + " (?:aiut|assist|rispond|segu)(?:ar|er|ir)(?:mi|ci))"
                            + "(?!\\w)"),
                    contact("disponibile", "", "(?:e |sono |c e |ci sono |ce )?(?:subito |ora |adesso )?"
                            + "disponibil[ei](?: (?:ora|adesso|subito|oggi|in chat|al telefono|per (?:parlare|"
                            + "chattare|rispondere|aiutarmi)(?: \\S+){0,4}))?$|(?:disponibil[ei]"
                            + "|liber[oaie]) (?:\\S+ ){0,2}?"
                            + "per (?:parlare|parlarne|discuterne|discutere|chattare|sentirci|aiutarmi|rispondermi|una "
                            + "chiacchierata|una telefonata|una chiamata|due parole|un confronto)\\b"),
                    // the person is the subject: "qualcuno potrebbe parlare con me della fattura"
                    contact("parlare-con-me", "", "(?:(?:" + MODAL + ") )?(?:parlare|parlarne|discutere|discuterne|"
                            + "chiacchierare|vedere|guardare|sentirsi) con me\\b|(?:" + MODAL + ") (?:parlarmi"
                            + "|sentirmi)\\b"),
                    // the verb before its subject: "puo scrivermi su whatsapp una persona dello staff"
                    contact("mi-scrive", "(?:(?:mi )?(?:" + MODAL + ") (?:scrivermi|chiamarmi|richiamarmi"
                            + "|ricontattarmi|"
                            + "contattarmi|telefonarmi)|(?:mi|ci) (?:" + MODAL + ") (?:scrivere|chiamare|richiamare|"
                            + "ricontattare|contattare|telefonare))(?: (?:su|al|per|via) \\w+)?", ""),
                    // reaching a person: "come si arriva a un operatore"
                    person("arrivare-a", "(?:arrivare|arriva|arrivo|si arriva|arrivarci|arrivo mai) (?:a|ad|al|alla|"
                            + "fino a)", ""),
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
                    of("fatemi-richiamare", "(?<!non |inutile |non serve |bisogno di )\\b(?:fatemi|mi fate|mi faccia|"
                            + "farmi|mi fai|fammi|mi fareste|"
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
            .fallbacks(ItalianReplies.FALLBACKS)
            .uncertainFallbacks(ItalianReplies.DOUBTS)
            .clauseRequests(ContactFamilies.requests("it"))
            .clauseRequests(Callbacks.requests("it"))
            .fallbacks(FallbackFamilies.certain("it"))
            .fallbacks(ChannelRefusals.certain("it"))
            .fallbacks(RecordFallbacks.certain("it"))
            .uncertainFallbacks(FallbackFamilies.uncertain("it"))
            .dissatisfied(ItalianReplies.DISSATISFIED)
            .resolved(ItalianReplies.RESOLVED)
            .dissatisfied(FeedbackFamilies.dissatisfied("it"))
            .resolved(FeedbackFamilies.resolved("it"))
            .dissatisfied(RetryFeedback.dissatisfied("it"))
            .resolved(RetryFeedback.resolved("it"))
            .thanks(ItalianReplies.THANKS)
            .questionStarts(ItalianReplies.QUESTION_STARTS)
            .faultQuestions(ItalianReplies.FAULT_QUESTIONS)
            .undecided(ItalianReplies.UNDECIDED)
            .negations(ItalianChecks.NEGATIONS)
            .negationEnds(ItalianChecks.NEGATION_ENDS)
            .comparatives(ItalianChecks.COMPARATIVES)
            .negationLifts(ItalianChecks.NEGATION_LIFTS)
            .infoQuestions(ItalianChecks.INFO_QUESTIONS)
            .servicePurposes(ItalianChecks.SERVICE_PURPOSES)
            .hypotheticals(ItalianChecks.HYPOTHETICALS)
            .politeConditions(ItalianChecks.POLITE_CONDITIONS)
            .imperatives(ItalianChecks.IMPERATIVES)
            .reporters("(?:ha|hanno) (?:detto|raccontato)|dice|diceva|dicono|racconta|sostiene")
            .quotes(ItalianChecks.QUOTES)
            .botQuestions(ItalianChecks.BOT_QUESTIONS)
            .natureWords(ItalianChecks.NATURE_WORDS)
            .botWords(ItalianChecks.BOT_WORDS)
            .orWords(ItalianChecks.OR_WORDS)
            .otherSenses(ItalianChecks.OTHER_SENSES)
            .build();
}
