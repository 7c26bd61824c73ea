package dev.handover.scenario.lang;

import java.util.List;

/**
 * A repeat that is no exasperation at the business: the customer telling someone else ("gli ho spiegato che è già
 * stata restituita", "I told my husband it was already paid", "je lui ai déjà dit"), or noting what they already
 * sent inside a civil request ("il modulo CAI, che vi ho già mandato due volte. Vi chiedo di verificare la pratica",
 * "which I have already sent twice. I would ask you to check the file"). The first is left out wherever it stands;
 * the second only beside a formal request and with no question or exclamation mark in the message, since "vi ho già
 * mandato il modulo due volte, ma li leggete i messaggi?" and "I've sent it twice already!!" are the business
 * ignoring the customer. Over normalised text.
 */
public final class RelayedRepeats {

    private static final String EN_TOLD = "i (?:have |ve |had )?(?:already )?(?:told|explained to|reminded) "
            + "(?:him|her|them|my (?:\\w+ )?(?:husband|wife|partner|boss|mum|mom|dad|son|daughter|neighbou?r|friend"
            + "|colleague))\\b";
    private static final String ES_TOLD = "(?:a mi|al|a la) \\w+ (?:ya )?le (?:he )?(?:dije|explique|dicho"
            + "|explicado)|ya se lo (?:dije|explique|he dicho|he explicado) a (?:mi|el|la) \\w+";
    private static final String PT_TOLD = "(?:ja )?(?:disse|expliquei|falei) (?:pra|para|a|ao|a minha|ao meu) "
            + "(?:ele|ela|eles|elas|minha \\w+|meu \\w+|sogr[oa]|marido|esposa|mulher|chefe)\\b|(?:ja )?(?:lhe|lhes) "
            + "expliquei";
    private static final String FR_TOLD = "je (?:lui|leur) ai (?:deja |bien )?(?:dit|explique|ecrit|repete|rappele)";
    private static final String DE_TOLD = "(?:ich hab|ich habe|hab ich|habe ich) (?:ihm|ihr|meinem \\w+|meiner \\w+)"
            + " (?:schon |doch |bereits )?(?:gesagt|erklart|geschrieben)";
    private static final String IT_TOLD = "(?:gli|le) ho (?:gia )?(?:detto|spiegato|scritto|ripetuto)|(?:gliel|glielo)"
            + " ho (?:gia )?(?:detto|spiegato)";
    private static final String NL_TOLD = "(?:ik heb|heb ik) (?:hem|haar|ze|mijn \\w+) (?:al |toch al )?(?:gezegd"
            + "|uitgelegd|verteld)";

    private static final String EN_SENT = "(?:which |that )?i (?:have |ve )?already (?:sent|provided|submitted"
            + "|emailed|supplied|uploaded)(?: (?:\\w+ ){0,4}?(?:twice|two times|three times|\\d+ times))?";
    private static final String ES_SENT = "(?:que )?ya (?:os |les )?(?:he|hemos) (?:enviado|mandado|facilitado"
            + "|aportado|entregado)(?: (?:\\w+ ){0,4}?(?:dos|tres|\\d+|varias) veces)?";
    private static final String PT_SENT = "(?:que )?(?:ja )?(?:vos |lhes |lhe )?(?:enviei|mandei|entreguei|forneci)"
            + "(?: (?:\\w+ ){0,4}?(?:duas|tres|\\d+|varias) vezes)";
    private static final String FR_SENT = "(?:que )?je vous ai deja (?:envoye|transmis|fourni|adresse)\\w*"
            + "(?: (?:\\w+ ){0,4}?(?:deux|trois|\\d+|plusieurs) fois)?";
    private static final String DE_SENT = "(?:die |das |den )?(?:ich|wir) (?:ihnen |euch )?(?:bereits|schon) "
            + "(?:\\w+ ){0,3}?(?:zweimal|dreimal|mehrfach|mehrmals) (?:geschickt|gesendet|ubermittelt|eingereicht"
            + "|zugeschickt)(?: habe| haben)?";
    private static final String IT_SENT = "(?:che )?(?:ve l |vi |l )?(?:ho|abbiamo) gia (?:mandat[oaie]"
            + "|inviat[oaie]|spedit[oaie]|trasmess[oaie]|fornit[oaie])(?: (?:\\w+ ){0,4}?(?:due|tre|\\d+|piu"
            + "|diverse) volte)?";
    private static final String NL_SENT = "(?:die |dat )?(?:ik|wij|we) (?:u |jullie )?al (?:\\w+ ){0,3}?(?:twee|drie"
            + "|\\d+) keer (?:heb|hebben) (?:gestuurd|opgestuurd|gemaild|doorgestuurd)";

    private static final String EN_ASK = "i would (?:ask|be grateful)|i kindly ask|could you kindly|i d be grateful"
            + "|please (?:check|verify|confirm|look into|review)";
    private static final String ES_ASK = "(?:les|os) (?:ruego|pido|solicito|agradeceria) (?:\\w+ )?que"
            + "|por favor (?:revisen|comprueben|verifiquen|confirmen)";
    private static final String PT_ASK = "(?:peco|solicito|agradeco|agradecia) (?:\\w+ )?(?:que|se)"
            + "|por favor (?:verifiquem|confirmem|revejam)";
    private static final String FR_ASK = "je vous (?:prie|demande|serais reconnaissante?) (?:\\w+ )?d(?:e|u)?"
            + "|merci de (?:bien vouloir|verifier|confirmer)|pourriez vous (?:verifier|confirmer)";
    private static final String DE_ASK = "ich bitte (?:sie|euch)|bitte (?:prufen|bestatigen|uberprufen) sie"
            + "|ich ware (?:ihnen|euch) dankbar";
    private static final String IT_ASK = "vi (?:chiedo|prego) (?:\\w+ )?di|chiedo (?:cortesemente|gentilmente) di"
            + "|vi sarei grat[oa]";
    private static final String NL_ASK = "ik verzoek (?:u|jullie)|wilt u (?:\\w+ ){0,3}?(?:controleren|nagaan"
            + "|bevestigen)";

    private RelayedRepeats() {
    }

    /** Telling someone other than the business, left out wherever it stands. */
    public static List<NamedPattern> told(String code) {
        return List.of(NamedPattern.of("told", PerLanguage.pick(code, "relayed telling", EN_TOLD, ES_TOLD, PT_TOLD,
                FR_TOLD, DE_TOLD, IT_TOLD, NL_TOLD)));
    }

    /** What the customer already sent, left out only inside a civil request ({@link #asks}). */
    public static List<NamedPattern> sent(String code) {
        return List.of(NamedPattern.of("sent", PerLanguage.pick(code, "sent before", EN_SENT, ES_SENT, PT_SENT,
                FR_SENT, DE_SENT, IT_SENT, NL_SENT)));
    }

    /** A formal request to the business. */
    public static List<NamedPattern> asks(String code) {
        return List.of(NamedPattern.of("ask", PerLanguage.pick(code, "civil asks", EN_ASK, ES_ASK, PT_ASK, FR_ASK,
                DE_ASK, IT_ASK, NL_ASK)));
    }
}
