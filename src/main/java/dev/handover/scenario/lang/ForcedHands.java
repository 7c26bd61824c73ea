package dev.handover.scenario.lang;

/**
 * Threats that leave the consequence to the reader: the business leaves the customer no other choice, the customer
 * will have to weigh what they do next, or will sort it out another way ("you leave me no choice", "lassen Sie mir
 * keine andere Wahl", "dan regel ik het wel op een andere manier"). "What do I do next?" and "is there another way
 * to pay?" are questions, so each wording is the announcing form only: the choice taken away by "you", the next
 * steps the writer will "have to" weigh, and the other way after a curt "fine" that opens the message. Germanic
 * wordings only: the Romance ones belong to their own tables' batch; a language without them gets none.
 */
final class ForcedHands {

    private static final String EN = "(?:you re|you are|you (?:have|ve)) (?:\\w+ )?(?:leaving|left|giving|given) "
            + "(?:me|us) (?:no|little|not much|fewer and fewer|less and less|no other) (?:other )?(?:choice|option|"
            + "options|alternative|reasons? not to)"
            + "|(?:i ll|ill|i will|i shall|we ll|we will) (?:\\w+ )?(?:have to|need to|be forced to) (?:\\w+ ){0,2}?"
            + "(?:think|decide|consider) (?:\\w+ ){0,2}?(?:about )?(?:what (?:i|we) (?:do|will do|ll do) next|"
            + "(?:my|our) next (?:steps?|move))"
            + "|^(?:fine|right|ok|okay|very well|alright)(?: then)? (?:i ll|ill|i will|we ll) (?:just )?(?:have to )?"
            + "(?:sort|deal with|handle|solve|settle) (?:it|this) (?:out )?(?:another way|some other way|differently|"
            + "elsewhere|my own way)";
    private static final String DE = "(?:lassen sie|lasst ihr|sie lassen|ihr lasst) mir (?:\\w+ )?(?:keine|kaum eine) "
            + "(?:andere )?(?:wahl|option|alternative)"
            + "|(?:sehe ich mich|sehe mich|ich sehe mich|bin ich|ich bin) (?:\\w+ )?(?:gezwungen|genotigt) "
            + "(?:\\w+ ){0,2}?(?:weitere|andere|rechtliche) schritte"
            + "|(?:werde ich|ich werde|muss ich|ich muss) mir (?:\\w+ ){0,2}?uberlegen (?:mussen )?welche (?:\\w+ )?"
            + "schritte ich (?:\\w+ )?(?:einleite|unternehme|ergreife|gehe)"
            + "|^(?:gut|na gut|schon gut|ok|okay|alles klar|schon|fein)(?: dann)? (?:muss|werde) ich mir "
            + "(?:wohl |eben |"
            + "halt |dann )*(?:anders|selbst|woanders) helfen";
    private static final String NL = "(?:u laat|jullie laten|je laat|jij laat) (?:me|mij|ons) (?:\\w+ )?(?:weinig|"
            + "geen|nauwelijks) (?:andere )?(?:keus|keuze|opties|alternatief)"
            + "|(?:zal|moet|ga) ik (?:\\w+ ){0,2}?(?:moeten )?nadenken over (?:mijn |de )?(?:vervolgstappen|verdere "
            + "stappen|volgende stappen)"
            + "|(?:zal|moet) ik (?:mijn |de )?(?:vervolgstappen|verdere stappen|andere stappen) (?:moeten )?"
            + "(?:overwegen|bepalen|zetten)"
            + "|^(?:prima|goed|oke|ok|okay|nou|best|ook goed)(?: dan)? dan (?:regel|los|pak) ik het (?:zelf |wel |"
            + "maar )*(?:op een andere manier|anders aan|anders op|ergens anders)";

    private ForcedHands() {
    }

    /** The forced-hand threats of a language; none where the language has no wordings here. */
    static NamedPattern[] threats(String code) {
        return GermanicOnly.pick(code, "forced-hand", EN, DE, NL);
    }
}
