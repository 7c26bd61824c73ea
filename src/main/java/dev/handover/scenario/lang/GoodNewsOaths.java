package dev.handover.scenario.lang;

/**
 * Good news that makes an oath beside it casual, like {@link CasualOaths}: the customer's own success ("shit, I
 * passed!!!", "Scheiße, ich hab bestanden"), relief that the worst was avoided ("damn that storm, luckily the roof
 * was already done", "zum Glück war das Dach schon fertig") or being moved to tears by what the business made
 * ("verdomme, wat een mooie foto's"). "Scheiße, zum Glück hab ich Fotos, euer Monteur hat alles ruiniert" is
 * relief about evidence, not about the outcome: the relief must be about how things turned out. English, German and
 * Dutch only so far.
 */
final class GoodNewsOaths {

    private static final String EN = "i (?:\\w+ ){0,2}?passed (?:my|the|it)\\b|i got the job|i (?:\\w+ )?won (?:the|a|"
            + "it|first)\\b|(?:luckily|thankfully|thank god|thank goodness) (?:the \\w+|it|everything|nothing|we) (?:was|were"
            + "|had|did|is) (?:\\w+ )?(?:already|fine|ok|okay|safe|done|finished|spared)\\b|what (?:beautiful|gorgeous"
            + "|lovely|stunning) (?:photos|pictures|pics)\\b|(?:i m|i am) (?:in|crying) (?:tears|happy tears)";
    private static final String DE = "(?:ich )?(?:hab|habe) (?:\\w+ ){0,3}?(?:bestanden|gewonnen)\\b|(?:zum gluck|gott"
            + " sei dank|gluck gehabt) (?:war|ist|sind|waren|hat|hatte|haben) (?:das|die|der|es|alles|nichts|wir)\\b"
            + "|was fur (?:schone|tolle|wunderschone) (?:fotos|bilder)\\b|(?:ich )?(?:heul|heule|weine) (?:\\w+ )?"
            + "vor (?:gluck|freude|ruhrung)";
    private static final String NL = "ik ben (?:\\w+ ){0,2}?geslaagd|ik heb (?:\\w+ ){0,3}?gewonnen\\b|(?:gelukkig|"
            + "godzijdank|gelukkig maar) (?:was|is|waren|zijn|had|heeft) (?:het|de|alles|niks|niets|we)\\b|wat (?:een )?"
            + "(?:mooie|prachtige|schitterende) (?:foto s|fotos|plaatjes|beelden)\\b|(?:ik )?zit (?:hier )?te (?:janken"
            + "|huilen) van (?:geluk|blijdschap|ontroering)";

    private GoodNewsOaths() {
    }

    /** The good news of a language, none for a Romance one. */
    static NamedPattern[] of(String code) {
        return GermanicOnly.pick(code, "good-news", EN, DE, NL);
    }
}
