package dev.handover.scenario.lang;

import java.util.Map;

/**
 * The frustration table of each language. Kept apart from {@link FrustrationRules}, which every table's own static
 * initialiser calls: a registry there would make the classes initialise each other in a cycle, and whichever table
 * a thread touched first would find another one still null.
 */
public final class FrustrationTables {

    private static final Map<String, FrustrationRules> BY_CODE = Map.of(
            "en", EnglishFrustration.RULES, "es", SpanishFrustration.RULES, "pt", PortugueseFrustration.RULES,
            "fr", FrenchFrustration.RULES, "de", GermanFrustration.RULES, "it", ItalianFrustration.RULES,
            "nl", DutchFrustration.RULES);

    private FrustrationTables() {
    }

    /** The table of a language of {@link Languages#ALL}. */
    public static FrustrationRules of(String code) {
        FrustrationRules rules = BY_CODE.get(code);
        if (rules == null) {
            throw new IllegalArgumentException("no frustration rules for language " + code);
        }
        return rules;
    }
}
