package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Passive aggression: the customer lets the business off ("no worries", "sin prisa", "kein Problem") and in the same
 * breath says they will go on paying, waiting or sitting there, or have nothing better to do ("no worries, I'll
 * just keep paying for broadband that doesn't work"). The release alone is polite; it is the resigned carrying-on
 * after it that is anger. Built from the two sets; appended to each language's anger.
 */
final class PassiveResignation {

    private static final String EN = "(?:no worries|no problem|don t worry|it s fine|that s fine|take your time)"
            + "(?: \\w+){0,4}? i ll (?:just )?(?:keep|sit|wait|carry on|continue|go on) (?:\\w+ing|here|in the dark)|"
            + "i ll just (?:keep paying|sit here|wait here|carry on paying)|(?:clearly|obviously) my time (?:isn t|is "
            + "not|doesn t|does not)|not like i (?:have|ve got) anything better to do";
    private static final String ES = "(?:tranquil[oa]s?|sin prisa|no pasa nada|no os preocupeis|no se preocupen)"
            + "(?: \\w+){0,4}? (?:yo )?(?:sigo|seguire) (?:\\w+ando|\\w+iendo|aqui sentad[oa])|"
            + "(?:como si|total,? como si) no tuviera (?:nada|otra cosa) (?:mejor )?que hacer";
    private static final String PT = "(?:tudo bem|sem problema|nao se preocupem|sem pressa|tranquilo)(?: \\w+){0,4}? "
            + "(?:eu )?(?:continuo|vou continuar) (?:\\w+ando|\\w+endo|a pagar|a esperar)|"
            + "nao tenho mais nada (?:pra|para) fazer";
    private static final String FR = "(?:pas de souci|pas de probleme|ne vous inquietez pas|prenez votre temps)"
            + "(?: \\w+){0,4}? je (?:vais )?(?:continuer|continue|reste|attends|attendre) (?:a|de) (?:payer|attendre)|"
            + "(?:comme si|c est pas comme si) j avais (?:que ca|rien d autre) a faire";
    private static final String DE = "(?:kein problem|keine sorge|lassen sie sich zeit|lasst euch zeit)(?: \\w+){0,4}? "
            + "ich (?:zahl|zahle|warte|sitze|sitz) ja (?:gern |gerne )?(?:weiter|hier|noch)|ich (?:hab|habe) ja sonst "
            + "(?:nix|nichts) (?:anderes |besseres )?zu tun";
    private static final String IT = "(?:nessun problema|tranquilli|non vi preoccupate|fate con calma|con comodo)"
            + "(?: \\w+){0,4}? (?:io )?(?:continuo|continuero) (?:a pagare|ad aspettare)|"
            + "(?:tanto )?(?:io )?non ho (?:niente|nulla) di meglio da fare";
    private static final String NL = "(?:geen probleem|geen zorgen|neem (?:je|jullie|u) (?:de|rustig de )?tijd)"
            + "(?: \\w+){0,4}? ik (?:blijf (?:gewoon |wel )?(?:betalen|wachten)|betaal (?:gewoon |wel )?door)|"
            + "ik heb (?:toch )?(?:niks|niets) beters te doen";

    private PassiveResignation() {
    }

    /** The passive aggression of a language. */
    static NamedPattern[] anger(String code) {
        return new NamedPattern[] {of("passive-resignation", PerLanguage.pick(code, "passive resignation", EN, ES, PT,
                FR, DE, IT, NL))};
    }
}
