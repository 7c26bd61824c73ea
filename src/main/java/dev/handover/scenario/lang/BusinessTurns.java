package dev.handover.scenario.lang;

/**
 * How a customer turns back to the business after venting about someone else, at the start of the last sentence:
 * a word that closes the aside ("anyway", "egal", "hoe dan ook") or praise of the business itself ("bei euch war
 * alles super"). With a question to the business, it marks the anger before it as an aside ({@link ThirdParties}),
 * even without a question mark ("the courier left it in the rain AGAIN. Anyway, your fitter can come Friday").
 * Over normalised text. English, German and Dutch only so far: the Romance wordings belong to another batch.
 */
final class BusinessTurns {

    private static final String EN = "(?:anyway|anyways|anyhow|regardless|that aside|rant over|moving on)\\b"
            + "|(?:you|you guys|your team|your lot) (?:were|was|have been) (?:great|brilliant|fab|lovely|spot on"
            + "|amazing|perfect)\\b";
    private static final String DE = "(?:egal|jedenfalls|wie auch immer|wie dem auch sei|naja|na ja|aber gut"
            + "|genug gejammert)\\b|bei (?:euch|ihnen) (?:war|lief|ist|lauft) (?:alles|es) (?:\\w+ )?(?:super|gut|top"
            + "|bestens|prima|perfekt|klasse)\\b";
    private static final String NL = "(?:hoe dan ook|maar goed|anyway|enfin|afijn|genoeg geklaagd)\\b|bij jullie "
            + "(?:was|ging|is|gaat) (?:alles|het) (?:\\w+ )?(?:super|goed|top|prima|perfect)\\b";

    private BusinessTurns() {
    }

    /** The turns of a language, none for a Romance one. */
    static NamedPattern[] of(String code) {
        return GermanicOnly.pick(code, "turn", "^(?:" + EN + ")", "^(?:" + DE + ")", "^(?:" + NL + ")");
    }
}
