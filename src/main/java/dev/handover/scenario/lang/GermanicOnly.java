package dev.handover.scenario.lang;

/**
 * One named pattern for English, German or Dutch, none for another language: for the families whose Romance
 * wordings belong to another batch, so that a Romance table gets nothing rather than a guess.
 */
final class GermanicOnly {

    private GermanicOnly() {
    }

    static NamedPattern[] pick(String code, String name, String en, String de, String nl) {
        String regex = switch (code) {
            case "en" -> en;
            case "de" -> de;
            case "nl" -> nl;
            default -> null;
        };
        return regex == null ? new NamedPattern[0] : new NamedPattern[] {NamedPattern.of(name, regex)};
    }
}
