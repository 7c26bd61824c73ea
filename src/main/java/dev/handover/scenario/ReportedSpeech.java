package dev.handover.scenario;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What someone else said or did, in one language's words ("said", "meinte", "zei"): a clause after a report ("my
 * neighbour said, he talked to the manager") and a target whose verb follows a report ("the plumber said he would call
 * me back") tell of another person's words, not of the customer's request.
 */
final class ReportedSpeech {

    private final Pattern endingClause;
    private final Pattern anywhere;

    ReportedSpeech(List<String> reporters) {
        endingClause = Pattern.compile("(?:^| )" + Regexes.any(reporters) + "$");
        anywhere = Regexes.words(reporters);
    }

    /** Whether the clause ends with a report, so the next clause is what was reported. */
    boolean introduces(String clause) {
        return endingClause.matcher(clause).find();
    }

    /** Whether a report sits in the words between a target and its verb. */
    boolean within(String words) {
        return anywhere.matcher(words).find();
    }
}
