package dev.handover.scenario.lang;

/**
 * Anger a customer aims at themselves: "furious with myself", "bin so sauer auf mich selbst", "je m'en veux", or a
 * self-insult over their own slip ("I'm such an idiot, I typed the wrong IBAN", "que burra que sou"). Like a
 * neighbour, the customer is not the business: with a request after it the anger is no complaint. "What an idiot
 * your agent is" calls someone else names and is not here; nor is "culpa mía por confiar en vosotros", which the
 * address to the business vetoes ({@link ElsewhereWords}). The customer's own phone or autocorrect counts, since
 * cursing it is cursing one's own slip. Over normalised text; the fresh13 and fresh14 batches read one such
 * message in every language as anger.
 */
final class SelfTargets {

    private static final String EN = "(?:with|at) myself|myself|i m (?:such|so|a total|a complete|an absolute|a "
            + "right|an utter) (?:an? )?(?:idiot|moron|muppet|numpty|fool|clown|plonker|wally|dumbass|dope|doofus)"
            + "|i m an? (?:idiot|moron|muppet|numpty|plonker)|what an? (?:idiot|muppet|moron|numpty) i am"
            + "|(?:stupid|silly|dumb) me|my (?:own )?(?:fault|bad|stupidity)|(?:my|this|stupid) (?:autocorrect|phone)";
    private static final String ES = "conmigo mism[oa]|(?:soy|que|vaya|menud[oa]) (?:un[oa]? )?(?:idiota|tont[oa]"
            + "|torpe|despistad[oa]|burr[oa]|pasmad[oa]|desastre)(?: que soy)?|me equivoque yo|(?:fue )?culpa mia"
            + "|(?:mi|el|este) (?:movil|telefono|corrector)";
    private static final String PT = "(?:de|comigo|com) mim mesm[oa]|comigo mesm[oa]|(?:sou|que|como sou) "
            + "(?:muito |tao |mesmo |bem )?(?:um[a]? )?(?:idiota|burr[oa]|tont[oa]|anta|distraid[oa]|desastrad[oa]"
            + "|jumenta?)(?: que sou)?|(?:meu|minha|esse meu|o meu|este) (?:celular|telemovel|telefone|corretor)"
            + "|o corretor|(?:a )?culpa (?:e )?minha|erro meu|(?:eu )?me enganei";
    private static final String FR = "je m en veux|j m en veux|(?:contre )?moi meme|je suis (?:trop |tellement "
            + "|vraiment |tellement |completement )?(?:un |une )?(?:idiot|idiote|nul|nulle|bete|debile|cruche"
            + "|andouille|boulet|tete en l air)|quel(?:le)? (?:idiot|idiote|boulet|cruche|andouille) je suis"
            + "|(?:mon|le|ce) (?:telephone|portable|correcteur)|(?:c est )?ma faute";
    private static final String DE = "(?:auf|uber) mich selbst|mich selbst|(?:ich bin|bin) (?:so |echt |so ein |ein "
            + "|eine |so eine |echt so ein |so ein riesen )?(?:idiot|idiotin|depp|trottel|schussel|esel|dussel"
            + "|dummkopf|volltrottel)|ich (?:idiot|depp|trottel|esel|dussel|schussel)|meine (?:eigene )?schuld"
            + "|mein fehler|(?:mein|das|dieses) (?:handy|autokorrektur)|die autokorrektur";
    private static final String IT = "(?:con|a) me stess[oa]|me stess[oa]|(?:sono|che|sono proprio) (?:un[a]? |"
            + "proprio un[a]? )?(?:idiota|cretin[oa]|scem[oa]|imbranat[oa]|rimbambit[oa]|pirla|testa vuota)|colpa mia"
            + "|errore mio|(?:il mio|il|questo) (?:telefono|cellulare|correttore)";
    private static final String NL = "(?:op|aan) mezelf|mezelf|(?:ik ben|ben) (?:zo n |zo een |een |echt een |echt "
            + "zo n )?(?:idioot|sukkel|stommeling|kluns|ezel|domkop|oen)|stom van me|dom van me|mijn (?:eigen )?"
            + "schuld|mijn fout|(?:mijn|de|die) (?:telefoon|autocorrectie)";

    private SelfTargets() {
    }

    static NamedPattern[] of(String code) {
        return new NamedPattern[] {NamedPattern.of("self", PerLanguage.pick(code, "self targets", EN, ES, PT, FR,
                DE, IT, NL))};
    }
}
