package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * Telling the bot to fetch someone who does understand ("find me someone who actually gets it", "Búscame a alguien
 * que sí me entienda", "zoek iemand die het wel snapt"): after "you don't understand me" this asks for a person. The
 * order is in the imperative and the person is anyone, so "I'm looking for someone who knows Excel" or "find me a
 * dress that fits" stay out.
 */
final class UnderstandingPersonAsks {

    private static final Map<String, NamedPattern[]> REQUESTS = Map.of(
            "en", new NamedPattern[] {of("someone-who-understands", "\\b(?:find|get|give) me (?:someone|somebody"
                    + "|a person|anyone|a human) who (?:actually |really |does |can )?(?:understands?|gets it|knows"
                    + " what)\\b")},
            "es", new NamedPattern[] {of("someone-who-understands", "\\b(?:buscame|busqueme|pasame|paseme|ponme"
                    + "|pongame|dame|deme) (?:a |con )?(?:alguien|una persona) que (?:si )?(?:me |lo )?(?:entienda"
                    + "|sepa|comprenda)\\b")},
            "pt", new NamedPattern[] {of("someone-who-understands", "\\b(?:arranja me|arranje me|me arranja|me passa"
                    + "|passa me|passe me|procura me|chama|chame) (?:alguem|uma pessoa) que (?:me |isso )?(?:entenda"
                    + "|perceba|saiba|compreenda)\\b")},
            "fr", new NamedPattern[] {of("someone-who-understands", "\\b(?:trouvez moi|trouve moi|passez moi"
                    + "|passe moi|donnez moi) (?:quelqu un|une personne) qui (?:me )?(?:comprenne|comprend|sache"
                    + "|s y connai\\w+)\\b")},
            "de", new NamedPattern[] {of("someone-who-understands", "\\b(?:holen sie mir|hol mir|geben sie mir"
                    + "|gib mir|such mir|suchen sie mir) (?:jemand|jemanden|wen|einen menschen) (?:der|die)"
                    + " (?:(?:es|das|mich|sich) )*(?:auch |wirklich )?(?:versteht|kapiert|auskennt)\\b")},
            "it", new NamedPattern[] {of("someone-who-understands", "\\b(?:trovami|passami|mi passi|mi trovi"
                    + "|dammi) (?:qualcuno|una persona) che (?:mi |ci )?(?:capisca|sappia|capisce)\\b")},
            "nl", new NamedPattern[] {of("someone-who-understands", "(?<!\\bik )\\b(?:zoek|geef me|geef mij|haal)"
                    + " (?:iemand|een mens|een persoon) (?:die|dat) (?:het |mij |me )?(?:wel |echt )?(?:snapt"
                    + "|begrijpt|weet)\\b")});

    private UnderstandingPersonAsks() {
    }

    static NamedPattern[] requests(String language) {
        return REQUESTS.get(language);
    }
}
