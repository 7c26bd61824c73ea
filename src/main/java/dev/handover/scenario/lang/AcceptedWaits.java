package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A resolved family, in every language at once, over one normalised sentence: the customer acknowledges the answer
 * and says they will now wait for what it promised ("Understood, I'll keep an eye out for the email then", "Ok,
 * entiendo, esperaré a que me llegue", "Dann warte ich auf die Mail"). The acknowledgement (or "then") must open the
 * sentence, and no "but", "still", "not", "again" or "longer" may follow anywhere in it, so "ok, I'll wait for the
 * email, but it's the third time" and "dann warte ich halt noch länger" stay out.
 */
final class AcceptedWaits {

    /** Complaint words that turn waiting into a grudge, in any of the seven languages. */
    private static final String NO_GRUDGE = "(?!.*\\b(?:but|still|again|longer|not|never|pero|todavia|aun|nunca|no"
            + "|ainda|nao|nunca|mais|encore|pas|jamais|toujours|noch|nicht|nie|aber|halt|eben|wieder|immer|ancora|non"
            + "|mai|ma|sempre|nog|niet|nooit|maar|weer|alweer|steeds)\\b)";

    private static final Map<String, NamedPattern[]> RESOLVED = Map.of(
            "en", new NamedPattern[] {of("accepted-wait", "^" + NO_GRUDGE + "(?:(?:ok|okay|understood|got it|i see"
                    + "|fair enough|alright|all right|right|great|perfect) )+(?:then )?i (?:ll|will) (?:keep an eye out"
                    + "|look out|watch out|wait) for (?:the|your|that|an?|my)\\b")},
            "es", new NamedPattern[] {of("accepted-wait", "^" + NO_GRUDGE + "(?:(?:ok|okey|vale|entiendo|entendido"
                    + "|de acuerdo|perfecto|genial) )+(?:pues |entonces )?(?:esperare|me espero) (?:a que|al|a la"
                    + "|el|la|los|las|tu|su)\\b")},
            "pt", new NamedPattern[] {of("accepted-wait", "^" + NO_GRUDGE + "(?:(?:ok|ta|entendi|entendido|certo"
                    + "|beleza|perfeito|combinado) )+(?:entao )?(?:vou esperar|espero|aguardo|vou aguardar|fico a"
                    + " aguardar|fico aguardando) (?:o|a|os|as|pelo|pela|que|o seu|a sua)\\b")},
            "fr", new NamedPattern[] {of("accepted-wait", "^" + NO_GRUDGE + "(?:(?:ok|d accord|entendu|compris"
                    + "|je vois|tres bien|parfait|super) )+(?:alors |donc )?(?:j attendrai|je vais attendre"
                    + "|j attends) (?:le|la|l|les|que|votre|vos|ton|ta)\\b")},
            "de", new NamedPattern[] {of("accepted-wait", "^" + NO_GRUDGE + "(?:(?:ok|okay|alles klar|verstehe"
                    + "|verstanden|gut|super|prima) )*dann warte ich (?:auf|bis)\\b")},
            "it", new NamedPattern[] {of("accepted-wait", "^" + NO_GRUDGE + "(?:(?:ok|va bene|capito|ho capito"
                    + "|d accordo|perfetto|benissimo) )+(?:allora )?(?:aspetto|attendo|aspettero|attendero)"
                    + " (?:la|il|l|lo|che|una|un|le|i|gli)\\b")},
            "nl", new NamedPattern[] {of("accepted-wait", "^" + NO_GRUDGE + "(?:(?:ok|oke|prima|helder|duidelijk"
                    + "|begrepen|top|goed) )*dan wacht ik (?:op|tot|de|het|even)\\b")});

    private AcceptedWaits() {
    }

    static NamedPattern[] resolved(String language) {
        return RESOLVED.get(language);
    }
}
