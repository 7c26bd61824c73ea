package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A fallback family, in every language at once, over normalised text: a look-up that brings back nothing, said as
 * what shows on the bot's side ("nothing comes up under that number", "no me sale nada", "op naam van X staat er
 * geen reservatie"). An instruction to the customer about what to do if nothing shows ("if no booking shows up,
 * refresh the app") is not a search of the bot's own, so a preceding "if" keeps it an answer.
 */
final class EmptySearches {

    private static final Map<String, NamedPattern[]> CERTAIN = Map.of(
            "en", new NamedPattern[] {of("nothing-comes-up", "(?<!\\bif )(?<!\\bwhen )\\b(?:nothing|no (?:order"
                    + "|booking|reservation|appointment|record|account|result|match)(?:e?s)?)(?: \\w+){0,8}?"
                    + " (?:comes|came|shows|showed|turns|turned) up\\b(?! as)")},
            "es", new NamedPattern[] {of("nothing-comes-up", "(?<!\\bsi )\\bno (?:me )?(?:sale|aparece|figura"
                    + "|encuentro) (?:absolutamente )?nada\\b")},
            "pt", new NamedPattern[] {of("nothing-comes-up", "(?<!\\bse )\\bnenhum[a]? (?:pedido|encomenda"
                    + "|marcacao|reserva|agendamento|registo|registro|resultado)s?(?: \\w+){0,6}? (?:aparece|consta"
                    + "|surge)\\b(?! como)")},
            "fr", new NamedPattern[] {of("nothing-comes-up", "(?<!\\bsi )\\brien ne (?:ressort|remonte"
                    + "|s affiche|apparait)\\b")},
            "de", new NamedPattern[] {of("nothing-comes-up", "(?<!\\bwenn )\\b(?:wird|taucht|erscheint)"
                    + " (?:\\w+ ){0,3}?nichts (?:angezeigt|auf)\\b|\\bbei mir (?:erscheint|taucht) nichts\\b")},
            "it", new NamedPattern[] {of("nothing-comes-up", "(?<!\\bse )\\bnon (?:mi )?(?:esce|compare|risulta)"
                    + " (?:fuori )?(?:nulla|niente)\\b")},
            "nl", new NamedPattern[] {of("nothing-comes-up", "\\bop (?:de )?naam (?:van )?\\w+(?: \\w+){0,6}?"
                    + " (?:staat|staan) er (?:\\w+ ){0,4}?geen (?:reservatie|reservering|boeking|bestelling|afspraak"
                    + "|order)\\b|(?<!\\bals )\\b(?:er )?(?:komt|verschijnt) (?:er )?(?:bij mij )?niets (?:naar"
                    + " boven|tevoorschijn)\\b")});

    private EmptySearches() {
    }

    static NamedPattern[] certain(String language) {
        return CERTAIN.get(language);
    }
}
