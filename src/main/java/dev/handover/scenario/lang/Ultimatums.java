package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Ultimatums whose consequence is a cancellation said in the present tense, in the three shapes each language's own "if
 * not ... I will" phrase left out: either-or ("o me arregláis la caldera o rescindo el contrato", "entweder ihr schickt
 * jemanden oder ich kündige"), one more failure ("noch eine Absage und ich kündige", "one more cancelled class and I
 * cancel my membership") and if-not-fixed ("si el jueves no está arreglado cancelo el seguro"). Built from sets so that
 * any failure and any contract are covered; the consequence must name what is cancelled and it must be a contract, a
 * subscription or "everything", since "o el martes o el jueves" and "if it's not convenient I cancel the appointment
 * and rebook" are calm. Where "or" is also "whether" or begins a choice ("o", "ou", "of"), the either-or shape must
 * open the message or follow a "so"/"look"; "one more question" is no failure, and "if it's not fixed by Friday, can I
 * cancel my contract?" asks. Appended to each language's threats.
 */
final class Ultimatums {

    /**
     * One language's sets as regex fragments over normalised text.
     *
     * @param cancel the first person cancelling a contract, a subscription or everything
     * @param eitherOr the opening of an either-or up to its second "or"
     * @param oneMore "one more" and a failure, up to the "and"
     * @param unfixed "if ... not fixed", up to the consequence
     */
    private record Words(String cancel, String eitherOr, String oneMore, String unfixed) {
    }

    private static final String WORDS = "(?:\\w+ ){1,14}?";
    private static final String FEW = "(?:\\w+ ){0,3}?";
    private static final String GAP = "(?: \\w+){0,5}? ";

    private static final Words EN = new Words(
            "(?<!can |could |may |should |do |would |shall )i (?:ll |will |am going to |m going to |m |am )?"
                    + "(?:cancel|cancelling|canceling|terminate|terminating|end|close|quit) (?:\\w+ ){0,4}?(?:contract|"
                    + "membership|subscription|account|plan|policy|insurance|direct debit|everything|lot)",
            "either " + WORDS + "or ",
            "one more (?!thing|question|step|detail|favou?r)" + FEW + "(?:and|then) ",
            "if (?:\\w+ ){0,6}?(?:not|isn t|isnt|aren t|hasn t|haven t|never) (?:\\w+ ){0,2}?(?:fixed|sorted|resolved"
                    + "|repaired|solved)" + GAP);
    private static final Words ES = new Words(
            "(?:(?:cancelo|rescindo|anulo|cancelare|rescindire|anulare|voy a cancelar|voy a rescindir) (?:\\w+ ){0,2}?"
                    + "(?:contrato|suscripcion|abono|membresia|cuenta|seguro|poliza|plan|matricula|todo)|me doy de "
                    + "baja|me borro)",
            "(?:^|\\b(?:pues|asi que|vale|mira|mire|mirad|bueno) )o " + WORDS + "o ",
            "(?:una?|otr[oa]) (?!cosa|pregunta|duda|detalle)" + FEW + "mas y |otr[oa] (?!cosa|pregunta|duda)\\w+ y ",
            "si (?:\\w+ ){0,6}?no (?:\\w+ ){0,2}?(?:solucionad|arreglad|resuelt|reparad)\\w*" + GAP);
    private static final Words PT = new Words(
            "(?:cancelo|rescindo|cancelarei|vou cancelar|vou rescindir) (?:\\w+ ){0,2}?(?:contrato|assinatura|plano|"
                    + "conta|seguro|matricula|tudo)",
            "(?:^|\\b(?:entao|pois|olha|olhem|bom) )ou " + WORDS + "ou ",
            "(?:mais (?:uma?|um)|(?:outra|outro)) (?!coisa|pergunta|duvida|detalhe)" + FEW + "e ",
            "se (?:\\w+ ){0,6}?nao (?:\\w+ ){0,2}?(?:resolvid|consertad|arrumad|reparad)\\w*" + GAP);
    private static final Words FR = new Words(
            "je (?:(?:resilie|resilierai|vais resilier|annule|annulerai|vais annuler) (?:\\w+ ){0,2}?(?:contrat|"
                    + "abonnement|compte|assurance|forfait|adhesion|inscription|tout)|me desabonne|me desinscris)",
            "soit " + WORDS + "soit |(?:^|\\b(?:alors|donc|bon|ecoutez) )ou " + WORDS + "ou ",
            "(?:encore une?|une? \\w+ de plus) (?!chose|question|detail)" + FEW + "et ",
            "si (?:\\w+ ){0,6}?(?:pas|plus) (?:\\w+ ){0,2}?(?:repare|regle|resolu)\\w*" + GAP);
    private static final Words DE = new Words(
            "(?:ich )?(?:kundige|storniere|beende) (?:ich )?(?:\\w+ ){0,2}?(?:vertrag|abo|abonnement|mitgliedschaft|"
                    + "konto|versicherung|kurs|alles)",
            "entweder " + WORDS + "oder ",
            "noch (?:ein|eine|einen|so ein|so eine) (?!frage|sache|ding|kleinigkeit)" + FEW + "und ",
            "wenn (?:\\w+ ){0,6}?nicht (?:\\w+ ){0,2}?(?:repariert|behoben|gelost|erledigt)\\w*" + GAP);
    private static final Words IT = new Words(
            "(?:disdico|disdiro|annullo|cancello|rescindo|recedo) (?:\\w+ ){0,2}?(?:contratto|abbonamento|iscrizione|"
                    + "account|assicurazione|polizza|tutto)",
            "(?:^|\\b(?:allora|quindi|guardate|senta|ok) )o " + WORDS + "o ",
            "(?:ancora una?|ancora un|un altr[oa]) (?!cosa|domanda|dubbio)" + FEW + "e ",
            "se (?:\\w+ ){0,6}?non (?:\\w+ ){0,2}?(?:sistemat|risolt|riparat|aggiustat)\\w*" + GAP);
    private static final Words NL = new Words(
            "(?:ik )?(?:zeg|beeindig|stop|annuleer) (?:ik )?(?:\\w+ ){0,2}?\\w*(?:contract|abonnement|lidmaatschap|"
                    + "verzekering|account|plan)(?: op)?",
            "ofwel " + WORDS + "ofwel |(?:^|\\b(?:dus|nou|ok) )of " + WORDS + "of ",
            "nog (?:een|1|zo n) (?:keer |maal )?(?!vraag|ding|vraagje|dingetje)" + FEW + "en ",
            "als (?:\\w+ ){0,6}?niet (?:\\w+ ){0,2}?(?:gerepareerd|opgelost|gemaakt|geregeld)" + GAP);

    private Ultimatums() {
    }

    /** The present-tense ultimatums of a language. */
    static NamedPattern[] threats(String code) {
        Words words = PerLanguage.pick(code, "ultimatums", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                of("either-or", "(?:" + words.eitherOr + ")" + words.cancel),
                of("one-more", "(?:" + words.oneMore + ")" + words.cancel),
                of("unfixed", "(?:" + words.unfixed + ")" + words.cancel)
        };
    }
}
