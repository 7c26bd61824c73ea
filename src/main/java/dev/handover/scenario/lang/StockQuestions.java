package dev.handover.scenario.lang;

import java.util.regex.Pattern;

/**
 * "Do you still have ...?" in the seven languages: the word for "still" ("ancora", "encore", "noch", "nog") is also
 * the word for "again", which the frustration detector reads as stress. In a stock question it is not ("minchia che
 * caldo, avete ancora granite?"); asking whether they still have the customer's own money or order keeps it
 * ("do you still have my deposit"), since that is a complaint.
 */
public final class StockQuestions {

    private static final String NOT_MINE = "(?! (?:my|our|mi|mis|minha|meu|meus|minhas|mon|ma|mes|notre|mein|meine|"
            + "meinen|meiner|unser|unsere|il mio|la mia|i miei|le mie|mijn|ons|onze)\\b)";

    private static final Pattern STILL_HAVE = Pattern.compile("\\b(?:"
            + "(?:do|does) (?:you|u|they|the \\w+) still (?:have|sell|stock|do|offer|make)|(?:is|are) (?:there|it|"
            + "they|you) still (?:any|some|open|available|in stock)"
            + "|(?:todavia|aun) (?:tienen|tenes|teneis|tiene|hay|quedan|queda|venden|abren)|(?:tienen|hay|quedan|"
            + "queda) (?:todavia|aun)"
            + "|(?:voces |vcs |voce |vc )?ainda (?:tem|ha|vendem|vende|sobrou|sobra|aceitam|aceita|fazem|faz)"
            + "|(?:vous avez|avez vous|il vous reste|il reste|vous reste t il|y a t il|vous faites|vous vendez) "
            + "encore"
            + "|(?:habt ihr|haben sie|hast du|gibt es|gibts|gibt s|verkauft ihr|verkaufen sie) noch"
            + "|(?:avete|hai|c e|ci sono|vendete|fate) ancora"
            + "|(?:hebben jullie|heeft u|heb je|hebt u|is er|zijn er|verkopen jullie|verkoopt u) nog"
            + ")" + NOT_MINE + "\\b");

    private StockQuestions() {
    }

    /** The normalised text with its stock "still have" questions blanked out. */
    public static String strip(String normalized) {
        return STILL_HAVE.matcher(normalized).replaceAll(" ");
    }
}
