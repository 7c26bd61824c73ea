package dev.handover.scenario.lang;

/**
 * Being worn out by the business, said without an angry word: the writer can no longer go on, is sick of it, is at
 * the end of what they can bear, no longer knows what else to do, or will no longer accept it ("I'm at the end of
 * what I can put up with", "ich kann einfach nicht mehr", "ik ben het zo moe"). The words are everyday elsewhere
 * ("ich kann nicht mehr einloggen", "ik weet het niet meer precies", "I'm not prepared to pay extra"), so each
 * wording is the state itself: "can't go on" only at the end of a clause or before a plea, being sick of "it", not
 * knowing "what else" to do. Appended to the anger phrases, negatable like them. Germanic wordings only: the
 * Romance ones belong to their own tables' batch; a language without them gets none.
 */
final class WornOut {

    private static final String EN = "(?:i m|i am|we re|we are) (?:\\w+ )?at the end of what (?:i|we) can (?:put up "
            + "with|take|bear|stand|cope with)"
            + "|(?:i m|i am|we re|we are) (?:just |simply |really )?(?:not prepared|no longer (?:willing|prepared)) to "
            + "(?:keep (?:doing|chasing|waiting|going|ringing|calling)|accept|put up with|tolerate|carry on)"
            + "|(?:do not|don t|dont) know what else (?:to do|i (?:am|m) (?:supposed|meant|expected) to do|i can do|"
            + "(?:i|we) (?:can|could) try)";
    /** "can't go on" stands at the end of the message or before a plea, not before what can no longer be done. */
    private static final String DE_PLEA = "(?=$| (?:bitte|echt|wirklich|ehrlich|ich bin|seit|helft|helfen sie|hilfe))";
    private static final String DE = "ich kann (?:echt |einfach |wirklich |ehrlich |langsam |bald |so |jetzt )*nicht "
            + "mehr" + DE_PLEA
            + "|(?:ich bin|bin ich) (?:es|s|das|das alles) (?:so |echt |wirklich |einfach |total |langsam |sowas "
            + "von )*leid\\b"
            + "|(?:ich wei(?:ss|ß|s)|wei(?:ss|ß|s) ich) (?:sonst |echt |wirklich |einfach |langsam |auch )*nicht "
            + "mehr weiter"
            + "|ist (?:meine|unsere) geduld (?:\\w+ ){0,2}?(?:am ende|erschopft|aufgebraucht|zu ende)";
    private static final String NL = "ik kan het (?:\\w+ ){0,2}?niet meer opbrengen"
            + "|(?:ik ben|ben ik|we zijn) het (?:(?!niet )\\w+ ){1,2}?(?:zat|moe|beu)\\b"
            + "|(?:ik|we) (?:kan|kunnen) (?:dit|dat|het) er (?:\\w+ ){0,5}?niet (?:ook )?(?:nog )?bij hebben"
            + "|ik weet het (?:\\w+ )?ook (?:echt |gewoon |allemaal )?niet meer\\b(?! (?:precies|zeker|zo goed))";

    private WornOut() {
    }

    /** The worn-out wordings of a language; none where the language has no wordings here. */
    static NamedPattern[] anger(String code) {
        return GermanicOnly.pick(code, "worn-out", EN, DE, NL);
    }
}
