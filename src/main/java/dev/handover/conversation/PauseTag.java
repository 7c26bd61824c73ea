package dev.handover.conversation;

/**
 * The pause tag a conversation's pause put on its contact, as recorded in the conversation: what must come off when
 * the pause ends, whatever the bot's settings say by then.
 */
public record PauseTag(String name, String contactId) {
}
