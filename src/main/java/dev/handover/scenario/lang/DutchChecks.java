package dev.handover.scenario.lang;

/**
 * The Dutch contact table's checks that turn a candidate down (negation lifts, contact-detail questions, conditions,
 * quotes, questions about the bot, other senses), kept apart from {@link Dutch}'s frames so each file stays readable.
 */
final class DutchChecks {

    private DutchChecks() {
    }

    static final String[] NEGATION_LIFTS = {
            "(?:weet|wist|snap|begrijp|zie|vind|ken|weten) (?:\\w+ ){0,2}?(?:niet|nergens) (?:\\w+ ){0,3}?"
                    + "(?:hoe|waar|wie|wat|welk|welke|waarmee)",
            "(?:geen|geen flauw|totaal geen|echt geen) (?:idee|benul|flauw idee)(?: \\w+){0,2}? (?:hoe|waar|wie|"
                    + "wat|welk|welke|met wie|bij wie)",
            "niet (?:zeker|duidelijk) (?:hoe|waar|wie|wat)",
            "(?:kan|kon|kun|kunt|vind|vond)(?: \\w+){0,3}? (?:niet|nergens)(?: \\w+){0,2}? (?:vinden|zien|"
                    + "ontdekken|hoe|waar|met|bij|contact|in contact|door)",
            "(?:kan|kon|kun|kunt|krijg|kreeg|lukt|lukte)(?: \\w+){0,2}? (?:geen|niet|nooit|nergens)",
            "(?:kom|kwam) (?:er )?(?:\\w+ )?niet (?:uit|achter|doorheen)",
            "(?:onmogelijk|moeilijk) (?:om|te)", "geen (?:manier|mogelijkheid|optie|knop|nummer) (?:om|te|"
                    + "waarmee)", "nergens (?:\\w+ )?(?:te vinden|staat)"
    };

    static final String[] INFO_QUESTIONS = {
            "hoe laat", "tot hoe laat", "vanaf hoe laat", "wanneer (?:is|zijn|gaat|gaan|opent|openen|"
                    + "sluit|sluiten|belt|bellen|zal|zullen|wordt|worden|heeft|hebben|kan de|kunnen de)",
            "op welke (?:dagen|tijden|uren)", "welke (?:dagen|tijden|uren)", "openingstijden?",
            "openingsuren", "bereikbaarheid", "tot wanneer", "hoe lang",
            "(?:wat|welk) (?:is |zijn )?(?:het |de |jullie |uw |je )?(?:\\w+ )?(?:telefoonnummer|nummer|"
                    + "mailadres|e ?mailadres|emailadres|adres|email|e mail|whatsapp ?nummer|toestelnummer)",
            "(?:telefoon)?nummer (?:van|voor)", "(?:op|via) welk (?:nummer|kanaal|adres)",
            "^(?:en |maar |dus |of )?(?:moet|moeten|hoef|hoeven) (?:ik|we|wij|je|u|jij)\\b",
            "^(?:en |maar |dus |of )?(?:heb|hebben) (?:ik|we|wij) (?:\\w+ )?(?:echt |eerst )?(?!nu )",
            "is het (?:echt |wel |dan |ook )?(?:nodig|noodzakelijk|verplicht|vereist|een vereiste)",
            "(?:nodig|noodzakelijk|verplicht|vereist) (?:om|dat)", "(?:telefonisch|per telefoon|per mail) "
                    + "bereikbaar"
    };

    static final String[] HYPOTHETICALS = {
            "als (?!klant|particulier|bedrijf|ondernemer|eigenaar|nieuwe klant|vaste klant)", "indien",
            "mocht", "mochten", "stel dat", "voor het geval", "in geval", "tenzij", "zodra",
            "wanneer (?:ik|we|wij)", "later", "ooit", "volgende keer", "in de toekomst",
            "op een gegeven moment", "puur uit nieuwsgierigheid", "gewoon benieuwd", "eventueel later",
            "misschien later"
    };

    static final String[] POLITE_CONDITIONS = {
            "als (?:dat|het) (?:even )?(?:kan|mag|lukt|mogelijk is|goed is|geen probleem is|niet te "
            + "veel moeite is|ok is|oke is)", "indien mogelijk", "zo mogelijk", "als (?:u|je|jullie) wil(?:t|len)?",
            "(?:fijn|blij|dankbaar|prettig|waarderen|top|leuk|graag) (?:vinden |zijn )?als",
            "(?:als|zodra) (?:u|je|jullie|ze|jij|hij|zij|er iemand) (?:even |weer )?tijd (?:hebt|heeft|hebben|"
                    + "heb)",
            "(?:als|wanneer|zodra) (?:er )?(?:even |weer )?tijd (?:is|voor is)",
            "(?:handiger|beter|fijner|prettiger|makkelijker|sneller|liefst) (?:is |zou zijn |vind |lijkt )?als"
    };

    static final String[] QUOTES = {
            "zegt", "zei", "zeiden", "gezegd", "er staat", "staat er", "stond er", "er stond", "staat op",
            "stond op", "staat in", "typte", "getypt", "typ", "typen", "schreef", "geschreven", "schrijft",
            "knop", "optie", "menu", "per ongeluk", "autocorrect\\w*", "negeer", "wat betekent",
            "wat bedoel(?:t|en)? (?:je|u|jullie) met", "verschil tussen", "het woord", "heet", "noemen",
            "(?:mijn|onze) (?:vrouw|man|partner|moeder|vader|zoon|dochter|kind|kinderen|vriend|vriendin|baas|"
                    + "zus|broer|buurman|buurvrouw|collega|oma|opa) (?:wil|wilt|vraagt|vroeg|moet|zou|wou)",
            "(?:heb|hebben|had|hadden) (?:al |net |gisteren |eerder |vandaag |vorige week |vanmorgen |toen "
                    + "|al eens |reeds )?contact met"
    };

    static final String[] BOT_QUESTIONS = {
            "(?:ben|bent|zijt) (?:je|jij|u|ge|gij)", "(?:je|jij|u|ge) (?:bent|zijt|ben)", "is dit",
            "is dat", "zijn dit", "zijn (?:de|deze|jullie|je|uw) (?:antwoorden|berichten|reacties)",
            "(?:praat|chat|spreek|typ|schrijf) ik (?:hier |nu |nou |eigenlijk )?(?:met|tegen)",
            "ben ik (?:nu |hier )?(?:aan het (?:praten|chatten|typen)|in gesprek)",
            "wie (?:typt|antwoordt|schrijft|zit) (?:er |hier |daar )?", "zit (?:er|daar|hier) (?:een|echt)",
            "met wie (?:spreek|praat|chat) ik"
    };

    static final String[] NATURE_WORDS = {
            "mens", "mensen", "persoon", "bot", "robot", "chatbot", "computer", "ai", "ki",
            "kunstmatige intelligentie", "automatisch", "geautomatiseerd", "echt", "echte", "medewerker",
            "iemand", "programma", "machine", "chatgpt", "assistent", "virtuele?", "levende?", "menselijk"
    };

    static final String[] BOT_WORDS = {
            "bot", "robot", "chatbot", "computer", "ai", "ki", "kunstmatige intelligentie", "machine",
            "programma", "automaat", "virtuele assistent", "chatgpt", "geautomatiseerd"
    };

    static final String[] OTHER_SENSES = {
            "human resources", "(?:mijn|onze) (?:baas|chef|werkgever|leidinggevende)", "(?:per|\\d+|twee|drie"
                    + "|vier|vijf|zes|zeven|acht|negen|tien|aantal|extra|"
            + "elke|ieder|welke|hoeveel) (?:persoon|personen|mensen)", "in persoon", "personal trainer",
            "persoonlijke? (?:trainer|coach|begeleider)", "geheim agent", "(?:mijn|zijn|haar|hun) agent",
            "agent (?:\\d+|nummer)",
            "(?:klantenservice|klantendienst|helpdesk|support|receptie|kantoor|praktijk|team|servicedesk|"
                    + "medewerkers?) (?:nummer|telefoonnummer|mailadres|e ?mailadres|emailadres|email|adres|"
                    + "openingstijden|openingsuren|uren|tijden|pagina|website|link|portaal|formulier|open|"
                    + "geopend|gesloten|dicht)",
            "(?:iemand|een mens|een medewerker|mensen|een persoon) (?:die )?(?:echt |wel |eigenlijk )?(?:dit |"
                    + "deze berichten |mijn berichten |de chat |het )?(?:leest|lezen|meeleest|meelezen|bekijkt|"
                    + "typt|typen|controleert)"
    };
}
