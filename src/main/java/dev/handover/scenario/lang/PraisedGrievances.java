package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Sarcastic praise wrapped round a grievance, in the shapes {@link IronicPraise} leaves out: paying gladly for
 * something that failed ("me encanta pagar 45 € al mes por un gimnasio donde media sala está averiada", "ik betaal
 * natuurlijk graag 45 euro voor een les waarin ..."); a promise redefined ("'Unlimited' heißt bei euch also
 * 'gedrosselt ab 20 GB'"); thanks for news the writer had from a poster or a neighbour ("ho saputo dell'aumento dal
 * vicino di casa. Comunicazione impeccabile"); a closing word of praise after a grievance in the same message ("...
 * zich had verslapen. Topservice.", "Genius business model, honestly"); and a medal offered ("Want a medal?").
 * Praise with no grievance before it stays praise ("great service, honestly, thank you"), and so does a grievance the
 * writer excuses ("late because of the snow, but still great service"): a contrast or a thank-you between them keeps
 * it calm. Paying gladly needs a sum ("I love paying by card" is a taste). Appended to each language's insults; not
 * negatable, and not casual beside happy words, since they are the sarcasm.
 */
final class PraisedGrievances {

    /**
     * One language's sets, as regex alternations over normalised text.
     *
     * @param gladlyPay paying with pleasure, said of what the writer pays for
     * @param where the clause that says what the money bought: where, while, so that
     * @param redefined a promise the business's own word is said to mean something else by
     * @param thanks thanks for being told or for the speed
     * @param learned hearing of it from a poster, a neighbour or the paper
     * @param grievance a failure told plainly: late, kept waiting, broken, throttled
     * @param excuse a contrast or a thank-you, which makes the praise after a grievance sincere
     * @param closer the praise the message ends on
     * @param medal a medal or applause offered for the failure, sarcastic whatever comes before
     */
    private record Words(String gladlyPay, String where, String redefined, String thanks, String learned,
            String grievance, String excuse, String closer, String medal) {
    }

    private static final Words EN = new Words(
            "(?:i )?(?:just )?love (?:paying|being charged|getting charged)|nothing (?:like|better than) paying",
            "where|in which|while|just to|only to",
            "so (?:\\w+ ){1,3}?(?:means|must mean|apparently means) (?:\\w+ ){0,5}?(?:to you|for you|in your "
                    + "(?:world|company|book))",
            "(?:thanks|thank you) (?:\\w+ ){0,3}?for (?:the )?(?:heads up|warning|letting (?:me|us) know|"
                    + "telling (?:me|us)|"
                    + "keeping (?:me|us) informed|timely|communication|update)",
            "(?:found out|find out|heard|learned|learnt|had to hear) (?:\\w+ ){0,8}?(?:from|on|via) (?:the|my|a|our) "
                    + "(?:neighbour|neighbor|news|paper|newspaper|facebook|other parents|sign|poster|notice)",
            "late|overslept|forgot|forgotten|never (?:came|showed|turned up)|no show|broken|kept (?:me|us) waiting|"
                    + "left (?:me|us|her|him) waiting|throttled|cut off",
            "but|though|although|still|anyway|despite|thanks|thank",
            "genius(?: business model)?(?: honestly| really| truly)?|(?:brilliant|great|fantastic|clever|lovely) "
                    + "business model(?: honestly| really| truly)?|(?:do you )?want a medal|top service|world class"
                    + "(?: service)?|stellar service|very professional",
            "(?:do you )?want a (?:medal|round of applause|gold star)|(?:shall|should) i (?:give you|send you) a "
                    + "medal");
    private static final Words ES = new Words(
            "me encanta pagar|que gusto (?:da )?pagar",
            "donde|en (?:el|la) que|para que|mientras",
            "para (?:ustedes|vosotros) (?:\\w+ ){0,3}?(?:significa|quiere decir) (?:\\w+ ){0,4}?(?:o sea|ya veo)|"
                    + "(?:asi que|o sea que) (?:\\w+ ){1,3}?para (?:ustedes|vosotros) (?:significa|quiere decir|es)",
            "gracias (?:\\w+ ){0,3}?por (?:avisar|el aviso|informar|la rapidez|la puntualidad|la comunicacion|"
                    + "mantenerme informad[oa])",
            "(?:me he enterado|me entere|nos enteramos|supe|lo supe) (?:\\w+ ){0,8}?(?:por|en) (?:el|la|un|una|los) "
                    + "(?:vecin[oa]|periodico|cartel|facebook|otros padres|prensa)",
            "tarde|averiad[oa]|rot[oa]|no (?:vino|aparecio|funciona)|se olvidaron|cancelaron|esperando|"
                    + "gasolinera|plantad[oa]",
            "pero|aunque|igual|aun asi|de todos modos|gracias",
            "un lujo(?: de verdad)?|que aprovechamiento|que profesionalidad|que nivel|chapo|de diez|"
                    + "servicio de primera",
            "(?:quieren|quereis|quiere) (?:una medalla|un aplauso)|(?:les|os) doy una medalla");
    private static final Words PT = new Words(
            "adoro pagar|(?:que )?(?:bom|otimo|maravilha) pagar",
            "onde|em que|pra que|para que|enquanto",
            "(?:entao|pelos vistos|pelo visto) (?:\\w+ ){1,3}?(?:significa|quer dizer) (?:\\w+ ){0,3}?(?:pra|para) "
                    + "(?:voces|vcs)|(?:pra|para) (?:voces|vcs) (?:\\w+ ){1,3}?(?:significa|quer dizer)",
            "obrigad[oa] (?:\\w+ ){0,3}?(?:por|pela|pelo) (?:avisar|aviso|informar|rapidez|comunicacao|me manter "
                    + "informad[oa])",
            "(?:soube|fiquei a saber|descobri|fiquei sabendo) (?:\\w+ ){0,8}?(?:pelo|pela|no|na|por um|por uma) "
                    + "(?:vizinh[oa]|jornal|cartaz|aviso|facebook|outros pais)",
            "atrasad[oa]|atraso|quebrad[oa]|avariad[oa]|esqueceram|cancelaram|esperando|nunca (?:veio|apareceu)|"
                    + "nao (?:veio|apareceu)",
            "mas|embora|mesmo assim|ainda assim|obrigad[oa]",
            "que profissionalismo|nivel maximo|de primeiro mundo|show de bola|um luxo|servico de primeira",
            "(?:querem|quer) (?:uma medalha|palmas)|(?:dou|mando) (?:uma medalha|palmas) (?:a voces|pra voces)");
    private static final Words FR = new Words(
            "j adore payer|quel plaisir de payer",
            "ou|dans lequel|dans laquelle|pour que|pendant que",
            "chez vous (?:ca |cela )?veut dire|(?:veut|voulait) donc dire|on appelle ca comment deja",
            "merci (?:\\w+ ){0,3}?(?:d avoir|de nous avoir|de m avoir|pour) (?:prevenu|informe|averti|la reactivite|"
                    + "la communication)",
            "(?:par|via|sur|du|de la) (?:une |un |le |la |l )?(?:affiche|mot sur la porte|panneau|voisin|voisine|"
                    + "journal|facebook|autres parents)",
            "bride|en retard|en panne|casse|oublie|annule|attendre|jamais venu|pas venu",
            "mais|quand meme|malgre|pourtant|merci",
            "tres pro|quelle pedagogie(?: bravo)?|du grand art|champions du monde|quel professionnalisme|la classe",
            "vous voulez (?:une medaille|des applaudissements)|je vous (?:donne|decerne) une medaille");
    private static final Words DE = new Words(
            "(?:ich )?(?:be)?zahle? (?:naturlich|ja|doch|selbstverstandlich) gerne?",
            "wo|in der|in dem|bei der|bei dem|wahrend",
            "(?:heisst|bedeutet) bei (?:euch|ihnen) (?:also|wohl|dann wohl)",
            "danke (?:\\w+ ){0,3}?fur (?:die )?(?:info|information|vorwarnung|rechtzeitige|schnelle kommunikation|"
                    + "kommunikation)",
            "(?:vom|von der|uber|aus der|durch) (?:nachbarn|nachbarin|zeitung|aushang|zettel|facebook|anderen "
                    + "eltern)\\b(?: \\w+){0,8}? (?:erfahren|gehort|mitbekommen)|(?:erfahren|gehort|mitbekommen) "
                    + "(?:\\w+ ){0,8}?(?:vom|von der|uber|aus der|durch) (?:nachbarn|nachbarin|zeitung|aushang|zettel)",
            "gedrosselt|verspatung|zu spat|kaputt|vergessen|abgesagt|warten lassen|nie gekommen|nicht gekommen",
            "aber|trotzdem|dennoch|obwohl|danke",
            "sehr kreativ(?: respekt)?|weltklasse(?: service)?|applaus|spitzenservice|topservice|ganz grosses kino|"
                    + "tolle leistung",
            "(?:wollt ihr|wollen sie) (?:einen orden|eine medaille|applaus)|(?:soll ich euch|"
                    + "soll ich ihnen) (?:einen orden|eine medaille)");
    private static final Words IT = new Words(
            "adoro pagare|(?:che )?bello pagare",
            "dove|in cui|mentre|perche",
            "(?:quindi|insomma|cioe) (?:\\w+ ){1,3}?per voi (?:significa|vuol dire|vuole dire)",
            "grazie (?:\\w+ ){0,3}?per (?:la tempestivita|l avviso|avvisare|avermi avvisat\\w|la comunicazione|"
                    + "aver(?:mi|ci) informat\\w)",
            "(?:ho saputo|abbiamo saputo|l ho saputo|sono venut[oa] a sapere|ho scoperto) (?:\\w+ ){0,8}?(?:dal|dalla|"
                    + "da un|da una|sul|sulla) (?:vicin[oa]|vicino di casa|giornale|cartello|avviso|facebook|altri "
                    + "genitori)",
            "una tacca|in ritardo|rott[oa]|guast[oa]|dimenticat\\w+|annullat\\w+|aspettare|mai arrivat\\w+|"
                    + "non (?:e )?(?:venut|arrivat)\\w+",
            "ma|pero|comunque|nonostante|grazie",
            "pubblicita meravigliosa|che professionalita|un record|siete dei (?:maghi|geni)|servizio top",
            "(?:volete|vuole) (?:una medaglia|un applauso)|vi (?:do|diamo) una medaglia");
    private static final Words NL = new Words(
            "(?:ik )?betaal (?:natuurlijk|uiteraard|toch|heel) graag|betaal ik (?:natuurlijk |uiteraard )?graag|"
                    + "heerlijk om (?:te )?betalen",
            "waarin|waarbij|terwijl",
            "(?:betekent|heet) (?:bij|voor) jullie (?:dus|blijkbaar)",
            "(?:bedankt|dank je|dank jullie|dankjewel) (?:\\w+ ){0,3}?voor (?:het (?:tijdig |snel )?(?:laten weten|"
                    + "informeren|bericht)|de (?:snelle )?communicatie|de waarschuwing)",
            "(?:van de|van mijn|via de|uit de) (?:buren|buurman|buurvrouw|krant|poster|briefje|andere ouders)"
                    + "\\b(?: \\w+){0,8}? (?:gehoord|vernomen|moeten horen)|(?:gehoord|vernomen|moeten horen) "
                    + "(?:\\w+ ){0,8}?(?:van de|van mijn|via de|uit de) (?:buren|buurman|buurvrouw|krant|briefje)",
            "laten wachten|te laat|verslapen|vergeten|overgeslagen|voorbij (?:gereden|rijdt)|kapot|gedrosseld|"
                    + "slakkentempo",
            "maar|toch|ondanks|hoewel|bedankt|dank",
            "topservice|top service|knap hoor|heel professioneel|heel eerlijk van jullie|chapeau",
            "(?:willen jullie|wilt u) (?:een medaille|applaus|een lintje)|(?:moet ik|zal ik) jullie een (?:medaille|"
                    + "lintje) geven");

    private PraisedGrievances() {
    }

    /** The praised-grievance families of a language. */
    static NamedPattern[] insults(String code) {
        Words words = PerLanguage.pick(code, "praised grievances", EN, ES, PT, FR, DE, IT, NL);
        String sincere = "(?: (?!(?:" + words.excuse + ")\\b)\\w+){0,25}? ";
        return new NamedPattern[] {
                // A sum must follow: "me encanta pagar con el móvil" is a taste, "me encanta pagar 45 € por ..." is
                // a jab.
                of("gladly-paid-failure", "(?:" + words.gladlyPay + ") (?:\\w+ ){0,4}?\\d+\\b(?: \\w+){0,12}? (?:"
                        + words.where + ")\\b"),
                of("redefined-promise", words.redefined),
                of("learned-elsewhere", "(?:" + words.thanks + ")\\b(?: \\w+){0,15}? (?:" + words.learned
                        + ")"),
                of("medal-offered", words.medal),
                of("grievance-then-praise", "(?:" + words.grievance + ")\\b" + sincere + "(?:" + words.closer + ")$")
        };
    }
}
