package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Threats made through the writer's standing rather than a named consequence: a seat on the residents' board, the chair
 * of a tenants' association, a town where everyone knows them, a relative who is a tax adviser or a van's plate written
 * down, followed by a hint to draw the conclusions ("Je suis président de l'association des locataires, 120 logements.
 * Je pense que vous voyez ce que ça veut dire", "Mein Schwiegersohn ist Steuerberater ... Mehr sag ich dazu nicht").
 * The standing alone is small talk or an errand ("I'm the president of the residents' association, could you quote for
 * the stairwell?", "my son-in-law is a tax adviser and recommended you"), and "just so you know" alone is news: both
 * halves must be there. The two Dutch hints that carry the threat by themselves (telling one's students how tenants are
 * treated, the business starring at tomorrow's residents' evening) stand alone. Appended to each language's threats.
 */
final class StandingLevers {

    /**
     * One language's sets.
     *
     * @param standing the writer's seat, reach or watchful record
     * @param hint what turns it into pressure: you see what that means, I'll say no more, think twice
     * @param alone hints that are the threat by themselves, or a never-matching pattern
     */
    private record Words(String standing, String hint, String alone) {
    }

    private static final String NEVER = "(?!)";

    private static final Words EN = new Words(
            "i (?:m|am) (?:the )?(?:chair|chairman|chairwoman|president|secretary|treasurer) of (?:the )?(?:\\w+ ){0,3}?"
                    + "(?:association|committee|club|board|society|council)|i sit on (?:the )?(?:\\w+ ){0,3}?(?:board|"
                    + "committee|council)|i know (?:a lot of|lots of|loads of|half the|everyone in) (?:people|town|"
                    + "\\w+)|my (?:\\w+ )?(?:in law )?is a (?:solicitor|lawyer|journalist|tax adviser|tax advisor|"
                    + "accountant|judge)|i (?:ve|have) (?:noted|written down|taken down) (?:\\w+ ){0,3}?(?:registration|"
                    + "number plate|reg)",
            "draw your own conclusions|you (?:can )?see what that means|i d think twice|i would think (?:twice|"
                    + "carefully)|i ll say no more|i will say no more|just so you know|i ll leave it at that|"
                    + "you (?:surely |probably )?know how many of (?:our|my) (?:members|residents|tenants|neighbours)",
            NEVER);
    private static final Words ES = new Words(
            "soy (?:el |la )?(?:president[ea]|administrador[a]?|secretari[oa]|tesorer[oa]|vocal) de (?:la|el) "
                    + "(?:comunidad|asociacion|junta|club|ampa|cofradia)|conozco a (?:mucha|media|toda la) gente|"
                    + "conozco a medio \\w+|mi (?:\\w+ )?es (?:abogad[oa]|periodista|asesor fiscal|juez|inspector)|"
                    + "(?:he apuntado|tengo apuntada) la matricula",
            "(?:me|se lo|lo) pensaria (?:muy )?bien|piense(?:lo)? (?:muy )?bien|(?:usted|ustedes) (?:vera|veran)|"
                    + "saque (?:usted )?sus (?:propias )?conclusiones|ya sabe lo que (?:eso|esto) significa|no digo "
                    + "mas|para que lo sepa|ya sabe cuantos de nuestros",
            NEVER);
    private static final Words PT = new Words(
            "sou (?:o |a )?(?:sindic[oa]|president[ea]|administrador[a]?|tesoureir[oa]) d[oa] (?:predio|condominio|"
                    + "associacao|clube)|sou advogad[oa]|conheco (?:muita|meio mundo|toda a) gente|(?:meu|minha) "
                    + "(?:\\w+ )?e (?:advogad[oa]|jornalista|contabilista|contador[a]?|juiz)|anotei a matricula",
            "pense (?:bem|duas vezes)|reveja com (?:cuidado|atencao)|tire (?:as )?suas (?:proprias )?conclusoes|"
                    + "sabe o que isso significa|nao digo mais nada|so para que saiba",
            NEVER);
    private static final Words FR = new Words(
            "je (?:siege|suis) (?:au|a l|a la) (?:conseil|bureau|comite|association)|je suis (?:le |la )?"
                    + "(?:president|presidente|secretaire|tresorier|tresoriere) (?:de|du|des)|je connais "
                    + "(?:beaucoup|pas mal|enormement) de monde|je connais tout le monde|(?:mon|ma) (?:\\w+ )?"
                    + "(?:est|travaille comme) (?:avocat|avocate|journaliste|huissier|expert comptable|juge)|"
                    + "j ai (?:note|releve) (?:la plaque|l immatriculation)",
            "je vous laisse (?:tirer|en tirer) (?:vos )?(?:propres )?conclusions|vous voyez ce que (?:ca|cela) veut "
                    + "dire|je reflechirais a deux fois|reflechissez (?:bien|a deux fois)|je n en dis pas plus|"
                    + "a bon entendeur",
            NEVER);
    private static final Words DE = new Words(
            "ich sitze im (?:vorstand|gemeinderat|stadtrat|beirat|ausschuss|elternrat)|ich bin (?:\\w+ )?"
                    + "(?:vorsitzende|vorsitzender|kassenwart|kassenwartin|sprecher|sprecherin) (?:des|der|im)|ich "
                    + "kenne (?:hier )?(?:viele|jeden|eine menge|sehr viele)(?: leute)?|(?:mein|meine) (?:\\w+ )?ist "
                    + "(?:steuerberater|anwalt|anwaltin|journalist|journalistin|richter|richterin|notar|gutachter)\\w*"
                    + "|kennzeichen (?:\\w+ ){0,4}?notiert",
            "sie wissen (?:sicher|bestimmt|ja) wie viele|mehr sag(?:e)? ich (?:dazu )?(?:erst einmal |erstmal |jetzt "
                    + ")?nicht|nur damit (?:sie|ihr) bescheid wisst|nur damit sie bescheid wissen|ziehen sie (?:ihre "
                    + ")?eigenen schlusse|ich wurde (?:mir )?das (?:gut |nochmal |zweimal )?uberlegen",
            NEVER);
    private static final Words IT = new Words(
            "conosco (?:mezzo mondo|tutti|molta gente|tanta gente)|(?:sono|e) (?:il |la )?(?:consigliere|"
                    + "presidente|amministratore|amministratrice|tesoriere) del (?:condominio|consiglio|circolo|"
                    + "comitato)|(?:mio|mia) (?:\\w+ )?e (?:avvocat[oa]|giornalista|commercialista|giudice)|ho "
                    + "(?:segnato|annotato) la targa",
            "al posto suo ci penserei|ci penserei (?:bene|due volte)|le voci girano|faccia lei|tragga lei le "
                    + "(?:sue )?conclusioni|non dico altro|sa cosa significa",
            NEVER);
    private static final Words NL = new Words(
            "ik zit in het (?:bestuur|dagelijks bestuur)|ik ben (?:de )?(?:voorzitter|secretaris|penningmeester) van|"
                    + "ik ken (?:hier )?(?:veel|heel wat|iedereen|half \\w+)(?: mensen)?|ik geef (?:\\w+ ){0,3}?les "
                    + "aan|mijn (?:\\w+ )?is (?:advocaat|journalist|belastingadviseur|jurist|rechter)|kenteken "
                    + "(?:\\w+ ){0,4}?genoteerd",
            "(?:u|jullie) (?:begrijpt|snapt|snappen|begrijpen) wel wat dat betekent|trek (?:uw|je|jullie) eigen "
                    + "conclusies|ik zou er (?:maar )?(?:twee keer|goed) over nadenken|meer zeg ik (?:er )?niet|"
                    + "zodat (?:u|jullie) het weet",
            "ik vertel (?:hun|ze|iedereen|het|mijn \\w+) (?:maar al te |heel )?graag hoe (?:u|jullie) met (?:\\w+ )?"
                    + "(?:huurders|klanten|mensen|ouderen|studenten) omg\\w+|(?:zonde|jammer) (?:zijn )?als (?:jullie|u) "
                    + "(?:daar |er )?de hoofdrol");

    private StandingLevers() {
    }

    /** The standing-and-hint threats of a language. */
    static NamedPattern[] threats(String code) {
        Words words = PerLanguage.pick(code, "standing levers", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                of("standing-hint", "(?:" + words.standing + ")\\b(?: \\w+){0,40}? (?:" + words.hint + ")"),
                of("pointed-hint", words.alone)
        };
    }
}
