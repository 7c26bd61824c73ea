package dev.handover.scenario.lang;

import java.util.List;

/**
 * What tells anger aimed away from the business from anger at it, in all seven languages, for the detector's
 * asides: the named targets ({@link SelfTargets}, {@link NamedOutsiders}, beside {@link ThirdParties}), the request
 * that turns to the business afterwards ({@link ElsewhereRequests}), the customer saying outright that the business
 * is not to blame ("not your fault", "rien à voir avec vous"), and the words that speak to the business. A sentence
 * about the courier that speaks to the business ("your courier lost it AGAIN", "el repartidor que mandasteis") is a
 * complaint about the business, whatever else it names; so is "not your fault" after blaming it. Over normalised
 * text.
 */
public final class ElsewhereWords {

    private static final String EN_CLEARED = "(?:it s |its |this is |this isn t |it isn t )?not (?:your|ur) fault"
            + "|(?:this |it )?(?:isn t|is not|s not) (?:aimed |directed )?at you(?: guys)?(?: at all)?"
            + "|not (?:at )?you(?: guys)?|nothing to do with you(?: guys)?|no offen[cs]e to you(?: guys)?";
    private static final String ES_CLEARED = "no es (?:culpa )?(?:vuestra|suya|tuya|de ustedes|de vosotros)"
            + "|no (?:es|va) (?:con|contra|por) (?:vosotros|ustedes|usted)|(?:ustedes|vosotros) no tien\\w+ (?:la )?"
            + "culpa|nada que ver con (?:vosotros|ustedes|usted)";
    private static final String PT_CLEARED = "nao e (?:culpa )?(?:vossa|de voces|sua|tua|de voce)|(?:voces|voce) nao "
            + "tem culpa|nada a ver com (?:voces|voce|vos)|nao e com (?:voces|voce)";
    private static final String FR_CLEARED = "rien a voir avec vous|(?:ce n est |c est )?pas (?:de )?votre faute"
            + "|(?:ce n est )?pas contre vous|vous n y (?:etes|pouvez) (?:strictement )?pour rien"
            + "|vous n y (?:etes|pouvez) rien";
    private static final String DE_CLEARED = "(?:ist )?(?:nicht|keine) (?:eure|ihre|deine) schuld|nichts gegen "
            + "(?:euch|sie|dich)|(?:ihr|sie) (?:konnt|konnen) (?:ja |ja auch |auch )?nichts dafur|liegt nicht an "
            + "(?:euch|ihnen)|geht nicht gegen (?:euch|sie)";
    private static final String IT_CLEARED = "non e (?:colpa )?(?:vostra|sua|tua)|(?:voi )?non c entrate (?:niente"
            + "|nulla)|niente contro di (?:voi|lei|te)|non ce l ho con (?:voi|lei|te)";
    private static final String NL_CLEARED = "niet (?:jullie|uw|je|jouw) schuld|(?:jullie|u) (?:kunnen|kunt|kan) er "
            + "(?:ook )?niets aan doen|(?:ligt|is) niet aan jullie|niets tegen jullie|niet tegen jullie";

    /**
     * The business as the one the customer turned to after someone else failed them ("so she recommended you",
     * "which is why we've come to you"): praise, not blame, and as much a sign that the anger was aimed elsewhere.
     */
    private static final String EN_REFERRED = "(?:recommended|suggested|come to|came to|chose|picked|found|switched "
            + "to|went with|moved to) (?:you|your \\w+)(?: guys)?";
    private static final String ES_REFERRED = "(?:os|les) (?:recomend\\w+|eleg\\w+)|(?:he|hemos) venido a "
            + "(?:vosotros|ustedes)";
    private static final String PT_REFERRED = "(?:recomendou|indicou|recomendaram|indicaram) (?:voces|vcs|o vosso \\w+)"
            + "|(?:vim|viemos) (?:para|pra) (?:voces|vcs)";
    private static final String FR_REFERRED = "vous (?:a|ont) (?:recommande|conseille)\\w*|(?:je suis venue?|nous "
            + "sommes venus|je viens) (?:chez|vers) vous";
    private static final String DE_REFERRED = "(?:euch|ihnen) empfohlen|(?:zu|bei) (?:euch|ihnen) gekommen";
    private static final String IT_REFERRED = "(?:vi|ci) ha (?:consigliat[oi]|raccomandat[oi])|(?:sono|siamo) "
            + "venut[oaie] da voi|vi (?:ho|abbiamo) scelt[oi]";
    private static final String NL_REFERRED = "(?:jullie|u) aangeraden|(?:bij|naar) jullie (?:gekomen|overgestapt)";

    /**
     * Words that speak to the business. Spanish "su" and "les", German "Sie" and Italian "vi" are as often
     * someone else's and stay out.
     */
    private static final String EN_ADDRESS = "you|your|yours|ya|ur|y all";
    private static final String ES_ADDRESS = "ustedes|usted|vosotr[oa]s|vuestr[oa]s?|os|tu|tus|te|ti|\\w+(?:asteis"
            + "|isteis)";
    private static final String PT_ADDRESS = "voce|voces|vc|vcs|vosso|vossa|vossos|vossas|teu|tua|vos";
    private static final String FR_ADDRESS = "vous|votre|vos|tu|ton|tes|toi";
    private static final String DE_ADDRESS = "ihr|euch|euer|eure[nmrs]?|ihnen|du|dich|dir|dein|deine[nmrs]?";
    private static final String IT_ADDRESS = "voi|vostr[oaie]|tu|tuo|tua|tuoi|tue|avete|siete";
    private static final String NL_ADDRESS = "jullie|je|jou|jouw|uw|u";

    private ElsewhereWords() {
    }

    /** Someone or something the customer can be angry at other than the business, themselves included. */
    public static List<NamedPattern> targets(String code) {
        return List.of(SelfTargets.of(code)[0], NamedOutsiders.of(code)[0]);
    }

    /** A request or an apology that opens a clause of the last sentence, after at most one word. */
    public static List<NamedPattern> requests(String code) {
        return List.of(NamedPattern.of("request", "^(?:\\w+ )?(?:" + ElsewhereRequests.of(code) + ")"));
    }

    /**
     * The customer clearing the business ("not your fault") or saying they turned to it ("so she recommended you"),
     * taken out before the address is looked for.
     */
    public static List<NamedPattern> cleared(String code) {
        return List.of(NamedPattern.of("cleared", PerLanguage.pick(code, "clearings", EN_CLEARED, ES_CLEARED,
                PT_CLEARED, FR_CLEARED, DE_CLEARED, IT_CLEARED, NL_CLEARED)), NamedPattern.of("referred",
                PerLanguage.pick(code, "referrals", EN_REFERRED, ES_REFERRED, PT_REFERRED, FR_REFERRED,
                        DE_REFERRED, IT_REFERRED, NL_REFERRED)));
    }

    /** A word that speaks to the business. */
    public static List<NamedPattern> address(String code) {
        return List.of(NamedPattern.of("address", PerLanguage.pick(code, "address", EN_ADDRESS, ES_ADDRESS,
                PT_ADDRESS, FR_ADDRESS, DE_ADDRESS, IT_ADDRESS, NL_ADDRESS)));
    }
}
