package dev.handover.scenario;

import java.util.regex.Pattern;

/** Tells whether a customer message says the bot's last reply did not help, or that it solved the problem. */
public final class FeedbackDetector {

    private static final Pattern DISSATISFIED = Pattern.compile("\\b(?:(?:that|this|it) (?:did not|does not|"
            + "did nothing to) help|(?:still|is still) not (?:working|fixed|solved|resolved)|still (?:broken|"
            + "the same)|(?:that|this) (?:is|was) not what i (?:asked|meant|wanted)|you (?:are|re) not "
            + "(?:understanding|listening)|you do not understand|not helpful|useless|(?:that|this) is wrong|"
            + "did not work|does not work|not what i asked)\\b");
    private static final Pattern RESOLVED = Pattern.compile("^(?:(?:ok |okay |great |perfect )?(?:thanks|thank you|"
            + "thx|perfect|great|awesome|that worked|it worked|it works|that works|solved|problem solved|got it)"
            + "(?: (?:that|it) (?:worked|works|helped|helps))?(?: so much| a lot)?)$|\\b(?:that|it) "
            + "(?:worked|helped|fixed it)\\b");

    public FeedbackDetection classify(String customerText) {
        String text = TextNormalizer.normalize(customerText);
        var dissatisfied = DISSATISFIED.matcher(text);
        if (dissatisfied.find()) {
            return new FeedbackDetection(Feedback.DISSATISFIED, "dissatisfied:" + dissatisfied.group());
        }
        var resolved = RESOLVED.matcher(text);
        if (resolved.find()) {
            return new FeedbackDetection(Feedback.RESOLVED, "resolved:" + resolved.group());
        }
        return new FeedbackDetection(Feedback.NEUTRAL, "neutral");
    }
}
