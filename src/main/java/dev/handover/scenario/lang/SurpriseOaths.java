package dev.handover.scenario.lang;

/**
 * What makes an oath surprise or delight rather than anger, beside {@link CasualOaths} and {@link GoodNewsOaths}: a
 * price lower than feared ("bloody hell, that cheap? sign me up", "bordel, deux fois moins cher"), a result that
 * amazes ("qué pasada", "a internet nova tá voando", "non pensavo che andasse così forte"), a prize won ("foda-se,
 * ganhei o sorteio"), a thing arrived early ("Heilige Scheiße, das Sofa ist ja schon da"), fun had or a driver
 * praised ("chapeau au chauffeur") and the customer's own mishap with a key, a card or a password ("shit, ik heb
 * mijn sleutels laten liggen", "potverdorie, wachtwoord alweer vergeten", "merde, j'ai raté mon code"). Each
 * wording puts the customer or the good thing first: "fucking useless, where is my refund", "you lost my keys" and
 * "merde, encore en panne" name the business or its fault and stay angry; only swearing and publicity yield, and
 * only when the message makes no complaint.
 */
final class SurpriseOaths {

    private static final String OWN_THINGS_EN = "(?:keys|key|phone|wallet|purse|bag|card|badge|jacket|coat|umbrella|"
            + "fob|password|pin)";

    private static final String EN = "(?<!not |n t )(?:that|so) cheap|sign me up|count me in|i (?:\\w+ )?(?:left|"
            + "lost|dropped|forgot) my (?:\\w+ ){0,2}?" + OWN_THINGS_EN + "\\b|i locked myself out|(?:is|s|are) (?:only|just) (?:\\w+ )?(?:days|weeks) away|(?:forgot|"
            + "forgotten) my (?:password|pin)|what a (?:result|bargain)\\b";
    private static final String ES = "(?:que|q) pasada|(?:que|q) precio (?:tan |mas )?(?:bueno|barato|bajo)|"
            + "(?:he ganado|gane|hemos ganado) (?:el|la|un|una) (?:sorteo|premio|concurso|rifa)|(?:me he dejado|"
            + "me deje|he perdido|perdi) (?:las llaves|la llave|la cartera|el movil|la tarjeta|el carnet|el abono)|"
            + "(?:que|q) (?:gozada|maravilla|chulada)\\b";
    private static final String PT = "(?:ta|esta|tá) voando|(?:ganhei|ganhamos) (?:o|a|um|uma) (?:sorteio|premio|"
            + "concurso|rifa|promocao)|(?:esqueci|perdi|deixei) (?:a|o|as|os|minha|meu|minhas|meus) (?:chaves?|"
            + "carteira|celular|cartao|bolsa|senha)\\b|que (?:rapidez|velocidade)|mais barat[oa] (?:do )?que (?:na|"
            + "no|a|o) (?:minha|meu) antig[oa]";
    private static final String FR = "(?:deux fois |bien |beaucoup |"
            + "vachement )?moins cher (?:\\w+ )?que (?:chez )?(?:mon|ma|mes) (?:ancien|ancienne|precedent|"
            + "precedente)|chapeau (?:au|a la|aux|a|bas)\\b|comme un chef|j ai (?:encore |deja )?(?:perdu|egare|"
            + "paume|oublie|casse) (?:mon|ma|mes) (?:badge|cle|cles|carte|telephone|portable|code|mot de passe|sac|"
            + "veste|parapluie)\\b|j ai (?:\\w+ )?(?:rate|mal tape|mal saisi) (?:mon|le) code|j ai gagne";
    private static final String DE = "(?:ist|sind) (?:ja |schon |tatsachlich |wirklich )+da\\b|(?:hat|hatte|hatten|"
            + "haben) (?:\\w+ ){0,4}?(?:spaß|spass) gehabt|(?:ich hab|hab ich|ich habe|hab|habe) (?:\\w+ ){0,3}?(?:schlussel|"
            + "karte|handy|passwort|geldbeutel) (?:\\w+ ){0,3}?(?:vergessen|verloren|liegen lassen|verlegt)|(?:viel|"
            + "deutlich) (?:billiger|gunstiger) als (?:bei )?(?:mein|meine|meinem|meiner) (?:alte|alten|bisherige|"
            + "bisherigen|fruhere|fruheren)|(?:ist|sind) ja (?:schon|erst) (?:in (?:\\w+ )?(?:tagen|wochen)"
            + "|nachste woche|ubermorgen|morgen)";
    private static final String IT = "non (?:pensavo|credevo|immaginavo) che (?:\\w+ ){0,8}?(?:cosi|tanto) (?:forte|"
            + "veloce|bene|bell[oa]|buon[oa]|economic[oa])|(?:ho|abbiamo) vinto|(?:ho|avevo) (?:perso|lasciato|"
            + "dimenticato) (?:le chiavi|la chiave|il portafoglio|il telefono|la tessera|il badge|la password)|"
            + "(?:vola|va a mille)\\b";
    private static final String NL = "(?:ik heb|heb ik) (?:\\w+ ){0,5}?(?:laten liggen|laten staan|verloren|"
            + "kwijt)\\b|ik ben (?:\\w+ ){0,3}?kwijt\\b|(?:^|\\b(?:shit|kut|verdorie|potverdorie|verdomme|"
            + "godverdorie|oeps|oei|damn|fuck) )(?:(?!jullie|je|u|ze|hij|zij)\\w+ ){0,2}?(?:alweer |"
            + "weer )?vergeten\\b";

    private SurpriseOaths() {
    }

    /** The surprise or delight of a language that makes an oath beside it casual. */
    static NamedPattern[] of(String code) {
        return new NamedPattern[] {NamedPattern.of("surprise", PerLanguage.pick(code, "surprise oaths", EN, ES, PT,
                FR, DE, IT, NL))};
    }
}
