package dev.handover.scenario.lang;

/**
 * German contact-request checks: what turns a target down (negation, conditions, quotes, questions about the bot or
 * about contact details, other senses), over normalised text.
 */
final class GermanChecks {

    /** Modal verbs of a polite question: "könnten Sie vielleicht ..." asks, it does not suppose. */
    private static final String MODAL = "(?:kann|konnte|konnten|konnen|kannst|konntest|wurden|wurdest|wurde|ware|"
            + "waren|hatte|hattet|hatten|hattest|darf|durfte|durften|gibt|ist)";

    private static final String SERVICE_DESK = "(?:kundenservice|kundendienst|kundensupport|kundenbetreuung|support|"
            + "hotline|service|servicecenter|callcenter|call center|rezeption|empfang|buro|praxis|team|zentrale|"
            + "buchhaltung|mitarbeiter|berater|verkauf|werkstatt)";

    /** Words that negate a following request. */
    static final String[] NEGATIONS = {
            "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keins", "niemand", "niemanden",
            "niemandem", "nie", "niemals", "ohne", "statt", "anstatt", "weder", "nirgends"
    };

    /** Words that end a negation's scope. */
    static final String[] NEGATION_ENDS = {
            "sondern", "aber", "doch", "bitte", "lieber", "stattdessen", "dafur",
            "ich (?:will|mochte|brauche|hatte gerne?|wurde gerne?|wurde lieber|verlange)",
            "(?:geben sie|gib|gebt) mir", "verbinden sie", "(?:kann|konnte|darf) ich", "(?:konnen|konnten) sie"
    };

    /** A preference for something else over the target. */
    static final String[] COMPARATIVES = {
            "statt", "anstatt", "(?:lieber|besser|eher) (?:\\w+ ){0,4}als", "^als"
    };

    /** Negations that only say the customer cannot find the way to a person. */
    static final String[] NEGATION_LIFTS = {
            "(?:wei(?:ß|ss|s)|wusste|verstehe|kapiere) (?:\\w+ ){0,2}?(?:nicht|echt nicht|leider "
                    + "nicht) (?:\\w+ ){0,3}?(?:wie|wo|wen|wem|wer|an wen|mit wem|welche\\w*|ob)",
            "keine?n? (?:ahnung|plan|idee|schimmer)(?: \\w+){0,2}? (?:wie|wo|wen|wem|wer|an wen|mit wem)",
            "(?:finde|fand|sehe|sah|gibt es) (?:\\w+ ){0,2}?(?:keine[nm]?|nicht|nirgends|nirgendwo) (?:\\w+ "
                    + "){0,2}?(?:weg|moglichkeit|option|kontakt|button|knopf|link|nummer|ansprechpartner|"
                    + "menschen|mitarbeiter|person|jemanden|stelle)",
            "(?:erreiche|erreichte|komme|kam|schaffe|schaff|schaffte|kriege|krieg|bekomme) (?:\\w+ )"
                    + "{0,3}?(?:nicht|nie|niemand\\w*|keine[nmr]?)",
            "(?:gelingt|gelang) (?:es )?mir (?:\\w+ )?nicht",
            "(?:ohne|keine) (?:chance|moglichkeit|option|weg)"
    };

    /** Questions about contact details, hours or whether a person is needed. */
    static final String[] INFO_QUESTIONS = {
            "wann", "bis wann", "ab wann", "wie lange", "wie spat", "um wie viel uhr",
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
            "erforderlich", "zwingend"
    };

    /** What shows a person is wanted for a service, not a conversation. */
    static final String[] SERVICE_PURPOSES = {
            "zu[mr] (?!(?:reden|sprechen|quatschen|chatten|telefonieren|besprechen|klaren|helfen|"
                    + "beraten|anrufen|zuruckrufen|kontaktieren|thema|gesprach|austausch)\\b)\\w+",
            "fur (?:\\w+ ){0,2}?\\w*(?:arbeit|arbeiten|umzug|reinigung|putzen|reparatur|renovierung|montage|"
                    + "installation|aufbau|transport|babysitting|nachhilfe|haushalt|garten)\\b",
            "(?:der|die|welche[rs]?) (?:\\w+ ){0,5}?(?:repariert|reparieren|putzt|streicht|baut|installiert|"
                    + "montiert|abholt|liefert|aufbaut|einbaut|austauscht|wechselt|maht|schneidet|pflegt|"
                    + "aufpasst|renoviert|transportiert|tragt|fahrt|saubermacht|sauber macht)\\b",
            "mit (?:\\w+ )?(?:erfahrung|kenntnissen|ausbildung|fuhrerschein)",
            "(?:mir |uns )?(?:die|eine|das|ein|den|einen) (?:\\w+ )?(?:rechnung|rezept|angebot|"
                    + "bescheinigung|attest|gutachten|kostenvoranschlag|brief|zeugnis|quittung) "
                    + "(?:schreiben|ausstellen|erstellen|schicken)"
    };

    /** Markers of a condition or an uncertain future. */
    static final String[] HYPOTHETICALS = {
            "wenn", "falls", "sofern", "sobald (?:ich|wir)", "vielleicht", "eventuell", "evtl",
            "irgendwann",
            "nachstes mal", "nachste mal", "nachsten mal", "nur zur info", "nur interessehalber",
            "interessehalber", "hypothetisch", "theoretisch", "in zukunft", "zukunftig", "kunftig",
            "gegebenenfalls", "ggf", "bei bedarf", "im notfall", "notfalls", "angenommen", "nur mal so",
            "aus neugier", "notig", "notwendig", "erforderlich", "zwingend", "vorgeschrieben"
    };

    /** Conditions that are only politeness. */
    static final String[] POLITE_CONDITIONS = {
            "(?:wenn|falls|sofern) (?:(?:es|das) )?(?:irgendwie |gerade )?(?:moglich|geht|moglich "
                    + "ist|sie konnen|ihr konnt|du kannst|sie zeit haben|ihr zeit habt|du zeit hast|es ihnen nichts "
                    + "ausmacht|es keine umstande macht|es passt|s geht)", "wenns geht",
            "(?<=\\b" + MODAL + " |\\b" + MODAL + " \\w{1,20} |\\b" + MODAL + " \\w{1,20} \\w{1,20} )"
                    + "(?:vielleicht|eventuell|evtl)",
            "(?:vielleicht|eventuell)(?= (?:kann|konnte|konnten|konnen|kannst) (?:mich|mir|uns|jemand|einer|"
                    + "wer|ich)\\b)",
            // "gäbe es vielleicht die Möglichkeit ...": the subjunctive of a polite question, not a supposition
            "(?<=\\bgabe es )(?:vielleicht|eventuell|evtl)(?= (?:die |eine )?(?:moglichkeit|chance)\\b)",
            "wenn(?= (?:\\w+ ){1,8}?(?:anrufen|zuruckrufen|kontaktieren|melden|verbinden|weiterleiten|"
                    + "sprechen|reden) (?:konnte|konnten|wurde|wurden|wurdet|konntet|konntest|wurdest)\\b)"
    };

    /** Openers of a request now, even after a condition. */
    static final String[] IMPERATIVES = {
            "^(?:(?:dann|also|bitte|ok|okay|und|jetzt|aber|sonst|ansonsten) )*(?:verbinden sie|"
                    + "verbinde|verbindet|stellen sie|stell|stellt|leiten sie|leite|leitet|geben sie mir|gib mir|"
                    + "gebt mir|holen sie|hol|holt|rufen sie|ruf|ruft|schicken sie|schick)\\b"
    };

    /** Words that show the target is quoted or reported. */
    static final String[] QUOTES = {
            "steht", "stand", "stehen", "sagt", "sagte", "sagten", "meinte", "meinten", "gemeint",
            // "ehrlich gesagt" is the customer's own frankness, not a report
            "(?<!ehrlich |offen |kurz |gelinde )gesagt",
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
                    + "kind|familie) (?:will|mochte|wollte|braucht|muss|hatte gerne?|wurde gerne?|fragt)"
    };

    /** Openers of a question about the bot's nature. */
    static final String[] BOT_QUESTIONS = {
            "bist du", "sind sie", "seid ihr", "(?:ist|is) (?:das|dies|es)", "(?:schreibe|rede|"
                    + "spreche|chatte|texte) ich", "bin ich (?:hier )?(?:gerade )?(?:mit|bei)", "wer (?:antwortet|"
                    + "schreibt|ist) (?:hier|da|gerade|mir)", "wer (?:antwortet|schreibt)",
            "sitzt (?:da|dort|hier)", "sind (?:die|diese|ihre|eure|das) (?:antworten|nachrichten)?",
            "antwortet (?:hier |mir )?(?:ein|eine|gerade)", "handelt es sich", "kommen (?:die|diese)"
                    + " antworten",
            "steckt (?:da|dahinter|hier)", "liest (?:das|hier|da) (?:\\w+ )?(?:ein|eine|jemand|wirklich|"
                    + "uberhaupt)"
    };

    /** What such a question asks about. */
    static final String[] NATURE_WORDS = {
            "mensch(?:en)?", "person", "bot", "roboter", "maschine", "echt(?:er|es|e)?", "automatisch",
            "automatisiert", "ki", "kunstliche intelligenz", "chatbot", "assistent(?:in)?", "virtuell(?:er|e)?",
            "programm", "computer", "chatgpt", "mitarbeiter(?:in)?", "jemand", "menschlich", "generiert",
            "software"
    };

    /** Words for the bot itself. */
    static final String[] BOT_WORDS = {
            "bot", "roboter", "maschine", "automatisch", "automatisiert", "chatbot", "ki",
            "kunstliche intelligenz", "virtuelle[rn]? assistent(?:en)?", "programm", "chatgpt", "computer"
    };

    /** "or": "a human or a bot?" asks about the bot. */
    static final String[] OR_WORDS = {
            "oder"
    };

    /** Compounds where a person word means something else. */
    static final String[] OTHER_SENSES = {
            // a talk someone already had, reported: "mein Mann hat gestern mit Ihrer Kollegin telefoniert"
            "(?:hat|haben|hatte|hatten) (?:(?!gerne? |lieber )\\w+ ){0,3}?mit (?:\\w+ ){1,8}?(?:telefoniert|"
                    + "gesprochen|geredet|gechattet)",
            "personal ?trainer(?:in)?", "(?:mein|meine|meinem|meinen|meiner|unser|unsere|unserem|unseren) "
                    + "(?:chef|chefin|arbeitgeber|vorgesetzte[rnm]?|boss)", "(?:zweite|dritte|weitere"
                    + "|zusatzliche|erwachsene|einzelne|jede|"
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
                    + "erreichbarkeit|website|webseite|link|portal)"
    };

    private GermanChecks() {
    }
}
