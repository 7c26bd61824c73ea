package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Going public with a sting: a post or a video on a network announced together with what it will show or a taunt
 * ("voy a subir los vídeos a TikTok, a ver qué os parece", "je vais faire un thread sur X avec les captures, vous
 * allez voir"); the case sent to a newspaper, a consumer programme or a regulator by name; a review announced as
 * ugly ("não vai ser bonita", "préparez-vous à une note de 1/5"). A post alone is as often a fan's ("I'll post my
 * cake on Instagram"), so the taunt or the evidence must come with it. Written for Spanish, Portuguese, French and
 * Italian from fresh11. The paper and the review are threats, which happy words ("belle note") do not excuse.
 */
final class PointedExposure {

    /** A post verb, a network, then within a few words the taunt or the evidence. */
    private record Words(String post, String network, String sting, String outlet, String uglyReview) {
    }

    private static final Words ES = new Words("(?:subir|subo|subire|publicar|publico|publicare|colgar|cuelgo|hacer|"
            + "hago|hare|grabar)", "(?:tiktok|instagram|twitter|x|facebook|youtube|redes)", "(?:a ver (?:que|si)|"
            + "vereis|veran|que vea|que vean|como (?:me |nos )?(?:tratais|tratan|trataron|atendeis|atienden)|con "
            + "(?:las |los |todas las |todos los )?(?:capturas|fotos|videos|pruebas)|os etiqueto|les etiqueto)",
            "(?:(?:mando|envio|mandare|enviare|paso|llevo|llevare)(?: \\w+){0,5}? a (?:la seccion de consumo|la "
                    + "prensa|la radio|la tele|la television|los medios)|(?:llamar|llamo|llamare|escribir|escribo|"
                    + "escribire) al programa de (?:consumo|la tele|television|radio))",
            "(?:resena|opinion|valoracion)(?: \\w+){0,8}? (?:no (?:va a ser|sera) (?:nada )?(?:bonita|agradable|"
                    + "buena|positiva))");
    private static final Words PT = new Words("(?:fazer|faco|farei|vou fazer|postar|posto|publicar|publico|"
            + "gravar)", "(?:tiktok|instagram|twitter|x|facebook|youtube|redes)", "(?:vao ver|a mostrar como|"
            + "mostrando como|pra mostrar como|para mostrar como|como (?:me |nos )?(?:trataram|tratam|atenderam)|"
            + "com (?:os )?prints|com (?:as )?(?:fotos|provas|capturas)|vou marcar voces)",
            "(?:enviar|mandar|envio|mando|enviarei|mandarei|levar)(?: \\w+){0,4}? para (?:o |a )?(?:correio da "
                    + "manha|tvi|sic|rtp|cmtv|imprensa|jornal|televisao|reclame aqui|globo)|(?:queixa|reclamacao) "
                    + "(?:a|na|junto da) entidade reguladora|(?:a|na) entidade reguladora da saude",
            "(?:avaliacao|review|comentario|opiniao)(?: \\w+){0,8}? (?:nao (?:vai ser|sera) (?:nada )?(?:bonit[oa]|"
                    + "agradavel|simpatic[oa]|positiv[oa]))");
    private static final Words FR = new Words("(?:faire|fais|ferai|poster|poste|posterai|publier|publie|publierai|"
            + "mettre|balancer)", "(?:tiktok|instagram|twitter|x|facebook|youtube|les reseaux)", "(?:vous allez voir|"
            + "on verra si|on va voir|(?:avec|et) (?:toutes )?(?:les |des )?(?:captures|screens|photos|preuves)|"
            + "comment vous (?:traitez|bossez|travaillez))",
            "(?:signalement|signale|signaler)(?: \\w+){0,2}? (?:sur|a) signalconso|(?:j ecris|je vais ecrire|"
                    + "j envoie|je vais envoyer|je transmets)(?: \\w+){0,5}? (?:a l arcep|a 60 millions|a on n est "
                    + "pas des pigeons|a la dgccrf|a que choisir)|on n est pas des pigeons",
            "(?:preparez vous a|attendez vous a) (?:\\w+ ){0,3}?(?:note|avis|etoile)|(?:tout le quartier|toute la "
                    + "ville|tout le village) va savoir comment vous");
    private static final Words IT = new Words("(?:faccio|faro|fare|postare|posto|pubblico|pubblichero|mettere|"
            + "metto)", "(?:tiktok|instagram|twitter|x|facebook|youtube|social)", "(?:vi taggo|vediamo (?:che|se|"
            + "cosa)|vedrete|con (?:le |tutte le )?(?:foto|prove|screenshot|catture)|come (?:mi |ci )?(?:trattate|"
            + "avete trattato))",
            "(?:scrivo|scrivero|mando|mandero|segnalo|segnalero|chiamo)(?: \\w+){0,2}? a (?:striscia la notizia|"
                    + "le iene|mi manda rai ?tre|altroconsumo|report)",
            "(?:recensione|valutazione|opinione)(?: \\w+){0,8}? (?:non (?:sara|vi piacera) (?:per niente )?"
                    + "(?:bella|positiva|piacevole))");

    private PointedExposure() {
    }

    /** The outlets and the ugly reviews of a language; none for English, German and Dutch. */
    static NamedPattern[] threats(String code) {
        Words words = forLanguage(code);
        return words == null ? new NamedPattern[0]
                : new NamedPattern[] {of("outlet", words.outlet), of("ugly-review", words.uglyReview)};
    }

    /**
     * The stinging posts of a language: publicity, after {@link ExposureThreats}' plain posts, which name fewer
     * networks; beside happy words a post with photos is a fan's.
     */
    static NamedPattern[] publicity(String code) {
        Words words = forLanguage(code);
        return words == null ? new NamedPattern[0] : new NamedPattern[] {of("stinging-post", words.post
                + "(?: \\w+){0,8}? (?:en|a|no|na|sur|su|on|in) (?:\\w+ )?" + words.network + "\\b(?: \\w+){0,10}? "
                + words.sting)};
    }

    private static Words forLanguage(String code) {
        return PerLanguage.pick(code, "pointed exposure", null, ES, PT, FR, null, IT, null);
    }
}
