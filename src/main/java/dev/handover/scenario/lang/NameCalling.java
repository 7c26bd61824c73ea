package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Name-calling from a lexicon of insult nouns rather than fixed sentences: the noun said on its own at the start or
 * the end of the message ("... really helpful. idiots", "incapaci, il dentista ..."), or with "you are" on either side
 * ("oplichters zijn jullie", "son unos chorros"); plural, so that calling oneself an idiot stays calm. With it, "you
 * don't care" said rudely ("nobody gives a rat's", "ve ne fregate") and "are you kidding me" in its colloquial forms.
 * Appended to each language's own insults; none of them is negatable.
 */
final class NameCalling {

    /** One language's sets, as regex alternations over normalised text. */
    private record Words(String nouns, String youAre, String areYou, String noCare, String kidding) {
    }

    private static final Words EN = new Words(
            "(?:idiots|morons|clowns|muppets|imbeciles|incompetents|crooks|thieves|scammers|liars|jokers|amateurs|"
                    + "losers|cowboys|numpties|wankers|tossers|bastards|dickheads|assholes|arseholes|jerks|cretins|"
                    + "halfwits|fraudsters|con artists|charlatans|useless lot|useless bunch)",
            "(?:you are|you re|you guys are|you people are|you lot are|ur|you) (?:all |just |such |a bunch of |a "
                    + "pack of )?",
            "(?:you are|you all are|the lot of you|all of you)",
            "(?:nobody|no one|noone|you do not|you don t|you dont|does not|doesn t) (?:even |really )?(?:gives?|care) "
                    + "(?:a )?(?:rat s|rats|damn|shit|toss|fuck|crap|monkey s|flying)",
            "(?:are|r) (?:you|u) (?:having a laugh|taking the mick|winding me up|for real)");

    private static final Words ES = new Words(
            "(?:idiotas|imbeciles|inutiles|incompetentes|ladrones|chorros|estafadores|sinverguenzas|payasos|ineptos|"
                    + "boludos?|pelotudos?|gilipollas|capullos|cabrones|pendejos|tarados|chantas|rateros|cretinos|"
                    + "mamarrachos|cantamananas|chapuceros|chapuzas|timadores|tramposos|caraduras|vagos)",
            "(?:son|sois|eres|sos|son ustedes|sois vosotros) (?:unos |unas |un |una |todos |puros )?",
            "(?:son|sois|son ustedes|sois todos|eso es lo que son)",
            "(?:les|os|te|le) (?:importa|importo) (?:un )?(?:carajo|pepino|bledo|comino|pito|rabano|huevo|mierda|"
                    + "cuerno)|(?:a nadie|no) (?:les|os|le) importa (?:nada|un)|(?:os|les) la (?:suda|sopla|trae floja)",
            "no me jodas|no jodas|me estas jodiendo|(?:me|nos) (?:estan|estais|estas) (?:cargando|bromeando)|"
                    + "(?:es|esto es) (?:una )?broma\\b|(?:me estas|me estan|me estais) tomando el pelo");

    private static final Words PT = new Words(
            "(?:palhacos|idiotas|incompetentes|ladroes|imbecis|otarios|vigaristas|caloteiros|burros|inuteis|babacas|"
                    + "safados|picaretas|incapazes|cretinos|trapaceiros|golpistas|amadores|vagabundos|canalhas|"
                    + "desgracados|lixos)",
            "(?:voces sao|vcs sao|sao|voce e|vc e|tu es|seus|suas|seu|sua|bando de|cambada de) (?:uns |umas |uns "
                    + "bons |todos |mesmo )?",
            "(?:sao voces|e o que voces sao|isso que voces sao|voces sao|sao)",
            "(?:ninguem|voces nao|vcs nao) (?:ta|esta|estao|tao) (?:nem )?(?:ai|ligando)|(?:estao|tao) se lixando|"
                    + "(?:nao|ninguem) (?:da|dao) a minima|(?:voces|vcs) (?:nao )?(?:ligam|estao) (?:nem )?(?:um "
                    + "pouco|pra nada)",
            "(?:ta|esta|estao|tao|voces tao) (?:de )?(?:brincadeira|zoando|de sacanagem|me zoando|tirando (?:com a "
                    + "minha cara|onda))|so pode ser brincadeira");

    private static final Words FR = new Words(
            "(?:idiots|incapables|incompetents|voleurs|escrocs|guignols|clowns|nuls|abrutis|cretins|bouffons|"
                    + "branquignols|charlatans|arnaqueurs|imbeciles|tocards|connards|amateurs|bras casses|pignoufs|"
                    + "branleurs|manches|bandits|menteurs|rigolos)",
            "(?:vous etes|vous etes tous|vous etes vraiment|bande d|bande de|espece d|espece de|tas d|tas de|"
                    + "que des) (?:des |vraiment des |de vrais |de sacres |une bande d |une bande de )?",
            "(?:vous etes|que vous etes|voila ce que vous etes|c est tout ce que vous etes)",
            "(?:vous vous en|ils s en|on s en) (?:foutez|foutent|fout|fichez|fichent|balec|battez|tapez|tamponnez)|"
                    + "(?:rien a|rien a faire|vous n en avez rien a) (?:foutre|cirer|battre|carrer)",
            "(?:vous|tu) (?:vous |te )?(?:foutez|fous|moquez|moques) de (?:moi|ma gueule|nous|qui)|c est une blague|"
                    + "(?:vous|tu) rigolez|(?:vous|tu) plaisantez");

    private static final Words DE = new Words(
            "(?:idioten|deppen|vollidioten|trottel|versager|betruger|betrueger|abzocker|dilettanten|stumper|stuemper|"
                    + "pfuscher|clowns|penner|spinner|vollpfosten|dummkopfe|dummkoepfe|amateure|kasper|chaoten|gauner|"
                    + "halsabschneider|nieten|luschen|flachpfeifen|pappnasen|heinis|armleuchter|hohlkopfe|hohlkoepfe)",
            "(?:ihr seid|ihr seids|sie sind|ihr|du bist|ihr seid alle|ihr seid doch|ihr seid echt|seid ihr) "
                    + "(?:doch |echt |wirklich |alle |so |solche |nur |ja |richtige |totale |komplette )*",
            "(?:seid ihr|sind sie|seid ihr alle|seid ihr doch)",
            "(?:ist|is) (?:euch|ihnen|dir) (?:doch |ja |eh |wohl )?(?:scheissegal|scheiss egal|volllig egal|voellig "
                    + "egal|vollig egal|wurscht|wurst|schnuppe|egal)|(?:interessiert|juckt) (?:euch|sie|keinen|"
                    + "niemanden) (?:einen dreck|die bohne|kein stuck|kein stueck|nicht die bohne)",
            "(?:sads|seids|sans|san sie|seid ihr|sind sie) (?:ihr )?(?:\\w+ )?(?:deppert|bescheuert|bekloppt|"
                    + "verruckt|verrueckt|wahnsinnig|irre|blod|bloed|narrisch|naerrisch)|(?:wollt|willst|wollen) "
                    + "(?:ihr|du|sie) mich (?:\\w+ )?(?:verarschen|veraeppeln|verkackeiern|pflanzen|hochnehmen)|"
                    + "(?:du|ihr) (?:dumme?r?|blode?r?|bloede?r?|doofe?r?|nutzlose?r?|bescheuerte?r?|elende?r?|"
                    + "dreckige?r?|unfahige?r?|unfaehige?r?) \\w+");

    private static final Words IT = new Words(
            "(?:incapaci|idioti|incompetenti|ladri|truffatori|buffoni|pagliacci|imbecilli|cretini|deficienti|"
                    + "dilettanti|scemi|somari|cialtroni|disonesti|stronzi|coglioni|ladroni|incompetentoni|"
                    + "farabutti|delinquenti|mascalzoni|pezzenti|babbei|citrulli)",
            "(?:siete|sei|siete tutti|siete proprio|branco di|banda di|massa di|manica di|razza di) (?:dei |degli |"
                    + "delle |proprio |solo |tutti |dei veri |degli emeriti |dei grandissimi )?",
            "(?:siete|che siete|ecco cosa siete|siete tutti)",
            "(?:ve ne|se ne|non ve ne|non vi) (?:fregate|frega|sbattete|importa) (?:niente|nulla|un cazzo|una mazza|"
                    + "un fico)?|(?:ve ne|se ne) (?:fregate|sbattono|fottete|strafregate)",
            "(?:ma )?(?:state|stai|sta|stiamo) (?:a )?scherz\\w*|ma scherzate|ma scherzi|mi (?:state|stai|sta) "
                    + "prendendo in giro|ci (?:state|stai) prendendo (?:in giro|per il culo)|(?:mi|ci) prendete "
                    + "(?:in giro|per il culo)");

    private static final Words NL = new Words(
            "(?:oplichters|sukkels|idioten|prutsers|amateurs|klungels|oenen|dieven|zakkenvullers|eikels|"
                    + "randdebielen|debielen|faalhazen|beunhazen|kneusjes|klojo s|klojos|pannenkoeken|boeven|"
                    + "criminelen|uitvreters|zakken|lulhannesen|kluns|clowns|lapzwansen|nitwits)",
            "(?:jullie zijn|jij bent|je bent|stelletje|stel|bende|zijn jullie) (?:echt |gewoon |allemaal |een stel |"
                    + "een stelletje |een bende |wel |toch )?",
            "(?:zijn jullie|ben jij|ben je|zijn jullie gewoon|zijn jullie allemaal)",
            "(?:het )?(?:boeit|interesseert) (?:jullie|jou|hun|niemand) (?:geen (?:reet|bal|moer|ene moer|zak)|"
                    + "niks|niets)|(?:jullie|ze) (?:hebben|heeft) (?:er )?(?:schijt|lak|maling) aan",
            "(?:van de pot gerukt|van lotje getikt|niet goed bij je hoofd|niet goed snik|gek geworden|helemaal "
                    + "gestoord|niet helemaal lekker|knettergek)|(?:houden|hou|nemen|neem) (?:jullie|je|u) me (?:nou|"
                    + "soms )?(?:voor de gek|in de maling)");

    private NameCalling() {
    }

    /** The name-calling of a language. */
    static NamedPattern[] insults(String code) {
        Words words = forLanguage(code);
        return new NamedPattern[] {
                of("name-calling", "^" + words.nouns + "\\b|\\b" + words.nouns + "$|\\b" + words.youAre
                        + words.nouns + "\\b|\\b" + words.nouns + " " + words.areYou + "\\b"),
                of("no-care", words.noCare),
                of("kidding", words.kidding)
        };
    }

    /** The plural insult nouns of a language, for families that put them after a noun of their own. */
    static String nouns(String code) {
        return forLanguage(code).nouns;
    }

    private static Words forLanguage(String code) {
        return PerLanguage.pick(code, "name-calling", EN, ES, PT, FR, DE, IT, NL);
    }
}
