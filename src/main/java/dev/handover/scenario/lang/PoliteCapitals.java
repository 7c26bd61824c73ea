package dev.handover.scenario.lang;

import java.util.List;

/**
 * A single "not" in capitals to stress a detail of a polite request: "can I swap the seats to row F? NOT row G
 * please", "graag NIET aanbellen, de baby slaapt 🙏", "bitte NICHT klingeln", "por favor NO llamen al timbre", "SVP
 * NE PAS sonner", "per favore NON suonate", "por favor NÃO toquem a campainha". The detector lets such capitals pass
 * when they are the message's only ones and it has no run of "!!!". Not here: "NOT AGAIN!!!", "I SAID ROW F, NOT
 * ROW G!!!" or "NIET WEER", where other words are shouted too or the marks are. The negations are matched against
 * the capital words alone, the polite words against the whole normalised message.
 */
public final class PoliteCapitals {

    private static final String EN_POLITE = "please|pls|plz|kindly|thank you|thanks";
    private static final String ES_POLITE = "por favor|porfa|porfavor|gracias";
    private static final String PT_POLITE = "por favor|pf|pfv|obrigad[oa]|agradeco";
    private static final String FR_POLITE = "s il vous plait|s il te plait|svp|stp|merci";
    private static final String DE_POLITE = "bitte|danke|vielen dank";
    private static final String IT_POLITE = "per favore|per piacere|grazie|cortesemente";
    private static final String NL_POLITE = "graag|alstublieft|alsjeblieft|aub|a u b|dank je|dank u|bedankt";

    private static final String EN_NO = "not|no|never|dont|don t";
    private static final String ES_NO = "no|nunca|sin";
    private static final String PT_NO = "nao|nunca|sem";
    private static final String FR_NO = "ne pas|pas|jamais|sans";
    private static final String DE_NO = "nicht|kein|keine|keinen|nie";
    private static final String IT_NO = "non|mai|senza";
    private static final String NL_NO = "niet|geen|nooit";

    /**
     * The capital negation set between two models of a product ("for the Galaxy S21 FE, NOT the S21", "la funda
     * del iPhone 15, NO la del Pro"): which one is meant, not a shout. A model name has a number or a trim word.
     */
    private static final String ARTICLE = "(?:the|a|an|le|la|les|l|un|une|el|los|las|lo|o|os|as|um|uma|das|den|die"
            + "|der|ein|eine|einen|il|i|de|het|een)";
    private static final String MODEL = "(?:\\w*\\d\\w*|classique|classic|normal|normale|normaal|standard|regular"
            + "|basic|base|plus|pro|max|mini|lite|ultra|gewone|klassische?)";
    private static final String CONTRAST = "(?:not|no|pas|nao|nicht|non|niet) (?:" + ARTICLE + " )?(?:(?:del|de la|"
            + "do|da|von|vom|van|di|della|du|de) )?(?:\\w+ ){0,2}?" + MODEL + "\\b";

    private PoliteCapitals() {
    }

    /** The words of a polite request. */
    public static List<NamedPattern> polite(String code) {
        return List.of(NamedPattern.of("polite", PerLanguage.pick(code, "polite words", EN_POLITE, ES_POLITE,
                PT_POLITE, FR_POLITE, DE_POLITE, IT_POLITE, NL_POLITE)));
    }

    /** A capital negation telling two models apart: as calm as one inside a polite request. */
    public static List<NamedPattern> contrasts() {
        return List.of(NamedPattern.of("contrast", CONTRAST));
    }

    /** A negation, the whole of what a writer may put in capitals to stress a detail. */
    public static List<NamedPattern> negations(String code) {
        return List.of(NamedPattern.of("negation", "^(?:" + PerLanguage.pick(code, "capital negations", EN_NO,
                ES_NO, PT_NO, FR_NO, DE_NO, IT_NO, NL_NO) + ")$"));
    }
}
