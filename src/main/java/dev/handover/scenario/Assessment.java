package dev.handover.scenario;

import java.util.Optional;

/**
 * The signals one event carries, before the failed-attempt count is known. Each present signal holds the reason
 * (which rule matched).
 *
 * @param failedAttempt the bot failed: a fallback reply, or the customer says it did not help or repeats the question
 * @param resolved the customer says the bot's reply solved it
 * @param lackOfInformation the bot showed it does not know the answer
 * @param staffReply a person of the team replied from the CRM
 * @param countStartsOver the conversation was quiet long enough that earlier failed attempts no longer count
 * @param reason why nothing fired, when nothing did
 * @param frustration the customer shows strong frustration; looked for only when the bot has a frustration action
 */
public record Assessment(
        Optional<String> contactRequest,
        Optional<String> failedAttempt,
        Optional<String> resolved,
        Optional<String> lackOfInformation,
        boolean staffReply,
        boolean countStartsOver,
        String reason,
        Optional<String> frustration) {

    /** The signals of an event that shows no frustration. */
    public Assessment(Optional<String> contactRequest, Optional<String> failedAttempt, Optional<String> resolved,
            Optional<String> lackOfInformation, boolean staffReply, boolean countStartsOver, String reason) {
        this(contactRequest, failedAttempt, resolved, lackOfInformation, staffReply, countStartsOver, reason,
                Optional.empty());
    }
}
