package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * The customer's leaving said as an idiom or as an instant step: "you won't see a hair of me again", "I take my
 * salary elsewhere", "I cancel on the spot", "last warning" ("no me veis más el pelo", "porto lo stipendio altrove",
 * "cancelo a matrícula na hora", "dernier avertissement"). Asking where else to move an account or a booking is no
 * threat, so each wording is the writer's own step told as settled. Written for Spanish, Portuguese, French and
 * Italian from fresh11. Appended to the threats.
 */
final class TakenElsewhere {

    private static final String ES = "no (?:me )?(?:veis|ven|vereis|veran|volveis a ver|volveran a ver) (?:mas )?el "
            + "pelo|(?:me llevo|llevo|me llevare|llevare) (?:mi dinero|mis ahorros|mi nomina|mi negocio|mis cuentas)"
            + " a otra parte|(?:cancelo|anulo|me doy de baja) (?:\\w+ ){0,3}?en el acto|(?:este es|es|considera(?:d|"
            + "lo)?|va) (?:mi |el |un )?ultimo aviso";
    private static final String PT = "(?:cancelo|desisto|anulo|rescindo|encerro) (?:a |o |minha |meu )?(?:\\w+ )?"
            + "(?:na hora|no mesmo dia|de imediato|imediatamente)|(?:levo|vou levar|levarei) (?:o meu|meu|o) "
            + "(?:dinheiro|salario|negocio) (?:para|pra) (?:outro lado|outro sitio|outro banco|a concorrencia)|"
            + "(?:e o|este e o|considerem (?:isto|isso)|fica o) (?:meu )?ultimo aviso";
    private static final String FR = "(?<!un |le |d un |du )dernier avertissement|(?:vous me refaites|si vous me refaites|encore une fois"
            + ") (?:\\w+ ){0,12}?(?:j annule|je resilie|je pars|je m en vais)|(?:j emporte|je porte|je vais porter) "
            + "(?:mon argent|mon salaire|mes economies|mon compte) ailleurs";
    private static final String IT = "(?:porto|portero|sposto|spostero) (?:\\w+ ){0,2}?(?:stipendio|soldi|conto|"
            + "risparmi|clientela|affari) (?:altrove|da un altra parte|in un altra banca)|(?:chiudo|chiudero) il "
            + "conto e (?:me ne vado|vado|porto)|(?<!un |l |il |dell )ultimo avvertimento";

    private TakenElsewhere() {
    }

    /** The taken-elsewhere wordings of a language; none for English, German and Dutch. */
    static NamedPattern[] threats(String code) {
        String words = PerLanguage.pick(code, "taken elsewhere", null, ES, PT, FR, null, IT, null);
        return words == null ? new NamedPattern[0] : new NamedPattern[] {of("taken-elsewhere", words)};
    }
}
