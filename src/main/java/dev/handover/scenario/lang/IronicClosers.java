package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Sarcasm that tells of a failure, then signs off with a title of praise as the message's last words ("me cambiáis el
 * vuelo sin avisar. Sois unos cracks, de verdad", "toujours pas raccordés. Champions du monde", "perderam a minha
 * reserva. Serviço nota 10"). Both halves are needed: the titles alone close real thanks ("ya funciona, sois unos
 * cracks", "deixou tudo limpinho, nota 10"), and a failure alone is a complaint. Written for Spanish, Portuguese,
 * French and Italian from fresh11. Appended to the insults: not negatable, and not casual beside the happy words, which
 * are the sarcasm.
 */
final class IronicClosers {

    /** What went wrong, then the closing title of praise. */
    private record Words(String failure, String closer) {
    }

    private static final Words ES = new Words("(?:sin avisar|sin (?:ningun )?aviso|sin tocar|ya vamos por|ninguno|"
            + "ninguna|nadie|otra vez|no funciona|retrasad[oa]|cancelad[oa]|anulad[oa]|me anulan|me bloquean|"
            + "bloquead[oa]|equivocad[oa]|rot[oa]|cobrad[oa]|cobrais|cobran|perdid[oa]|perdeis|olvidad[oa]|se "
            + "dejan|justo (?:el|la|cuando))", "(?:(?:sois|son|unos|menudos|vaya) (?:unos )?(?:cracks|genios|"
            + "artistas|fenomenos|maquinas)|enhorabuena al \\w+(?: \\w+)?|(?:mil|muchas) gracias por (?:cuidarme|"
            + "cuidarnos|preocuparos|preocuparse|pensar en mi) tanto|que profesionalidad|que profesionales)"
            + "(?: (?:de verdad|eh|enhorabuena|eh|oye))*");
    private static final Words PT = new Words("(?:perder|perderam|perdeu|cobrar|cobraram|cobrando|pagando|nao abre|"
            + "nao funciona|sem aviso|sem avisar|cancelad[oa]|atrasad[oa]|caiu|mais um|mais uma|de novo|errad[oa]|"
            + "ninguem|esperar)", "(?:(?:servico|atendimento) (?:nota (?:10|dez|mil)|top|cinco estrelas|de "
            + "primeira)|nota (?:10|dez) (?:pra|para) voces|obrigadao|que profissionais|que profissionalismo)"
            + "(?: (?:hein|mesmo|viu|ein))*");
    private static final Words FR = new Words("(?:toujours pas|annule|annulee|annuler|oublie|oubliee|arrive a|en "
            + "retard|raccroche|raccrocher|jamais|aucun|aucune|personne|repart|reparti|casse|perdu|perdue)",
            "(?:champions? du monde|quel(?:le)? (?:professionnalisme|respect|efficacite|serieux)|(?:de )?(?:vrais|"
                    + "quels) (?:pros|professionnels|champions))(?: (?:vraiment|bravo|hein))*");
    private static final Words IT = new Words("(?:sbagliat[oaie]|ancora|ennesim[oa]|da (?:\\w+ )?(?:giorni|settimane"
            + "|mesi)|tiepid[oaie]|rott[oaie]|mai|nessuno|non funziona|in ritardo|annullat[oaie]|pers[oaie])",
            "(?:(?:che|davvero dei|proprio dei|dei veri|veri) (?:professionisti|fenomeni|geni)|bravi|bravissimi)"
                    + "(?: (?:davvero|eh|complimenti))*");

    private IronicClosers() {
    }

    /** The ironic closers of a language; none for English, German and Dutch. */
    static NamedPattern[] insults(String code) {
        Words words = PerLanguage.pick(code, "ironic closers", null, ES, PT, FR, null, IT, null);
        return words == null ? new NamedPattern[0] : new NamedPattern[] {of("ironic-closer",
                words.failure + "\\b(?: \\w+){0,25}? " + words.closer + "$")};
    }
}
