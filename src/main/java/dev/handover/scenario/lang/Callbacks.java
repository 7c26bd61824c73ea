package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A call back asked of the business itself, with no person named ("please ring me", "any chance of a callback", "que
 * me llamen", "podem me ligar", "mi potete richiamare", "graag terugbellen"). Whole-clause requests, anchored at the
 * clause's start (after a greeting or "please") so that a negation or a report before them ("no need to call me",
 * "no quiero que me llamen") does not open them; a condition still turns them down.
 */
final class Callbacks {

    private static final Map<String, NamedPattern[]> REQUESTS = Map.of(
            "en", new NamedPattern[] {
                    of("call-me", "^(?:(?:hi|hello|ok|okay|so) )*(?:please|pls|plz) (?:(?:just|now) )?(?:call|ring"
                            + "|phone) (?:me|us)(?: back)?\\b(?! (?:if|when|once|whenever"
                            + "|only)\\b)"),
                    of("callback-asked", "\\b(?:any chance of|can i (?:get|have)|could i (?:get|have)|may i have"
                            + "|i d like|i would like|i need|please arrange) an? (?:call ?back|return call"
                            + "|ring back)\\b")},
            "es", new NamedPattern[] {
                    of("que-me-llamen", "^(?:(?:hola|buenas|por favor|porfavor|porfa|pls|quisiera|quiero"
                            + "|necesito|me gustaria|pido|solo) )*(?:q|que) me (?:llamen|llame|llameis|contacten"
                            + "|devuelvan la llamada)\\b")},
            "pt", new NamedPattern[] {
                    of("podem-me-ligar", "^(?:(?:ola|oi|bom dia|boa tarde|por favor|voces|vcs) )*(?:podem"
                            + "|poderiam|podiam|conseguem) (?:me )?(?:ligar|telefonar|retornar)(?! (?:para|pra) "
                            + "(?:o|a|os|as)\\b)"),
                    of("que-me-retornem", "^(?:(?:ola|oi|eu|por favor) )*(?:queria|gostaria|quero|preciso) que (?:me"
                            + " )?(?:ligassem|liguem|retornassem|retornem|telefonassem|telefonem)\\b")},
            "fr", new NamedPattern[] {},
            "de", new NamedPattern[] {
                    of("mich-unter-zuruckrufen", "\\b(?:konnen|konnten|wurden) sie mich (?:(?:bitte|mal|kurz) )*unter "
                            + "(?:(?:der|meiner) (?:nummer )?)?(?:\\d+ ){1,4}(?:(?:bitte|mal|kurz|zuruck) )*(?:anrufen"
                            + "|zuruckrufen|erreichen)\\b")},
            "it", new NamedPattern[] {
                    of("mi-potete-richiamare", "^(?:(?:salve|buongiorno|per favore|scusate|allora) )*(?:mi|ci) "
                            + "(?:potete|potreste|puoi|potresti) (?:richiamare|chiamare|telefonare)\\b")},
            "nl", new NamedPattern[] {
                    of("graag-terugbellen", "^(?:(?:hallo|hoi|goedemiddag|goedemorgen) )*(?:graag|svp|aub) "
                            + "(?:even )?(?:terugbellen|terug bellen|opbellen)\\b")});

    private Callbacks() {
    }

    static NamedPattern[] requests(String language) {
        return REQUESTS.get(language);
    }
}
