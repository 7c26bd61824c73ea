package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Cancellations that carry a grievance, in the two shapes {@link Ultimatums} leaves out. A condition that names a
 * failure and a deadline or a repeat, then the writer cancelling anything at all ("se não resolverem hoje, cancelo a
 * assinatura", "si les panneaux ne sont pas réparés cette semaine, j'annule le contrat", "Se anche stavolta la
 * toelettatura va male ... disdico l'abbonamento"); and a cancellation said as final beside a word of having had
 * enough ("Ich storniere die komplette Bestellung ... das reicht", "Podem cancelar o buffet ... não confio mais",
 * "Cancelen mi suscripción ya. Y no me manden más correos"). A plain cancellation ("please cancel my order, I found
 * it cheaper, thanks"), a condition with no failure in it ("if it rains on Saturday, can I cancel the tour?") and a
 * condition with no deadline ("if it's not convenient I cancel and rebook", "si no puedo ir el lunes cancelo la cita") stay calm; "chega", "basta" and "es
 * reicht" count only where they do not mean "arrives", "as long as" or "it suffices". Appended to each language's
 * threats.
 */
final class FinalCancellations {

    /**
     * One language's sets as regex fragments over normalised text.
     *
     * @param condition the "if" that opens the condition
     * @param own the writer's own inability or a date that does not suit, which makes the condition calm
     * @param negation the negation or the nobody of the failure
     * @param deadline the day or the time limit of the failure, before or after the negation
     * @param again a repeat, which makes a failure without a negation ("se anche stavolta va male")
     * @param cancel the writer cancelling, in the indicative
     * @param order a request or a statement that something is cancelled, for the final shape
     * @param enough having had enough, beside the final cancellation
     */
    private record Words(String condition, String own, String negation, String deadline, String again, String cancel, String order,
            String enough) {
    }

    private static final String SOME = "(?:\\w+ ){0,10}?";
    private static final String FAR = "(?:\\w+ ){0,25}?";

    private static final Words EN = new Words("if", "i can t|i can not|i m not|i am not|not convenient|not suit",
            "not|no one|nobody|never",
            "today|tonight|tomorrow|this week|by \\w+|monday|tuesday|"
                    + "wednesday|thursday|friday|saturday|sunday",
            "again|one more time",
            "(?<!can |could |may |should |do |would |shall )i (?:ll |will |m |am )?(?:going to )?(?:cancel|"
                    + "cancelling|canceling|terminate|terminating) \\w+",
            "(?:cancel|i m cancelling|i am cancelling|i ll cancel|i will cancel|i cancel)",
            "^(?:right |honestly |ok |fine )?we re done|that s it|that is it|i m done|i am done|we re done|done with (?:you|this|it)|had enough|fed up|sick "
                    + "(?:and tired )?of|never again");
    private static final Words ES = new Words("si", "no puedo|no me viene|no me va|no llego",
            "no",
            "hoy|manana|esta semana|antes del? \\w+|para el \\w+|lunes|martes|miercoles|jueves|viernes|sabado|domingo",
            "otra vez|de nuevo|vuelve a|vuelven a",
            "(?:cancelo|anulo|rescindo|me doy de baja|me borro|doy de baja|cancelare|anulare|voy a cancelar)",
            "(?:cancelen|cancelad|anulen|anulad|denme de baja|me doy de baja|cancelo|anulo)",
            "no me (?:manden|mandeis|envien|escriban) (?:ni )?mas|no quiero saber nada|hart[oa]s?|se acabo|basta(?! con que| que)|ya "
                    + "esta bien|hasta aqui|nunca mas");
    private static final Words PT = new Words("se", "nao posso|nao consigo|nao me da jeito|nao der",
            "nao|ninguem",
            "hoje|amanha|esta semana|ate \\w+|segunda|terca|quarta|quinta|sexta|"
                    + "sabado|domingo",
            "outra vez|de novo|mais uma vez|voltar a",
            "(?:eu )?(?:cancelo|rescindo|vou cancelar|cancelarei|encerro)",
            "(?:podem cancelar|cancelem|cancelo|quero cancelar|vou cancelar)",
            "nao confio mais|chega$|chega de \\w+|acabou|cansei|basta$|nunca mais|nao quero mais|fart[oa]");
    private static final Words FR = new Words("si", "je ne peux|je ne suis pas|ne me convient|ne m arrange",
            "pas|personne|plus|rien",
            "aujourd hui|demain|cette semaine|d ici \\w+|avant \\w+|"
                    + "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
            "encore une fois|a nouveau|de nouveau",
            "(?:j annule|je resilie|j annulerai|je resilierai|je vais annuler|je vais resilier|je ferme|je cloture)",
            "(?:annulez|resiliez|j annule|je resilie|je mets fin)",
            "point$|point final|ca suffit|j en ai marre|c est fini|plus jamais|je n ai plus confiance|c en est trop");
    private static final Words DE = new Words("(?:wenn|falls|sollte)", "ich kann|ich schaffe|passt|ich bin",
            "nicht|keiner|niemand|kein",
            "heute|morgen|diese woche|bis \\w+|montag|dienstag|"
                    + "mittwoch|donnerstag|freitag|samstag|sonntag",
            "wieder|nochmal|noch einmal|erneut",
            "(?:(?:storniere|kundige|trete|annulliere) ich|ich (?:storniere|kundige|trete|annulliere))",
            "(?:ich storniere|ich kundige|storniere ich|kundige ich|stornieren sie|kundigen sie|kundigt|will kundigen|ich trete vom "
                    + "vertrag zuruck)",
            "ich bin raus|(?:das|es) reicht(?! wenn| auch| doch)|reicht jetzt|mir reicht s|ich habe genug|hab genug|nase (?:gestrichen )?voll|"
                    + "schnauze voll|nie wieder|das war s");
    private static final Words IT = new Words("se", "non posso|non riesco|non mi va|non mi torna",
            "non|nessuno",
            "oggi|domani|questa settimana|entro \\w+|lunedi|martedi|mercoledi|"
                    + "giovedi|venerdi|sabato|domenica",
            "anche stavolta|anche questa volta|ancora una volta|di nuovo",
            "(?:disdico|annullo|cancello|rescindo|chiudo|disdiro|annullero)",
            "(?:disdico|annullo|annullate|disdite|cancellate|mi cancello)",
            "basta(?! che)|ne ho abbastanza|ho chiuso|mai piu|non ne posso piu|sono stuf[oa]|non mi fido piu");
    private static final Words NL = new Words("als", "ik kan|het past|uitkomt|ik ben",
            "niet|niemand|geen",
            "vandaag|morgen|deze week|voor \\w+|maandag|dinsdag|woensdag|"
                    + "donderdag|vrijdag|zaterdag|zondag",
            "weer eens|nog een keer|opnieuw|nog eens",
            "(?:(?:annuleer|zeg|stop|beeindig) ik|ik (?:annuleer|zeg \\w+ op|stop met))",
            "(?:annuleer|annuleren|zeg (?:\\w+ ){0,3}?op|opzeggen)",
            "klaar mee|ben er klaar mee|het is genoeg|nooit meer|ik ben het zat|ik heb er genoeg van|spuugzat");

    private FinalCancellations() {
    }

    /** The grievance cancellations of a language. */
    static NamedPattern[] threats(String code) {
        Words words = PerLanguage.pick(code, "final cancellations", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                of("failed-condition", words.condition + " (?!" + SOME + "(?:" + words.own + ")\\b)" + SOME + "(?:(?:"
                        + words.negation + ") (?:\\w+ ){0,8}?(?:"
                        + words.deadline + ")|(?:" + words.deadline + ") (?:\\w+ ){0,6}?(?:" + words.negation + ")|"
                        + words.again + ") (?:\\w+ ){0,14}?" + words.cancel),
                of("final", words.order + " " + FAR + "(?:" + words.enough + ")"),
                of("final", "(?:" + words.enough + ") " + FAR + words.order)
        };
    }
}
