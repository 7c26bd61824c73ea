package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Weariness with the case rather than lost patience by name ({@link WearyExasperation}): the writer no longer knows
 * what else to do or say, has no strength left to argue, is worn out by the matter or at their limit ("ya no sé qué
 * más hacer", "já nem tenho forças para discutir isto", "je suis épuisé par ce dossier", "sono stanchissima di questa
 * storia"). Tiredness from a trip or a day's work is no complaint, so the weariness must be "already no longer" or
 * aimed at the matter. Written for Spanish, Portuguese, French and Italian from fresh11. Appended to the anger.
 */
final class SpentStrength {

    private static final String ES = "ya no se (?:ni )?(?:que mas|que otra cosa|como mas|de que otra (?:forma|manera)"
            + ") (?:\\w+ )?(?:hacer|decir|decirles|deciros|decirte|intentar|escribir)|(?:estoy|estamos) (?:\\w+ )?"
            + "(?:agotad[oa]s?|harto de todo|al limite) (?:de|con) (?:este|esta|vuestro|vuestra|su) (?:tema|asunto|"
            + "historia|situacion|caso|expediente)|(?:estoy|estamos) (?:ya )?al limite(?! de| del| con| en)|ya no (?:tengo|me quedan) "
            + "fuerzas|se me esta acabando$";
    private static final String PT = "(?:ja (?:nao|nem) sei (?:mais )?o que (?:mais )?|(?:nao|nem) sei mais o que |"
            + "(?:nao|nem) sei o que mais )(?:fazer|dizer|tentar)|"
            + "(?:ja )?(?:nao|nem) tenho (?:mais )?(?:forcas|forca|energia) (?:para|pra) (?:discutir|lutar|insistir"
            + "|reclamar)|(?:estou|estamos|to) (?:\\w+ )?(?:esgotad[oa]s?|exaust[oa]s?) com (?:esta|essa|este|esse) "
            + "(?:situacao|historia|processo|caso)|(?:estou|estamos) (?:mesmo |ja )?no limite(?! do| da| de| com)";
    private static final String FR = "je ne sais (?:vraiment )?plus (?:quoi vous dire|comment vous le dire|quoi faire de plus)|"
            + "(?:je suis|on est|nous sommes) (?:\\w+ )?(?:epuise|epuisee|epuises|lessive|lessivee|a bout) (?:par|de|"
            + "avec) (?:ce|cette|votre|vos) (?:dossier|histoire|situation|affaire|relances)|je n ai plus la force "
            + "de|(?:je suis|on est) (?:vraiment )?a bout$";
    private static final String IT = "(?:sono|siamo) (?:\\w+ )?(?:stanchissim[oaie]|stanc[oaie]|esaust[oaie]|sfinit"
            + "[oaie]) di (?:questa|questo) (?:storia|situazione|pratica|faccenda)|(?:sono|siamo) (?:davvero |ormai "
            + ")?al limite(?! del| della| di| con| coi)|non so piu (?:cosa|che) (?:altro )?dire|"
            + "non so piu cos altro fare|non ho piu (?:la )?forza di";

    private SpentStrength() {
    }

    /** The spent strength of a language; none for English, German and Dutch. */
    static NamedPattern[] anger(String code) {
        String words = PerLanguage.pick(code, "spent strength", null, ES, PT, FR, null, IT, null);
        return words == null ? new NamedPattern[0] : new NamedPattern[] {of("spent-strength", words)};
    }
}
