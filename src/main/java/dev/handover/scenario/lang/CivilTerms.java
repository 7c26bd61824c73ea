package dev.handover.scenario.lang;

/**
 * A civil request with a term later in the message ("please transfer it within 7 days", "merci de faire le virement
 * sous 8 jours", "graag binnen 14 dagen overmaken"), as a negative lookahead to put after a "still no refund"
 * phrase: the customer states the claim and asks for it by a date, a firm complaint rather than exasperation. A term
 * with a consequence ("... within 7 days or I go to court") is still caught by the ultimatum and deadline threats,
 * and "still no refund, nobody answers" by the other waiting phrases.
 */
final class CivilTerms {

    private static final String EN = "(?:please|kindly|could you|can you|i ask you to|"
            + "i d ask you to)\\b (?:\\w+ ){0,5}?within (?:\\d+|two|three|five|seven|ten|fourteen|thirty) (?:days|"
            + "working days|business days|weeks)";
    private static final String ES = "(?:por favor|les ruego|os ruego|les pido|os pido|"
            + "solicito)\\b (?:\\w+ ){0,6}?(?:en (?:un plazo de )?|antes de |dentro de )(?:\\d+|siete|diez|quince|"
            + "treinta) (?:dias|dias habiles|semanas)";
    private static final String PT = "(?:por favor|peco que|solicito que|peco)\\b (?:\\w+ ){0,6}?(?:em ate|dentro de|"
            + "no prazo de|em) (?:\\d+|sete|dez|quinze|trinta) (?:dias|dias uteis|semanas)";
    private static final String FR = "(?:merci de|veuillez|je vous prie de|je vous remercie de|pourriez vous|"
            + "pouvez vous)\\b (?:\\w+ ){0,6}?(?:sous|dans les|d ici|dans un delai de) (?:\\d+|huit|dix|quinze|"
            + "trente) (?:jours|jours ouvres|semaines)";
    private static final String DE = "(?:bitte|ich bitte|konnen sie|wurden sie|"
            + "konntet ihr)\\b (?:\\w+ ){0,6}?(?:innerhalb von|innerhalb|binnen|in den nachsten) (?:\\d+|sieben|zehn|"
            + "vierzehn|dreißig) (?:tagen|werktagen|wochen)";
    private static final String IT = "(?:vi prego di|vi chiedo di|chiedo di|per favore|"
            + "cortesemente)\\b (?:\\w+ ){0,6}?entro (?:\\d+|sette|dieci|quindici|trenta) (?:giorni|"
            + "giorni lavorativi|settimane)";
    private static final String NL = "(?:graag|gelieve|verzoek|verzoeke|wilt u|"
            + "kunt u)\\b (?:\\w+ ){0,4}?binnen (?:\\d+|een|twee|drie|vijf|zeven|tien|veertien) (?:dagen|werkdagen|"
            + "weken)";

    private CivilTerms() {
    }

    /** A lookahead that fails when a civil request with a term follows anywhere in the message. */
    static String notFollowed(String code) {
        return "(?!.*\\b" + PerLanguage.pick(code, "civil terms", EN, ES, PT, FR, DE, IT, NL) + "\\b)";
    }
}
