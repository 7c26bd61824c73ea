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
                    + " \\w+|\\b(?:i )?(?:need|have|ll need|will need) to run (?:this|that|it) (?:past|by) (?:the|our)"
                    + " \\w+")},
            "es", new NamedPattern[] {of("must-check-with", "\\btengo que (?:confirmarlo|consultarlo|comprobarlo"
                    + "|preguntarlo|verificarlo|mirarlo|revisarlo) (?:antes |primero )?con (?:el|la|nuestro"
                    + "|nuestra) \\w+")},
            "pt", new NamedPattern[] {of("must-check-with", "\\b(?:preciso|tenho que|tenho de) (?:confirmar|verificar"
                    + "|perguntar|checar|ver) (?:isso |isto |primeiro )?com (?:o|a|nosso|nossa) \\w+")},
            "fr", new NamedPattern[] {of("must-check-with", "\\bje dois (?:d abord )?(?:le |la )?(?:verifier|valider"
                    + "|confirmer|demander|voir) (?:ca |cela )?(?:d abord )?(?:avec|aupres de|aupres du) (?:le|la|l"
                    + "|notre)? ?\\w+")},
            "de", new NamedPattern[] {of("must-check-with", "\\bich muss (?:das|es|dies) (?:erst |noch |zuerst "
                    + "|kurz )*(?:mit|bei) (?:dem|der|unserem|unserer) \\w+ (?:abklaren|klaren|absprechen|prufen"
                    + "|nachfragen|bestatigen)\\b|\\b(?:das|dies) muss ich (?:erst |noch |zuerst )*mit (?:dem|der|unserem"
                    + "|unserer) \\w+(?: \\w+){0,2}? (?:abstimmen|abklaren|klaren|absprechen)\\b")},
            // Italian and Dutch verify-with phrases are their own check-with-team family; these are the
            // consult-first wordings that family does not reach
            "it", new NamedPattern[] {of("must-check-with", "\\bdevo (?:prima )?sentire (?:il|la|l|lo|i|le)"
                    + " ?\\w+(?: \\w+){0,3}? (?:per|prima di) (?:confermare|darle|darti|rispondere)\\b")},
            "nl", new NamedPattern[] {of("must-check-with", "\\b(?:dit|dat|het) moet ik (?:eerst |nog )?"
                    + "(?:afstemmen|overleggen|checken|navragen) (?:met|bij) (?:de|het|onze|ons) \\w+")});

    private PendingChecks() {
    }

    static NamedPattern[] certain(String language) {
        return CERTAIN.get(language);
    }
}
