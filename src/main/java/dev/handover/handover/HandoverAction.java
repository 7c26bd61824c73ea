package dev.handover.handover;

/** The CRM actions of a handover, in the order they run; the pause is written with the episode itself. */
public enum HandoverAction {
    ASSIGN("assign"),
    TASK("task"),
    CLOSING_MESSAGE("closingMessage"),
    TAGS("tags"),
    /** The bot's pause tag, on the contact while the bot is paused (removed when the pause ends). */
    PAUSE_TAG("pauseTag");

    private final String id;

    HandoverAction(String id) {
        this.id = id;
    }

    /** The name used in the table, the response and the logs. */
    public String id() {
        return id;
    }

    public static HandoverAction fromId(String id) {
        for (HandoverAction action : values()) {
            if (action.id.equals(id)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown handover action " + id);
    }
}
