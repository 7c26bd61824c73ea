package dev.handover.scenario.lang;

import java.util.Map;

/**
 * Being in contact with someone already, as a state or a past call, not a request: "I've been in touch with your
 * support team since Monday", "je suis en contact avec votre service client", "ich hab gestern schon mit Frau Berger
 * telefoniert". Read as quotes (the target is reported, not asked for), and only when the target follows the
 * phrase at once (two words at most between), so that a request later in the same clause ("... and I want a
 * manager") is still read.
 */
final class StandingContacts {

    /** What may follow the phrase before the target: "with [your support] team". */
    private static final String TO_TARGET = "(?: \\w+){0,2}(?= $)";

    private static final Map<String, String[]> QUOTES = Map.of(
            "en", new String[] {"(?:have|ve|had|has) been in (?:touch|contact) with" + TO_TARGET,
                    "(?:i|we) (?:am|m|are|re) (?:already )?in (?:touch|contact) with" + TO_TARGET},
            "es", new String[] {"(?:estoy|estamos|estuve|estuvimos|he estado|hemos estado) (?:ya )?en contacto con"
                    + TO_TARGET},
            "pt", new String[] {"(?:estou|estamos|estive|estivemos|tenho estado|temos estado) (?:ja )?em"
                    + " (?:contacto|contato) com" + TO_TARGET},
            "fr", new String[] {"(?:suis|sommes|etais|etions|ai ete|avons ete|reste|restons) (?:deja )?en"
                    + " (?:contact|relation) avec" + TO_TARGET},
            "de", new String[] {"(?:habe|hab|hatte|haben|hatten) (?:(?:gestern|heute|schon|bereits|vorhin|mehrmals"
                    + "|oft|zweimal|dreimal|einmal|telefonisch|gerade|eben|ja|doch|auch|letzte woche) )+mit"
                    + TO_TARGET},
            "it", new String[] {"(?:sono|siamo|ero|eravamo|sono stat[oa]|siamo stati) (?:gia )?in contatto con"
                    + TO_TARGET},
            "nl", new String[] {"(?:heb|hebben|had|hadden) (?:(?:sinds \\w+|al|gisteren|vandaag|regelmatig|al een"
                    + " tijdje|vorige week) )+contact (?:gehad )?met" + TO_TARGET});

    private StandingContacts() {
    }

    static String[] quotes(String language) {
        return QUOTES.get(language);
    }
}
