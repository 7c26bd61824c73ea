package dev.handover.scenario.lang;

/**
 * A regex fragment over normalised text with a short machine-readable name for the decision's reason.
 * {@code {T}} in a contact-request pattern stands for any target (person or role).
 */
public record NamedPattern(String name, String regex) {

    public static NamedPattern of(String name, String regex) {
        return new NamedPattern(name, regex);
    }
}
