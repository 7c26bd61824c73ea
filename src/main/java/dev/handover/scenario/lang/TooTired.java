package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Resignation said by someone too worn out to fight: tired past anger ("too tired to even be angry") or tired of the
 * matter and handing it back to the business ("ik ben er zo moe van, doe maar wat jullie willen", "ich bin es so
 * leid, macht doch, was ihr wollt"). Tiredness for other reasons stays calm ("I'm so tired after the move, do you
 * deliver on Saturday?"), and so does "do what you think best" with no weariness before it. Appended to each
 * language's anger; negatable like it.
 */
final class TooTired {

    /** Tired past anger; tired of it, with what follows up to "do what you want". */
    private record Words(String pastAnger, String tiredOfIt, String whatYouWant) {
    }

    private static final Words EN = new Words(
            "too (?:tired|exhausted|worn out|drained) to (?:even )?(?:be angry|argue|fight|care|shout|be mad)",
            "(?:i m|i am) (?:so |just |really )?(?:tired|sick|exhausted|worn out) (?:of (?:this|it|you|all this)|"
                    + "by (?:this|it))",
            "(?:just )?do (?:whatever|what) you (?:want|like)");
    private static final Words ES = new Words(
            "(?:demasiado|tan) (?:cansad[oa]|agotad[oa]|harto|harta) (?:como )?para (?:enfadarme|discutir|pelear|"
                    + "quejarme)",
            "(?:estoy|ya estoy) (?:tan |muy )?(?:cansad[oa]|agotad[oa]|harto|harta) de (?:esto|todo esto|ustedes|"
                    + "vosotros)",
            "hagan lo que (?:quieran|les de la gana)|haced lo que (?:querais|os de la gana)");
    private static final Words PT = new Words(
            "(?:cansad[oa]|exaust[oa]) demais (?:ate )?(?:para|pra) (?:ficar zangad[oa]|brigar|discutir|reclamar)",
            "(?:estou|to|ja estou) (?:tao |muito )?(?:cansad[oa]|exaust[oa]|fart[oa]) (?:disto|disso|de voces|de "
                    + "tudo isto|de tudo isso)",
            "fa(?:cam|zam) o que (?:quiserem|bem entenderem)");
    private static final Words FR = new Words(
            "trop (?:fatigue|fatiguee|epuise|epuisee) (?:meme )?pour (?:me facher|m enerver|me battre|discuter)",
            "(?:je suis|j en suis) (?:tellement |si )?(?:fatigue|fatiguee|las|lasse) (?:de (?:tout ca|cette "
                    + "histoire|vous))",
            "faites (?:ce que|comme) vous (?:voulez|voudrez)");
    private static final Words DE = new Words(
            "zu (?:mude|erschopft|kaputt) (?:um|um mich) (?:noch )?(?:sauer|wutend) zu sein|zu mude zum (?:streiten|"
                    + "argern)",
            "(?:ich bin|bin) (?:es |das )?(?:so |echt |einfach )?(?:leid|mude davon|es leid)",
            "mach(?:t|en sie)? (?:doch |halt )?(?:was|wie) (?:ihr|sie) (?:wollt|wollen)");
    private static final Words IT = new Words(
            "troppo (?:stanc[oa]|sfinit[oa]) (?:anche )?per (?:arrabbiarmi|litigare|discutere)",
            "(?:sono|ormai sono) (?:cosi |proprio )?(?:stanc[oa]|stuf[oa]) di (?:tutto questo|questa storia|voi)",
            "fate come vi pare|fate (?:quello|cio) che volete");
    private static final Words NL = new Words(
            "(?:te moe|geen (?:puf|fut|energie) meer) (?:om (?:nog )?(?:boos te (?:zijn|worden)|te ruziën|te ruzien|"
                    + "te vechten|me op te winden))",
            "(?:ik ben|ben) (?:er )?(?:zo |echt |gewoon )?(?:moe|klaar|zat) (?:van|mee)",
            "doe (?:maar|dan maar|lekker) wat (?:jullie|je|u) (?:wil|willen|wilt)");

    private TooTired() {
    }

    /** The tired resignation of a language. */
    static NamedPattern[] anger(String code) {
        Words words = PerLanguage.pick(code, "too tired", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                of("too-tired-to-fight", words.pastAnger),
                of("tired-hand-back", "(?:" + words.tiredOfIt + ")\\b(?: \\w+){0,8}? (?:" + words.whatYouWant + ")")
        };
    }
}
