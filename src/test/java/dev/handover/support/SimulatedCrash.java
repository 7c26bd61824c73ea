package dev.handover.support;

/** An unexpected failure in the middle of an invocation, as a bug or a lost runtime would cause. */
public class SimulatedCrash extends RuntimeException {

    public SimulatedCrash(String where) {
        super("simulated crash " + where);
    }
}
