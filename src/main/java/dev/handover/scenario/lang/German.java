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
            + "kontakt aufnehmen|zu tun haben|kommunizieren|"
            // conjugated, after "dass ich"/"wie man": "dass ich das mit jemandem bespreche", "wie man mit wem redet"
            + "spreche|sprichst|spricht|rede|redest|redet|bespreche|besprichst|bespricht|klare|klart|durchgehe|"
            + "durchgeht|chatte|chattet|telefoniere|telefoniert)";
    /** A wish, before what is wished for. */
    private static final String WISH = "(?:mochte|mochten|will|wollen|wollte|brauche|brauchen|brauchte|benotige|"
            + "benotigen|hatte gerne?|hatten gerne?|hatte lieber|wurde gerne?|wurde lieber|wurden gerne?|wunsche|"
            + "verlange(?: nach)?|bitte um|erbitte|gib mir|geben sie mir|gebt mir|(?:holen sie|hol|holt)(?: mir| "
            + "uns)?|her mit|schicken sie mir|schick mir)";
    private static final String DEPT = "\\w+abteilung|buchhaltung|abrechnung|rechnungsstelle|verwaltung|zentrale|"
            + "rezeption|empfang|anmeldung|sekretariat|verkauf|vertrieb|werkstatt|serviceannahme|kasse|buro|praxis|"
            + "geschaftsleitung|geschaftsfuhrung|filialleitung|leitung|reklamation|kanzlei|agentur|filiale|"
            + "niederlassung|geschaft|laden|salon|studio|klinik|autohaus|hotel|kundenbetreuung";

    /** A target's own complement ("jemand aus dem Team"), the only words a verb-last frame lets in between. */
    private static final String COMPLEMENT = "(?:aus|von|vom|bei|beim|im|in) (?:dem |der |den |ihrem |ihrer |eurem |"
            + "eurer |deinem |deiner |unserem |unserer )?\\w+";
    /** When and how a callback is wanted: "heute Nachmittag", "unter 0151...", "kurz". */
    private static final String WHEN = "bitte|mal|kurz|heute|morgen|gleich|spater|nochmal|zeitnah|baldigst|"
            + "moglichst|schnell|doch|telefonisch|zuruck|hier|jetzt|einfach|gerne?|dringend|nachmittag|vormittag|"
            + "abend|fruh|mittag|noch|direkt|wieder|unter \\S+|auf (?:meinem|meiner|dem|der|diese[rm]) \\w+|um "
            + "\\d+(?: uhr)?|ab \\d+(?: uhr)?|nach \\d+(?: uhr)?|zwischen \\d+ und \\d+(?: uhr)?|per (?:sms|mail|e "
            + "mail|whatsapp|telefon)|in der mittagspause|sobald wie moglich|schnellstmoglich|asap";




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
                    "kundendienst", "sachbearbeiter", "anrufen", "ruckruf", "irgendjemand", "telefonieren", "verbinden",
                    "weiterleiten")
            // Real words within one typo (two, from nine letters) of a word above, from a German word list.
            .typoExclusions("weiterleitung", "weiterleitungen", "weiterleitet", "weiterleite", "weiterleitete",
                    "weiterleiteten", "weiterleitest",
                    "beraten", "berate", "beratet", "personal", "personen", "rede", "redet", "regen",
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
                            + "verbinden|weiterverbinden|weitergeleitet|vermitteln|wenden|durchgestellt werden)\\b"),
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
                    // a person, not a shop or a slot: "ware jemand vom Team kurz frei", "hatte jemand kurz Zeit"
                    person("frei", "", "(?<=^ )(?:(?:kurz|mal|heute|morgen|vielleicht|eventuell|jetzt|gerade|gleich|"
                            + "(?:vom|von|aus dem|aus der|im) \\w+) )*(?:verfugbar|frei|erreichbar)$"),
                    // the person is the subject after "dass mich": "dass mich einer Ihrer Kollegen kurz berat"
                    contact("mich-beraten", "dass (?:mich|uns)", "(?<!nicht |niemals |nie |keiner |keine "
                            + "|kein )(?:berat|beraten|anruft|"
                            + "zuruckruft|kontaktiert|betreut|bedient|hilft|helfen|anrufen|zuruckrufen)\\b"),
                    person("zeit-haben", "(?:hatte|hat|hatten|hattet|habt|hast|hattest)(?: \\w+)?",
                            "(?:\\S+ ){0,4}?zeit$"),
                    // the person is the subject: "konnte jemand mit mir uber die Rechnung sprechen"
                    contact("mit-mir", "", "(?:\\S+ ){0,3}?mit (?:mir|uns) (?:\\S+ ){0,4}?" + TALK + "\\b"),
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
            .fallbacks(GermanReplies.FALLBACKS)
            .uncertainFallbacks(GermanReplies.DOUBTS)
            .clauseRequests(ContactFamilies.requests("de"))
            .clauseRequests(Callbacks.requests("de"))
            .fallbacks(FallbackFamilies.certain("de"))
            .fallbacks(ChannelRefusals.certain("de"))
            .fallbacks(RecordFallbacks.certain("de"))
            .uncertainFallbacks(FallbackFamilies.uncertain("de"))
            .dissatisfied(GermanReplies.DISSATISFIED)
            .resolved(GermanReplies.RESOLVED)
            .dissatisfied(FeedbackFamilies.dissatisfied("de"))
            .resolved(FeedbackFamilies.resolved("de"))
            .dissatisfied(RetryFeedback.dissatisfied("de"))
            .resolved(RetryFeedback.resolved("de"))
            .thanks(GermanReplies.THANKS)
            .questionStarts(GermanReplies.QUESTION_STARTS)
            .faultQuestions(GermanReplies.FAULT_QUESTIONS)
            .undecided(GermanReplies.UNDECIDED)
            .negations(GermanChecks.NEGATIONS)
            .negationEnds(GermanChecks.NEGATION_ENDS)
            .comparatives(GermanChecks.COMPARATIVES)
            .negationLifts(GermanChecks.NEGATION_LIFTS)
            .infoQuestions(GermanChecks.INFO_QUESTIONS)
            .servicePurposes(GermanChecks.SERVICE_PURPOSES)
            .hypotheticals(GermanChecks.HYPOTHETICALS)
            .politeConditions(GermanChecks.POLITE_CONDITIONS)
            .imperatives(GermanChecks.IMPERATIVES)
            .reporters("(?<!\\bich |\\bwir )(?:meinte|meint|meinten|sagte|sagt|sagten|erzahlte|erzahlt|behauptet"
                    + "|behauptete|"
                    + "(?:hat|haben) (?:gesagt|erzahlt|gemeint))")
            .quotes(GermanChecks.QUOTES)
            .botQuestions(GermanChecks.BOT_QUESTIONS)
            .natureWords(GermanChecks.NATURE_WORDS)
            .botWords(GermanChecks.BOT_WORDS)
            .orWords(GermanChecks.OR_WORDS)
            .otherSenses(GermanChecks.OTHER_SENSES)
            .build();
}
