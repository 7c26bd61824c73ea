package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A call back the business is asked to arrange with one of its trade, named with an indefinite article ("podem pedir a
 * um comercial para me ligar", "could you ask an engineer to ring me"): the role is unknown to the frames, and the
 * person only comes in through the business. Whole-clause requests over normalised text, anchored at a modal asking
 * the business ("can you", "podem", "pouvez-vous"), so that a report of the customer's own ask ("pedi a um amigo
 * para me ligar", "I asked a friend to call me") stays out.
 */
final class RelayedCallbacks {

    private static final Map<String, NamedPattern[]> REQUESTS = Map.of(
            "en", new NamedPattern[] {of("ask-one-to-call", "\\b(?:can|could|would) you (?:please )?(?:ask|get|have)"
                    + " an? \\w+ to (?:ring|call|phone|contact) (?:me|us)\\b")},
            "es", new NamedPattern[] {of("ask-one-to-call", "\\b(?:pueden|podeis|podrian|puede|podria|puedes)"
                    + " (?:pedir|pedirle|decirle) a (?:un|una) \\w+ que me (?:llame|contacte|escriba)\\b")},
            "pt", new NamedPattern[] {of("ask-one-to-call", "\\b(?:podem|pode|podiam|poderiam|podia|poderia)"
                    + " pedir a (?:um|uma) \\w+ (?:para |pra )?(?:me )?(?:ligar|retornar|telefonar|contactar"
                    + "|contatar)\\b")},
            "fr", new NamedPattern[] {of("ask-one-to-call", "\\b(?:pouvez vous|pourriez vous|vous pouvez|vous"
                    + " pourriez) demander a (?:un|une) \\w+ de me (?:rappeler|contacter|appeler)\\b")},
            "de", new NamedPattern[] {of("ask-one-to-call", "\\b(?:konnen|konnten|wurden) sie (?:bitte )?(?:einen"
                    + "|eine) \\w+ (?:bitten (?:mich )?(?:anzurufen|zuruckzurufen)|um (?:einen )?ruckruf bitten)\\b")},
            "it", new NamedPattern[] {of("ask-one-to-call", "\\b(?:potete|potreste|puoi|potresti|puo|potrebbe)"
                    + " chiedere a (?:un|una|uno) \\w+ di (?:chiamarmi|richiamarmi|contattarmi)\\b")},
            "nl", new NamedPattern[] {of("ask-one-to-call", "\\b(?:kunt u|kunnen jullie|kun je|kan je|zou u)"
                    + " (?:een) \\w+ vragen (?:om )?(?:mij|me) (?:te bellen|terug te bellen|op te bellen)\\b")});

    private RelayedCallbacks() {
    }

    static NamedPattern[] requests(String language) {
        return REQUESTS.get(language);
    }
}
