package dev.handover.scenario.lang;

import java.util.regex.Pattern;

/**
 * Bot replies that are answers although they say "no": a refusal for a stated policy reason that gives the customer
 * their own way ("for privacy reasons I can't share it, but you can request it in the portal"), and a flat "we don't
 * work with that insurer". The first overrides the phrases, the second only keeps the model quiet, since an admission
 * found by a phrase ("we don't offer that and I don't know who does") is still an admission. Seven languages, over
 * normalised text.
 */
public final class AnswerGuards {

    private static final Pattern POLICY = Pattern.compile("\\b(?:for (?:privacy|security|data protection|legal|"
            + "confidentiality) reasons|por (?:motivos|razones|razoes|questoes) de (?:privacidad|privacidade|seguridad|"
            + "seguranca|proteccion de datos|protecao de dados|confidencialidad|confidencialidade)|pour des raisons de "
            + "(?:confidentialite|securite|protection des donnees)|aus (?:datenschutz|sicherheits|rechtlichen) ?grunden"
            + "|aus grunden des datenschutzes|per (?:motivi|ragioni) di (?:privacy|sicurezza|riservatezza)|(?:om|"
            + "vanwege)"
            + " (?:privacy|veiligheids) ?redenen)\\b");
    // The way may be the customer's or the person concerned's own: "but the account holder can write to us".
    private static final Pattern OWN_WAY = Pattern.compile("\\b(?:but you can|you can however|pero (?:puedes|puede|"
            + "usted puede)|mas (?:voce |vc |tu )?(?:pode|podes|consegue)|mais vous pouvez|mais tu peux|aber sie konnen"
            + "|sie konnen (?:sie |es |das |ihn |diese )?aber|aber du kannst|ma (?:puoi|puo|potete)|maar (?:je|u) "
            + "(?:kunt|kan)|but (?:the (?:account holder|policyholder|person concerned|holder)|they) can|pero (?:el|"
            + "la) "
            + "(?:titular|interesad[oa]|persona interesada) puede|mas (?:o titular|a pessoa interessada|o interessado) "
            + "pode|mais (?:le titulaire|la personne concernee|l interesse|l interessee) peut|aber (?:der|die) "
            + "(?:kontoinhaber(?:in)?|inhaber(?:in)?|betroffene) kann|ma (?:il|la) (?:titolare|diretto interessato|"
            + "diretta interessata|persona interessata) puo|maar de (?:rekeninghouder|betrokkene|houder) kan)\\b");
    private static final Pattern WE_DO_NOT = Pattern.compile("\\b(?:we (?:do not|no longer) (?:work with|accept|offer"
            + "|sell|ship|deliver)|no (?:trabajamos|aceptamos|ofrecemos|vendemos|enviamos|admitimos)|nao"
            + " (?:trabalhamos|"
            + "aceitamos|oferecemos|vendemos|enviamos)|(?:nous ne|on ne) (?:travaillons|travaille|acceptons|accepte|"
            + "proposons|propose|vendons|vend|livrons|livre) pas|wir (?:arbeiten|akzeptieren|bieten|verkaufen|liefern)"
            + " (?:\\w+ ){0,3}?(?:nicht|kein\\w*)|non (?:lavoriamo|accettiamo|offriamo|vendiamo|spediamo)|we (?:werken|"
            + "accepteren|bieden|verkopen|leveren) (?:\\w+ ){0,3}?(?:niet|geen))\\b");

    private AnswerGuards() {
    }

    /** A refusal for a policy reason that shows the customer's own way: an answer, whatever phrase it holds. */
    public static boolean policyWithOwnWay(String normalized) {
        return POLICY.matcher(normalized).find() && OWN_WAY.matcher(normalized).find();
    }

    /** The business does not work with, offer or sell the thing: a negative answer the model must not read. */
    public static boolean weDoNot(String normalized) {
        return WE_DO_NOT.matcher(normalized).find();
    }
}
