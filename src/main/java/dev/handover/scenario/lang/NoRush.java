package dev.handover.scenario.lang;

import java.util.regex.Pattern;

/**
 * "No rush, tomorrow is fine" tells the bot the customer can wait: a calm reply that the feedback model, which reads
 * "no" and a day as a failed attempt, must not turn into a complaint. Phrases of the seven languages over normalised
 * text; a complaint phrase found by the rules still wins, since they are read first.
 */
public final class NoRush {

    private static final Pattern NO_RUSH = Pattern.compile("\\b(?:no (?:rush|hurry|stress)|there s no (?:rush|hurry)"
            + "|whenever suits|(?:sin|no hay|ninguna) prisa|con calma|sem pressa|sem stress|nao ha pressa|nao tem "
            + "pressa|pas de stress|rien ne presse|pas presse|prenez votre temps|kein stress|keine eile|(?:das )?"
            + "eilt nicht|hat (?:keine|zeit) (?:eile|bis)|nessuna fretta|senza fretta|non c e fretta|geen haast|geen "
            + "stress|het heeft geen haast|rustig aan)\\b");

    private NoRush() {
    }

    public static boolean in(String normalized) {
        return NO_RUSH.matcher(normalized).find();
    }
}
