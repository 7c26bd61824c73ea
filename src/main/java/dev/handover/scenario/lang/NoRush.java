package dev.handover.scenario.lang;

import java.util.regex.Pattern;

/**
 * "No rush, tomorrow is fine" tells the bot the customer can wait: a calm reply that the feedback model, which reads
 * "no" and a day as a failed attempt, must not turn into a complaint. So do its siblings: either option suits ("it
 * doesn't matter whether", "ça ne me dérange pas de"), and a bare "one moment" while the customer looks something up.
 * Phrases of the seven languages over normalised text; a complaint phrase found by the rules still wins, since they
 * are read first.
 */
public final class NoRush {

    private static final Pattern NO_RUSH = Pattern.compile("\\b(?:no (?:rush|hurry|stress)|there s no (?:rush|hurry)"
            + "|whenever suits|(?:sin|no hay|ninguna) prisa|con calma|sem pressa|sem stress|nao ha pressa|nao tem "
            + "pressa|pas de stress|rien ne presse|pas presse|prenez votre temps|kein stress|keine eile|(?:das )?"
            + "eilt nicht|hat (?:keine|zeit) (?:eile|bis)|nessuna fretta|senza fretta|non c e fretta|geen haast|geen "
            + "stress|het heeft geen haast|rustig aan)\\b"
            // either option suits: only with what follows, since "no pasa nada" alone also means "nothing happens"
            + "|\\b(?:i do not|i don t) mind (?:if|whether|coming|waiting)\\b|\\b(?:it )?(?:does not|doesn t) matter "
            + "(?:if|whether|which)\\b|\\bno pasa nada si\\b|\\bno tengo (?:ninguna )?prisa\\b|\\bme da igual (?:si|"
            + "cual)\\b|\\bnao tenho (?:nenhuma )?pressa\\b|\\bnao (?:faz|tem) diferenca (?:se|qual)\\b|\\b(?:ca|cela) "
            + "ne me derange pas (?:de|si)\\b|\\bpeu importe (?:si|lequel|laquelle)\\b|\\b(?:das )?macht mir nichts aus"
            + "\\b|\\bist mir (?:egal|gleich) (?:ob|welche[rs]?)\\b|\\bnon ho fretta\\b|\\bnon mi (?:disturba|cambia "
            + "nulla) (?:se|venire)\\b|\\bper me e (?:uguale|lo stesso)\\b|\\b(?:het )?maakt (?:mij |me )?niet uit "
            + "(?:of|welke|wanneer)\\b"
            // a bare "one moment": the customer is busy, not complaining
            + "|^(?:um |un |one |einen |een )?(?:minutinho|momentinho|momentito|momento|moment|momentje|sec|second|"
            + "segundinho|attimo|instant|augenblick)(?: (?:please|por favor|bitte|per favore|s il vous plait|"
            + "alsjeblieft|solo))?$");

    private NoRush() {
    }

    public static boolean in(String normalized) {
        return NO_RUSH.matcher(normalized).find();
    }
}
