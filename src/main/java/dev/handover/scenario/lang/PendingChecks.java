package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A fallback family, in every language at once, over normalised text: the bot must first check the matter with a
 * named trade or role before it can answer ("Tengo que confirmarlo con el fontanero", "ich muss das erst mit dem
 * Techniker abklären"). It needs the bot in the first person and the check as the bot's own, so "you need to check
 * this with your bank" stays an answer.
 */
final class PendingChecks {

    private static final Map<String, NamedPattern[]> CERTAIN = Map.of(
            "en", new NamedPattern[] {of("must-check-with", "\\bi (?:need|have|ll need|will need|ll have|will have)"
                    + " to (?:check|confirm|verify|double check|clear) (?:this|that|it) (?:first )?with (?:the|our)"
                    + " \\w+")},
            "es", new NamedPattern[] {of("must-check-with", "\\btengo que (?:confirmarlo|consultarlo|comprobarlo"
                    + "|preguntarlo|verificarlo|mirarlo|revisarlo) (?:antes |primero )?con (?:el|la|nuestro"
                    + "|nuestra) \\w+")},
            "pt", new NamedPattern[] {of("must-check-with", "\\b(?:preciso|tenho que|tenho de) (?:confirmar|verificar"
                    + "|perguntar|checar|ver) (?:isso |isto |primeiro )?com (?:o|a|nosso|nossa) \\w+")},
            "fr", new NamedPattern[] {of("must-check-with", "\\bje dois (?:d abord )?(?:le |la )?(?:verifier"
                    + "|confirmer|demander|voir) (?:ca |cela )?(?:d abord )?(?:avec|aupres de|aupres du) (?:le|la|l"
                    + "|notre)? ?\\w+")},
            "de", new NamedPattern[] {of("must-check-with", "\\bich muss (?:das|es|dies) (?:erst |noch |zuerst "
                    + "|kurz )*(?:mit|bei) (?:dem|der|unserem|unserer) \\w+ (?:abklaren|klaren|absprechen|prufen"
                    + "|nachfragen|bestatigen)\\b")},
            // Italian and Dutch say this with their own check-with-team phrase ("devo verificarlo con ...").
            "it", new NamedPattern[0],
            "nl", new NamedPattern[0]);

    private PendingChecks() {
    }

    static NamedPattern[] certain(String language) {
        return CERTAIN.get(language);
    }
}
