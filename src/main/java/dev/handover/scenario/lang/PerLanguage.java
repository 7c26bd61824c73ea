package dev.handover.scenario.lang;

/**
 * Picks one of seven per-language values by language code, for the word families shared by every language's
 * frustration table: one place where a code the detection does not guess is refused.
 */
final class PerLanguage {

    private PerLanguage() {
    }

    static <T> T pick(String code, String family, T en, T es, T pt, T fr, T de, T it, T nl) {
        return switch (code) {
            case "en" -> en;
            case "es" -> es;
            case "pt" -> pt;
            case "fr" -> fr;
            case "de" -> de;
            case "it" -> it;
            case "nl" -> nl;
            default -> throw new IllegalArgumentException("no " + family + " for language " + code);
        };
    }
}
