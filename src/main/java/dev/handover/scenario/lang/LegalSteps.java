package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Court and counsel announced as the writer's next step, in the wordings the older legal phrases missed: a lawsuit
 * filed ("Le aviso que voy a poner una demanda", "vou avançar com um processo"), a formal notice ("je vais vous
 * mettre en demeure", "riceverete una diffida dal mio legale") and the legal-expenses insurer handed the case ("ich
 * habe die Sache an meine Rechtsschutzversicherung übergeben", "mijn rechtsbijstandsverzekering is ingeschakeld").
 * The lawyer or the insurer as a plain fact stays calm ("my solicitor handles the purchase", "is mijn
 * rechtsbijstandsverzekering nog geldig?", "ich muss als Zeuge vor Gericht"): the case must be theirs to act on.
 * Appended to each language's threats.
 */
final class LegalSteps {

    private static final String EN = "(?:spoken|speaking|talking|talked) to a (?:\\w+ )?(?:solicitor|lawyer|attorney) "
            + "(?:\\w+ ){0,14}?(?:you ll|they ll|she ll|he ll|expect|hearing from|writing to you)|(?:see|seeing) you "
            + "in (?:small claims )?court|(?:take|taking) (?:you|this|it) to (?:small claims|court)|expect a letter "
            + "from (?:my|a|our) (?:\\w+ )?(?:solicitor|lawyer)";
    private static final String ES = "(?:voy a|vamos a|pienso|le voy a|les voy a) (?:poner|presentar|interponer|"
            + "meter) (?:una |la )?demanda|(?:ir|iremos|voy a ir|vamos a ir) por la via (?:judicial|legal)|proceder "
            + "legalmente|(?:hablo|hablare|voy a hablar) con (?:un|mi) abogad[oa]|lo va a ver (?:un|mi) abogad[oa]|"
            + "ya tengo abogad[oa]|(?:les?|los) (?:voy a )?demand(?:o|ar|are)\\b|nos vemos en (?:el juzgado|los "
            + "tribunales)";
    private static final String PT = "(?:segue|seguimos|resolvemos isto|vamos resolver isto|vai) (?:para|em|pela|na) "
            + "(?:o )?(?:tribunal|justica|via judicial)|(?:avancar|avanco|vou avancar) com (?:um )?processo|(?:vou|"
            + "vamos) (?:processar|entrar na justica|abrir um processo|meter um processo)|nas maos (?:da minha|do "
            + "meu) advogad[oa]|(?:minha|meu) advogad[oa] (?:vai|ja tem|ira) (?:entrar em contacto|tratar|falar|"
            + "copia)";
    private static final String FR = "vous mettre en demeure|(?:vous allez|vous recevrez|vous aurez) (?:recevoir )?une mise en demeure|saisir (?:le |la )?(?:tribunal|"
            + "justice|juge)|(?:attaquer|poursuivre|attaque|attaquerai) en justice|(?:transmets|transmettre|"
            + "transmis|confie) (?:tout )?(?:le dossier |l affaire )?a (?:mon avocat|mon avocate|ma protection "
            + "juridique|mon assurance juridique)|prendre un avocat";
    private static final String DE = "an meine (?:rechtsschutzversicherung|anwaltin|anwalt) (?:\\w+ ){0,3}?(?:weiter\\w*|"
            + "ubergeben|gegeben|gemeldet)|rechtsschutzversicherung (?:zahlt|ubernimmt) das|(?:horen|hort) "
            + "(?:sie |ihr )?von meine[mr] (?:rechts)?anwalt(?:in)?|geht das an meinen (?:rechts)?anwalt|ubers "
            + "gericht|ich werde (?:sie |euch )?verklagen|(?:ich )?verklage (?:sie|euch)";
    private static final String IT = "diffida (?:formale )?(?:dal|del) mio (?:legale|avvocato)|mi rivolgo (?:a un|al "
            + "mio) (?:legale|avvocato)|tramite (?:il mio )?(?:avvocato|legale)|per vie legali|(?:vi )?faccio causa|"
            + "parlato con (?:l|il mio|un) avvocato (?:\\w+ ){0,12}?(?:aspetto|sentirete|vi chiamera)";
    private static final String NL = "rechtsbijstand(?:sverzekering)? (?:\\w+ ){0,3}?(?:ingeschakeld|op de hoogte|"
            + "ingelicht|laten oppakken|oppakken|procedure)|(?:u|jullie) (?:hoort|horen) (?:binnenkort )?van (?:hun|"
            + "mijn|onze) jurist|(?:u hoort|jullie horen) van mijn rechtsbijstand\\w*|juridische stappen";

    private LegalSteps() {
    }

    /** The announced court and counsel of a language. */
    static NamedPattern[] threats(String code) {
        return new NamedPattern[] {of("legal-step", PerLanguage.pick(code, "legal steps", EN, ES, PT, FR, DE, IT, NL))};
    }
}
