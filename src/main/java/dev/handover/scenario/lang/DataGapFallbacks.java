package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A fallback family, in every language at once, over normalised text: a detail the bot's own notes or data do not
 * hold ("en mis datos no figura el horario", "mes données ne précisent pas", "heb ik niet bij de hand"). The notes
 * must be the bot's own ("my data", "what I have to hand") or the detail an item of information, so a product not in
 * stock ("that model I don't have here in the shop") stays an answer.
 */
final class DataGapFallbacks {

    private static final Map<String, NamedPattern[]> CERTAIN = Map.of(
            "en", new NamedPattern[] {of("not-in-my-data", "\\b(?:is not|isn t|are not|aren t|nothing)"
                    + " (?:\\w+ ){0,3}?in my (?:notes|data|info|information|records)\\b|\\bmy (?:notes|data|info)"
                    + " (?:do not|don t|does not|doesn t) (?:say|mention|show|cover)\\b|\\bi (?:do not|don t) have"
                    + " (?:that|this|those) (?:detail|details|figure|information|info) (?:to hand|at hand|on hand"
                    + "|here)\\b")},
            "es", new NamedPattern[] {of("not-in-my-data", "\\ben mis (?:datos|notas|registros|fichas) no"
                    + " (?:figura|figuran|consta|constan|aparece|aparecen|sale|viene)\\b|\\bno (?:figura|consta"
                    + "|aparece|viene) en mis (?:datos|notas|registros|fichas)\\b|\\b(?:ese|este|esa|esta) (?:dato"
                    + "|detalle|importe|informacion)(?: \\w+){0,6}? no lo tengo (?:aqui|a mano)\\b")},
            "pt", new NamedPattern[] {of("not-in-my-data", "\\bnao (?:consta|constam|aparece) n(?:os|as) (?:meus"
                    + "|minhas) (?:dados|notas|registos|registros|informacoes)\\b|\\bn(?:os|as) (?:meus|minhas)"
                    + " (?:dados|notas|registos|registros) nao (?:consta|aparece)\\b|\\b(?:esse|este|essa|esta)"
                    + " (?:detalhe|dado|informacao|valor)(?: \\w+){0,6}? (?:eu )?nao (?:o |a )?tenho aqui\\b")},
            "fr", new NamedPattern[] {of("not-in-my-data", "\\bmes (?:donnees|notes|informations|fiches) ne"
                    + " (?:precisent|mentionnent|indiquent|disent) pas\\b|\\bne (?:figure|figurent|apparait"
                    + "|apparaissent) pas dans (?:ce que j ai|mes (?:donnees|notes|informations|fiches))\\b")},
            "de", new NamedPattern[] {of("not-in-my-data", "\\b(?:steht|stehen|ist|sind) (?:\\w+ ){0,2}?nicht in"
                    + " meinen (?:daten|unterlagen|notizen|informationen)\\b|\\b(?:habe ich|ich habe) (?:\\w+ ){0,6}?nicht in meinen"
                    + " (?:daten|unterlagen|notizen)\\b|\\bin meinen (?:unterlagen|daten"
                    + "|notizen) (?:steht|finde ich) (?:dazu )?nichts\\b|\\b(?:diese|die) (?:angabe|information"
                    + "|zahl|details?) habe ich (?:gerade |leider )?nicht (?:zur hand|vorliegen)\\b")},
            "it", new NamedPattern[] {of("not-in-my-data", "\\bnon ce l ho a disposizione\\b(?! in (?:negozio"
                    + "|magazzino|sede))|\\bnon (?:e|risulta|compare) nei miei (?:dati|appunti)\\b|\\bnei miei"
                    + " (?:dati|appunti) non (?:c e|risulta|compare)\\b")},
            "nl", new NamedPattern[] {of("not-in-my-data", "\\bheb ik niet bij de hand\\b|\\b(?:staat|staan|zit)"
                    + " niet in mijn (?:gegevens|notities|informatie)\\b|\\bin mijn (?:gegevens|notities) staat"
                    + " (?:er )?(?:niets|niet)\\b")});

    private DataGapFallbacks() {
    }

    static NamedPattern[] certain(String language) {
        return CERTAIN.get(language);
    }
}
