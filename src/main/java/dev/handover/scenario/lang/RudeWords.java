package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Name-calling that {@link NameCalling}'s plural nouns miss, as three word families per language: one person called
 * a boor or a fool after "is a" ("is a clueless muppet", "ist ein ungehobelter Rüpel", "una cafona"), a superlative
 * of incompetence with "I have ever" ("the dumbest garage I've ever dealt with", "der unfähigste Elektriker, den ich
 * je hatte"), and a dumb bot. Only nouns that are never a trade or a thing ("clown" and "grosso" are left out: "the
 * clown was great", "um tecido grosso"); the superlative needs the "ever" clause, so "the most incompetent answer of
 * the three" stays calm. Appended to each language's insults; not negatable.
 */
final class RudeWords {

    private record Words(String person, String superlative, String dumbBot) {
    }

    /**
     * "the dumbest question I've ever asked", "the stupidest mistake I ever made" are about oneself: the noun after the
     * superlative, or before it where the language puts it first ("la domanda più stupida che abbia mai fatto").
     */
    private static final String SELF = "(?:question|questions|pregunta|pergunta|frage|domanda|vraag|mistake|thing|"
            + "idea|fehler|sache|idee|errore|cosa|erreur|chose|error|erro|coisa|ideia|fout|ding)";
    private static final String NOT_ASKED = "(?!" + SELF + "\\b)";
    private static final String NOT_ASKED_BEFORE = "(?<!" + SELF + " (?:la |il |el |a |o |le |the )?)";

    private static final Words EN = new Words(
            "(?:is|are|you re|you are|was) (?:a|an|such a|a real|a total|a complete) (?:\\w+ )?(?:muppet|boor|oaf|"
                    + "lout|halfwit|numpty|moron|imbecile|cretin|buffoon|nitwit)\\b",
            "\\b(?:most incompetent|dumbest|stupidest|most useless|rudest|most clueless|thickest) "
                    + "" + NOT_ASKED + "(?:\\w+ ){0,3}?"
                    + "(?:i ve|i have|i) ever\\b",
            "\\b(?:dumb|stupid|brainless|idiotic|thick|moronic) (?:ass )?(?:bot|chatbot|robot)\\b");
    private static final Words ES = new Words(
            "(?:es|eres|sois|son|fue) (?:un|una|unos|unas) (?:\\w+ )?(?:patan|patana|maleducado|maleducada|"
                    + "grosero|grosera|zoquete|cretino|cretina|imbecil|mamarracho)\\b",
            "\\b" + NOT_ASKED_BEFORE + "mas "
                    + "(?:incompetente|inutil|tonto|tonta|estupido|estupida|maleducado|maleducada)s? "
                    + "" + NOT_ASKED + "(?:\\w+ ){0,3}?"
                    + "que (?:he|e|haya) (?:visto|conocido|tenido|tratado|sufrido)\\b",
            "\\b(?:bot|robot|chatbot) (?:de mierda|inutil|estupido|tonto|descerebrado)\\b");
    private static final Words PT = new Words(
            "(?:e|es|foi|sao) (?:um|uma|uns|umas) (?:\\w+ )?(?:grosseiro|grosseira|mal educado|mal educada|bocal|"
                    + "imbecil|cretino|cretina|estupido|estupida|malcriado|malcriada)\\b",
            "\\b" + NOT_ASKED_BEFORE + "mais "
                    + "(?:incompetente|inutil|burro|burra|estupido|estupida|grosseiro|grosseira)s? "
                    + "" + NOT_ASKED + "(?:\\w+ ){0,3}?"
                    + "que (?:ja |eu ja )?(?:vi|conheci|tive|apanhei)\\b",
            "\\b(?:bot|robo|chatbot) (?:de merda|inutil|burro|estupido|idiota)\\b");
    private static final Words FR = new Words(
            "(?:est|etes|es|etait) (?:un|une|vraiment un|vraiment une) (?:\\w+ )?(?:goujat|malotru|malotrue|rustre|"
                    + "mufle|butor|abruti|abrutie|cretin|cretine|imbecile|malappris)\\b",
            "\\b" + NOT_ASKED_BEFORE + "plus "
                    + "(?:incompetent|incompetente|nul|nulle|bete|stupide|grossier|grossiere)s? "
                    + "" + NOT_ASKED + "(?:\\w+ ){0,3}?"
                    + "que j (?:ai|aie) (?:jamais )?(?:vu|connu|eu|rencontre)\\b",
            "\\b(?:bot|robot|chatbot) (?:de merde|debile|stupide|idiot|a la con)\\b");
    private static final Words DE = new Words(
            "(?:ist|sind|bist|war) (?:ein|eine|so ein|so eine|echt ein) (?:\\w+ )?(?:rupel|ruepel|flegel|trottel|"
                    + "vollidiot|depp|vollpfosten|stoffel|prolet|idiot)\\b",
            "\\b(?:unfahigste|unfaehigste|dummste|duemmste|blodeste|bloedeste|inkompetenteste|unverschamteste|"
                    + "unverschaemteste)n? " + NOT_ASKED + "(?:\\w+ ){1,3}?(?:den|die|das|dem) ich "
                    + "(?:je|jemals|bisher)\\b",
            "\\b(?:strunzdumm|saudumm|dumm|blod|bloed|bescheuert|bekloppt|hirnlos)(?:er|en|es|e)? (?:bot|chatbot|"
                    + "roboter)\\b");
    private static final Words IT = new Words(
            "(?:e|sei|siete|e stata|e stato) (?:un|una|proprio un|proprio una) (?:\\w+ )?(?:cafone|cafona|buzzurro|"
                    + "buzzurra|zotico|zotica|maleducato|maleducata|cretino|cretina|imbecille)\\b|\\b(?:un|una) "
                    + "(?:cafone|cafona|buzzurro|buzzurra|zotico|zotica)$",
            "\\b" + NOT_ASKED_BEFORE + "piu "
                    + "(?:incompetente|incapace|stupido|stupida|maleducato|maleducata|inutile) "
                    + "" + NOT_ASKED + "(?:\\w+ ){0,3}?"
                    + "(?:che|che io) (?:abbia|ho) mai\\b",
            "\\b(?:bot|robot|chatbot) (?:del cazzo|di merda|inutile|stupido|deficiente|scemo)\\b");
    private static final Words NL = new Words(
            "(?:is|ben|bent|zijn|was) (?:een|echt een|zo n) (?:\\w+ )?(?:hufter|lomperik|botterik|idioot|sukkel|"
                    + "eikel|kluns|oen|klootzak|proleet)\\b",
            "\\b(?:meest incompetente|domste|stomste|onbeschoftste) " + NOT_ASKED + "(?:\\w+ ){1,3}?(?:die|dat) "
                    + "ik ooit\\b",
            "\\b(?:domme|stomme|debiele|achterlijke|nutteloze) (?:bot|chatbot|robot)\\b");

    private RudeWords() {
    }

    /** The rude words of a language. */
    static NamedPattern[] insults(String code) {
        Words words = PerLanguage.pick(code, "rude words", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {of("boor", words.person), of("worst-ever", words.superlative),
                of("dumb-bot", words.dumbBot)};
    }
}
