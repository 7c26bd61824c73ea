package dev.handover.scenario.lang;

/**
 * Sarcasm that wraps a failure in praise: the message opens on a word of praise, tells of a failure (never called,
 * forgotten, again, charged twice) and signs off with praise for the service ("Brilliant, ... that never happens.
 * Top service, well done everyone", "Na toll, ... immer noch nicht da. Läuft bei euch", "Top hoor, ... laten vallen.
 * Echt vakwerk"). Praise at both ends of a message about a job done is thanks ("Great, it arrived early, well done
 * guys"), so the failure between is what makes it sarcasm. Appended to the insults: not negatable, and not casual
 * beside happy words, since the happy words are the sarcasm. Germanic wordings only: the Romance ones belong to
 * their own tables' batch; a language without them gets none.
 */
final class IronicSignOffs {

    private static final String EN = sandwich("(?:oh |ah |well |wow )?(?:brilliant|great|wonderful|fantastic|perfect|"
            + "lovely|amazing|super|marvellous|love how|love that|i love how|cheers)",
            "never|doesn t exist|does not exist|no one|nobody|twice|another|again|stone cold|wrong|lost|broken|"
            + "cancelled|forgot|forgotten|didn t (?:turn up|arrive|come|show)|did not (?:turn up|arrive|come|show)",
            "well done|great job|good job|nice one|top service|amazing service|fantastic service|great service|"
            + "stellar service|truly outstanding|outstanding work|stellar work|great work|good work|bravo");
    private static final String DE = sandwich("(?:na |oh |ach |ganz |wie )?(?:toll|super|prima|klasse|spitze|"
            + "wunderbar|perfekt|grossartig|bravo)",
            "immer noch (?:nicht|kein|keine)|noch immer (?:nicht|kein|keine)|ohne (?:nachricht|info|bescheid|"
            + "vorwarnung|ankundigung|anruf)|schon wieder|wieder|vergessen|kaputt|falsch|falsche|zweimal|doppelt|"
            + "storniert|kalt|zu spat|niemand|keiner",
            "danke auch|(?:ganz )?gro(?:ss|ß)es kino|lauft bei euch|lauft bei ihnen|gratulation|gluckwunsch|"
            + "super service|toller service|klasse service|spitzenservice|gut gemacht|bravo|weiter so");
    private static final String NL = sandwich("(?:ah |oh |o |nou )?(?:geweldig|fijn|top|super|prachtig|perfect|"
            + "fantastisch|mooi|lekker|heerlijk)(?: hoor)?",
            "weer|alweer|nog steeds (?:niet|geen)|vergeten|kapot|laten vallen|behalve|(?:kom|komt|kunt) morgen "
            + "(?:maar )?terug|dubbel|twee keer|te laat|kwijt|nooit|niemand|(?:\\d+|twee|drie|vier) uur (?:in de "
            + "wachtkamer|gewacht|wachten)",
            "knap werk|vakwerk|top geregeld|goed geregeld|goed bezig|lekker bezig|petje af|chapeau|bravo|"
            + "complimenten|mooi werk");

    private IronicSignOffs() {
    }

    /** Praise that opens the message, a failure, and praise that closes it, at most three words from the end. */
    private static String sandwich(String opener, String failed, String closer) {
        return "^" + opener + "\\b(?: \\w+){0,40}? (?:" + failed + ")\\b(?: \\w+){0,40}? (?:" + closer
                + ")(?: \\w+){0,3}$";
    }

    /** The ironic sign-offs of a language; none where the language has no wordings here. */
    static NamedPattern[] insults(String code) {
        return GermanicOnly.pick(code, "ironic-sign-off", EN, DE, NL);
    }
}
