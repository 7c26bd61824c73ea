package dev.handover.scenario.lang;

/**
 * The families of frustration said without an angry word, wired into {@link FrustrationRules} as one: walk-outs,
 * threats through whom the writer knows, named outlets and lawyers; sarcastic praise of a grievance and idiomatic
 * name-calling; resignation too tired to fight. Each family's class says what it catches and what it leaves calm.
 */
final class QuietAnger {

    private QuietAnger() {
    }

    static NamedPattern[] threats(String code) {
        return NamedPattern.join(WalkOuts.threats(code), KnownPeople.threats(code), PressAndCounsel.threats(code));
    }

    static NamedPattern[] insults(String code) {
        return NamedPattern.join(PraisedGrievances.insults(code), IdiomInsults.insults(code));
    }

    static NamedPattern[] anger(String code) {
        return TooTired.anger(code);
    }
}
