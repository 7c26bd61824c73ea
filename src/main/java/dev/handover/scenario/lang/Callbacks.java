package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A call back asked of the business itself, with no person named ("please ring me", "any chance of a callback", "que
 * me llamen", "podem me ligar", "mi potete richiamare", "graag terugbellen"). Whole-clause requests, anchored at the
 * clause's start (after a greeting or "please") so that a negation or a report before them ("no need to call me",
 * "no quiero que me llamen") does not open them; a condition still turns them down.
 * <p>
 * The place itself may be the one asked ("could the hospital give me a call tomorrow", "mag de winkel mij even
 * bellen", "könnt ihr mich anrufen", "faites-moi rappeler", "graag een belletje terug", "give me a buzz"): the caller
 * must be the customer ("can the hospital call my GP?" stays out), and French "rappelez-moi" followed by what to
 * recall ("rappelez-moi le prix") is a reminder, not a call.
 */
final class Callbacks {

    /** The business as a place: a delivery driver or a GP named instead is someone else calling. */
    private static final String EN_PLACES = "(?:hospital|clinic|practice|surgery|shop|store|office|salon|garage"
            + "|hotel|agency|branch|pharmacy|company|bank|school|studio|dealership|showroom|restaurant|team|ward)";
    private static final String NL_PLACES = "(?:winkel|zaak|praktijk|kliniek|ziekenhuis|garage|salon|kantoor"
            + "|bedrijf|studio|balie|afdeling|receptie|helpdesk|klantenservice|apotheek|showroom)";

    private static final Map<String, NamedPattern[]> REQUESTS = Map.of(
            "en", new NamedPattern[] {
                    of("call-me", "^(?:(?:hi|hello|ok|okay|so) )*(?:please|pls|plz) (?:(?:just|now) )?(?:call|ring"
                            + "|phone) (?:me|us)(?: back)?\\b(?! (?:if|when|once|whenever"
                            + "|only)\\b)"),
                    of("callback-asked", "\\b(?:any chance of|can i (?:get|have)|could i (?:get|have)|may i have"
                            + "|i d like|i would like|i need|please arrange) an? (?:call ?back|return call"
                            + "|ring back)\\b"),
                    of("give-me-a-call", "^(?:(?:hi|hello|ok|okay|so|please) )*(?:(?:could|can|would|will) (?:you"
                            + "|the " + EN_PLACES + "|your " + EN_PLACES + "|one of (?:your|ur|the) \\w+s|someone)"
                            + "(?: (?:please|just))? )?(?:please )?"
                            + "give (?:me|us) a (?:call|ring|buzz|bell|shout)(?: back)?\\b"),
                    of("place-call-me", "^(?:(?:hi|hello|ok|okay|so) )*(?:could|can|would) the " + EN_PLACES
                            + " (?:please )?(?:call|ring|phone) (?:me|us)(?: back)?\\b")},
            "es", new NamedPattern[] {
                    of("que-me-llamen", "^(?:(?:hola|buenas|por favor|porfavor|porfa|pls|quisiera|quiero"
                            + "|necesito|me gustaria|pido|solo) )*(?:q|que) me (?:llamen|llame|llameis|contacten"
                            + "|devuelvan la llamada)\\b")},
            "pt", new NamedPattern[] {
                    of("podem-me-ligar", "^(?:(?:ola|oi|bom dia|boa tarde|por favor|voces|vcs) )*(?:podem"
                            + "|poderiam|podiam|conseguem) (?:me )?(?:ligar|telefonar|retornar)(?! (?:para|pra) "
                            + "(?:o|a|os|as)\\b)"),
                    of("que-me-retornem", "^(?:(?:ola|oi|eu|por favor) )*(?:queria|gostaria|quero|preciso) que (?:me"
                            + " )?(?:ligassem|liguem|retornassem|retornem|telefonassem|telefonem)\\b")},
            "fr", new NamedPattern[] {
                    of("rappelez-moi", "^(?:(?:bonjour|allo|bonsoir|svp|merci de) )*(?:faites moi (?:rappeler"
                            + "|appeler|recontacter)|rappelez moi|(?:vous pouvez|pouvez vous|pourriez vous|vous"
                            + " pourriez|est ce que vous pouvez|est ce que vous pourriez) me (?:rappeler|telephoner"
                            + "|passer un coup de fil))(?! (?:le|la|les|l|votre|vos|ce|cette|ces|comment|quand"
                            + "|pourquoi|ou|combien|quel|quels|quelle|quelles|si|de|d|que|qu|ton|ta|tes|mon|ma|mes"
                            + "|a quelle)\\b)")},
            "de", new NamedPattern[] {
                    of("mich-unter-zuruckrufen", "\\b(?:konnen|konnten|wurden) sie mich (?:(?:bitte|mal|kurz) )*unter "
                            + "(?:(?:der|meiner) (?:nummer )?)?(?:\\d+ ){1,4}(?:(?:bitte|mal|kurz|zuruck) )*(?:anrufen"
                            + "|zuruckrufen|erreichen)\\b"),
                    of("konnt-ihr-mich-anrufen", "^(?:(?:hallo|hi|guten tag|bitte) )*(?:konnt ihr|konnte ihr|konnt"
                            + "s|konnt s|konnte s|konntet ihr"
                            + "|konnen sie|konnten sie|kannst du|konntest du|wurden sie) (?:mich|uns)(?: (?!nicht\\b"
                            + "|nie\\b|keine?\\b)\\w+){0,3}? (?:anrufen|zuruckrufen)\\b"),
                    of("ruft-mich-an", "^(?:bitte )?(?:ruft|rufen sie|ruf) (?:mich|uns)(?: (?:bitte|doch|mal|kurz"
                            + "|jemand|morgen|heute|gleich))* (?:zuruck|an)\\b")},
            "it", new NamedPattern[] {
                    of("mi-potete-richiamare", "^(?:(?:salve|buongiorno|per favore|scusate|allora) )*(?:mi|ci) "
                            + "(?:potete|potreste|puoi|potresti) (?:richiamare|chiamare|telefonare)\\b"),
                    of("fatemi-richiamare", "^(?:(?:salve|buongiorno|per favore|scusate) )*(?:fatemi|mi fate|mi"
                            + " fareste|potete farmi|potreste farmi) (?:richiamare|chiamare|ricontattare)\\b")},
            "nl", new NamedPattern[] {
                    of("graag-terugbellen", "^(?:(?:hallo|hoi|goedemiddag|goedemorgen) )*(?:graag|svp|aub) "
                            + "(?:even )?(?:terugbellen|terug bellen|opbellen)\\b"),
                    of("belletje-terug", "^(?:(?:hallo|hoi|goedemiddag|goedemorgen) )*(?:(?:graag|svp|aub) (?:een"
                            + " )?(?:belletje|telefoontje) terug|een (?:belletje|telefoontje) terug (?:graag|svp|a"
                            + "ub))\\b"),
                    of("place-call-me", "^(?:(?:hallo|hoi|goedemiddag|goedemorgen) )*(?:mag|kan|kunnen|wil|zou)"
                            + " (?:(?:de|het) " + NL_PLACES + "|jullie|u|je) (?:mij|me|ons) (?:(?:even|misschien|m"
                            + "orgen|vandaag"
                            + "|straks|alstublieft|aub|svp|terug) )*(?:bellen|terugbellen|opbellen)\\b")});

    private Callbacks() {
    }

    static NamedPattern[] requests(String language) {
        return REQUESTS.get(language);
    }
}
