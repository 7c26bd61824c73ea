package dev.handover.scenario;

import java.util.regex.Pattern;

/**
 * Recognises a bot reply that shows the bot does not know the answer ("I don't have that information", "let me
 * check with the team"): the lack-of-information signal, and a failed attempt.
 */
public final class BotFallbackDetector {

    private static final Pattern FALLBACK = Pattern.compile("\\b(?:i do not have (?:that|this|any|the|enough) "
            + "(?:information|info|details)|i (?:am|m) not (?:sure|certain) (?:about|of|how|what|whether)|"
            + "i (?:can not|could not|am unable to|am not able to) (?:help|answer|assist|find)|"
            + "(?:let me|i will|i ll) (?:check|confirm) with (?:the|our|a) (?:team|staff|colleague)|"
            + "i do not know|no information (?:about|on)|outside (?:of )?what i can|not something i can)\\b");

    public Detection detect(String botText) {
        String text = TextNormalizer.normalize(botText);
        var matcher = FALLBACK.matcher(text);
        return matcher.find() ? Detection.match("fallback:" + matcher.group()) : Detection.noMatch("answer");
    }
}
