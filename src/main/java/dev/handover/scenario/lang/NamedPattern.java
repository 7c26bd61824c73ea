package dev.handover.scenario.lang;

import java.util.Arrays;

/**
 * A regex fragment over normalised text with a short machine-readable name for the decision's reason.
 * {@code {T}} in a contact-request pattern stands for any target (person or role).
 * A literal {@code \\|} in a contact-request pattern stands for the comma that splits one ask in two clauses
 * ("wäre es möglich, dass ...", "Financeiro, por favor"): such a pattern is also read over the clause before and this
 * one, joined by " | ", which no normalised clause holds.
 */
public record NamedPattern(String name, String regex) {

    public static NamedPattern of(String name, String regex) {
        return new NamedPattern(name, regex);
    }

    /** The tables one after the other, in order: a family split over files is wired as one table. */
    static NamedPattern[] join(NamedPattern[]... tables) {
        return Arrays.stream(tables).flatMap(Arrays::stream).toArray(NamedPattern[]::new);
    }
}
