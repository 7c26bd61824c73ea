package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Name-calling in each language's own idiom, which the plain insult words miss: an animal or a thing as a measure of
 * stupidity ("questo bot è una capra", "zo dom als het achtereind van een varken", "dümmer als Brot", "thick as two
 * short planks") and the staff called coarse with the business worse ("o instrutor é um grosso e vocês são piores").
 * The same words outside the idiom stay calm ("la capra del presepe", "um grosso erro de digitação da minha parte",
 * "a loaf of bread"). Appended to each language's insults, so anger at a neighbour before a question to the business
 * is still an aside.
 */
final class IdiomInsults {

    private static final String EN = "(?:thick|dumb|daft|stupid) as (?:two short planks|a (?:brick|plank|post|box of "
            + "rocks|bag of hammers)|mince|rocks|a box of rocks)|(?:is|are) (?:even )?thicker than (?:they are|them|"
            + "a brick|mince)|(?:this|that|your) (?:stupid )?bot (?:has|s got) the brains of a";
    private static final String ES = "(?:mas tont[oa]|mas burr[oa]|mas cort[oa]) que (?:un zapato|una piedra|un "
            + "ladrillo|una mata de habas|pichote)|(?:bot|robot|asistente) (?:es|eres) (?:un|una) (?:burr[oa]|"
            + "cabestro|zoquete|ceporro|melon)|(?:ustedes|vosotros) (?:son|sois) (?:aun |todavia )?peores";
    private static final String PT = "(?:e|eh) um (?:grosso|grossa|estupido|cavalo|jumento|burro)\\b(?! (?:erro|"
            + "engano|modo|de))|(?:voces|vcs) sao (?:ainda )?piores|(?:mais burr[oa]|mais estupid[oa]) (?:que|do que) "
            + "(?:uma porta|uma pedra|um calhau)|(?:bot|robo|assistente) (?:e|eh) (?:um|uma) (?:burro|jumento|"
            + "anta|porta)";
    private static final String FR = "(?:bete|con|conne|idiot|stupide) comme (?:ses pieds|un balai|une huitre|une "
            + "valise|une chevre|une brique|un manche)|(?:bot|robot|assistant) (?:est|es) (?:une? )?(?:chevre|"
            + "huitre|quiche|buse|andouille|truffe)|(?:vous etes|vous etes encore) pires";
    private static final String DE = "(?:dummer|dummer noch) als (?:brot|bohnenstroh|ein stuck brot|toastbrot)|dumm "
            + "wie (?:brot|bohnenstroh|ein stuck brot|toastbrot)|(?:bot|roboter|assistent) ist (?:ein|eine) "
            + "(?:vollpfosten|hohlbirne|dumpfbacke|knalltute|pfeife)|(?:ihr seid|sie sind) (?:noch )?schlimmer";
    private static final String IT = "(?:bot|robot|assistente|chatbot) (?:e|sei) (?:una|un) (?:capra|asino|somaro|"
            + "mulo|pirla|cretino|tonno|caprone)|(?:siete|sei) (?:delle|una|un branco di) capr[ae]|piu (?:stupid[oa]|"
            + "ignorante|tont[oa]) di una capra|(?:voi )?siete (?:ancora )?peggio";
    private static final String NL = "zo dom als (?:het achtereind van )?(?:een )?(?:varken|ezel|koe|het "
            + "achtereind|een deur|een oester|het achterste)|(?:dommer|nog dommer) dan (?:het achtereind|een "
            + "varken|een ezel|een deur|brood)|(?:bot|robot|assistent) is (?:een|zo n) (?:ezel|oen|sukkel|"
            + "kluns|domoor)";

    private IdiomInsults() {
    }

    /** The idiomatic insults of a language. */
    static NamedPattern[] insults(String code) {
        return new NamedPattern[] {of("idiom", PerLanguage.pick(code, "idiom insults", EN, ES, PT, FR, DE, IT, NL))};
    }
}
