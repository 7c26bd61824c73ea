package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/** Dutch (and Flemish) phrases of strong frustration, over normalised text. */
final class DutchFrustration {

    private static final String WILL = "(?:ik ga|ik zal|wij gaan|we gaan|dan ga ik|ik ga echt|dan zeg ik|ik stap)";
    private static final String INTENSE = "(?:zo |echt |heel |totaal |compleet |helemaal |volledig |ontzettend |"
            + "gewoon |werkelijk |enorm |ongelofelijk |een stelletje |een stel |een bende |stelletje |een |de |"
            + "zulke |zo n |ongelooflijk |kei |super )*";
    private static final String BAD = "(?:achterlijk|achterlijke|dombo|dombo s|incompetent|incompetente|onbekwaam|"
            + "idioten|idioot|sukkels|sukkel|"
            + "prutsers|prutser|klungels|oplichters|oplichter|dieven|leugenaars|oenen|debielen|mongolen|"
            + "amateurs|waardeloos|waardeloze|nutteloos|nutteloze|onbruikbaar|een schande|een grap|een aanfluiting|"
            + "een puinhoop|een zooitje|een lachertje|een drama|een ramp|klote|kut|bagger|rommel|de slechtste|"
            + "het slechtste|belachelijk|clowns|zakkenvullers|boeven|criminelen)";
    private static final String THING = "(?:bot|robot|machine|service|bedrijf|firma|winkel|app|website|site|"
            + "systeem|assistent|team|klantenservice|helpdesk|programma|chatbot|tent|zaak|ding)";

    static final NamedPattern[] THREATS = {
            of("ultimatum", "(?:als (?:\\w+ ){0,8}?(?:niet|geen|niemand|nooit|weer|nog steeds)|anders) (?:\\w+ )"
                    + "{0,8}?(?:zeg ik|ik zeg|opzeggen|opzegging|zeg (?:\\w+ )?op|dien ik (?:een )?klacht|"
                    + "advocaat|rechter|review|recensie|consumentenbond|geschillencommissie|stap (?:ik )?over|"
                    + "overstappen|ga ik weg|vertrek ik|aangifte|terugboeken|terugboeking|chargeback)"),
            of("announced", WILL + " (?:(?!niet |geen |nooit )\\w+ ){0,3}?(?:een klacht indienen|klacht indienen|een "
                    + "(?:officiele )?klacht|"
                    + "naar de (?:rechter|consumentenbond|geschillencommissie|politie|krant|media)|(?:een )?"
                    + "(?:slechte|negatieve) (?:review|recensie|beoordeling)|mijn advocaat|juridische stappen|"
                    + "aangifte doen|alles opzeggen|overstappen naar|(?:jullie|u) aanklagen|terugboeken|"
                    + "het geld terug laten boeken|iedereen waarschuwen)"),
            of("legal", "mijn advocaat(?! (?:vroeg|vraagt|heeft (?:\\w+ )*gevraagd|wil|heeft (?:\\w+ ){1,8}?nodig|"
                    + "regelt|handelt|behandelt|doet de))|(?:schakel|"
                    + "schakelt|neem|neemt) (?:\\w+ )?(?:een |mijn )?advocaat (?:in|erbij)|(?:naar|bel) (?:een |mijn "
                    + ")?advocaat|mijn advocaat (?:gaat|zal|neemt)|juridische stappen|consumentenbond|"
                    + "geschillencommissie|naar de rechter|"
                    + "rechtszaak|aanklagen|aangifte doen|acm|ombudsman|terugboeking|chargeback"),
            of("leaving", "(?:jullie zijn|u bent|bent) (?:een )?klant kwijt|klant kwijt|nooit meer (?:bij|iets|"
                    + "bestellen|kopen|gebruiken|jullie|een)|nooit meer$|de laatste keer dat ik|(?:ik )?stap over "
                    + "naar (?:de )?concurrent|(?:een|1|nul|0) sterr?e?n? (?:review|recensie|op)"),
            of("institution", "(?:ik )?(?:stuur|geef|meld|breng|stap)(?: \\w+){0,3}? (?:door )?(?:naar|bij|aan) "
                    + "(?:de |het )?(?:\\w+ )?(?:radar|kassa|krant|media|pers|omroep|tv|kifid|acm|consumentenbond|ad|telegraaf|volkskrant|parool|"
                    + "geschillencommissie|politie|ombudsman|inspectie|tuchtcollege|juridisch loket|"
                    + "rechtsbijstand\\w*)|ik doe aangifte|(?:dien|dien "
                    + "ik) (?:\\w+ )?klacht in bij|klacht (?:in )?bij (?:het |de )?(?:kifid|acm|geschillencommissie|"
                    + "consumentenbond|ombudsman)"
                    // The verb last ("ik ga dit bij Radar melden"), to the media only: the police is asked about.
                    + "|(?:dit|het|dat|alles) (?:\\w+ )?(?:bij|aan) (?:radar|kassa|opgelicht|de krant|de media|de pers|"
                    + "de telegraaf) (?:melden|voorleggen|aankaarten)"),
            of("one-star", "(?:een|1|nul|0) sterr?e?n?\\b|(?:slechte|negatieve|vernietigende) (?:reviews?|recensies?|"
                    + "beoordelingen?)"),
            of("review-coming", "(?:verheugen op|rekenen op|voorbereiden op|reken maar op|wacht maar op|let maar op|"
                    + "kijk maar uit voor|kunnen rekenen op) (?:\\w+ ){0,3}?(?:reviews?|recensies?|beoordelingen?|"
                    + "posts?)|(?:jullie zijn|u bent|je bent|bent u|zijn jullie) (?:bij deze )?gewaarschuwd"),
            of("press-interest", "(?:radar|kassa|opgelicht|de telegraaf|de krant|het nieuws|de media|de pers|"
                    + "journalisten?|omroep|tv|televisie|pers|media|krant)(?: \\w+){0,4}? (?:interesse|geinteresseerd|"
                    + "benieuwd) (?:\\w+ ){0,3}?hoe|(?:interesse|geinteresseerd|benieuwd) (?:\\w+ ){0,6}?hoe (?:jullie|"
                    + "u|"
                    + "dit bedrijf|jullie bedrijf) (?:met )?(?:\\w+ )?(?:huurders|klanten|patienten|bewoners|leden) "
                    + "(?:omgaan|omgaat|behandelen|behandelt)"),
            of("never-again", "(?:ik )?zet geen voet meer|nooit meer (?:\\w+ )?(?:bij|een voet|jullie)|(?:dat was|"
                    + "het was) de laatste keer"),
            of("chargeback", "\\w*(?:betaling|geld|bedrag|incasso|afschrijving)(?: \\w+){0,3}? (?:laten )?"
                    + "(?:terugboeken|terugdraaien|storneren|terugvorderen|blokkeren)|"
                    + "laat (?:\\w+ ){0,3}?(?:terugboeken|"
                    + "terugdraaien|storneren)|terugboeking|stornering"),
            of("court", "(?:we|wij) (?:zien|spreken) elkaar (?:\\w+ ){0,2}?(?:bij|in|voor) de (?:vrede)?(?:rechter|"
                    + "rechtbank)|(?:zien|spreken) we elkaar (?:\\w+ ){0,2}?(?:bij|in|voor) de (?:vrede)?(?:rechter|"
                    + "rechtbank)"),
            of("cancel-now", "(?:zeg|zeggen|zet) (?:\\w+ ){1,6}?(?:per direct|per onmiddellijk|met onmiddellijke "
                    + "ingang|onmiddellijk|meteen|vandaag nog|nu) (?:op|stop)|(?:per direct|met onmiddellijke ingang) "
                    + "(?:op(?:zeggen|gezegd)|stop(?:pen|gezet))|ik (?:stap|ga) over naar (?:een )?(?:andere|de "
                    + "concurrent|jullie concurrent)|ik (?:zeg|zet) (?:\\w+ ){1,6}?op (?:\\d+|twee|drie|vier) keer"),
            of("cancel-all", "zeg (?:alles|mijn \\w+) (?:per direct |direct |nu )?op|(?:ik )?(?:ga|stap) (?:over "
                    + ")?naar de concurrent|naar de concurrentie")
    };

    /** Telling others or posting about the business: a threat, unless the message is happy ("I'll tell everyone!"). */
    static final NamedPattern[] PUBLICITY = {
            of("tell-everyone", "dit overal vertellen|(?:iedereen|heel \\w+|de hele \\w+) (?:\\w+ )?vertellen hoe|"
                    + "(?:vertel|vertellen) (?:het "
                    + ")?(?:aan )?(?:iedereen|heel \\w+|de hele buurt)|(?:ga|"
                    + "zal) (?:het )?(?:aan )?iedereen (?:vertellen|"
                    + "laten weten)|hoe slecht jullie (?:werken|zijn|bezig zijn)")
    };

    static final NamedPattern[] INSULTS = {
            of("you-are", "(?:jullie zijn|u bent|je bent|jij bent|zijn jullie|ben je|bent u|wat een|het is|stelletje|"
                    + "denken jullie dat ik|denkt u dat ik|ik ben toch niet) "
                    + INTENSE + BAD),
            of("bad-thing", "(?:kut|klote|waardeloze|stomme|domme|nutteloze|achterlijke|debiele|rot|tering|"
                    + "kanker) ?" + THING),
            of("thing-is-bad", "(?:de|het|jullie|uw|die|deze|dit) " + THING + " (?:is|zijn) " + INTENSE + BAD),
            of("scam", "(?:dit|het) is (?:gewoon )?(?:oplichting|diefstal|fraude|een oplichterij|bedrog|woeker|afzetterij|roof|"
                    + "zakkenrollerij)|"
                    + "oplichterij|stelletje (?:prutsers|oplichters|idioten|amateurs|dieven|sukkels|clowns|"
                    + "zakkenvullers)|wat een (?:schande|aanfluiting|bende|zooi|puinhoop|prutswerk|klantenservice)|"
                    + "prutswerk|incompetentie|jullie zijn dieven"),
            of("dismissal", "rot op|donder op|sodemieter op|flikker op|hou je bek|houd je bek|kop dicht|"
                    + "krijg de (?:tering|kanker|klere|pest)|val dood|stik (?:maar|erin)"),
            of("superlative", "(?:de|het) (?:\\w+ )?(?:domste|stomste|slechtste|traagste|nutteloosste|"
                    + "waardeloosste|achterlijkste) " + THING + "|(?:ben je|bent u|zijn jullie|ben jij) (?:nou |nu "
                    + "|echt |gewoon |soms |helemaal )*(?:dom|stom|achterlijk|debiel|doof|blind|gestoord|simpel)\\b"),
            of("bunch-of", "(?:bende|stelletje|stel|troep|zootje|hoop|club|clubje|bendetje) (?:van )?(?:oplichters|"
                    + "boeven|dieven|leugenaars|prutsers|sukkels|amateurs|zakkenvullers|criminelen|idioten|"
                    + "klungels|cowboys|beunhazen|fraudeurs|oetlullen|lapzwansen|incompetente \\w+)"),
            of("lied-to-face", "(?:keihard|glashard|recht in (?:mijn|ons) gezicht|schaamteloos|gewoon) (?:\\w+ )?"
                    + "(?:gelogen|voorgelogen|belogen)|(?:jullie hebben|u heeft|je hebt|hij heeft|zij heeft) (?:mij|me|"
                    + "ons) (?:\\w+ )?(?:voorgelogen|belogen)"),
            of("gone-mad", "(?:zijn jullie|bent u|ben je|zijn ze) (?:\\w+ ){0,2}?(?:gek|zot|gestoord|knettergek|"
                    + "van lotje getikt|niet goed wijs|mesjogge) (?:geworden|of zo|ofzo)|(?:jullie zijn|u bent|je "
                    + "bent) (?:\\w+ ){0,2}?(?:gek|zot|gestoord|knettergek) geworden|(?:zijn jullie|ben je) "
                    + "(?:helemaal )?(?:gek|zot|gestoord)$"
                    // Flemish "ge zijt zot" reaches here as "je bent zot" (the speller's canonical form); "zot van"
                    // is being crazy about something.
                    + "|(?:je bent|jij bent|jullie zijn|bent ge|ben je) (?:toch |echt |gewoon |helemaal )?(?:zot|"
                    + "onnozel|kieken)\\b(?! (?:van|op|met)\\b)"),
            of("noun-adj", "(?:kut|rot|prut|klote)werk|(?:dombo|sukkel|idioot|prutser) van een|rot (?:toch )?op met")
    };

    static final NamedPattern[] SWEARING = {
            of("swear", "\\b(?:godverdomme|godverdorie|verdomme|verdorie|gvd|kut|kutzooi|klote|klotezooi|"
                    + "tering|teringzooi|kanker|kolere|klere|shit|fuck|wat de fuck|wat de hel|wtf|jezus christus|"
                    + "potverdorie|potverdomme|gadverdamme|godsamme|allejezus|sodeju|tyfus)\\b")
    };

    static final NamedPattern[] ANGER = {
            of("i-am-angry", "(?:ik ben|ik word|we zijn|wij zijn|ben|ik voel me|(?:mijn) \\w+ "
                    + "is) " + INTENSE + "(?:woest|woedend|"
                    + "boos|kwaad|pissig|razend|furieus|laaiend|des duivels|ziedend|het zat|het beu|er klaar mee|"
                    + "er helemaal klaar mee|het spuugzat|spuugzat|het meer dan zat|gefrustreerd|geirriteerd|"
                    + "geergerd|verontwaardigd|ontstemd|kotsmisselijk|over de rooie|nijdig|het moe|witheet|"
                    + "het (?:kots|stront|spuug|dood|hartstikke )?beu|(?:kots|stront)beu|er (?:zo |helemaal |echt |"
                    + "zowat )*klaar mee|ambetant|razend|buiten zichzelf|in alle staten|over zijn toeren|"
                    + "over haar toeren)"),
            of("explode", "(?:ik )?(?:sta|staat) op (?:ontploffen|exploderen|springen)|op het punt (?:om )?te "
                    + "(?:ontploffen|exploderen)|ik ontplof (?:zo|bijna|nog)|ik ben (?:\\w+ ){1,3}?(?:spuugzat|kotsbeu|"
                    + "strontbeu|spuugbeu|meer dan zat)\\b"),
            of("had-enough", "ik heb (?:er )?(?:nu )?(?:genoeg|schoon genoeg|de buik vol) (?:van)?|ik heb het "
                    + "(?:nu )?(?:echt |helemaal |wel |zo )*(?:gehad|gezien) met|ik ben (?:het )?(?:\\w+ )?beu|"
                    + "(?:nu is het|het "
                    + "is nu) (?:wel )?genoeg|genoeg is genoeg|ik pik het niet|(?:mijn )?geduld is op|ik verlies "
                    + "mijn geduld|(?:het|dit) maakt me (?:gek|woedend|razend|boos|kwaad)|ik word er (?:gek|"
                    + "horendol|knettergek|boos) van|ik kan er niet meer tegen|(?:de|het) slechtste (?:\\w+ ){0,2}?"
                    + "(?:ooit|van nederland|die ik|dat ik)|slechtste (?:service|klantenservice|bedrijf)|"
                    + "ik haat (?:jullie|dit|deze|die|het)|(?:jullie|u) (?:houden|houdt) me (?:voor de gek|voor "
                    + "het lapje)|(?:is dit|dit is) een grap|meen je dat nou|meent u dit|hoe durven jullie"),
            of("outrage", "(?:dit is|het is|dat is|echt|wat) " + INTENSE + "(?:schandalig|belachelijk|"
                    + "onacceptabel|onaanvaardbaar|een schande|te gek voor woorden|absurd|bizar|ongehoord|"
                    + "schandelijk|een aanfluiting|van de gekke|ongelofelijk|ongelooflijk|onbeschoft|"
                    + "een grap|een lachertje|om te huilen|triest|diep triest|een puinhoop|waardeloos|"
                    + "een drama|onvoorstelbaar|te triest)"),
            of("outrage-word", "\\b(?:schandalig|onacceptabel|onaanvaardbaar|schandelijk|ongehoord|te gek voor "
                    + "woorden|van de gekke|een schande)\\b"),
            of("treated-like", "(?:behandeld|behandelen|behandelt) (?:\\w+ )?(?:als|als een) (?:een )?(?:hond|"
                    + "oud vuil|vuil|nummer|idioot|stront|voetveeg|melkkoe|sukkel|oud papier)|(?:zo|op deze manier) "
                    + "(?:behandelen jullie|gaan jullie om met) (?:jullie |je |uw )?(?:klanten|trouwe klanten|"
                    + "huurders)"),
            of("give-up", "laat maar (?:zitten)?$|laat ook maar|ik geef het op|jullie zijn nergens goed voor|"
                    + "je bent nergens goed voor|nergens goed voor"),
            of("rage", "van woede|(?:janken|huilen|trillen|koken) van (?:woede|kwaadheid)|(?:durven|durft|durf) "
                    + "(?:jullie |u |je )?(?:me |mij )?(?:er )?(?:nog|ook nog)|houden jullie me voor de gek|(?:dit|"
                    + "het) is toch niet normaal|niet normaal meer|(?:nu is t|nu is het|het is) (?:echt )?genoeg "
                    + "geweest|ik kan het niet geloven")
    };

    static final NamedPattern[] REPEATING = {
            of("told-you", "(?:ik )?(?:heb|had) (?:het |dit |dat |u |jullie |je )*(?:al )?(?:(?:twee|drie|vier|vijf|"
                    + "tien|honderd|duizend|meerdere|zoveel|\\d+) ?(?:keer|maal)|vaak genoeg|meermaals|"
                    + "herhaaldelijk) (?:gezegd|geschreven|uitgelegd|gevraagd|gestuurd|gemeld|gebeld)|ik (?:heb|had) "
                    + "(?:het |dit |dat )?(?:u |jullie |je )?al (?:gezegd|verteld|uitgelegd|geschreven)|zoals ik al "
                    + "(?:zei|zeg|schreef|heb gezegd)"),
            of("how-many-times", "hoe vaak (?:moet|nog|ga|heb|moeten|zal|wil)|hoeveel keer (?:moet|nog|heb|ga)"),
            of("count-now", "(?:\\d+|twee|drie|vier|vijf) ?(?:keer|x) (?:niet (?:geweest|gekomen|verschenen|geleverd|"
                    + "teruggebeld|opgedaagd)|te laat|vergeten|afgezegd|verzet|beloofd)|(?:al|nu al|nu|inmiddels) (?:\\d+|"
                    + "twee|drie|"
                    + "vier|vijf) ?(?:keer|x) (?:\\w+ )?(?:beloofd|gezegd|gevraagd|gestuurd|gebeld)|(?:\\d+|twee|drie|"
                    + "veertig|vijftig) (?:minuten|uur) (?:met|op|in|tegen) (?:deze|die|dit|dat|een|de|het) (?:chat|"
                    + "bot|robot|machine|assistent|ding)"),
            of("nth-time", "voor de (?:derde|vierde|vijfde|tiende|zoveelste|\\d+e|\\d+de) keer|"
                    + "(?:dit|het) is de (?:derde|vierde|vijfde|zoveelste|\\d+e) keer"),
            of("repeat-myself", "(?:lezen jullie|lees je|leest u) (?:wel|eigenlijk|uberhaupt|mijn|wat ik)|(?:luisteren "
                    + "jullie|luister je|luistert u) (?:wel|eigenlijk|uberhaupt)|mezelf herhalen|steeds (?:weer )?"
                    + "(?:hetzelfde|dezelfde)|telkens (?:weer )?hetzelfde|beantwoord (?:nou |nu |gewoon )?"
                    + "(?:mijn|de) vraag"),
            of("i-repeat", "ik zeg het (?:voor de laatste keer|nog een laatste keer)|geen enkel(?:e)? "
                    + "(?:telefoontje|reactie|antwoord|bericht|mail|mailtje|belletje)"),
            of("waiting", "(?:ik )?wacht (?:nu )?al (?:\\w+ )?(?:weken|maanden|dagen|uren|eeuwen|een eeuwigheid|"
                    + "\\d+ \\w+)|(?:al )?(?:weken|maanden|dagen) (?:lang )?(?:niks|niets|geen (?:antwoord|reactie))|"
                    + "niemand (?:reageert|antwoordt|belt terug|helpt|doet iets|neemt op)|nog steeds (?:geen|niks|"
                    + "niets) (?:antwoord|reactie|terugbetaling|geld|oplossing)" + CivilTerms.notFollowed("nl")),
            of("what-part", "welk deel van (?:\\w+ ){0,10}?(?:begrijp|snap|begrijpen|snappen) (?:je|jullie|u)? ?niet"),
            of("n-times", "(?:gevraagd|gezegd|uitgelegd|geschreven|gestuurd|gebeld|gemaild)(?: \\w+){0,6}? (?:\\d+|"
                    + "twee|drie|vier|vijf|meerdere) (?:keer|maal|mails|berichten)|(?:\\d+|twee|drie|vier|vijf|zes|"
                    + "meerdere) (?:keer|maal) (?:\\w+ )?(?:gevraagd|gezegd|gebeld|gemaild|ingediend|ingestuurd|"
                    + "opgestuurd|doorgegeven|gemeld|aangegeven|uitgelegd|ingevuld|geupload|aangevraagd|geklaagd|"
                    + "geprobeerd)"),
            of("understand-nothing", "(?:jullie|u|je) (?:begrijpen|begrijpt|snappen|snapt) (?:er )?(?:helemaal |echt "
                    + ")?(?:niks|niets)(?: van)?|stop met|begrijp je het (?:nou |nu )?niet")
    };

    static final String[] SOFTENERS = {
            "een beetje", "beetje", "een tikje", "enigszins", "lichtelijk", "wat", "niet zo", "niet erg"
    };

    static final String[] POSITIVE = {
            "dank", "bedankt", "dankjewel", "dankuwel", "super", "top", "geweldig", "fantastisch", "perfect",
            "gefeliciteerd", "hoera", "joepie", "jippie", "yes", "blij", "gaaf", "vet", "leuk", "mooi",
            "(?:ha|he)(?:ha|he)+", "lol", "eindelijk", "werkt", "gelukt", "verjaardag", "wauw", "wow", "cool",
            "heerlijk", "prachtig", "lekker", "knap", "kan niet wachten", "bestel ik (?:zeker )?weer", "top\\w*",
            "toppers?", "geweldige?", "fantastische", "strak", "prima", "(?:ging|was) (?:\\w+ )?snel",
            "wat (?:mooi|snel|lekker|strak|goed|een topper)"
    };

    static final String[] JOY = {
            "van (?:blijdschap|vreugde|geluk|het lachen|plezier)", "(?:ha|he)(?:ha|he)+", "lol"
    };

    static final String[] EXCLAIMED = {
            "waar blijft", "waar (?:is|zijn)", "is (?:daar|er) iemand", "iemand (?:daar|thuis|die)",
            "(?:al|sinds|sinds vanochtend) (?:\\d+|twee|drie|vier|weken|dagen|maanden|uren|vanochtend|gisteren)",
            "beloofd", "nu meteen", "nu",
            "alweer", "weer", "nog "
                    + "steeds", "nooit", "niks", "niets", "niemand", "ongelooflijk", "ongelofelijk", "serieus",
                    "keer", "waarom", "voor niks", "voor niets", "niet"
    };

    static final String[] TYPOS = {
            "schandalig", "belachelijk", "onacceptabel", "onaanvaardbaar", "schandelijk", "ongehoord",
            "incompetent", "incompetentie", "waardeloos", "waardeloze", "nutteloos", "oplichters", "oplichterij",
            "gefrustreerd", "geirriteerd", "verontwaardigd",
            "belachelijke", "schandalige", "schandelijke"
    };

    static final FrustrationRules RULES = FrustrationRules.of("nl", THREATS, PUBLICITY, INSULTS, SWEARING, ANGER,
            REPEATING, SOFTENERS, POSITIVE, EXCLAIMED, JOY, TYPOS);

    private DutchFrustration() {
    }
}
