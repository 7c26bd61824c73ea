package dev.handover.scenario.lang;

import java.util.regex.Pattern;

/**
 * "It works" is a happy word in every language's table, so that "holy shit it works" stays casual; with a negation
 * right before it, or one word before it ("nothing works", "nenhum botão funciona", "rien ne marche") or, in German and Dutch, right after it
 * ("funktioniert nicht", "werkt niet") it tells of a failure, and must not make the message happy.
 */
public final class NegatedWorks {

    private static final String WORKS = "(?:works?|worked|working|funciona|funcionan|funciono|funcionou|funcionam|"
            + "marche|marchent|fonctionne|fonctionnent|funktioniert|funktionieren|klappt|funziona|funzionano|"
            + "werkt|werken|werkte)";

    private static final Pattern NEGATED = Pattern.compile("\\b(?:(?:not|nothing|never|none|nada|nunca|ninguno|"
            + "ninguna|no|nao|nenhum|nenhuma|ne|n|rien|jamais|plus|nichts|nie|nie mehr|non|niente|nulla|mai|nessuno|"
            + "nessuna|niets|nooit|niks)(?: \\w+)? " + WORKS + "|" + WORKS + " (?:nicht|nie|niet|nooit|geen|nichts|niks|kaum))\\b");

    private NegatedWorks() {
    }

    /** The normalised text with its negated "works" blanked out. */
    public static String strip(String normalized) {
        return NEGATED.matcher(normalized).replaceAll(" ");
    }
}
