package dev.handover.scenario.lang;

/**
 * One way of asking for a person, as regex fragments over normalised text around a target (the person asked for):
 * {@code before} must end right before the target (a few modifier words may sit between), {@code after} must follow
 * it (a few complement words may sit between). An empty side means no condition on that side.
 *
 * @param name short machine-readable name, used in the decision's reason
 * @param roles whether staff roles ("dentist", "owner") count as targets; a bare desire ("I need a dentist") asks for
 *     a service, not for a conversation, so only contact verbs ("talk to the dentist") accept roles
 */
public record Frame(String name, String before, String after, boolean roles) {

    /** A contact frame: talking, connecting, calling back; any person or role may be asked for. */
    public static Frame contact(String name, String before, String after) {
        return new Frame(name, before, after, true);
    }

    /** A desire or fetch frame ("I need ...", "get me ..."): only a person in general, not a role. */
    public static Frame person(String name, String before, String after) {
        return new Frame(name, before, after, false);
    }
}
