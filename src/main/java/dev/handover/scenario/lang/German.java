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
            .fallbacks(GermanReplies.FALLBACKS)
            .uncertainFallbacks(GermanReplies.DOUBTS)
            .dissatisfied(GermanReplies.DISSATISFIED)
            .resolved(GermanReplies.RESOLVED)
            .thanks(GermanReplies.THANKS)
            .questionStarts(GermanReplies.QUESTION_STARTS)
            .build();
}
