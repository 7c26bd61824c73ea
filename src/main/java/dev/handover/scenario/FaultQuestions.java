package dev.handover.scenario;

import dev.handover.scenario.lang.LanguageRules;
import dev.handover.scenario.lang.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the questions that ask the business what is wrong with a thing ("do you know what's wrong with the gate if it
 * stops halfway?", "weten jullie wat er mis is met ..."): their fault words ("doesn't work", "stays stuck") describe a
 * new problem the customer brings, not the bot's last answer failing, so the feedback phrases must not read them.
 */
final class FaultQuestions {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?\\n]*");

    private final Pattern opener;

    FaultQuestions() {
        List<String> openers = new ArrayList<>();
        for (LanguageRules language : Languages.ALL) {
            openers.addAll(language.feedback().faultQuestions());
        }
        opener = Regexes.words(openers);
    }

    /** The text without its fault questions; the text itself when it has none (checked first on the whole text). */
    String strip(String customerText, String normalizedText) {
        if (customerText.indexOf('?') < 0 || !opener.matcher(normalizedText).find()) {
            return customerText;
        }
        StringBuilder kept = new StringBuilder(customerText.length());
        Matcher sentences = SENTENCE.matcher(customerText);
        boolean dropped = false;
        while (sentences.find()) {
            String sentence = sentences.group();
            if (sentence.trim().endsWith("?") && opener.matcher(TextNormalizer.normalize(sentence)).find()) {
                dropped = true;
                continue;
            }
            kept.append(sentence);
        }
        return dropped ? kept.toString() : customerText;
    }
}
