package dev.handover.scenario.lang;

/**
 * Having to start over with each new person: the same matter explained to several people already, or the question
 * why it must be begun again every time ("I've explained this to three different people", "warum muss ich jedes
 * Mal von vorn anfangen"). Explaining something to "two people" once is calm ("I explained it to two people at the
 * desk and they agreed"), so the count must be of different people or come with "already", and the starting over
 * must be every time. Appended to the repeating phrases. Germanic wordings only: the Romance ones belong to their
 * own tables' batch; a language without them gets none.
 */
final class StartingOver {

    private static final String EN = "(?:explained|described|told|repeated|gone through)(?: (?:this|it|that|my \\w+|"
            + "the \\w+|everything|the whole (?:thing|story)))? to (?:\\d+|two|three|four|five|six|several|multiple|"
            + "so many) different (?:people|agents|advisers|advisors|operators|members of staff|staff|persons|"
            + "colleagues)"
            + "|(?:why|how come) (?:do|must|should|does|have) (?:i|we) (?:have to |got to |need to )?(?:start|begin|"
            + "explain (?:it|this|everything)|go through (?:it|this|everything)) (?:all )?(?:over|again|from "
            + "scratch|from the beginning)(?: again)? (?:every|each) (?:single )?time";
    private static final String DE = "(?:schon|bereits) (?:\\d+|zwei|drei|vier|funf|mehreren|x) (?:verschiedenen )?"
            + "(?:leuten|mitarbeitern|mitarbeiterinnen|personen|menschen|beratern|kollegen) (?:\\w+ )?(?:erklart|"
            + "geschildert|erzahlt)|(?:\\d+|zwei|drei|vier|funf|mehreren) verschiedenen (?:leuten|mitarbeitern|"
            + "mitarbeiterinnen|personen|menschen|beratern) (?:\\w+ )?(?:erklart|geschildert|erzahlt)"
            + "|warum (?:muss|soll) ich (?:jedes mal|jedesmal|immer wieder|jedes einzelne mal) (?:wieder )?(?:von "
            + "vorn|von vorne|neu|alles neu)(?: anfangen| beginnen| erklaren)?";
    private static final String NL = "(?:al|nu al|inmiddels) (?:aan )?(?:\\d+|twee|drie|vier|vijf|meerdere) "
            + "(?:verschillende )?(?:medewerkers|mensen|personen|collega s|adviseurs) (?:\\w+ )?(?:uitgelegd|verteld)"
            + "|(?:\\d+|twee|drie|vier|vijf|meerdere) verschillende (?:medewerkers|mensen|personen|collega s|"
            + "adviseurs) (?:\\w+ )?(?:uitgelegd|verteld)"
            + "|waarom (?:moet|moeten) (?:ik|we) (?:elke|iedere) (?:keer|keer weer) (?:weer )?(?:opnieuw|van voren "
            + "af aan|alles opnieuw)(?: beginnen| uitleggen| vertellen)?";

    private StartingOver() {
    }

    /** The starting-over wordings of a language; none where the language has no wordings here. */
    static NamedPattern[] repeating(String code) {
        return GermanicOnly.pick(code, "starting-over", EN, DE, NL);
    }
}
