package dev.handover.crm;

import java.time.Instant;
import java.util.Optional;

/**
 * One message of a conversation as the CRM lists it, for a person's task; held in memory only, never stored.
 *
 * @param at when the CRM dated it, if it did
 */
public record ConversationMessage(From from, String text, Optional<Instant> at) {

    /** Who wrote it, as the CRM tells: inbound is the customer, outbound by a user or the app a person. */
    public enum From {
        CUSTOMER, BOT, TEAM
    }
}
