package dev.handover.scenario.lang;

import java.util.regex.Pattern;

/**
 * The customer joining in someone else's anger ("my wife is furious and so am I", "und ich auch", "e eu também"):
 * the anger is then the customer's own as well, so it cannot be aimed away from the business, however the message
 * goes on ("..., but I just want to know when you will fix it"). Only the joined forms with their conjunction: a bare
 * "me too" or "yo también" answers anything ("I need a dog walker too").
 */
public final class JoinedAnger {

    private static final Pattern JOINED = Pattern.compile("\\b(?:and so am i|as am i|and me too|and i am too"
            + "|and so (?:is|are) (?:my|the) \\w+|y yo tambien|y yo igual|e eu tambem|e eu igual|et moi aussi"
            + "|et moi pareil|und ich auch|und ich genauso|e anch io|e pure io|e io pure|e anche io|en ik ook"
            + "|en ik net zo)\\b");

    private JoinedAnger() {
    }

    /** Whether the normalised text joins in an anger it reports. */
    public static boolean joins(String normalizedText) {
        return JOINED.matcher(normalizedText).find();
    }
}
