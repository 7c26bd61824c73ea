package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * German rules (de-DE, de-AT, de-CH), over normalised text: umlauts lose their dots ("möchte" reads "mochte"), "ue",
 * "oe", "ae" typed for them read the same, "ß" stays (Swiss "ss" is matched beside it). German puts the verb last
 * ("mit einem Menschen sprechen"), so most contact frames pair a preposition or a modal before the target with a
 * verb after it. A comma ends a clause, so "Ist es nötig, ..." reaches the next clause only as a hypothetical.
 */
final class German {

    private German() {
    }

    /** Verbs of talking, verb-last after "mit X". */
    private static final String TALK = "(?:sprechen|reden|chatten|schreiben|telefonieren|besprechen|bereden|klaren|"
            + "abklaren|abzuklaren|durchgehen|durchzugehen|durchsprechen|durchzusprechen|absprechen|abzusprechen|"
            + "abstimmen|abzustimmen|verbinden|verbunden werden|unterhalten|quatschen|austauschen|in kontakt treten|"
            + "kontakt aufnehmen|zu tun haben|kommunizieren)";
    /** A wish, before what is wished for. */
    private static final String WISH = "(?:mochte|mochten|will|wollen|wollte|brauche|brauchen|brauchte|benotige|"
            + "benotigen|hatte gerne?|hatten gerne?|hatte lieber|wurde gerne?|wurde lieber|wurden gerne?|wunsche|"
            + "verlange(?: nach)?|bitte um|erbitte|gib mir|geben sie mir|gebt mir|(?:holen sie|hol|holt)(?: mir| "
            + "uns)?|her mit|schicken sie mir|schick mir)";
    private static final String DEPT = "\\w+abteilung|buchhaltung|abrechnung|rechnungsstelle|verwaltung|zentrale|"
            + "rezeption|empfang|anmeldung|sekretariat|verkauf|vertrieb|werkstatt|serviceannahme|kasse|buro|praxis|"
            + "geschaftsleitung|geschaftsfuhrung|filialleitung|leitung|reklamation|kanzlei|agentur|filiale|"
            + "niederlassung|geschaft|laden|salon|studio|klinik|autohaus|hotel|kundenbetreuung";
    private static final String SERVICE_DESK = "(?:kundenservice|kundendienst|kundensupport|kundenbetreuung|support|"
            + "hotline|service|servicecenter|callcenter|call center|rezeption|empfang|buro|praxis|team|zentrale|"
            + "buchhaltung|mitarbeiter|berater|verkauf|werkstatt)";

    /** A target's own complement ("jemand aus dem Team"), the only words a verb-last frame lets in between. */
    private static final String COMPLEMENT = "(?:aus|von|vom|bei|beim|im|in) (?:dem |der |den |ihrem |ihrer |eurem |"
            + "eurer |deinem |deiner |unserem |unserer )?\\w+";
    /** When and how a callback is wanted: "heute Nachmittag", "unter 0151...", "kurz". */
    private static final String WHEN = "bitte|mal|kurz|heute|morgen|gleich|spater|nochmal|zeitnah|baldigst|"
            + "moglichst|schnell|doch|telefonisch|zuruck|hier|jetzt|einfach|gerne?|dringend|nachmittag|vormittag|"
            + "abend|fruh|mittag|noch|direkt|wieder|unter \\S+|auf (?:meinem|meiner|dem|der|diese[rm]) \\w+|um "
            + "\\d+(?: uhr)?|ab \\d+(?: uhr)?|nach \\d+(?: uhr)?|zwischen \\d+ und \\d+(?: uhr)?|per (?:sms|mail|e "
            + "mail|whatsapp|telefon)|in der mittagspause|sobald wie moglich|schnellstmoglich|asap";

    /** Modal verbs of a polite question: "könnten Sie vielleicht ..." asks, it does not suppose. */
    private static final String MODAL = "(?:kann|konnte|konnten|konnen|kannst|konntest|wurden|wurdest|wurde|ware|"
            + "waren|hatte|hattet|hatten|hattest|darf|durfte|durften|gibt|ist)";

    /** What the bot may lack. */
    private static final String INFO = "(?:informationen?|infos?|angaben|details|daten|antwort|auskunft|zugriff|"
            + "kenntnis|kenntnisse|einblick|einsicht|zahlen|unterlagen|hinweise|wissen|preise)";
    /** Found nothing, but not "no free slot". */
    private static final String NOTHING = "(?:nichts|gar nichts|keine[nm]? (?!(?:freie[nmrs]?|termin\\w*|platz|"
            + "platze|slot\\w*|zeit)\\b)\\w+)";

    /** Who the bot asks when it does not know. */
    private static final String TEAM = "(?:team|praxis|buro|verkauf|kollegen|kollegin|kolleginnen|werkstatt|chef|"
            + "chefin|service|vertrieb|zentrale|verwaltung|rezeption|empfang|arzt|arztin|inhaber|inhaberin|"
            + "abteilung|fachabteilung|buchhaltung|technik|support|mitarbeitern|mitarbeiterin|vermieter|trainer|"
            + "hausverwaltung|zahnarzt|zahnarztin|geschaftsleitung|filiale|lager|hersteller)";

    static final LanguageRules RULES = LanguageRules.builder("de")
            .stopWords("ich", "und", "ist", "nicht", "nich", "mit", "der", "die", "das", "den", "dem", "ein", "eine",
                    "einen", "einem", "einer", "nem", "ner", "nen", "kein", "keine", "keinen", "nichts", "nix", "zu",
                    "zum", "zur", "sie", "ihnen", "ihr", "ihre", "euch", "dich", "dir", "mich", "mir", "wir", "uns",
                    "mein", "meine", "meinen", "meiner", "meinem", "bitte", "danke", "hallo", "kann", "kannst",
                    "konnen", "konnte", "konnten", "will", "mochte", "wurde", "ware", "hatte", "habe", "hab", "haben",
                    "hat", "habt", "bin", "bist", "sind", "wird", "muss", "soll", "gibt", "geht", "auf", "fur", "von",
                    "vom", "bei", "beim", "aus", "nach", "uber", "wie", "was", "wer", "wo", "wann", "warum", "wieso",
                    "auch", "noch", "schon", "doch", "nur", "jetzt", "immer", "wieder", "sehr", "gerne", "gern",
                    "leider", "dass", "wenn", "oder", "aber", "dann", "denn", "weil", "ob", "jemand", "jemanden",
                    "jemandem", "sprechen", "reden", "mitarbeiter", "mensch", "menschen", "nein", "guten", "moin",
                    "servus", "kannste", "gruezi", "grußgott", "grussgott", "mochten", "eure", "euer", "dies")
            .spellings("nem", "einem", "ner", "einer", "n", "einen", "nen", "einen", "ne", "eine", "ma", "mal",
                    "is", "ist", "kannste", "kannst du", "haste", "hast du", "willste", "willst du", "biste",
                    "bist du", "jmd", "jemand", "jmnd", "jemand", "jmdn", "jemanden", "jmdm", "jemandem", "brauch",
                    "brauche", "hab", "habe", "habs", "habe es", "hats", "hat es", "gehts", "geht es", "gibts",
                    "gibt es", "wars", "war es", "mocht", "mochte", "mogt", "mochte", "pls", "bitte", "plz", "bitte",
                    "bite", "bitte", "bidde", "bitte", "bitt", "bitte", "grad", "gerade", "nix", "nichts", "net",
                    "nicht", "nich", "nicht", "nit", "nicht", "wat", "was", "isch", "ich", "mitm", "mit dem", "aufm",
                    "auf dem", "ausm", "aus dem", "inner", "in der", "mitarb", "mitarbeiter", "hatt", "hatte",
                    "wurd", "wurde", "konnt", "konnte", "dnke", "danke", "thx", "danke", "merci", "danke", "tel",
                    "telefon", "kd", "kunde", "zruck", "zuruck", "kp", "keine ahnung", "redn", "reden", "sprechn",
                    "sprechen", "quatschn", "quatschen")
            .umlautDigraphs()
            .typoWords("mensch", "menschen", "person", "mitarbeiter", "mitarbeiterin", "berater", "kundenberater",
                    "ansprechpartner", "jemand", "jemanden", "jemandem", "sprechen", "reden", "kundenservice",
                    "kundendienst", "sachbearbeiter", "anrufen", "ruckruf", "irgendjemand", "telefonieren", "verbinden")
            // Real words within one typo (two, from nine letters) of a word above, from a German word list.
            .typoExclusions("beraten", "berate", "beratet", "personal", "personen", "rede", "redet", "regen",
                    "sprecht", "spreche", "sprecher", "sprachen", "sprach", "menschlich", "mensa", "jemals", "jeden",
                    "reben", "roden", "ruden", "rehen", "erden", "redner", "mitarbeiten", "mitarbeitet", "mitarbeit",
                    "mitarbeiteten", "nachbearbeiten", "anrufer", "anrufe", "anruft", "abrufen", "beraterin", "redend",
                    "niemand", "niemanden", "niemandem", "ruckrufe", "bundesdienst", "spruchen", "reder", "meden",
                    "telefoniert", "telefonierte", "telefonierten", "telefonierst", "telefonisten", "telefoniere",
                    "verbunden", "verbinde", "verbindet", "verbindung", "verbieten", "verbanden", "verbannen",
                    "verbiegen", "verbitten", "verblenden", "verbringen", "verhindern", "verhinder", "verkunden",
                    "verlinken", "vermieden", "vermindern", "versanden", "versenden", "versinken", "verwenden",
                    "verwinden", "verwunden",
                    "verzinsen", "vorfinden", "verfingen", "vergingen", "verdingen", "vereinten", "verfeinden",
                    "verbundes", "verbundet", "verbundene", "verbandes", "verbandet", "verbissen", "erblinden",
                    "vorbilden", "werbenden", "verminten", "verrinnen", "verzinken", "verzinnen", "verbandeln",
                    "verbloden", "verubenden", "verbinder", "verbindern", "serbinnen", "gerbenden", "kerbenden")
            .persons("mensch(?:en)?", "person", "mitarbeiter(?:in|innen|n)?", "(?:kunden|service|verkaufs|fach)"
                    + "?berater(?:in|innen|n)?", "kundenbetreuer(?:in)?", "betreuer(?:in)?",
                    "ansprechpartner(?:in|innen)?", "ansprechperson", "kundenservice", "kundendienst", "kundensupport",
                    "kundenbetreuung", "kundencenter", "servicecenter", "callcenter", "call center",
                    "(?:service|support|kundenservice) ?(?:team|mitarbeiter(?:in)?)", "hotline", "service hotline",
                    "(?:menschliche[nrs]?|personliche[nrs]?|echte[nrs]?|richtige[nrs]?|reale[nrs]?) (?:hilfe|"
                            + "unterstutzung|support|beratung|kontakt|ansprechpartner(?:in)?|antwort)",
                    "agent(?:en|in)?", "operator", "(?:jemand(?:en|em)?|wer) (?:echte[snmr]?|richtige[snmr]?|vom "
                            + "\\w+|von euch|von ihnen|aus dem \\w+|aus der \\w+)", "jemand(?:en|em)?",
                    "irgendjemand(?:en|em)?", "irgendwen", "irgendwem", "wem", "sachbearbeiter(?:in)?",
                    "verantwortliche[nr]?", "zustandige[nr]?", "kolleg(?:e|en|in|innen)", "teammitglied",
                    "telefonist(?:in)?", "manager(?:in)?", "supervisor",
                    "vorgesetzte[nr]?", "chef(?:in)?")
            .roles("arzt", "arztin", "zahnarzt(?:in)?", "tierarzt(?:in)?", "kieferorthopad(?:e|in)", "dr", "doktor",
                    "frau \\w+", "herrn? \\w+", DEPT, "verkaufer(?:in)?", "makler(?:in)?", "trainer(?:in)?",
                    "mechaniker(?:in)?", "techniker(?:in)?", "meister(?:in)?", "inhaber(?:in)?",
                    "geschaftsfuhrer(?:in)?", "team", "support", "\\w+leiter(?:in)?", "\\w+berater(?:in)?",
                    "\\w+betreuer(?:in)?", "leiter(?:in)?", "\\w+(?:meister|manager|arzt|techniker|mechaniker|"
                            + "verkaufer|trainer|therapeut|referent|assistent|planer|koordinator|beauftragte)(?:in|"
                            + "innen|r|n)?", "friseur(?:in)?", "stylist(?:in)?", "(?:physio)?therapeut(?:in)?",
                    "(?:rechts)?anwalt", "(?:rechts)?anwaltin", "vermieter(?:in)?",
                    "hausverwaltung", "hausmeister(?:in)?", "gutachter(?:in)?", "apotheker(?:in)?", "optiker(?:in)?",
                    "disponent(?:in)?", "dentalhygienikerin", "prophylaxe", "concierge", "koch", "kuchenchef(?:in)?")
            .complement("(?:aus|von|vom|im|bei|beim|in) (?:dem |der |den |ihrem |ihrer |eurem |eurer |deinem |"
                    + "deiner )?\\w+")
            .frames(
                    contact("spreche-ich-mit", "(?:spreche|rede|bespreche|klare|chatte|telefoniere|quatsche) "
                            + "(?:(?:ich|das|es|lieber|besser|dann|doch|jetzt|gerne|gern|direkt|personlich|mal|erst|"
                            + "kurz) )*mit", ""),
                    contact("sprechen-mit", "(?:sprechen|reden|chatten|telefonieren|sprich|rede|red|quatschen)(?: "
                            + "(?:bitte|mal|kurz|gern|gerne|direkt|personlich|lieber|jetzt|sofort))* mit", ""),
                    contact("mit-sprechen", "(?<!hatte |habe |hab |war )mit", TALK + "\\b"),
                    contact("modal-sprechen", "(?:kann|konnte|darf|durfte|konnen|konnten|kannst|konntest) (?:ich|"
                            + "wir|man|du)", "(?:sprechen|erreichen|kontaktieren|haben|bekommen|kriegen|anrufen)\\b"),
                    contact("wish-sprechen", WISH, "(?:sprechen|gesprochen|erreichen|kontaktieren|anrufen|ans "
                            + "telefon)\\b"),
                    contact("zeit-fur-mich", "", "(?:\\w+ ){0,2}?zeit (?:fur mich|fur uns|fur ein (?:kurzes )"
                            + "?(?:gesprach|telefonat)|zum (?:reden|sprechen|telefonieren)|mit mir zu (?:sprechen|"
                            + "reden))\\b"),
                    contact("zu-sprechen", "", "zu (?:sprechen|erreichen|kontaktieren|kriegen|bekommen)\\b"),
                    contact("verbinden", "(?:verbinden sie mich|verbinden? mich|verbindet mich|stellen sie mich|"
                            + "stell mich|stellt mich|leiten sie mich|leite mich|leitet mich|weiterleiten|"
                            + "durchstellen|weiterverbinden|vermitteln sie mich|vermittle mich|schicken sie mich)"
                            + "(?: (?:bitte|mal|doch|kurz|gerne|gern|einfach|direkt|sofort|jetzt|endlich))*(?: "
                            + "(?:mit|zu|an|zum|zur))?", ""),
                    contact("an-weiterleiten", "(?:an|zu|zum|zur)", "(?:weiterleiten|weiter|durchstellen|durch|"
                            + "verbinden|weiterverbinden|weitergeleitet|vermitteln|wenden)\\b"),
                    contact("ruckruf-von", "(?:ruckruf|ruckrufbitte|callback)(?: \\w+)? (?:von|vom|durch)", ""),
                    contact("wish-kontakt", WISH + "(?: \\w+){0,2}? (?:kontakt|verbindung|gesprach|telefonat|anruf|"
                            + "beratung|termin zum gesprach|videocall|call) (?:zu|mit|zum|zur|von|vom|durch)", ""),
                    contact("hilfe-von", "(?:hilfe|unterstutzung|beratung|antwort|antworten|auskunft|rat|"
                            + "ruckmeldung) (?:von|vom|durch)", ""),
                    contact("frage-an", "(?:frage|fragen|anliegen|nachricht|anfrage|bitte|beschwerde) (?:an|fur)", ""),
                    contact("von-beraten", "von", "(?:beraten|betreut|bedient|angerufen|kontaktiert|zuruckgerufen|"
                            + "geholfen|unterstutzt|verbunden) (?:werden|bekommen)\\b"),
                    contact("wie-erreichen", "(?:wie|wo|wodurch|womit) (?:(?:kann|konnte|soll|komme|kommt|kriege|"
                            + "bekomme) )?(?:ich|man|wir)(?: (?:hier|da|denn|jetzt|endlich|am besten|uberhaupt|"
                            + "schnell|bei ihnen|bei euch))*(?: (?:an|zu|zum|zur|mit))?",
                            "(?:erreiche|erreichen|erreicht|kontaktiere|kontaktieren|spreche|sprechen|rede|reden|"
                                    + "ran|dran|komme|kommen|bekomme|bekommen|kriege|kriegen)\\b"),
                    contact("erreichen", "(?:erreiche|erreichen|erreicht|kontaktiere|kontaktieren|komme|kommt)(?: "
                            + "ich| man| wir)?(?: hier| da| denn| bei ihnen| bei euch)?(?: an)?", ""),
                    contact("callback", "", "(?<=^ )(?:" + COMPLEMENT + " )?(?:(?:soll|sollte|kann|konnte|moge|"
                            + "mochte|wurde|muss|mich|uns|" + WHEN + ") )*(?:anrufen|zuruckrufen|kontaktieren|"
                            + "ruckrufen|anlauten|zurucklauten|(?:sich (?:(?:" + WHEN + ") )*)?bei (?:mir|uns) "
                            + "(?:melden|meldet)|(?:mir|uns) (?:(?:" + WHEN + "|eine (?:sms|nachricht|mail|e mail|"
                            + "whatsapp)) )*(?:zuruckschreiben|schreiben|mailen|schicken|senden))\\b"),
                    contact("mit-dem", "", "mit dem (?:ich|man) (?:sprechen|reden)"),
                    contact("mir-schreiben", "(?:kann|konnte|soll|sollte|konnen|konnten|moge) (?:mir|uns)(?: "
                            + "(?:bitte|mal|kurz|vielleicht|heute|morgen|gleich|spater))*",
                            "(?<=^ )(?:" + COMPLEMENT + " )?(?:(?:"
                            + WHEN + "|eine (?:sms|nachricht|mail|e mail|whatsapp)) )*(?:schreiben|schicken|senden|"
                            + "zuruckschreiben|mailen|antworten|zuruckmelden)\\b"),
                    contact("kontakt-zu", "^(?:(?:bitte|hallo|hi) )*(?:kontakt|verbindung|ruckruf) (?:zu|mit|von|"
                            + "vom)", ""),
                    contact("sondern-mit", "(?:sondern|lieber|eher|nur noch|nur) mit", ""),
                    contact("verfugbar", "", "(?<=^ )(?:(?:jetzt|gerade|grad|noch|sofort|gleich|von ihnen|von euch|"
                            + "bei ihnen|bei euch|aus dem team|im buro|hier|da) )*(?:da|verfugbar|online|erreichbar|"
                            + "frei)$"),
                    person("mochte", WISH, ""),
                    person("helfen", "", "(?:mir |uns )?(?:(?:bitte|mal|kurz|da|hier|dabei|damit|weiter|schnell) )"
                            + "*(?:helfen|weiterhelfen)\\b"),
                    person("schreiben", "", "(?<=^ )(?:" + COMPLEMENT + " )?(?:(?:mir|uns|" + WHEN + ") )*(?:schreib"
                            + "en|antworten|zuruckschreiben)\\b"),
                    person("bekommen", "", "(?:ans telefon |an den apparat |in die leitung |in den chat )"
                            + "?(?:bekommen|kriegen)(?: (?:bitte|jetzt|sofort|schnell|mal))*$"))
            .clauseRequests(
                    of("niemand-zum-reden", "\\bgibt es (?:da |hier |denn |wirklich |echt )*(?:niemand|niemanden|"
                            + "keinen menschen|keine person|keinen mitarbeiter)(?: (?:mit dem|der|zum|den)|$)"),
                    of("gibt-es-jemanden", "\\bgibt es (?:da |hier |denn |vielleicht |auch )*(?:jemand|jemanden|"
                            + "einen mitarbeiter|einen menschen|eine person|einen ansprechpartner|(?:echte |"
                            + "richtige |lebendige )?(?:menschen|mitarbeiter))(?: (?:mit dem|der|den ich)|$)"),
                    of("hatten-sie-jemanden", "\\b(?:hatten sie|hattet ihr|hattest du)(?: (?:vielleicht|eventuell|"
                            + "mal|gerade|jetzt|da|hier|auch|noch))* (?:jemand|jemanden|einen mitarbeiter|eine "
                            + "mitarbeiterin|einen menschen|eine person|einen ansprechpartner|einen berater|eine "
                            + "beraterin)(?: (?:fur mich|da|hier|bitte|mit dem|der|die|den ich))*$"),
                    of("ist-da-jemand", "\\bist (?:da|hier) (?:jemand|wer)(?: echtes| echter| da| erreichbar)?$"),
                    of("mit-ihm-sprechen", "\\bmit (?:ihm|ihr) (?:sprechen|reden)\\b"),
                    of("an-wen-wenden", "\\b(?:an wen|wen) (?:kann|muss|soll|sollte|konnte|darf) ich mich (?:\\w+ )"
                            + "{0,4}?wenden\\b|\\ban wen wende ich mich\\b|\\bwen (?:kann|soll|sollte|konnte|muss) "
                            + "(?:ich|man) (?:\\w+ ){0,3}?(?:anrufen|kontaktieren|ansprechen|erreichen)\\b"),
                    of("wer-zustandig", "\\bwer (?:ist|ware) (?:hier |bei ihnen |bei euch |dafur |denn |da )*(?:fur "
                            + "(?:\\w+ ){1,3})?(?:zustandig|verantwortlich|der richtige ansprechpartner)\\b"),
                    of("mich-zuruckrufen", "\\b(?:konnen|konnten|konnt|kannst|konntest|wurden|wurdest|wurdet) "
                            + "(?:sie|ihr|du) mich (?:(?:bitte|mal|kurz|vielleicht|eventuell|gerne|gern|heute|"
                            + "morgen|spater|nochmal|zuruck|telefonisch|schnell|jetzt|direkt|einfach|dann) )"
                            + "*(?:anrufen|zuruckrufen|ruckrufen|kontaktieren|verbinden|weiterleiten|durchstellen|"
                            + "weiterverbinden|anlauten|zurucklauten|weitervermitteln)\\b"),
                    of("leiten-sie-mich", "\\b(?:verbinden|leiten|stellen|vermitteln) sie mich (?:(?:bitte|mal|doch|"
                            + "kurz|gerne|einfach|jetzt|sofort) )*(?:weiter|durch)$|\\b(?:verbinde|leite|stell) "
                            + "mich (?:(?:bitte|mal|doch|kurz|einfach|jetzt|sofort) )*(?:weiter|durch)$"),
                    of("ruf-mich-an", "\\b(?:ruf|rufen sie|ruft|lauten sie|laut) (?:mich|uns) (?:(?:bitte|mal|doch|"
                            + "kurz|gerne|gern|heute|morgen|spater|einfach|zuruck|nochmal|schnell|unter \\S+|auf "
                            + "(?:der|meiner|dieser) \\S+) )*(?:an|zuruck)\\b"),
                    of("melden-sie-sich", "\\b(?:melden sie sich|meldet euch|melde dich) (?:(?:bitte|doch|gerne|"
                            + "gern|kurz|mal|heute|morgen|telefonisch|schnell|nochmal) )*(?:bei mir|bei uns|zuruck)"
                            + "\\b"),
                    of("ruckruf-bitte", "^(?:(?:bitte|hallo|hi|ok|also|dann) )*(?:um )?(?:einen |nen )?(?:ruckruf|"
                            + "anruf)(?: (?:bitte|erwunscht|gewunscht|dringend|heute|morgen))*$|\\b(?:bitte um|"
                            + "hatte gerne?|mochte|wunsche|brauche|will|wurde gerne?|erbitte|benotige|hatte gerne? "
                            + "einen dringenden) (?:(?:gern|gerne|bitte|dringend|schnell|heute|morgen|baldigst|"
                            + "umgehend|zeitnah|noch) )*(?:einen |nen |n |an |a )?(?:telefonischen )?(?:ruckruf|"
                            + "anruf)\\b"),
                    of("an-ubergeben", "^(?:(?:bitte|dann|also|jetzt) )*an (?:den |die |das |einen |eine |ihren |"
                            + "ihre )?{T} (?:ubergeben|weiterleiten|weitergeben|abgeben|uberleiten)(?: bitte)?$"),
                    of("soll-mich-anrufen", "\\b(?:er|sie) (?:soll|sollte|mochte|moge|muss) (?:mich|uns) "
                            + "(?:(?:bitte|mal|kurz|heute|morgen|zuruck|dringend|nochmal) )*(?:anrufen|zuruckrufen|"
                            + "kontaktieren|anlauten|zurucklauten)\\b|\\b(?:er|sie) (?:soll|sollte|mochte|moge) "
                            + "sich (?:\\w+ ){0,2}?bei (?:mir|uns) melden\\b"),
                    of("bitte-weiterleiten", "^(?:(?:bitte|jetzt|dann|ok|okay|also|einfach) )*(?:weiterleiten|"
                            + "durchstellen|weiterverbinden|verbinden)(?: bitte)?$"),
                    of("bare-department", "^(?:(?:bitte|dann|also|hallo|hi|ok) )*(?:die |den |das |zur |zum )?(?:"
                            + DEPT + "|support|team)(?: (?:bitte|jetzt|sofort|mal))+$"),
                    of("niemand-erreichbar", "\\b(?:erreiche|erreicht|erreichen) (?:\\w+ ){0,3}?(?:niemand|"
                            + "niemanden|keinen|keine sau|nie jemanden)\\b|\\b(?:niemand|keiner|nie jemand) (?:\\w+ "
                            + "){0,3}?(?:erreichbar|ans telefon|geht ran|ran|zuruck)\\b|\\bgeht (?:\\w+ )?(?:nie|"
                            + "keiner|niemand) (?:\\w+ )?ran\\b"))
            .gapBreakers("uber", "fur", "wegen", "in", "im", "am", "auf", "und", "aber", "oder", "als", "wenn",
                    "falls", "weil", "mein", "meine", "meinen", "meinem", "meiner", "sein", "seine", "seinen",
                    "seinem", "zweite[nmr]?", "mehr", "\\d+", "zwei", "drei", "nicht",
                    "kein\\w*", "mit", "zu", "an", "von", "vom", "termin\\w*", "dass", "ob", "ich", "er", "sie",
                    "es", "wir", "man", "ist", "sind", "war", "waren", "bin", "nach", "unter", "welche\\w*", "was")
            .fillers("bitte", "jetzt", "sofort", "mal", "schnell", "endlich", "ein", "eine", "einen", "einem",
                    "einer", "den", "die", "der", "dem", "echte[nrs]?", "echt", "richtige[nrs]?", "reale[nrs]?",
                    "lebendige[nrs]?", "menschliche[nrs]?", "hallo", "hi", "hey", "moin", "servus", "danke", "ja",
                    "nur", "sprechen", "reden", "gib", "mir", "mit", "gleich", "hier", "please", "dringend", "ok",
                    "okay", "also", "dann", "nochmal", "wieder", "nun", "doch", "einfach", "direkt", "personlich",
                    "ans telefon", "am telefon", "telefonisch", "in den chat", "verbinden", "bitteschon", "umgehend",
                    "schnellstmoglich", "bitte bitte", "zum", "zur", "ernsthaft", "aber")
            .negations("nicht", "kein", "keine", "keinen", "keinem", "keiner", "keins", "niemand", "niemanden",
                    "niemandem", "nie", "niemals", "ohne", "statt", "anstatt", "weder", "nirgends")
            .negationEnds("sondern", "aber", "doch", "bitte", "lieber", "stattdessen", "dafur",
                    "ich (?:will|mochte|brauche|hatte gerne?|wurde gerne?|wurde lieber|verlange)",
                    "(?:geben sie|gib|gebt) mir", "verbinden sie", "(?:kann|konnte|darf) ich", "(?:konnen|konnten) sie")
            .comparatives("statt", "anstatt", "(?:lieber|besser|eher) (?:\\w+ ){0,4}als", "^als")
            // "Ich weiß nicht, wie ich einen Menschen erreiche": the way is missing, not the wish.
            .negationLifts("(?:wei(?:ß|ss|s)|wusste|verstehe|kapiere) (?:\\w+ ){0,2}?(?:nicht|echt nicht|leider "
                    + "nicht) (?:\\w+ ){0,3}?(?:wie|wo|wen|wem|wer|an wen|mit wem|welche\\w*|ob)",
                    "keine?n? (?:ahnung|plan|idee|schimmer)(?: \\w+){0,2}? (?:wie|wo|wen|wem|wer|an wen|mit wem)",
                    "(?:finde|fand|sehe|sah|gibt es) (?:\\w+ ){0,2}?(?:keine[nm]?|nicht|nirgends|nirgendwo) (?:\\w+ "
                            + "){0,2}?(?:weg|moglichkeit|option|kontakt|button|knopf|link|nummer|ansprechpartner|"
                            + "menschen|mitarbeiter|person|jemanden|stelle)",
                    "(?:erreiche|erreichte|komme|kam|schaffe|schaff|schaffte|kriege|krieg|bekomme) (?:\\w+ )"
                            + "{0,3}?(?:nicht|nie|niemand\\w*|keine[nmr]?)",
                    "(?:gelingt|gelang) (?:es )?mir (?:\\w+ )?nicht",
                    "(?:ohne|keine) (?:chance|moglichkeit|option|weg)")
            .infoQuestions("wann", "bis wann", "ab wann", "wie lange", "wie spat", "um wie viel uhr",
                    "welche[nrms]? (?:uhrzeit|zeiten|tage|tag|nummer|telefonnummer|rufnummer|adresse|email|e mail|"
                            + "mail|durchwahl|hotline|kontaktdaten)", "unter welcher",
                    "wie (?:ist|lautet|war) (?:die|ihre|eure|deine) (?:\\w+ )?(?:nummer|telefonnummer|rufnummer|"
                            + "adresse|email|e mail|mail|durchwahl)",
                    "(?:telefon|handy|ruf)?nummer (?:von|vom|des|der|fur|zum|zur|ihres|ihrer|eures|eurer)",
                    "telefonnummer", "rufnummer", "durchwahl", "kontaktdaten", "e mail adresse", "email adresse",
                    "mailadresse", "offnungszeiten", "sprechzeiten", "geschaftszeiten", "servicezeiten",
                    "erreichbarkeit", "was (?:kostet|kosten)", "^um",
                    "^(?:(?:und|also|aber|oder|ok|okay|hallo|hi|kurze frage|frage) )?(?:muss|musste|brauche|brauch|"
                            + "benotige|soll|sollte|brauchte) (?:ich|man|wir)\\b",
                    "(?:muss|braucht|sollte) man", "ist (?:es|das|ein termin) (?:\\w+ )?(?:notig|notwendig|"
                            + "erforderlich|pflicht|zwingend|vorgeschrieben)", "notig", "notwendig",
                            "erforderlich", "zwingend")
            .servicePurposes("zu[mr] (?!(?:reden|sprechen|quatschen|chatten|telefonieren|besprechen|klaren|helfen|"
                    + "beraten|anrufen|zuruckrufen|kontaktieren|thema|gesprach|austausch)\\b)\\w+",
                    "fur (?:\\w+ ){0,2}?\\w*(?:arbeit|arbeiten|umzug|reinigung|putzen|reparatur|renovierung|montage|"
                            + "installation|aufbau|transport|babysitting|nachhilfe|haushalt|garten)\\b",
                    "(?:der|die|welche[rs]?) (?:\\w+ ){0,5}?(?:repariert|reparieren|putzt|streicht|baut|installiert|"
                            + "montiert|abholt|liefert|aufbaut|einbaut|austauscht|wechselt|maht|schneidet|pflegt|"
                            + "aufpasst|renoviert|transportiert|tragt|fahrt|saubermacht|sauber macht)\\b",
                    "mit (?:\\w+ )?(?:erfahrung|kenntnissen|ausbildung|fuhrerschein)",
                    "(?:mir |uns )?(?:die|eine|das|ein|den|einen) (?:\\w+ )?(?:rechnung|rezept|angebot|"
                            + "bescheinigung|attest|gutachten|kostenvoranschlag|brief|zeugnis|quittung) "
                            + "(?:schreiben|ausstellen|erstellen|schicken)")
            .hypotheticals("wenn", "falls", "sofern", "sobald (?:ich|wir)", "vielleicht", "eventuell", "evtl",
                    "irgendwann",
                    "nachstes mal", "nachste mal", "nachsten mal", "nur zur info", "nur interessehalber",
                    "interessehalber", "hypothetisch", "theoretisch", "in zukunft", "zukunftig", "kunftig",
                    "gegebenenfalls", "ggf", "bei bedarf", "im notfall", "notfalls", "angenommen", "nur mal so",
                    "aus neugier", "notig", "notwendig", "erforderlich", "zwingend", "vorgeschrieben")
            .politeConditions("(?:wenn|falls|sofern) (?:(?:es|das) )?(?:irgendwie |gerade )?(?:moglich|geht|moglich "
                    + "ist|sie konnen|ihr konnt|du kannst|sie zeit haben|ihr zeit habt|du zeit hast|es ihnen nichts "
                    + "ausmacht|es keine umstande macht|es passt|s geht)", "wenns geht",
                    "(?<=\\b" + MODAL + " |\\b" + MODAL + " \\w{1,20} |\\b" + MODAL + " \\w{1,20} \\w{1,20} )"
                            + "(?:vielleicht|eventuell|evtl)",
                    "(?:vielleicht|eventuell)(?= (?:kann|konnte|konnten|konnen|kannst) (?:mich|mir|uns|jemand|einer|"
                            + "wer|ich)\\b)",
                    "wenn(?= (?:\\w+ ){1,6}?(?:anrufen|zuruckrufen|kontaktieren|melden|verbinden|weiterleiten|"
                            + "sprechen|reden) (?:konnte|konnten|wurde|wurden|wurdet|konntet|konntest|wurdest)\\b)")
            .imperatives("^(?:(?:dann|also|bitte|ok|okay|und|jetzt|aber|sonst|ansonsten) )*(?:verbinden sie|"
                    + "verbinde|verbindet|stellen sie|stell|stellt|leiten sie|leite|leitet|geben sie mir|gib mir|"
                    + "gebt mir|holen sie|hol|holt|rufen sie|ruf|ruft|schicken sie|schick)\\b")
            .quotes("steht", "stand", "stehen", "sagt", "sagte", "sagten", "gesagt", "meinte", "meinten", "gemeint",
                    "(?:ich|wir) (?:soll|sollte|solle|sollen)", "schreibt", "schrieb", "geschrieben", "getippt",
                    "tippen", "eingeben", "eingegeben", "option",
                    "(?<!keinen |keine |kein )(?:button|knopf|schaltflache)", "menu", "menupunkt", "aus versehen",
                    "versehentlich",
                    "ignorieren", "ignoriere", "autokorrektur", "geandert", "heißt", "heisst", "bedeutet",
                    "das wort", "erzahlt", "behauptet", "angeblich", "hieß", "hiess", "unterschied zwischen",
                    "was (?:ist|macht|sind) (?:ein|eine|der|die|das)", "laut (?:ihrer|der|eurer|website|webseite|mail)",
                    "(?:habe|hab|hatte|hatten|bekam|erhielt)(?: (?:schon|bereits|gestern|heute|vorhin|letzte woche|"
                            + "gerade))* (?:einen |den |nen |n |ihren |deinen |euren )?(?:verpassten )?(?:ruckruf|"
                            + "anruf|telefonat|gesprach)",
                    "mein\\w* (?:mann|frau|mutter|mama|vater|papa|sohn|tochter|freund|freundin|chef|chefin|partner|"
                            + "partnerin|kollege|kollegin|nachbar|nachbarin|oma|opa|schwester|bruder|eltern|kinder|"
                            + "kind|familie) (?:will|mochte|wollte|braucht|muss|hatte gerne?|wurde gerne?|fragt)")
            .botQuestions("bist du", "sind sie", "seid ihr", "(?:ist|is) (?:das|dies|es)", "(?:schreibe|rede|"
                    + "spreche|chatte|texte) ich", "bin ich (?:hier )?(?:gerade )?(?:mit|bei)", "wer (?:antwortet|"
                    + "schreibt|ist) (?:hier|da|gerade|mir)", "wer (?:antwortet|schreibt)",
                    "sitzt (?:da|dort|hier)", "sind (?:die|diese|ihre|eure|das) (?:antworten|nachrichten)?",
                            "antwortet (?:hier |mir )?(?:ein|eine|gerade)", "handelt es sich", "kommen (?:die|diese)"
                                    + " antworten",
                    "steckt (?:da|dahinter|hier)", "liest (?:das|hier|da) (?:\\w+ )?(?:ein|eine|jemand|wirklich|"
                            + "uberhaupt)")
            .natureWords("mensch(?:en)?", "person", "bot", "roboter", "maschine", "echt(?:er|es|e)?", "automatisch",
                    "automatisiert", "ki", "kunstliche intelligenz", "chatbot", "assistent(?:in)?", "virtuell(?:er|e)?",
                    "programm", "computer", "chatgpt", "mitarbeiter(?:in)?", "jemand", "menschlich", "generiert",
                    "software")
            .botWords("bot", "roboter", "maschine", "automatisch", "automatisiert", "chatbot", "ki",
                    "kunstliche intelligenz", "virtuelle[rn]? assistent(?:en)?", "programm", "chatgpt", "computer")
            .orWords("oder")
            .otherSenses("personal ?trainer(?:in)?", "(?:zweite|dritte|weitere|zusatzliche|erwachsene|einzelne|jede|"
                    + "jeder|jeden|pro|je|eine weitere) (?:person(?:en)?|mensch(?:en)?)",
                    "(?:\\d+|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwolf|mehrere|viele|wenige|wieviele|"
                            + "wie viele|alle|einige|ein paar) (?:personen|menschen|mitarbeiter(?:innen|n)?|"
                            + "berater(?:innen|n)?|leute)", "(?:fur|ab) (?:\\w+ )?personen", "in person",
                    "person(?:en)? (?:mehr|weniger|zusatzlich|extra|mitbringen|mitnehmen)",
                    "(?:als|neue[nr]?|weitere|zusatzliche) (?:mitarbeiter\\w*|berater\\w*|verkaufer\\w*|kolleg\\w*|"
                            + "aushilfe\\w*|trainer\\w*|agent\\w*)", "mitarbeiter\\w* (?:gesucht|einstellen|suchen)",
                    "(?:ich bin|bin ich|wir sind|ich arbeite als|ich war) (?:\\w+ ){0,2}?(?:mitarbeiter\\w*|"
                            + "berater\\w*|makler\\w*|agent\\w*|person|mensch|kollege|kollegin)",
                    "mensch (?:argere|meier)", "ach mensch", "(?:brauche|brauchen|brauchte|benotige|benotigen|suche|"
                            + "suchen) (?:\\w+ ){0,2}?jemand(?:en)?$",
                            "(?:termin|termine|termins|beratungstermin) (?:mit|bei|beim|fur|zum|zur) (?:(?:dem|der|"
                                    + "den|einem|einer|einen|ihrem|ihrer|frau|herrn?|dr) )*\\w+",
                    SERVICE_DESK + " (?:nummer|telefonnummer|rufnummer|handynummer|durchwahl|adresse|mailadresse|e "
                            + "mail adresse|email adresse|e mail|email|mail|zeiten|offnungszeiten|sprechzeiten|"
                            + "erreichbarkeit|website|webseite|link|portal)")
            // Bot fallback: the bot itself ("ich", "mir") lacks the answer; "wir haben keine Parkplätze" is an answer.
            .fallbacks(
                    of("no-info", "(?:habe|hab|hatte) ich (?:\\w+ ){0,3}?(?:keine|keinen|nicht die|leider nicht die)"
                            + " (?:\\w+ ){0,2}?" + INFO + "|ich (?:habe|hab|besitze|verfuge uber) (?:\\w+ )"
                            + "{0,3}?(?:keine|keinen|nicht die|nicht genug|zu wenig) (?:\\w+ ){0,2}?" + INFO + "|(?:"
                            + "information|informationen|infos|angaben|details|daten|antwort) (?:habe|hab|hatte|"
                            + "kenne) ich (?:\\w+ )?(?:nicht|keine)|(?:liegt|liegen) mir (?:\\w+ ){0,3}?(?:nicht|"
                            + "keine \\w+|keine) (?:\\w+ )?vor|mir (?:fehlen|fehlt) (?:\\w+ ){0,3}?" + INFO + "|(?:f"
                            + "ehlen|fehlt) mir (?:\\w+ ){0,2}?" + INFO
                            + "|(?:ist|sind) mir (?:\\w+ ){0,2}?(?:nicht|nichts) bekannt|mir ist (?:\\w+ )"
                            + "{0,2}?nichts bekannt|wei(?:ß|ss) ich (?:\\w+ ){0,2}?(?:leider |auch |selbst |ehrlich "
                            + "gesagt |gerade |momentan |aktuell |so )*nicht|(?:ich kenne|kenne ich) (?:\\w+ )"
                            + "{0,4}?(?:leider )?nicht\\b|(?:bin ich|ich bin) (?:\\w+ ){0,2}?uberfragt|muss ich "
                            + "(?:\\w+ )?passen|(?:dazu|daruber|hierzu|hieruber) (?:habe|hab|finde) ich (?:\\w+ )"
                            + "{0,2}?(?:keine|nichts)\\b|(?:habe|hab|ist) (?:ich )?(?:\\w+ ){0,3}?(?:nichts|keine "
                            + "\\w+|keinen \\w+) (?:\\w+ )?(?:hinterlegt|gespeichert|vermerkt|parat)|(?:ist|sind) "
                            + "mir (?:\\w+ )?(?:leider )?(?:unklar|nicht klar)"),
                    of("cannot-help", "(?:kann ich|ich kann) (?:\\w+ ){0,4}?(?:leider |so |im moment |momentan |"
                            + "aktuell |derzeit |hier |gerade |von hier aus )*(?:nicht|nichts|keine[nm]? "
                            + "(?!(?:freie[nmrs]?|platz|platze|rabatt\\w*)\\b)\\w+(?: \\w+)?) (?:\\w+ )"
                            + "{0,3}?(?:helfen|weiterhelfen|beantworten|sagen|bestatigen|bearbeiten|einsehen|prufen|"
                            + "nachsehen|nachschauen|abrufen|zugreifen|beurteilen|einschatzen|herausfinden|nennen|"
                            + "erkennen|anfangen)\\b|keine (?:\\w+ )?(?:auskunft|auskunfte|angaben|aussage|aussagen)"
                            + " (?:\\w+ )?(?:geben|erteilen|machen|treffen)|ich bin (?:\\w+ )?(?:leider )?nicht in "
                            + "der lage|(?:ich habe|habe ich) (?:\\w+ )?(?:leider )?keine moglichkeit|ist mir "
                            + "(?:\\w+ )?(?:leider )?nicht moglich|kann ich nicht sagen|(?:bin ich|ich bin) (?:\\w+ "
                            + "){0,2}?(?:leider )?nicht (?:zustandig|der richtige|die richtige|ausgelegt|"
                            + "programmiert|gemacht)|(?:kann ich|ich kann|konnte ich|ich konnte) (?:\\w+ )"
                            + "{0,3}?(?:leider )?nicht (?:ganz )?(?:zuordnen|nachvollziehen)"),
                    of("check-with-team", "(?:klare|frage|frag|prufe|erkundige mich|informiere mich|halte "
                            + "rucksprache|checke) (?:\\w+ ){0,4}?(?:mit dem|mit der|mit den|beim|bei der|bei den|"
                            + "bei dem|bei unserem|bei unserer|im|in der|das|nach|mit unserem|mit unserer)(?: \\w+)"
                            + "{0,2}? "
                            + TEAM + "|frage (?:ich )?(?:\\w+ ){0,4}?(?:bei|beim|im|in der) (?:\\w+ ){0,2}?\\w+ "
                            + "nach\\b|(?:muss|musste|werde) ich (?:\\w+ ){0,5}?(?:nachfragen|nachhaken|erfragen|"
                            + "rucksprache halten|weitergeben|weiterleiten|prufen lassen|erkundigen)|ich (?:muss|"
                            + "musste|werde) (?:\\w+ ){0,5}?(?:nachfragen|nachhaken|erfragen|rucksprache halten|"
                            + "weitergeben|weiterleiten|prufen lassen|erkundigen)|(?:mit|bei) (?:dem|der|den|"
                            + "unserem|unserer|unseren|meinen|meinem|meiner) (?:\\w+ )?" + TEAM + " (?:\\w+ )"
                            + "{0,2}?(?:abklaren|klaren|besprechen|abstimmen|nachfragen|rucksprache halten|"
                            + "nachprufen|checken|abchecken|prufen)|(?:habe|hab) (?:ihre|die|deine|eure) (?:\\w+ )"
                            + "?(?:frage|anfrage|nachricht|anliegen) (?:\\w+ ){0,4}?(?:weitergeleitet|weitergegeben)"
                            + "|(?:leite|gebe|reiche) (?:ihre|die|deine|eure|das|es|diese) (?:\\w+ ){0,5}?(?:an|ans|"
                            + "zum|zur) (?:\\w+ ){0,3}?weiter\\b|frage (?:\\w+ )?(?:kurz|gerne|gern|mal|schnell|"
                            + "sofort|einmal) nach\\b|sobald ich (?:\\w+ ){0,2}?(?:mehr|naheres|genaueres|eine "
                            + "antwort|ruckmeldung|infos?|bescheid) (?:\\w+ )?(?:wei(?:ß|ss)|habe|bekomme|erhalte|"
                            + "erfahre)|(?:kann|konnen) (?:ihnen |dir |euch )?(?:\\w+ ){0,2}?(?:das team|unser team|"
                            + "die kollegen|die kolleginnen|ein mitarbeiter|eine mitarbeiterin|unsere mitarbeiter|"
                            + "die praxis|das buro|der verkauf|die werkstatt|der support|unser buro) (?:\\w+ )"
                            + "{0,3}?(?:besser|genauer|verbindlich|sicher) (?:\\w+ )?(?:beantworten|sagen|helfen|"
                            + "weiterhelfen|auskunft geben)|(?:mitarbeiter\\w*|kolleg\\w*|team) (?:wird|werden) "
                            + "sich (?:\\w+ ){0,4}?(?:bei ihnen|bei dir|bei euch) (?:dazu |diesbezuglich )?melden|"
                            + "(?:musste|konnte|sollte|muss|kann) (?:ihnen |dir |euch )?(?:jemand|das team|die "
                            + "praxis|der arzt|die arztin|die kollegen|ein mitarbeiter|die werkstatt|das buro|unser "
                            + "team|der vermieter|die hausverwaltung) (?:\\w+ ){0,2}?(?:bestatigen|beantworten|"
                            + "sagen|klaren|prufen)\\b"),
                    of("not-found", "(?:habe|hab|konnte|kann) ich (?:dazu |daruber |hierzu |leider |in meinen \\w+ |"
                            + "im system |in unserem system )*(?:nichts|keine " + INFO + "|keinen (?:eintrag|"
                            + "hinweis|treffer|datensatz)) (?:dazu |daruber |hierzu |passendes |entsprechendes )"
                            + "?(?:gefunden|finden)\\b|(?:ich (?:finde|fand|konnte)|(?:finde|fand|konnte) ich) "
                            + "(?:\\w+ ){0,4}?(?:keine (?:informationen?|infos?|angaben|daten|hinweise|eintrage|"
                            + "ergebnisse|treffer|details|antwort)|keinen (?:eintrag|hinweis|treffer|datensatz)|"
                            + "nichts (?:dazu|daruber|hierzu|passendes|entsprechendes|genaues|konkretes))|(?:dazu|"
                            + "daruber|hierzu) (?:\\w+ ){0,3}?nichts (?:\\w+ )?(?:gefunden|finden)|(?:zu|unter|uber|"
                            + "in meinen|in meiner|in unseren|dazu|daruber|hierzu) (?:\\w+ ){0,4}?(?:finde|fand|"
                            + "konnte|kann) ich (?:\\w+ ){0,5}?" + NOTHING
                            + "|ich (?:konnte|kann|finde|fand) (?:\\w+ )?(?:zu|unter|uber|in meinen|in meiner|in "
                            + "unseren|dazu|daruber|hierzu) (?:\\w+ ){0,4}?" + NOTHING),
                    of("out-of-scope", "geht (?:leider |wohl |etwas )?uber (?:das|mein|meine) (?:\\w+ ){0,2}?hinaus|"
                            + "(?:ubersteigt|ubersteigen) (?:leider |etwas )?(?:mein|meine|das was)|(?:ausserhalb|"
                            + "außerhalb|jenseits) (?:meines|meiner|dessen|von dem) (?:\\w+ )?(?:wissens|bereichs|"
                            + "kenntnis|kenntnisse|moglichkeiten|kompetenz|aufgaben|was|wobei|womit|wo)|nicht in "
                            + "(?:meinem|meinen) (?:\\w+ )?(?:bereich|fachgebiet|wissensbereich|wissen|"
                            + "aufgabenbereich)|kann (?:ich )?(?:ihnen |dir |euch )?(?:leider )?nur (?:bei|mit|zu) "
                            + "(?:\\w+ ){0,6}?(?:helfen|weiterhelfen|auskunft geben|antworten)|ich kann (?:ihnen |"
                            + "dir )?(?:leider )?nur (?:bei|fragen|allgemeine|zu)|ich bin (?:\\w+ )?(?:leider )?nur "
                            + "fur (?:\\w+ ){1,3}?(?:zustandig|da|programmiert)"),
                    of("not-understood", "(?:habe|hab) (?:ich )?(?:ihre|deine|die|eure) (?:frage|nachricht|anfrage) "
                            + "(?:\\w+ )?(?:leider )?nicht (?:ganz |richtig |genau )?verstanden|nicht (?:ganz |"
                            + "richtig |so ganz )?verstanden|(?:ich )?verstehe (?:(?:ihre|die|deine|eure|diese) "
                            + "(?:\\w+ )?|sie |das |dich |leider |es )?(?:leider )?nicht\\b|anders formulieren|"
                            + "umformulieren|nicht sicher,? ob ich (?:sie |das |dich |es )?(?:richtig )?verstehe|"
                            + "wie meinen sie das|was (?:genau )?meinen sie (?:damit|mit)"),
                    of("handover-offer", "(?:verbinde|leite|stelle) (?:ich )?sie (?:gern |gerne |jetzt |kurz |"
                            + "sofort )?(?:mit|an|zu) (?:\\w+ ){0,2}?(?:mitarbeiter\\w*|kolleg\\w*|team|jemandem|"
                            + "menschen|person|berater\\w*)|kann (?:ich )?sie (?:gerne |gern )?(?:mit|an) (?:\\w+ )"
                            + "{0,3}?(?:verbinden|weiterleiten)"))
            .uncertainFallbacks(
                    of("not-sure", "(?:bin ich mir|ich bin mir|ich bin|bin ich) (?:\\w+ )?(?:leider |gerade |da )"
                            + "*nicht (?:ganz |hundertprozentig |so |zu 100 )?sicher|ich wei(?:ß|ss) (?:\\w+ )"
                            + "?(?:leider )?nicht|keine ahnung|nicht mit sicherheit|wei(?:ß|ss) ich nicht genau"))
            // Customer feedback on the bot's last answer.
            .dissatisfied(
                    of("did-not-help", "(?:hat|hats|hatte) (?:\\w+ ){0,3}?(?:nicht|nichts|nix|gar nicht|gar nichts|"
                            + "uberhaupt nicht|uberhaupt nichts) (?:\\w+ ){0,2}?(?:geholfen|funktioniert|geklappt|"
                            + "gebracht|genutzt|gewirkt|weitergeholfen|geandert|getan)|(?:bringt|brachte|nutzt|"
                            + "hilft|half) (?:\\w+ ){0,2}?(?:nichts|nix|null|gar nichts|uberhaupt nichts|wenig|kaum)"
                            + "\\b|(?:habe|hab) (?:das|es|ihre antwort|die antwort|sie) (?:\\w+ )?nicht (?:ganz |"
                            + "richtig )?verstanden|(?:hilft|half|funktioniert|funktionierte|klappt|klappte|lauft) "
                            + "(?:mir |uns |das |es |so |leider |aber |auch |jetzt |trotzdem |einfach |gar |"
                            + "uberhaupt |immer noch |noch immer |wieder )*(?:nicht|nich|net)\\b|(?<!(?:montag|"
                            + "dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|uhr|tag|woche|zeit|morgen|abend|"
                            + "termin) )geht (?:leider |immer noch |noch immer |trotzdem |wieder |so |aber )"
                            + "*(?:nicht|nich|net)\\b|nutzlos\\w*|sinnlos|zwecklos|unbrauchbar|(?:nicht|wenig|nicht "
                            + "wirklich|nicht sehr|nicht besonders|null|gar nicht) (?:hilfreich|nutzlich|brauchbar|"
                            + "zielfuhrend)|keine (?:gro(?:ß|ss)e )?hilfe|noch verwirrter|zeitverschwendung|nichts "
                            + "mit meiner frage zu tun|nichts zu tun|am thema vorbei|(?:macht|ergibt) (?:doch |gar |"
                            + "uberhaupt |so )?keinen sinn|(?:hab|habe|haben|hatte) (?:ich |es |das |ich das |ich "
                            + "es )?(?:doch |auch |alles |schon |bereits |mehrmals |zigmal |x mal |zweimal |dreimal "
                            + "|so )*(?:schon|bereits) (?:\\w+ )?(?:probiert|versucht|gemacht|getan|ausprobiert|"
                            + "gecheckt|gepruft|geschaut|neu gestartet)|^(?:schon|bereits|alles schon) (?:probiert|"
                            + "versucht|gemacht)|(?:noch |immer noch |gar |uberhaupt |leider )?nicht (?:gelost|"
                            + "erledigt|geklart|behoben|repariert|angekommen|erhalten|gefunden)|keine[nm]? (?:mail|"
                            + "email|e mail|sms|nachricht|bestatigung|code|link) (?:\\w+ )?(?:bekommen|erhalten|"
                            + "gekriegt|angekommen)|(?:ich )?(?:verstehe|versteh) (?:\\w+ )?(?:nicht|nix|kein wort|"
                            + "nur bahnhof)|komme?n? (?:so |hier |damit |immer noch )?nicht weiter|(?:damit|davon|"
                            + "mit der antwort|mit dieser antwort|mit dem link|damit kann ich) (?:kann ich )"
                            + "?(?:\\w+ )?(?:nichts|nix|wenig|gar nichts) anfangen|(?:hab|habe|haben) (?:ich |wir )"
                            + "?(?:das |es )?(?:so |genau so |genauso |alles so |schon so )(?:gemacht|probiert|"
                            + "versucht)|genauso (?:viel |schlau |klug )?wie (?:vorher|zuvor)|so schlau wie "
                            + "(?:vorher|zuvor)|(?:hilfreich|aufschlussreich|informativ|nutzlich|toll|super|klasse) "
                            + "nicht(?=\\n|$)|^nein(?=\\n|$)|^(?:nochmal|noch einmal|nochmals) "
                            + "(?:kann|konnen|konnt|ist|sind|habt|haben|hat|gibt|wann|wie|was|wo|welche\\w*|ob|"
                            + "meine frage)\\b|^zum (?:zweiten|dritten|letzten) mal\\b|ich frag(?:e)? (?:jetzt |"
                            + "hier )?(?:zum (?:zweiten|dritten|letzten) mal|nochmal|noch einmal)|(?:ah ja|aha|"
                            + "achso|ach so) (?:sehr |super |echt |wirklich |ja )?(?:hilfreich|aufschlussreich|"
                            + "informativ)|fuhrt zu nichts|keine antwort auf meine frage|das ist keine antwort"),
                    of("still-broken", "(?:bleibt|ist|geht|kommt|bin|sind) trotzdem (?:\\w+ )?(?:kalt|kaputt|nicht|"
                            + "aus|falsch|defekt|das gleiche|gleich|gesperrt|leer)\\b|(?:immer noch|noch immer|"
                            + "immernoch|weiterhin|nach wie vor) (?:ist |sind |bin |habe |hab |wird |kommt |geht |"
                            + "funktioniert |klappt |der |die |das |es |ein |eine )?(?:nicht|kein\\w*|falsch|kaputt|"
                            + "doppelt|defekt|nichts|fehler\\w*|gesperrt|das gleiche|dasselbe|derselbe|dieselbe|die "
                            + "gleiche|der gleiche|gleich|da)\\b|(?:besteht|bleibt) (?:das problem )?(?:immer noch|"
                            + "weiterhin|noch immer|nach wie vor)|sturzt (?:immer noch |noch immer |wieder |"
                            + "trotzdem )?ab|(?:gleiche|gleiches|selbe|selbes|dasselbe|das gleiche|das selbe) "
                            + "problem|(?:kommt|erscheint) (?:immer noch |wieder |schon wieder |trotzdem )?(?:die |"
                            + "eine |der |diese )?(?:gleiche |selbe )?fehler(?:meldung)?|warte (?:\\w+ )?(?:immer "
                            + "noch|noch immer|weiterhin|nach wie vor)|(?:link|code|seite|app|button|knopf|login|"
                            + "anmeldung|zahlung|formular|passwort|gutschein|rabattcode|webseite|website|buchung) "
                            + "(?:\\w+ ){0,4}?(?:geht|funktioniert|klappt|lauft|ladt|offnet) (?:\\w+ )?(?:nicht|"
                            + "nich|net)"),
                    of("not-what-i-asked", "(?:habe|hab) ich (?:doch |gar |so )?nicht (?:gefragt|gemeint|gesagt|"
                            + "gewollt)|nicht (?:das|was|das was|das wonach|wonach) ich (?:\\w+ )?(?:gefragt|"
                            + "gemeint|wollte|gesucht|wissen wollte)|das ist es nicht|beantwortet (?:meine frage |"
                            + "das |die frage )?(?:\\w+ )?nicht|darum (?:ging|geht) es (?:mir )?(?:doch )?(?:gar )"
                            + "?nicht|es geht (?:mir )?(?:doch )?um (?:etwas|was) anderes|(?:war|ist) nicht "
                            + "(?:meine frage|die frage)|nicht meine frage|meine frage war (?:eine )?(?:andere|"
                            + "eigentlich|doch)|(?:habe|hab) (?:was|etwas) (?:ganz )?anderes gefragt|an meiner "
                            + "frage vorbei|(?<!mehr )wollte ich (?:gar |doch )?nicht wissen|passt nicht zu meiner "
                            + "frage|thema verfehlt|themaverfehlung"),
                    of("wrong-answer", "(?:das|es|dies|sie|du) (?:ist|war|stimmt|stimmte|sind|haben sich|hast dich) "
                            + "(?:so |leider |aber |doch |ja |einfach |vollig |total |definitiv |absolut |ganz )"
                            + "*(?:falsch|nicht richtig|nicht korrekt|nicht wahr|unsinn|quatsch|blodsinn|vertan|"
                            + "geirrt)|stimmt (?:so |leider |doch |aber |einfach |gar |uberhaupt )*nicht\\b|"
                            + "^(?:(?:nein|nee|ne|no|nope|noe) )?(?:falsch|quatsch|unsinn|blodsinn|schwachsinn)\\b|"
                            + "falsche (?:antwort|info|infos|information|angabe|auskunft|zeit|adresse|nummer)|"
                            + "(?:rede|spreche|meine|meinte|fragte) (?:von|vom|nach) (?:der |dem |den )?(?:anderen|"
                            + "ganz anderen)|(?:meinte|war|sagte|fragte) (?:\\w+ ){1,5}nicht \\w+|(?:wollte|gefragt|"
                            + "gemeint|wissen) (?:\\w+ ){0,5}?nicht (?:die|den|das|der|nach|um|am|im|fur|von|zum|"
                            + "zur|meine\\w*|\\d+)\\b|^(?:nein|nee|ne|no|noe) (?:ich )?(?:meine|meinte|rede|spreche|"
                            + "frage|fragte)\\b|ich (?:meinte|meine) (?:doch |eigentlich |aber )(?:\\w+ )?\\w+"),
                    of("not-understood", "(?:sie verstehen|du verstehst|ihr versteht) (?:mich|das|es|meine frage|"
                            + "mein problem) (?:\\w+ )?nicht|(?:sie haben|du hast|hast du|haben sie) (?:mich|das|"
                            + "meine frage|es) (?:\\w+ )?(?:nicht|falsch) verstanden|falsch verstanden|"
                            + "missverstanden|(?:haben sie|hast du|habt ihr) (?:meine nachricht |meine frage |das |"
                            + "es )?(?:uberhaupt |eigentlich |auch )*(?:gelesen|zugehort)|(?:nachricht|frage) "
                            + "(?:uberhaupt )?gelesen|(?:lesen sie|liest du|lest ihr) (?:meine \\w+ )?(?:uberhaupt|"
                            + "eigentlich|auch mal)|(?:sie horen|du horst|ihr hort|sie lesen|du liest|ihr lest) "
                            + "(?:mir )?(?:\\w+ )?nicht(?: zu)?\\b|(?:horen sie|horst du) (?:mir )?(?:uberhaupt |"
                            + "eigentlich )?zu"),
                    of("repeat", "(?:sie wiederholen|du wiederholst|wiederholen sie|wiederholst du) (?:sich|dich|"
                            + "nur|immer|standig|schon wieder|einfach)|wiederholen (?:immer )?(?:dasselbe|das "
                            + "gleiche)|immer (?:wieder )?(?:dasselbe|das gleiche|das selbe|dieselbe antwort|die "
                            + "gleiche antwort|den gleichen text)|schon wieder (?:dieselbe|die gleiche|das gleiche|"
                            + "dasselbe|die selbe|diese) (?:antwort|nachricht|text)|(?:gleiche|selbe|dieselbe) "
                            + "antwort (?:wie|schon|nochmal|wieder)|(?:das|es) (?:hatten|sagten|schrieben) (?:wir|"
                            + "sie|du) (?:doch )?(?:schon|bereits)|(?:das|es) haben sie (?:mir )?(?:doch )?(?:schon|"
                            + "bereits) (?:gesagt|geschrieben)|(?:das|es) (?:hast du|haben sie|habt ihr) (?:mir |"
                            + "uns )?(?:\\w+ ){0,3}?(?:schon|bereits) (?:\\w+ )?(?:gesagt|geschrieben|erklart|"
                            + "geschickt)|(?:das|es) wei(?:ß|ss) ich (?:doch |ja )?(?:schon|bereits|selbst|selber)|"
                            + "wusste ich (?:doch |ja )?(?:schon|bereits)|(?:drehen|dreh|drehe) (?:uns |mich )"
                            + "?(?:hier |nur )?im kreis|im kreis (?:drehen|gehen|laufen|reden)|endlosschleife"),
                    of("sarcasm", "danke fur nichts|na (?:toll|bravo|klasse)|(?:vielen dank|danke) auch(?=\\n|$)|"
                            + "(?:ganz|echt) toll gemacht|sehr witzig|wie hilfreich"),
                    of("gave-up", "trotzdem danke|danke trotzdem|dann eben nicht|dann halt nicht|vergessen sie es|"
                            + "vergiss es|lassen wir das|ich (?:ruf|rufe) (?:dann )?(?:lieber|einfach|halt|eben|"
                            + "doch|selbst|direkt) (?:\\w+ ){0,3}?an\\b|ich (?:frag|frage|versuch|versuche) (?:es )"
                            + "?(?:dann )?(?:lieber |halt |eben )?(?:woanders|jemand anderen|selbst|selber|vor ort)|"
                            + "finde es (?:selbst|selber) (?:raus|heraus)|kummere mich (?:selbst|selber)"))
            .resolved(
                    of("worked", "(?:hat|hats|hat es|hat das|hat alles) (?:\\w+ )?(?:jetzt |nun |endlich |doch |"
                            + "super |prima |gut |bestens )?(?:funktioniert|geklappt|geholfen|gewirkt|"
                            + "weitergeholfen)|(?:funktioniert|klappt|geht|gehts|lauft) (?:jetzt|wieder|nun|endlich|"
                            + "alles|einwandfrei|problemlos)|jetzt (?:geht|gehts|funktioniert|klappt|lauft|passt)|"
                            + "(?:jetzt|nun|damit) (?:ist|wird|wars) (?:es |das |alles |mir |mir das |mir alles )"
                            + "*klar|gelost|erledigt|geklart|behoben|bin (?:jetzt |nun |endlich )?(?:drin|"
                            + "eingeloggt|angemeldet)|alles (?:gut|ok|okay|erledigt|bestens|prima|passt)|alles "
                            + "klar(?! (?:\\w+ ){0,2}?(?:uberleg\\w*|melde mich|schau(?:e)? (?:mal|ich)|denke? "
                            + "(?:mal )?(?:daruber|nach)|muss (?:ich )?(?:noch|erst)))|(?:ergibt|macht) (?:jetzt |"
                            + "nun |so |das |es |alles )*sinn|angekommen|(?:ist|sind|ging|gingen) (?:jetzt |nun |"
                            + "endlich )?(?:durch|durchgegangen|durchgelaufen)|beantwortet|(?:hab|habe|hab ich|habe "
                            + "ich|ich habe|ich hab) (?:es |ihn |sie |das |den \\w+ |die \\w+ |jetzt |nun |endlich |"
                            + "doch |s )*(?:gefunden|hinbekommen|geschafft|bekommen|erhalten|verstanden|kapiert)|"
                            + "(?:das |es )?hilft (?:mir )?(?:sehr|weiter|total|echt)|sehr hilfreich|(?:perfekt|"
                            + "super|top|danke),? (?:das )?(?:passt|reicht|genugt)|hat sich erledigt|problem (?:ist "
                            + ")?(?:weg|gelost|behoben)"),
                    of("that-is-all", "genau das|mehr brauchte ich nicht|mehr wollte ich nicht|(?:das )?war(?: es)? "
                            + "schon alles|das war alles|mehr (?:brauche|wollte) ich (?:gar )?nicht"))
            .thanks("(?<!nein |nee |ne )danke", "vielen dank", "tausend dank", "besten dank", "herzlichen dank",
                    "dankeschon",
                    "perfekt", "super", "top", "klasse", "prima", "passt", "toll", "verstanden", "gebucht",
                    "wunderbar", "spitze", "merci", "vielen lieben dank", "sehr gut", "bestens",
                    "alles klar (?:danke|vielen dank|super|perfekt|top)", "dank dir", "dank ihnen")
            .questionStarts("was", "wie", "wann", "wo", "welche[rsnm]?", "wer", "warum", "wieso", "weshalb",
                    "wieviel", "kann ich", "konnen sie", "gibt es", "habt ihr", "haben sie", "kannst du",
                    "konnt ihr", "konnten sie", "konnte ich", "muss ich", "darf ich", "soll ich", "brauche ich",
                    "bekomme ich", "geht das", "ist das", "ist es", "sind die", "hast du", "bist du")
            .build();
}
