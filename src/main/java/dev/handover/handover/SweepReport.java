package dev.handover.handover;

/**
 * What one sweep of due work did.
 *
 * @param looked due conversations this sweep took (another sweep's, or a stale index entry, are not counted)
 * @param tagsRemoved pause tags removed because their pause had ended
 * @param stillPaused conversations whose pause was still on (extended since): their tag made sure of, the next look
 *        moved to the pause's end
 * @param retrying conversations whose CRM call failed in a way a retry can fix: the next sweep after the lease
 *        retries them
 * @param failed conversations whose CRM call was refused for good (logged as an error); their due work is dropped
 * @param noReplyResumed handovers nobody answered in time that the bot took back (the pause ended, its message sent)
 * @param noReplyEscalated handovers nobody answered in time that went to the fallback user and tag
 * @param unfinished the sweep ran out of time or DynamoDB failed: the rest stays due for the next sweep
 */
public record SweepReport(int looked, int tagsRemoved, int stillPaused, int retrying, int failed,
        int noReplyResumed, int noReplyEscalated, boolean unfinished) {
}
