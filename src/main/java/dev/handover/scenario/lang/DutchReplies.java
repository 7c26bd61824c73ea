package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/** Dutch phrases of bot replies (fallbacks) and of customer replies to them (feedback), over normalised text. */
final class DutchReplies {

    /** Phrases by which the bot itself admits it lacks the answer. */
    static final NamedPattern[] FALLBACKS = {
            of("no-info", "(?:het|een) antwoord (?:\\w+ ){0,2}?schuldig (?:moeten )?blijven|(?:heb|zie) ik (?:\\w+ ){0,3}?"
                    + "(?:niets|niks) (?:staan|over staan)|" + "ik heb (?:daar |hier |hierover |daarover |er )?(?:helaas |jammer genoeg |spijtig "
                    + "genoeg |momenteel |op dit moment )?(?:geen|niet de|niet genoeg|onvoldoende) (?:\\w+ ){0,2}?"
                    + "(?:informatie|info|gegevens|details|toegang|antwoord|kennis|zicht|inzicht|prijzen|data)|"
                    + "(?:daar|hier|hierover|daarover|dat|die informatie|die gegevens|deze informatie) (?:heb|weet)"
                    + " ik (?:helaas |jammer genoeg |spijtig genoeg )?(?:geen|niets|niks)|(?:heb|beschik) ik "
                    + "(?:helaas |jammer genoeg |spijtig genoeg )?(?:geen|niet over) (?:\\w+ ){0,2}?(?:informatie|"
                    + "info|gegevens|details|toegang|zicht|inzicht)|beschik (?:helaas )?niet over|is mij (?:helaas"
                    + " )?niet bekend|(?:die|deze|de) (?:informatie|gegevens) (?:is|zijn|heb ik) (?:helaas )?"
                    + "niet (?:beschikbaar|voorhanden|bekend)|(?:daar|hier|dat) weet ik (?:helaas |jammer genoeg "
                    + ")?(?:het antwoord )?niet op"),
            of("cannot-help", "(?:ik kan|kan ik)(?: (?!wel)\\w+){0,4}? (?:niets|niks)(?: \\w+){0,2}? (?:over )?(?:zeggen|"
                    + "vertellen|doen|beloven)\\b|(?:ik kan|kan ik)(?: (?!wel)\\w+){0,4}? geen (?:\\w+ ){0,2}?(?:inzien|bekijken|"
                    + "opzoeken|uitspraken doen|uitspraak doen|antwoord geven|informatie geven)\\b|(?:iemand|een collega|"
                    + "collega s|het team|een medewerker|de praktijk) (?:\\w+ ){0,2}?(?:moet|moeten|zal moeten)(?: \\w+){0,2}? "
                    + "(?:bevestigen|nagaan|controleren|bekijken|beantwoorden)\\b|" + "(?:ik kan|kan ik)(?: (?!geen|wel)\\w+){0,4}? niet(?: \\w+){0,3}? (?:helpen|"
                    + "beantwoorden|zeggen|bevestigen|inzien|nakijken|opzoeken|vertellen|controleren|checken|"
                    + "achterhalen|bekijken|inschatten|beoordelen|verwerken|uitleggen)\\b|(?:ik ben|ben ik) "
                    + "(?:helaas )?niet in staat|kan ik (?:helaas |jammer genoeg )?geen antwoord op geven|"
                    + "(?:geen|niet) iets waar ik (?:\\w+ )?(?:mee kan helpen|bij kan helpen)"),
            of("check-with-team", "(?:ik|laat me|laat mij)(?: \\w+){0,6}? (?:bij|met|aan|naar) (?:\\w+ ){0,2}?"
                    + Dutch.TEAM + " (?:\\w+ ){0,2}?(?:navragen|nagaan|checken|controleren|overleggen|informeren|"
                    + "voorleggen|doorgeven|doorsturen|na|voor|door)\\b|(?:ik|laat me|laat mij)(?: \\w+){0,4}? "
                    + "(?:navragen|nagaan|checken|controleren|overleggen|informeren|uitzoeken|opvragen|voorleggen|"
                    + "doorgeven|doorsturen|doorzetten|na|voor|door|check|informeer|overleg|controleer|vraag)"
                    + "(?: \\w+){0,3}? (?:bij|met|aan|naar) (?:\\w+ ){0,2}?" + Dutch.TEAM + "\\b|(?:(?:moet|zal|ga|wil) ik|ik (?:moet|zal|ga|wil)) "
                    + "(?:\\w+ ){0,3}?(?:navragen|nagaan|uitzoeken|checken|controleren|overleggen|opzoeken)\\b|"
                    + "ik (?:heb|zal|ga) (?:\\w+ ){0,3}?(?:doorgestuurd|doorgezet|doorgegeven|voorgelegd|"
                    + "doorsturen|doorzetten|doorgeven|voorleggen) (?:aan|naar)|ik kom (?:hier |daar |er )?"
                    + "(?:\\w+ ){0,6}?op terug"),
            of("not-found", "(?:vind|zie) ik (?:\\w+ ){0,5}?(?:niets|niks|nergens)|vind ik (?:\\w+ ){0,5}?geen (?:informatie|info|gegevens|resultaten|reserveringe?n?|boekinge?n?|bestellinge?n?|order|"
                    + "account|dossier|antwoord|details|klantgegevens)\\b|"
                    + "ik (?:vind|zie) (?:\\w+ ){0,4}?(?:niets|niks|nergens)|" + "(?:ik (?:kan|kon|heb)|kan ik|kon ik|heb ik) (?:\\w+ ){0,5}?(?:niets|niks|geen (?!vrije |beschikbare )\\w+|"
                    + "niet)(?: \\w+){0,4}? (?:vinden|terugvinden|gevonden|teruggevonden)\\b|ik vind (?:\\w+ )"
                    + "{0,3}?(?:niets|niks|geen (?:informatie|gegevens|resultaten))|geen (?:resultaten|"
                    + "zoekresultaten) (?:voor|over|gevonden)"),
            of("out-of-scope", "(?:gaat|valt) (?:\\w+ ){0,2}?(?:verder dan|buiten) (?:wat|waar|mijn)|(?:gaat|gaan) (?:\\w+ )"
                    + "{0,2}?mijn (?:mogelijkheden|kennis|petje) (?:\\w+ )?te boven|valt niet (?:onder|binnen) mijn|niet "
                    + "(?:het juiste|de juiste) (?:aanspreekpunt|persoon|plek|assistent|adres)|" + "buiten (?:mijn|wat ik) (?:kennis|mogelijkheden|bereik|expertise|kan|weet|"
                    + "taak)|valt buiten (?:wat ik|mijn|de informatie)|ik kan (?:u |je )?(?:alleen|enkel|"
                    + "uitsluitend) (?:helpen|vragen|antwoorden|informatie|iets)|daar ben ik niet (?:voor )?"
                    + "(?:bedoeld|geprogrammeerd|uitgerust)"),
            of("not-understood", "(?:kan|kon) ik (?:\\w+ )?niet (?:goed |helemaal )?plaatsen|(?:is|was) (?:me|mij) "
                    + "(?:\\w+ )?niet (?:helemaal |goed )?duidelijk|"
                    + "(?:begrijp|snap|volg|versta) (?:ik )?(?:u |je |jou |uw \\w+ |je \\w+ |de "
                    + "vraag |het |dat |dit |wat (?:u|je) bedoelt )?(?:helaas )?niet(?! alleen)|(?:niet|slecht) "
                    + "(?:goed |helemaal |helemaal goed )?(?:begrepen|verstaan|gevolgd)|kunt (?:u|je) (?:uw |je |de "
                    + ")?(?:vraag )?(?:anders formuleren|herformuleren|verduidelijken|anders stellen|opnieuw "
                    + "formuleren)"),
            of("handover-offer", "ik (?:\\w+ ){0,3}?(?:verbind|breng|zet) (?:u|je) (?:\\w+ ){0,3}?(?:door|in "
                    + "contact)|(?:een )?collega (?:\\w+ ){0,3}?(?:neemt|zal|gaat) (?:\\w+ ){0,4}?(?:contact met "
                    + "(?:u|je)|bij (?:u|je) terug|terugbellen)")
    };

    /** Doubt: a fallback unless the bot goes on to ask the customer a question. */
    static final NamedPattern[] DOUBTS = {
            of("not-sure", "weet ik (?:helaas |echt |eerlijk gezegd |jammer genoeg |zo |nog )?niet|" + "ik weet (?:het )?(?:helaas |eerlijk gezegd |jammer genoeg )?niet(?: zeker)?|"
                    + "ik ben (?:er )?(?:\\w+ )?niet (?:helemaal |100 procent |100 )?zeker|(?:dat|het) weet "
                    + "ik (?:helaas )?niet|geen idee|ik twijfel|weet ik niet zeker|niet zeker (?:of|wat|hoe|welke)")
    };

    /** The customer says the bot's last answer failed. */
    static final NamedPattern[] DISSATISFIED = {
            of("did-not-help", "voor geen (?:meter|zak|moer|bal|kant)|"
                    + "(?:daar|hier|hiermee|daarmee|zo) kan ik (?:\\w+ )?(?:niks|niets|weinig) mee|beantwoordt "
                    + "(?:\\w+ ){0,3}?niet|^(?:ja |nee |maar )?heb ik (?:gedaan|geprobeerd)|langs (?:mijn vraag|mij|me|"
                    + "elkaar) heen|niet dus\\b|(?:nog )?(?:evenveel|niks wijzer|niets wijzer|geen stap verder)|" + "(?:dat|dit|het|u|je|jij|jullie|uw antwoord|je antwoord) (?:heeft|hebt|helpt|"
                    + "help|werkt|werkte|lukt|lukte|hielp) (?:(?:me|mij|ons|echt|nog steeds|nog altijd|helemaal|"
                    + "ook|dus|gewoon|nu|helaas|nog|totaal|alsnog) ){0,4}(?:niet|niks|niets|geen bal|geen moer)|"
                    + "(?:werkt|helpt|lukt) (?:\\w+ )?(?:nog steeds |nog altijd |helaas |nog )?niet|niet (?:gelukt|geholpen|gewerkt|opgelost)|"
                    + "heb (?:ik )?(?:er |daar |hier )?(?:niks|niets|geen bal) aan|(?:daar|hier) (?:ben|heb) ik "
                    + "(?:\\w+ )?(?:niks|niets) (?:mee|aan)|schiet ik (?:niks|niets) mee op|nutteloos|zinloos|"
                    + "waardeloos|geen hulp|niet (?:behulpzaam|nuttig|relevant|duidelijk)|slaat nergens op|"
                    + "(?:dat|dit|het|die|alles) (?:heb ik |hebben we )?al (?:lang |eens |vaker |\\w+ keer )?"
                    + "(?:geprobeerd|gedaan|gecheckt|gecontroleerd|uitgeprobeerd)|(?:heb|hebben) (?:ik|we) al "
                    + "(?:lang |allemaal |meerdere keren |\\w+ keer |eens )?(?:geprobeerd|gedaan|gecheckt)|al "
                    + "geprobeerd|snap (?:er |het )?(?:nog steeds |nog altijd |echt |helemaal )?(?:niks|niets|"
                    + "niet)|nog (?:meer |verder )?in de war"),
            of("still-broken", "blijft (?:\\w+ ){0,2}?(?:koud|uit|zwart|leeg|storen|piepen|lekken|stuk|kapot|weigeren|"
                    + "mislukken|hangen|haperen|crashen|vastlopen)|" + "(?:nog steeds|nog altijd|steeds nog|altijd nog) (?:niet|kapot|fout|hetzelfde|"
                    + "geen|stuk|vast|dezelfde|een foutmelding|foutmelding|error|hetzelfde probleem|mis)|"
                    + "(?:zelfde|hetzelfde|dezelfde) (?:probleem|fout|foutmelding|melding|error|gedoe|verhaal)|"
                    + "probleem (?:is er nog|blijft|bestaat nog)|blijft (?:\\w+ )?(?:hangen|haperen|crashen|"
                    + "vastlopen|fout gaan|hetzelfde)"),
            of("not-what-i-asked", "(?:dat|dit|het) (?:is|was) mijn vraag niet|(?:wilde|wou|vroeg|bedoelde|vroeg naar|"
                    + "had het over) (?:\\w+ ){1,5}?niet (?:de|het|die|dat|mijn|naar|om|over)\\b|" + "(?:dat|dit|het) (?:is|was) niet (?:wat ik (?:vroeg|vraag|bedoel|bedoelde|"
                    + "zocht|wil|wilde|zoek)|mijn vraag|het antwoord|waar ik om vroeg|juist|correct|waar|het "
                    + "probleem|relevant)|(?:dat|daar) vroeg ik (?:helemaal )?niet(?: om| naar)?|niet wat ik "
                    + "(?:vroeg|bedoel|bedoelde|zocht|zoek|nodig heb|wilde)|geen antwoord op mijn vraag|"
                    + "beantwoordt (?:\\w+ )?(?:mijn vraag )?niet|(?:heeft|heb) (?:er |daar )?(?:niks|niets) "
                    + "(?:mee|met mijn vraag) te maken|dat bedoel ik niet|ik bedoelde|ik bedoel (?:de|het|mijn|"
                    + "niet|eigenlijk)|ik had het over"),
            of("wrong-answer", "(?:dat|dit|het) (?:is|klopt) (?:echt |gewoon |helemaal )?(?:niet|fout|onjuist|"
                    + "incorrect|verkeerd|onzin)(?! (?:wat|mijn|het|de))|klopt (?:echt |gewoon |helemaal )?niet|"
                    + "^(?:nee |neen )?(?:fout|onjuist|incorrect|verkeerd|onzin)|(?:verkeerde|foute) (?:antwoord|"
                    + "info|informatie|link|code|prijs)"),
            of("not-understood", "(?:u|je|jij) (?:begrijpt|snapt|begrijp|snap|luistert|leest) (?:me |mij |het "
                    + "|mijn vraag |mijn bericht )?(?:echt |gewoon |helemaal )?niet|(?:u|je|jij) (?:begrijpt|"
                    + "snapt) er (?:niks|niets) van|heb (?:je|u) (?:mijn vraag|mijn bericht|het) (?:wel |eigenlijk |"
                    + "uberhaupt )?gelezen|lees (?:je|u) (?:wel|eigenlijk|uberhaupt) wat ik"),
            of("repeat", "(?:al|nu al) (?:\\w+ keer|twee keer|drie keer|vaker|eerder) (?:gestuurd|gezegd|gegeven|verteld|"
                    + "gevraagd|uitgelegd)|ik vraag het (?:\\w+ ){0,2}?(?:nog een keer|opnieuw|nogmaals|voor de \\w+ keer)|"
                    + "voor de (?:tweede|derde|vierde|zoveelste) keer|^nogmaals\\b|^nog (?:een )?keer\\b(?! (?:\\w+ ){0,2}?geprobeerd)|" + "(?:je|u|jij) (?:blijft|herhaalt) (?:\\w+ ){0,2}?(?:hetzelfde|herhalen|zeggen|"
                    + "antwoorden|sturen)|(?:steeds|telkens|alweer|weer) (?:hetzelfde|dezelfde|weer hetzelfde)|"
                    + "(?:zelfde|hetzelfde) antwoord|in (?:een )?(?:rondjes|cirkels|kringetjes|cirkel|rondje)|"
                    + "rondjes draaien|(?:we|ik) (?:komen|kom) (?:zo |hier |op deze manier )?(?:nergens|niet "
                    + "verder)|schiet (?:zo |dit |echt )?niet op"),
            of("sarcasm", "(?:bedankt|dank (?:je|u)(?: wel)?|dankjewel|dankuwel) voor (?:helemaal )?(?:niks|"
                    + "niets)|nou (?:lekker|fijn|geweldig|mooi|leuk|handig|super|top|prachtig|fantastisch|"
                    + "fraai)|lekker dan|heel handig (?:zeg|hoor)|wat heb ik (?:daar|hier|er) (?:nou )?aan"),
            of("gave-up", "laat (?:maar |ook maar )?zitten|(?:ga|probeer) ik (?:\\w+ )?(?:wel )?ergens anders|" + "(?:toch |alsnog )?bedankt (?:toch|alsnog|evengoed)|laat (?:ook )?maar(?! (?:weten|"
                    + "horen|zien|komen|\\w+ weten))|ik geef het op|vergeet het maar|ik zoek het (?:zelf )?wel "
                    + "uit|zoek ik zelf wel uit|ik bel (?:zelf )?wel"),
            // the customer had already given what the bot asks for again
            // (a file just sent is news, not a repeat: "net gestuurd" needs "al" or "toch")
            of("gave-already", "(?:heb|had) (?:ik )?(?:je|u|jullie) (?:\\w+ ){0,3}?(?:toch )?al(?: \\w+){0,3}? (?:gegeven|"
                    + "gestuurd|doorgegeven|gezegd|gemaild|verteld)|(?:heb|had) (?:ik )?(?:je|u|jullie) (?:\\w+ ){0,3}?"
                    + "(?:toch )?(?:net|zojuist|daarnet)(?: \\w+){0,3}? (?:gegeven|doorgegeven|gezegd|verteld)"
                    + "|(?:dat|dit|"
                    + "het|die) (?:heb|had) ik (?:je |u |jullie )?(?:net |zojuist |toch )*al (?:gezegd|gegeven"
                    + "|gestuurd|"
                    + "verteld|doorgegeven|geschreven)|(?:heb|had) "
                    + "(?:ik )?(?:mijn|het|de) \\w+ (?:toch )?al (?:gegeven|gestuurd|doorgegeven|gemaild)"),
            // the fault goes on: "lekt nog steeds", "knippert nog altijd"
            of("persisting", "\\b(?!(?:werkt|lukt|gaat|doet|klopt|past|staat)\\b)\\w+t (?:nog steeds|nog altijd|"
                    + "steeds weer)(?! niet)\\b|blijft (?!(?:werken|goed)\\b)\\w+en\\b")
    };

    /** The customer says the problem is solved. */
    static final NamedPattern[] RESOLVED = {
            of("worked", "(?:nu|weer) (?:werkt|lukt) (?:het|alles)(?! niet)|(?:nu|weer) doet (?:het|hij|ze) het|werkt "
                    + "alles(?! niet)|(?:is|zijn) (?:nu |eindelijk |toch )?(?:doorgegaan|binnen|aangekomen|verwerkt|"
                    + "ontvangen)|zo zit het|(?:is|klinkt) (?:het |dat )?(?:nu )?logisch|(?:mijn vraag is|is mijn vraag) "
                    + "(?:\\w+ )?beantwoord|" + "(?:dat|het|dit|alles) (?:werkt|werkte|heeft geholpen|helpt|hielp|is gelukt|lukt|"
                    + "lukte|is opgelost|doet het)(?! niet| nog niet| nog steeds niet| helaas)|(?:werkt|doet het)"
                    + " (?:nu|weer)(?! niet)|(?<!niet )gelukt|(?<!niet )opgelost|ik (?:heb|ben) (?:het|hem|ze)?"
                    + " ?(?:gevonden|binnen)|ik ben (?:nu )?(?:binnen|ingelogd)|ik kan (?:nu |weer )+inloggen|"
                    + "ik heb (?:de|het|je|uw) (?:mail|e mail|email|code|link|bevestiging|bericht|sms) "
                    + "(?:ontvangen|gekregen|binnen)|(?:nu )?snap ik het|ik snap het(?! niet| nog| echt niet)|"
                    + "(?<!niet )begrepen|(?:is|alles) (?:nu )?(?:duidelijk|helder|in orde|geregeld)|komt goed|"
                    + "daar heb ik (?:wat|veel) aan|dat helpt"),
            of("that-is-all", "dat is alles|meer (?:hoefde|wilde) ik niet (?:te )?weten|precies wat ik "
                    + "(?:nodig had|zocht|wilde weten|bedoelde)|dat wilde ik weten|dat zocht ik"),
            of("went-through", "(?:kortingscode|code|betaling|bestelling|boeking|coupon|voucher) (?:werkte|is gelukt|"
                    + "ging door|is doorgegaan|is geplaatst|is bevestigd)|bestelling (?:is )?(?:geplaatst|gelukt|"
                    + "bevestigd)|kom (?:ik )?(?:er )?(?:nu |eindelijk |weer )?(?:wel )?in\\b")
    };

    /** Thanks and praise: they close the matter when no question follows. */
    static final String[] THANKS = {
            "bedankt", "dank (?:je|u|jullie)(?: wel)?", "dankjewel", "dankuwel", "dankje", "hartelijk dank",
            "dank", "merci", "top", "toppie", "super", "perfect", "prima", "geweldig", "fijn", "mooi", "helder",
            "duidelijk", "fantastisch", "uitstekend", "tof", "gezien", "geboekt", "tot dan", "tot morgen",
            "heel fijn", "heerlijk", "ok top", "oke top", "thanks", "thnx", "thx", "in orde", "goed om te weten"
    };

    /** A detail the customer does not know yet: an answer to the bot, not a failed attempt. */
    static final String[] UNDECIDED = {
            "(?:weet|weten) (?:ik |we |wij )?(?:het )?nog niet", "nog niet (?:beslist|besloten|zeker)"
    };

    /** Openers of a question asking what is wrong with a thing: its fault words are news, not feedback. */
    static final String[] FAULT_QUESTIONS = {
            "(?:weten jullie|weet u|weet je|weet jij|weet iemand) wat er (?:mis|fout|aan de hand) is met "
    };

    /** Openers of a question without a question mark. */
    static final String[] QUESTION_STARTS = {
            "wat (?!fijn|goed|snel|top|mooi|leuk|een|geweldig|handig|heerlijk|fantastisch|super|"
                    + "prettig|lief|aardig|tof)", "hoe (?!fijn|leuk|mooi)", "wanneer", "waar(?! voor)", "welke?", "wie",
            "waarom", "hoeveel", "kan ik", "kunt (?:u|you)", "kun je", "kunnen jullie", "is het", "is er",
            "zijn er", "hebben jullie", "heeft (?:u|you)", "heb je", "doen jullie", "mag ik", "moet ik"
    };

    private DutchReplies() {
    }
}
