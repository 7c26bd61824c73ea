package dev.handover.scenario.lang;

/**
 * What makes an oath casual when no happy word stands beside it: the customer's own slip ("I totally forgot my
 * appointment", "ich hab den Termin verpeilt"), a bargain ("great price", "c'est pas cher") or buying on the spot
 * ("I'll take two", "ne prendo due"). "Shit, I forgot" is at oneself and "damn, what a price, I'll take three" is
 * delight; "shit, you forgot my order" names the business and stays angry. Praise counts when it admires the
 * result ("Scheiße, ist das schön geworden", "godsamme wat een uitzicht"), not when it could be sarcasm about
 * speed or service ("joder, qué rapidez"). Built from sets (any count, any slip
 * verb), searched over the whole message; only swearing and publicity, which are casual beside happy words, yield to
 * it, and only when the message makes no complaint.
 */
final class CasualOaths {

    private static final String EN_SLIP = "i (?:\\w+ ){0,2}?(?:forgot|had forgotten|overslept|slept in|mixed up|"
            + "got the (?:date|time|day) wrong)|my (?:bad|mistake|fault)|silly me";
    private static final String ES_SLIP = "(?:se me (?:\\w+ )?(?:olvido|paso|fue)|me (?:\\w+ )?olvide|me he (?:\\w+ )?"
            + "olvidado|me (?:quede dormid[oa]|dormi|confundi|equivoque)|culpa mia|fallo mio|error mio)";
    private static final String PT_SLIP = "(?:eu )?(?:me )?(?:\\w+ )?esqueci|(?:dormi demais|perdi a hora|me confundi|"
            + "me enganei|culpa minha|erro meu|foi mal)";
    private static final String FR_SLIP = "j (?:ai|avais) (?:\\w+ ){0,2}?oublie|(?:je me suis|j me suis) (?:\\w+ )?"
            + "(?:trompe\\w*|plante\\w*|endormi\\w*)|(?:c est )?ma faute|au temps pour moi|autant pour moi";
    private static final String DE_SLIP = "(?:ich )?(?:hab|habe) (?:\\w+ ){0,4}?(?:vergessen|verpeilt|verschlafen|"
            + "verschwitzt|verwechselt|verplant)|(?:mein fehler|meine schuld|sorry mein fehler)";
    private static final String IT_SLIP = "(?:mi sono|me so) (?:\\w+ ){0,2}?(?:dimenticat[oa]|scordat[oa]|"
            + "sbagliat[oa]|addormentat[oa])|(?:ho|avevo) (?:\\w+ ){0,2}?(?:dimenticato|scordato)|colpa mia|errore mio";
    private static final String NL_SLIP = "ik (?:ben|heb|had|was) (?:\\w+ ){0,4}?(?:vergeten|verslapen|vergist)|"
            + "(?:^|\\b(?:shit|kut|verdorie|oeps|oei|damn|fuck) )vergeten\\b|"
            + "(?:mijn fout|mijn schuld|stom van me|dom van me)";

    private static final String COUNT_EN = "(?:two|three|four|five|\\d+|both|one|a couple)";
    private static final String EN_BUY = "(?:good|great|amazing|brilliant|decent|fantastic) (?:price|deal)|bargain|"
            + "i ll (?:take|grab|get|have|order) " + COUNT_EN;
    private static final String ES_BUY = "(?:buen|buenisimo|gran|excelente) precio|precio (?:buenisimo|genial)|"
            + "(?:que|muy|super|tan|re) barat[oa]|ganga|chollo|me (?:llevo|quedo|pido) (?:dos|tres|cuatro|cinco|\\d+|"
            + "los dos|las dos|ambos)";
    private static final String PT_BUY = "(?:bom|otimo|excelente) preco|preco (?:bom|otimo|baixo)|(?:que|muito|super|"
            + "tao|bem) barat[oa]|pechincha|(?:vou levar|levo|vou pegar|vou comprar) (?:logo )?(?:duas|dois|tres|"
            + "quatro|cinco|\\d+|os dois|as duas)";
    private static final String FR_BUY = "(?:c est|vraiment|tellement|trop|si) pas cher|(?:bon|super|tres bon) prix|"
            + "(?:bonne|super) affaire|j en (?:prends|prendrai|achete|commande) (?:deux|trois|quatre|cinq|\\d+)";
    private static final String DE_BUY = "(?:so|echt|richtig|ist das|voll|super|wie) gunstig|(?:guter|super|top) "
            + "preis|schnappchen|(?:ich )?(?:nehm|nehme|bestell|bestelle) (?:\\w+ )?(?:zwei|drei|vier|funf|\\d+|"
            + "beide)";
    private static final String IT_BUY = "(?:buon|ottimo|bel) prezzo|(?:che|molto|super|cosi) (?:economic[oi]|"
            + "convenient[ei])|affare|(?:ne )?(?:prendo|compro|ordino|prendero) (?:subito )?(?:due|tre|quattro|cinque|"
            + "\\d+|entrambi)";
    private static final String NL_BUY = "(?:wat|echt|super) goedkoop|(?:goede|mooie|scherpe|top) prijs|koopje|"
            + "(?:doe|geef) (?:er |me )?(?:maar )?(?:twee|drie|vier|vijf|\\d+)\\b|ik (?:neem|koop|bestel) er "
            + "(?:\\w+ )?(?:twee|drie|vier|vijf|\\d+)";

    /** An oath inside praise itself, the way each language says something was great ("de puta madre"). */
    private static final String EN_PRAISE = "(?:good|tasty|fun|quick|fast) as (?:hell|fuck)|never (?:looked|felt|"
            + "been|tasted) (?:so|this) (?:good|smooth|great|clean|amazing|soft)|how (?:fast|quick|beautiful|cute|"
            + "gorgeous|lovely|stunning) (?:is|are|was|were)\\b|what an? (?:view|transformation|beauty|gorgeous|"
            + "stunning|lovely|beautiful|cute)\\b";
    private static final String ES_PRAISE = "de puta madre|(?:que|q|muy|re) ric[oa]|"
            + "(?:que|q|lo) (?:buen[oa]|ric[oa]) (?:que )?(?:esta|estaba|es)\\b|(?:la|el) mejor del "
            + "(?:barrio|mundo|pueblo)|(?:que|q) bien (?:ha|han|me|te|nos|os) (?:quedado|queda|salido)|"
            + "nunca (?:habia|ha|me habia) (?:estado|quedado|sentido) tan (?:bien|bonit[oa]|limpi[oa]|suave)|"
            + "(?:que|q) (?:vistas|preciosidad|maravilla|precios[oa]s?|monada)\\b|(?:me|nos) (?:ha|han|habeis) "
            + "dejado (?:\\w+ ){0,2}?(?:como )?(?:nuev[oa]s?|perfect[oa]s?)\\b";
    private static final String PT_PRAISE = "(?:bom|boa|gostos[oa]|lind[oa]|top|barat[oa]|rapid[oa]) (?:pra|para|pa) "
            + "caralho|(?:muito|mto|super) (?:bom|boa|gostos[oa])|"
            + "(?:como|que) (?:e|esta|estava) (?:bom|boa|gostos[oa])\\b|nunca (?:ficou|esteve|ficaram) tao (?:bom|boa|"
            + "lind[oa]s?|limp[oa]s?|macia?)|que (?:vista|maravilha|fofura|fof[oa]s?)\\b|(?:ficou|ficaram|"
            + "deixou|deixaram) (?:\\w+ ){0,2}?(?:como )?(?:nov[oa]s?|perfeit[oa]s?)\\b";
    private static final String FR_PRAISE = "(?:qu|que) c (?:etait|est) (?:trop |tellement |vraiment )?bon|"
            + "(?:qu|que) (?:il|elle) (?:est|etait) bon(?:ne)?\\b|"
            + "c (?:etait|est) (?:trop|tellement|vraiment) bon|jamais (?:ete|eu) (?:aussi|si) (?:bien|belle?|douce?|"
            + "propre)|quelle vue|(?:qu|que) (?:il|elle|ils|elles|c) (?:est|sont|etait|etaient) (?:beaux?|belles?|"
            + "mignon\\w*|magnifiques?)\\b|vous (?:etes|avez ete) (?:trop |super |vraiment |hyper )?rapides\\b";
    private static final String DE_PRAISE = "(?:verdammt|verflucht|scheiss|schei) (?:gut|lecker)|noch nie so (?:glatt|"
            + "gut|schon|weich|sauber|lecker|zufrieden)|(?:seid ihr|sind sie|bist du) (?:aber |echt |so )?(?:schnell|"
            + "fix|flott)\\b|(?:ist|sind) (?:das|die|der|es) (?:aber |so |echt )?(?:schon|hubsch|suss) geworden|was "
            + "fur ein (?:ausblick|blick|traum)\\b";
    private static final String IT_PRAISE = "buon[oa] da paura|(?:che|quanto) (?:e |sono |era |erano )?(?:buon[oa]|bell[oa])|"
            + "mai (?:stat[oa]|"
            + "avuto) cosi (?:bene|bell[oa]|liscia?|pulit[oa])|che (?:vista|meraviglia)\\b|(?:quanto|come) "
            + "(?:siete|sei) (?:veloci|veloce|rapidi|bravi)\\b|(?:che|quanto) (?:carin[oi]|dolc[ei])\\b";
    private static final String NL_PRAISE = "(?:echt |zo |super )?(?:lekker|goed) (?:zeg|joh|man)|nog nooit zo (?:glad|"
            + "goed|mooi|schoon|lekker)|wat (?:zijn|is|was|waren) (?:die |de |het |dat |ze )?(?:\\w+ )?(?:schattig|"
            + "prachtig|mooi|gaaf|lief)\\b|wat (?:zijn|waren) jullie snel\\b|wat een (?:uitzicht|plaatje|schatje|"
            + "schatjes|schoonheid)\\b";

    private CasualOaths() {
    }

    /** The casual contexts of a language: the customer's own slip, a bargain or a purchase, and praise. */
    static NamedPattern[] of(String code) {
        return new NamedPattern[] {
                NamedPattern.of("own-slip", PerLanguage.pick(code, "casual oaths", EN_SLIP, ES_SLIP, PT_SLIP, FR_SLIP,
                        DE_SLIP, IT_SLIP, NL_SLIP)),
                NamedPattern.of("bargain", PerLanguage.pick(code, "casual oaths", EN_BUY, ES_BUY, PT_BUY, FR_BUY,
                        DE_BUY, IT_BUY, NL_BUY)),
                NamedPattern.of("praise", PerLanguage.pick(code, "casual oaths", EN_PRAISE, ES_PRAISE, PT_PRAISE,
                        FR_PRAISE, DE_PRAISE, IT_PRAISE, NL_PRAISE))};
    }
}
