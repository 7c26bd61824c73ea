package dev.handover.scenario.lang;

import java.util.List;

/**
 * A formal complaint made to the business itself that cites a passenger-rights or consumer rule to claim what is
 * due: "this is a formal complaint ... under UK261 we're entitled to compensation", "esto es una reclamación formal,
 * según el Reglamento 261/2004 tenemos derecho a ...", "dies ist eine formelle Beschwerde, nach der
 * Fluggastrechteverordnung steht uns ... zu". The customer asks for the payment the rule grants, not threatens a
 * regulator. Only the words that announce the complaint are left out, and only beside a claim of a right (before or
 * after it), so "I will report you to the CAA under UK261" and "I'm filing a formal complaint with the ombudsman"
 * stay threats.
 */
public final class DueClaims {

    private static final String EN = "(?:this is|treat this as|please treat this as|consider this|i m making|i am "
            + "making|i d like to make|i want to make) (?:\\w+ )?(?:a )?formal complaint(?! (?:with|to) )";
    private static final String EN_RIGHT = "(?:entitled to|my rights under|our rights under|under (?:uk|eu|ec) ?261"
            + "|consumer rights act)";
    private static final String ES = "(?:esto es|considerad esto|consideren esto|presento|quiero presentar) (?:una )?"
            + "(?:reclamacion|queja) formal(?! (?:ante|a la|al) )";
    private static final String ES_RIGHT = "(?:tengo|tenemos) derecho a";
    private static final String PT = "(?:isto e|isso e|considerem isto|apresento|quero apresentar|venho fazer) (?:uma )?"
            + "(?:reclamacao|queixa) formal(?! (?:ao|a|junto) )";
    private static final String PT_RIGHT = "(?:tenho|temos) direito a";
    private static final String FR = "(?:ceci est|c est|je vous adresse|je depose) (?:une )?(?:reclamation|plainte)"
            + " (?:formelle|officielle)(?! aupres )";
    private static final String FR_RIGHT = "(?:j ai|nous avons|on a) droit a";
    private static final String DE = "(?:dies ist|das ist|hiermit (?:reiche|lege) ich) (?:eine )?(?:formelle|"
            + "offizielle|formliche) (?:beschwerde|reklamation)(?! bei )";
    private static final String DE_RIGHT = "(?:anspruch auf|steht (?:uns|mir)|stehen (?:uns|mir))";
    private static final String IT = "(?:questo e|considerate questo|presento|sporgo) (?:un )?(?:reclamo|"
            + "ricorso) formale(?! (?:all|alla|al|ai|presso) )";
    private static final String IT_RIGHT = "(?:ho|abbiamo) diritto a";
    private static final String NL = "(?:dit is|beschouw dit als|ik dien) (?:een )?(?:formele|officiele) klacht"
            + "(?! (?:bij|in bij) )";
    private static final String NL_RIGHT = "(?:recht op|hebben we recht|heb ik recht)";

    /** How far before the announcement a claim of a right may stand: a long message's opening paragraph. */
    private static final int RIGHT_BEFORE = 400;

    private DueClaims() {
    }

    /** The announcement of a formal complaint beside a claim of a right, a span the detector leaves out. */
    public static List<NamedPattern> of(String code) {
        String announce = PerLanguage.pick(code, "due claims", EN, ES, PT, FR, DE, IT, NL);
        String right = "\\b" + PerLanguage.pick(code, "claimed rights", EN_RIGHT, ES_RIGHT, PT_RIGHT, FR_RIGHT,
                DE_RIGHT, IT_RIGHT, NL_RIGHT) + "\\b";
        return List.of(NamedPattern.of("due-claim", "(?:" + announce + ")(?=.*" + right + ")|(?<=" + right + ".{0,"
                + RIGHT_BEFORE + "})(?:" + announce + ")"));
    }
}
