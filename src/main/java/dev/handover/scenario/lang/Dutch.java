package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Dutch rules (nl-NL and nl-BE), over normalised text (lower case, no accents, apostrophes dropped: "m'n" reads
 * "m n"). Dutch puts the verb last ("met een
 * medewerker spreken", "mij terugbellen"), so most frames pair a word before the target with a verb after it.
 */
final class Dutch {

    private Dutch() {
    }

    /** A modal or wish that opens a request with the verb at the end: "kan ik [de eigenaar] spreken". */
    private static final String MODAL = "(?:wil|wilt|willen|wou|wilde|zou|zouden|kan|kun|kunt|kunnen|mag|mogen|moet|"
            + "moeten|graag|liefst|liever|probeer|probeerde|proberen|krijg|krijgen|hoe|gelieve)(?: (?:ik|we|wij|u|je|jij|"
            + "ge|men|het|er|me|mij|graag|even|nu|toch|eens|dan|nog|direct|gewoon|misschien|krijg|kom|kan|kun|kunt|"
            + "bereik|liefst|alsnog|hier|eerst|zelf)){0,4}(?: (?:een|1|iemand) van (?:uw|jullie|je|de|onze|u))?|lukt (?:me |mij "
            + "|ons )?(?:\\w+ )?(?:niet |nooit )?om";
    /** Who may be asked to call back or to help: "kan iemand mij terugbellen", "ik wil dat iemand me belt". */
    private static final String ASK = "(?:kan|kun|kunt|kunnen|zou|zouden|wil|wilt|willen|moet|moeten|mag|mogen|laat|"
            + "laten|graag|liefst|kon|konden|gelieve|(?:wil|graag|liefst|vraag|verzoek|wens|hoop|zie graag) dat|(?:vragen|vraag) of)(?: (?:er|"
            + "nu|even|misschien|alsjeblieft|alstublieft|aub|vandaag|toch|nog|eens|dan|alsnog|toevallig)){0,4}(?: (?:een|1) van "
            + "(?:uw|jullie|je|de|onze|u))?";
    private static final String TALK = "(?:spreken|praten|chatten|babbelen|kletsen|bellen|opbellen|telefoneren|overleggen|"
            + "bespreken|doorverbinden|doorverbonden|verbinden|verbonden|doorschakelen|doorgeschakeld|door (?:te |kunnen |"
            + "willen )?(?:verbinden|schakelen)|in contact|contact(?! gehad| had)|in gesprek|communiceren|appen|"
            + "whatsappen|mailen|afstemmen|te woord|praat|spreek|babbel|chat|overlopen|doornemen|door te nemen|"
            + "bespreek|regelen|afhandelen)";
    private static final String LANGS = "(?<!frans |engels |duits |spaans |turks |arabisch |pools |nederlands |vlaams |"
            + "italiaans |portugees |chinees |goed |vloeiend |geen |dezelfde taal )";
    private static final String OBJ = "(?: (?:me|mij|ons|mijn vraag|mn vraag|het gesprek|dit gesprek|de chat|mijn "
            + "verzoek|mijn klacht))?(?: (?:even|maar|nu|graag|aub|snel|direct|gewoon|alstublieft|alsjeblieft|eens|dan|"
            + "toch|weer|liefst|meteen|rechtstreeks)){0,4}";
    static final String TEAM = "(?:team|collega|collegas|collega s|kantoor|praktijk|afdeling|\\w+afdeling|"
            + "\\w*(?:chef|beheerder|verantwoordelijke|leider|adviseur|specialist|planner|eigenaar|monteur|medewerker)|"
            + "tandarts|dokter|arts|eigenaar|medewerker|medewerkers|leidinggevende|manager|specialist|monteur|technicus|"
            + "klantenservice|receptie|baas|iemand|planning|administratie|boekhouding|verkoop|werkplaats|mensen)";
    private static final String NOT_TALK = "(?!(?:\\S+ ){0,6}?(?:helpen|help|helpt|spreken|spreekt|praten|praat|chatten|"
            + "bellen|belt|terugbellen|uitleggen|uitlegt|antwoorden|antwoord|beantwoorden|contact|woord|mij|me|ons|over|"
            + "verantwoordelijk|bevoegd|kent|weet|snapt|begrijpt|verstand|informeren|adviseren|advies|vragen|vraag|"
            + "klacht|doorverbinden|mee|bot|robot|computer|mens|echt|echte)\\b)";

    static final LanguageRules RULES = LanguageRules.builder("nl")
            .stopWords("ik", "het", "een", "niet", "met", "wil", "wilt", "graag", "zou", "kunnen", "kan", "kun", "kunt",
                    "mag", "moet", "mijn", "mij", "jullie", "jij", "jou", "jouw", "uw", "ons", "onze", "dat", "dit",
                    "deze", "daar", "nog", "ook", "maar", "wel", "geen", "zijn", "heb", "hebt", "heeft", "hebben",
                    "word", "wordt", "worden", "gaat", "doen", "krijg", "krijgen", "nu", "gewoon", "alstublieft",
                    "alsjeblieft", "aub", "ajb", "hoi", "goedemorgen", "goedemiddag", "goedenavond", "iemand",
                    "spreken", "praten", "medewerker", "medewerkers", "bedankt", "dank", "hoe", "waar", "wanneer",
                    "waarom", "welke", "wat", "iets", "niets", "niks", "voor", "van", "aan", "bij", "naar", "uit",
                    "om", "omdat", "werkt", "oke", "nee", "zo", "wij", "ze", "hij", "zij", "er", "toch", "mee",
                    "klopt", "helpt", "bent", "gij", "ge", "zijt", "efkes", "nie", "mn", "ff", "heel", "weer",
                    "steeds", "altijd", "alleen", "gelieve")
            .spellings("ff", "even", "effe", "even", "gwn", "gewoon", "hebbie", "heb je", "efkes", "even", "eventjes", "even", "mn", "mijn",
                    "m", "mijn", "z", "zijn", "n", "een", "ne", "een", "nen", "een", "k", "ik", "t", "het", "kwil",
                    "ik wil", "kzou", "ik zou", "kheb", "ik heb", "kben", "ik ben", "kmoet", "ik moet", "kweet",
                    "ik weet", "kga", "ik ga", "kkan", "ik kan", "kvind", "ik vind", "kmag", "ik mag", "ge", "je",
                    "gij", "jij", "zijt", "bent", "nie", "niet", "ni", "niet", "nt", "niet", "nx", "niks", "wa", "wat",
                    "da", "dat", "wrm", "waarom", "wnr", "wanneer", "mss", "misschien", "idd", "inderdaad", "svp",
                    "aub", "ajb", "aub", "tnx", "bedankt", "dnk", "dank", "mw", "medewerker", "mdw", "medewerker",
                    "iem", "iemand", "ipv", "in plaats van", "evt", "eventueel", "kunde", "kunt je", "wilde",
                    "wilde", "oké", "oke", "okee", "oke", "okey", "oke")
            .typoWords("medewerker", "medewerkers", "iemand", "persoon", "spreken", "praten", "klantenservice",
                    "klantendienst", "doorverbinden", "terugbellen", "alstublieft", "alsjeblieft", "graag",
                    "menselijk", "menselijke", "werknemer", "vertegenwoordiger", "leidinggevende", "helpdesk",
                    "bereiken", "contact", "verbinden", "medewerkster", "eigenaar", "tandarts", "wil", "echte",
                    "opbellen", "collega", "mens", "door")
            .typoExclusions("niemand", "iemands", "bereken", "berekenen", "bereikt", "bereik", "bereikte", "bereikbaar",
                    "contract", "contacten", "verbonden", "verbindt", "verbind", "spreker", "sprekers", "preken",
                    "sprekend", "platen", "praters", "graad", "graan", "wensen", "persoons", "personen", "aanspreken",
                    "bijpraten", "uitpraten", "nabellen", "aanspreekpunt", "contactpersoon", "eigenaren", "wel",
                    "wit", "wie", "wij", "mes", "mensen", "echt", "echter", "techte", "eenmalig", "medewerking",
                    "tandartsen", "collegas", "opgebeld", "terugbelt", "opbelt")
            .persons("(?<=(?:een|echte|echt|levende|menselijke|gewone|gewoon|n|ne|nen|met|wil|graag|naar|de) )mens",
                    "^mens(?= (?:graag|aub|alsjeblieft|alstublieft|ajb|please|nu|svp|spreken|praten)\\b)",
                    "(?<=(?:echte|jullie|uw|je|levende|de|met|van|andere|gewone) )mensen", "persoon",
                    "(?:een|1) van (?:uw|jullie|je|de|onze) (?:adviseurs|medewerkers|collegas|collega s|specialisten|"
                            + "monteurs|experts|consulenten|mensen)", "\\w*medewerk(?:er|ers|ster"
                            + "|sters)", "werknemers?", "iemand(?: anders)?", "klantenservice",
                    "klantendienst", "klantenondersteuning", "klantcontact", "klantenteam", "service ?desk",
                    "help ?desk", "support(?:afdeling|team|desk|medewerker)?", "\\w*adviseurs?",
                    "consulent(?:e|en)?", "vertegenwoordigers?", "contactpersoon", "aanspreekpunt",
                    "verantwoordelijke", "leidinggevende", "teamleider", "\\w*manager", "supervisor",
                    "directeur", "directie", "\\w*chef", "baas", "\\w*verantwoordelijke", "\\w*leider", "collegas?", "collega s", "operator", "telefonist(?:e)?",
                    "agents?", "degene", "diegene", "menselijke? (?:contact|hulp|ondersteuning|assistentie|stem)",
                    "persoonlijke? (?:contact|hulp|gesprek|ondersteuning|assistentie)", "live (?:chat|support)", "\\w+afdeling",
                    "afdeling(?: (?:facturatie|verkoop|onderdelen|service|klantenservice|boekhouding|administratie|"
                            + "planning|financien|inkoop|debiteuren|crediteuren|retouren|garantie|schade|klachten|"
                            + "\\w+zaken))?")
            .roles("eigena(?:ar|res)", "zaakvoerder", "bedrijfsleider", "uitbater", "tandarts(?:en)?", "dokter", "arts",
                    "huisarts", "dierenarts", "specialist(?:e)?", "mondhygienist(?:e)?", "orthodontist",
                    "fysio(?:therapeut)?", "therapeut", "psycholoog", "verpleegkundige", "doktersassistente?",
                    "assistente?", "receptie", "receptionist(?:e)?", "balie", "secretariaat", "secretaresse",
                    "administratie", "boekhouding", "boekhouder", "facturatie", "financiele administratie",
                    "debiteurenadministratie", "verkoop", "verkoper", "verkoopster", "monteur", "technicus", "installateur", "werkplaats", "makelaar", "notaris",
                    "advocaat", "jurist", "kapper", "kapster", "stylist(?:e)?", "trainer", "coach", "instructeur",
                    "docent", "leraar", "planner", "planning", "uitvoerder", "opzichter", "voorman", "projectleider",
                    "aannemer", "\\w*behandelaar", "verhuurder", "huisbaas", "\\w*beheerder", "apotheker", "opticien",
                    "kantoor", "praktijk", "team", "hoofd \\w+", "kok")
            .complement("(?:van|bij|uit|op|in|aan) (?:de |het |jullie |uw |u |je |dit |deze |onze )?\\w+(?: \\w+)?")
            .frames(
                    contact("met-praten", "met", TALK + "\\b"),
                    contact("praten-met", "(?<!ben |was |werd |heb |had )(?:praten|spreken|chatten|babbelen|kletsen|"
                            + "bellen|telefoneren|overleggen|contact|in contact|in gesprek|een gesprek|gesprek|praat|spreek|"
                            + "chat|babbel|communiceren|afstemmen|contact opnemen|contact leggen|contact krijgen|bespreek|"
                            + "bespreken|overloop|overlopen|doornemen|overleg|regel|regelen|afhandelen|"
                            + "verbinding|te woord staan)(?: (?:me|mij|ons|u|je))?(?: (?:nu|even|graag|direct|"
                            + "rechtstreeks|persoonlijk|liever|alleen|gewoon|eens|toch|zelf|nog|aub|komen|kunnen|"
                            + "worden|op|opnemen|opneem|opneemt|leggen|krijgen|zoeken)){0,4}(?: (?:dit|dat|het|alles|mijn \\w+|"
                            + "de \\w+|deze \\w+|die \\w+))?(?: (?:nu|even|graag|direct|rechtstreeks|persoonlijk|liever|"
                            + "alleen|gewoon|eens|toch|zelf|nog|aub|eerst)){0,4} (?:met|tegen)", ""),
                    contact("door-naar", "(?<!ben |was |werd |word |wordt |al )(?:(?:verbind|verbindt|zet|stuur|"
                            + "schakel|geef|breng|verwijs|help)(?: (?:me|mij|ons))(?: (?:even|maar|nu|graag|aub|snel|"
                            + "direct|gewoon|alstublieft|alsjeblieft|eens|dan|toch|weer)){0,4} door|door (?:te |kunnen |"
                            + "willen )?(?:verbinden|schakelen|sturen|zetten|geven)|doorverbinden|doorverbonden|"
                            + "doorsturen|doorgestuurd|doorzetten|doorgezet|doorschakelen|doorgeschakeld|overzetten|"
                            + "overdragen|overgedragen|doorverwijzen|doorverwezen|verwijzen|escaleren|verbinden|"
                            + "verbind|verbindt|koppelen|koppel|(?:stuur|breng|zet|verwijs) (?:me|mij|ons))" + OBJ
                            + "(?: (?:worden|te worden))? (?:naar|met|aan)", ""),
                    contact("modal-spreken", MODAL, LANGS + "(?:te )?(?:spreken|bereiken|contacteren|opbellen|bellen|"
                            + "aan de lijn|aan de telefoon|te pakken|te woord staan|mailen|appen|terugzien)\\b"),
                    contact("callback", ASK, "(?:mij|me|ons)(?: \\S+){0,3}? (?:terugbellen|terug (?:te |kunnen |"
                            + "willen )?bellen|terugbelt|op (?:te )?bellen|opbellen|opbelt|bellen|belt|contacteren|"
                            + "contacteert|terugcontacteren|terugappen|terugappt|terugmailen|terugmailt|mailen"
                            + "|mailt|appen|appt|whatsappen|sms en|sms sen|"
                            + "berichten|terugschrijven|terugsturen|een (?:berichtje|bericht|mailtje|sms) (?:terug)?sturen)\\b|(?:mij|me|"
                            + "ons)? ?(?:\\S+ ){0,3}?contact (?:met (?:mij|me|ons) )?(?:\\S+ )?(?:op (?:te )?nemen|opnemen|"
                            + "opneemt|neemt)\\b|(?:terugbellen|terugbelt|terug bellen)\\b"),
                    contact("door-gebeld", "door", "(?:\\S+ )?(?:teruggebeld|gebeld|opgebeld|gecontacteerd|geholpen|"
                            + "bediend|benaderd|te woord gestaan) (?:te )?(?:worden|wil|willen)\\b"),
                    contact("geholpen-door", "(?:geholpen|bediend|teruggebeld|gebeld|gecontacteerd|opgebeld|"
                            + "te woord gestaan) (?:worden|te worden) door", ""),
                    contact("beschikbaar", "", "(?:is |zijn )?(?:er )?(?:nu |momenteel |vandaag |even |ergens ){0,4}"
                            + "(?<!dag |morgen |week |middag |avond |ochtend |weekend |\\d |telefonisch )(?:beschikbaar|"
                            + "aanwezig|online)(?: (?:nu|momenteel|vandaag|om te (?:praten|chatten|helpen|bellen)|voor "
                            + "(?:een )?(?:gesprek|vraag|vraagje|chat|praatje)))?$|(?:beschikbaar|aanwezig"
                            + "|online|tijd|vrij) (?:zijn |is "
                            + ")?(?:om|voor) (?:\\S+ ){0,6}?(?:te )?(?:bespreken|praten|spreken|chatten|helpen|bellen|door te "
                            + "nemen|doornemen|overlopen|kijken)\\b"),
                    // the person is the subject: "kan iemand met mij over de factuur praten"
                    person("met-mij", "", "(?:\\S+ ){0,3}?met (?:mij|me|ons) (?:\\S+ ){0,4}?" + TALK + "\\b"),
                    contact("overnemen", "", "(?:het |dit |dit gesprek |de chat |het gesprek |mijn vraag )?"
                            + "(?:overnemen|overneemt)\\b"),
                    contact("zelf", "", "(?:zelf|persoonlijk)(?: (?:spreken|aub|graag|alstublieft|please|even)){0,4}$"),
                    contact("klagen-bij", "(?:klagen|klacht (?:indienen|neerleggen|melden)|beklag doen)(?: \\w+){0,2}? "
                            + "bij", ""),
                    contact("maar-met", "(?:praten|spreken|chatten|praat|spreek)(?: \\w+){0,6}? (?:maar|wel|liever) "
                            + "met", ""),
                    contact("bereiken", "(?:bereik|bereiken|contacteer|contacteren|benader|benaderen)(?: ik| je| u| we|"
                            + " men)?", ""),
                    person("help-me", ASK, "(?:mij|me|ons)(?: \\S+){0,3}? (?:helpen|verder helpen|verderhelpen|"
                            + "bijstaan|te woord (?:\\w+ )?staan|assisteren|begeleiden)\\b"),
                    person("reageren", ASK, "(?:\\S+ )?(?:reageren|antwoorden|antwoord geven|iets laten horen)\\b"),
                    person("tijd-voor", "(?:heeft|hebt|heb|zou|kan|is er)", "(?:\\S+ ){0,2}?tijd (?:voor (?:mij|me|ons)|om "
                            + "(?:\\S+ ){0,4}?(?:te )?(?:praten|bellen|spreken|bespreken|helpen))\\b"),
                    person("willen", "(?:wil|wilt|willen|wou|wilde|wens|wensen|verlang|vraag om|vraag naar|verzoek om|"
                            + "eis|eisen|liefst|liever|graag|gelieve|(?:mag|kan|kun|mogen|kunnen) (?:ik|we|wij)|geef "
                            + "(?:me|mij|ons)|geeft u (?:me|mij)|breng (?:me|mij))", ""),
                    person("nodig", "", "(?:\\S+ )?nodig\\b"),
                    person("krijgen", MODAL, "(?:krijgen|hebben)\\b"),
                    person("is-er-een", "(?:is|zijn) er(?: (?:nu|momenteel|ook|nog|misschien|even|hier|daar|ergens|"
                            + "wel|echt|toevallig|vandaag)){0,4} (?:een|nog een|enkele|ook een|echt een)", ""),
                    person("is-er-iemand", "(?:is|zijn) er(?: (?:nu|momenteel|ook|nog|misschien|even|hier|daar|ergens|"
                            + "wel|echt|toevallig|vandaag)){0,4}", "(?:die(?! (?:het )?(?:weet|weten|kent) (?:of"
                            + "|hoe|wat|"
                            + "wanneer|waar|wie|welke|hoeveel)\\b)|met wie|waarmee|bij wie|om mee|om te|tot wie|"
                            + "waar ik|beschikbaar|aanwezig|online)\\b"),
                    person("erop", "(?:zet|zit|haal|roep|laat)(?: er)?", "(?:erop|erbij|er op|aan de lijn|bij|op)$"),
                    person("kom-bij", "(?:hoe|waar) (?:kom|kan|komen) (?:ik|je|men|we) (?:\\w+ ){0,2}?bij", ""),
                    person("bij-terecht", "bij", "(?:\\S+ )?(?:terecht|aankloppen|kom|komen|uitkom|uitkomen)\\b"))
            .clauseRequests(
                    of("hand-off", "\\b(?:verbind|verbindt|zet|geef|schakel) (?:mij|me|ons) (?:(?!niet|geen|nooit)\\w+ )"
                            + "{0,2}?door\\b|\\b(?:kan|kunt|kun|wil|wilt|kunnen|willen|zou|zouden|gelieve) (?:(?:u|je|jij|"
                            + "jullie|iemand) )?(?:mij|me|ons) (?:(?!niet|geen|nooit)\\w+ ){0,3}?(?:doorverbinden|"
                            + "doorzetten|doorschakelen|doorsturen|overdragen|door (?:te |kunnen |willen )?(?:verbinden|"
                            + "schakelen|zetten))\\b|(?<!niet |geen |nooit )\\bdoorverbinden (?:aub|graag|alstublieft|alsjeblieft|please|nu)\\b"

                            + "|^(?:graag |aub |nu ){0,3}doorverbinden$"),
                    of("call-me-back", "\\bbel (?:mij|me|ons) (?:(?!niet|nooit)\\w+ ){0,3}?(?:terug|op)\\b|\\b(?:kan|"
                            + "kunt|kun|wil|wilt|kunnen|willen|zou|zouden|moet|gelieve) (?:u |je |jij |jullie |iemand |er "
                            + "iemand )?(?:mij|me|ons) (?:(?!niet|nooit)\\w+ ){0,3}?(?:terugbellen|terug (?:te )?bellen|"
                            + "opbellen|op te bellen|terugcontacteren)\\b|\\b(?:wil|graag|liefst|zou|kan ik|mag ik|"
                            + "verzoek|wens|vraag)(?: (?!niet|nooit|geen)\\w+){0,4}? (?:teruggebeld|gebeld|opgebeld|"
                            + "gecontacteerd) (?:te )?worden\\b|\\bterugbel(?:verzoek|afspraak)\\b"),
                    of("juiste-persoon", "\\bwie (?:is|zou|zal|zijn) (?:er )?(?:de|het) (?:juiste|beste|aangewezen|"
                            + "geschikte|goede) (?:persoon|contactpersoon|aanspreekpunt|iemand)(?: zijn)?(?: om"
                            + "| voor| bij| met|$)"),
                    of("who-to-talk-to", "\\b(?:met|bij|tot|aan) wie (?:kan|moet|mag|zou|kun|kunt) (?:ik|we|je|u) "
                            + "(?:\\w+ ){0,3}?(?:spreken|praten|terecht|contact|wenden|richten|chatten|bellen|overleggen)\\b|"
                            + "\\bwie (?:kan|moet|mag|zou) (?:ik|we) (?:\\w+ ){0,3}?(?:spreken|bellen|contacteren|benaderen|"
                            + "mailen|aanspreken)\\b|\\bwie kan (?:mij|me|ons) (?:\\w+ ){0,2}?(?:helpen|verder helpen|te "
                            + "woord staan)\\b"),
                    of("no-one-to-talk-to", "\\b(?:is|zijn) er (?:(?:dan|nou|echt|hier|nu|werkelijk) ){0,4}(?:niemand|geen "
                            + "mens|geen (?:enkele )?medewerker|geen (?:echt |echte )?persoon)(?: (?:die|met wie|waarmee|"
                            + "om|bereikbaar|beschikbaar|aanwezig|te bereiken|te spreken)\\b|$)"),
                    of("that-one", "^(?:die|diegene|degene|hem|haar|hen) (?:wil|zou|kan|mag|moet) (?:ik|we) (?:\\w+ ){0,3}?"
                            + "(?:spreken|bellen|aan de lijn|te pakken|hebben|contacteren)\\b"),
                    of("talk-to-them", "(?<!niet |geen |nooit )\\bmet (?:hem|haar|hen|die persoon|diegene|degene) "
                            + "(?:\\w+ ){0,2}?(?:spreken|praten|bellen|chatten)\\b"))
            .gapBreakers("over", "voor", "om", "op", "in", "en", "maar", "of", "als", "omdat", "want", "met", "van",
                    "bij", "naar", "door", "mijn", "zijn", "haar", "hun", "ik", "hij", "zij", "ze", "wij", "we", "is",
                    "was", "niet", "andere", "tweede", "extra", "meer", "\\d+", "twee", "drie", "vier", "vijf",
                    "wat", "welke", "dat", "dan", "wanneer", "afspraak")
            .fillers("graag", "aub", "ajb", "alstublieft", "alsjeblieft", "please", "nu", "meteen", "direct",
                    "onmiddellijk", "snel", "even", "eens", "hallo", "hoi", "hey", "hi", "ja", "dank", "dankje",
                    "bedankt", "een", "de", "het", "echte?", "levende", "gewoon", "nou", "ok", "oke", "sorry", "toch",
                    "wel", "dan", "alleen", "nog", "spreken", "praten", "met", "zo snel mogelijk", "asap", "svp",
                    "menselijke", "help", "hallo", "nu meteen", "dringend", "urgent", "alsnog", "weer", "hier", "pls",
                    "zsm", "een keer", "ne keer", "aan de lijn", "aan de telefoon", "tegen", "mij", "me", "mag",
                    "ik wil", "liefst", "liever", "asjeblieft", "please")
            .negations("niet", "geen", "nooit", "niemand", "zonder", "niks", "niets", "noch", "nee", "nergens",
                    "hoeft", "hoef")
            .negationEnds("maar", "wel", "ik wil", "wil (?:ik|graag)", "ik zou", "liever", "gewoon", "geef (?:me|mij)",
                    "verbind", "(?:kan|kunt|kun|mag|kunnen) (?:ik|u|je|iemand|jullie)", "dus", "alleen", "daarom",
                    "dan", "want", "ik heb", "sondern", "gelieve")
            .comparatives("in plaats van", "i p v", "liever (?:\\w+ ){0,4}?dan", "(?:beter|sneller|makkelijker) "
                    + "(?:\\w+ ){0,3}?dan")
            .negationLifts(DutchChecks.NEGATION_LIFTS)
            .infoQuestions(DutchChecks.INFO_QUESTIONS)
            .servicePurposes("(?:nodig |hebben |sturen |vinden |zoeken )?(?:die|dat|om|voor) " + NOT_TALK,
                    "(?:(?!spreken|praten|chatten|bellen)\\S+ ){0,2}?(?:inhuren|huren|machtigen|toevoegen|meenemen|"
                            + "meebrengen|inschrijven|aanmelden|opgeven|vervangen|verwijderen|uitnodigen|boeken|"
                            + "reserveren|inplannen|aannemen|laten komen|langssturen|langs|sturen|ophalen|wegbrengen|"
                            + "afmelden|langskomen|komen)\\b")
            .hypotheticals(DutchChecks.HYPOTHETICALS)
            .politeConditions(DutchChecks.POLITE_CONDITIONS)

            .imperatives("^(?:(?:dan|dus|ok|oke|nou|gewoon|graag|aub|en|maar|anders|nee|gelieve) ){0,4}(?:verbind|zet|geef|"
                    + "stuur|breng|schakel|koppel|laat|bel|haal)(?: (?:me|mij|ons|iemand|een))?")
            .reporters("(?<!\\bik |\\bwe |\\bwij )(?:zei|zegt|zeiden|zeggen|vertelde|vertelt|beweert|beweerde|"
                    + "(?:heeft|hebben) (?:gezegd|verteld))")
            .quotes(DutchChecks.QUOTES)
            .botQuestions(DutchChecks.BOT_QUESTIONS)
            .natureWords(DutchChecks.NATURE_WORDS)
            .botWords(DutchChecks.BOT_WORDS)
            .orWords("of(?! ik| je| u| we| wij| het| dat| er| iemand| jullie| hij| zij| ze)")
            .otherSenses(DutchChecks.OTHER_SENSES)

            .fallbacks(DutchReplies.FALLBACKS)
            .uncertainFallbacks(DutchReplies.DOUBTS)
            .clauseRequests(ContactFamilies.requests("nl"))
            .clauseRequests(Callbacks.requests("nl"))
            .fallbacks(FallbackFamilies.certain("nl"))
            .fallbacks(ChannelRefusals.certain("nl"))
            .fallbacks(RecordFallbacks.certain("nl"))
            .uncertainFallbacks(FallbackFamilies.uncertain("nl"))
            .dissatisfied(DutchReplies.DISSATISFIED)
            .resolved(DutchReplies.RESOLVED)
            .dissatisfied(FeedbackFamilies.dissatisfied("nl"))
            .resolved(FeedbackFamilies.resolved("nl"))
            .dissatisfied(RetryFeedback.dissatisfied("nl"))
            .resolved(RetryFeedback.resolved("nl"))
            .thanks(DutchReplies.THANKS)
            .questionStarts(DutchReplies.QUESTION_STARTS)
            .faultQuestions(DutchReplies.FAULT_QUESTIONS)
            .undecided(DutchReplies.UNDECIDED)
            .build();
}
