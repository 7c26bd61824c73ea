package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * The case taken to a body with power over the business, named as natives name it: a regulator, an ombudsman, a
 * consumer office, a court or a consumer programme ("Ich melde das der BaFin", "Ik ga dit melden bij de FOD Economie",
 * "Vou mandar o vídeo pro Fantástico", "ya presenté la queja ante la CONDUSEF"). The body must follow a verb of
 * reporting, complaining, filing or sending, or a complaint already lodged with it, since the name alone is calm ("I
 * saw you on Fantástico, congratulations!", "is your bank covered by the BaFin?", "I work at Ofcom"). Appended to
 * each language's threats. A review said to warn others ("je vais laisser un avis sur Trustpilot pour prévenir les
 * autres") is one too; asking whether one may leave a review is not.
 */
final class Watchdogs {

    /** Reporting or taking something to, the bodies, a complaint lodged with them, a review to warn others. */
    private record Words(String report, String body, String lodged, String warnOthers) {
    }

    private static final String GAP = "(?:\\w+ ){0,10}?";

    private static final Words EN = new Words(
            "(?:report|reporting|reported|complain|complaining|complaint|complaints|escalate|escalating|going|go|"
                    + "filing|file|filed|raising|raise|send|sending|take|taking) " + GAP + "(?:to|with) (?:the )?",
            "(?:ofcom|ofgem|ofwat|fca|financial ombudsman|ombudsman|trading standards|citizens advice|cqc|rcvs|gmc|"
                    + "ftc|bbb|better business bureau|attorney general|cma|watchdog|small claims court|dvsa|abta)",
            "(?:this is going to|reported to|filing with) (?:the )?(?:ofcom|ofgem|ofwat|fca|cqc|rcvs|ftc|bbb|"
                    + "ombudsman|trading standards)",
            "(?:review|reviews|rating|post) (?:\\w+ ){0,10}?(?:to warn|warning) (?:other|others|people|everyone|anyone)");
    private static final Words ES = new Words(
            "(?:denunciar|denuncio|denunciare|denuncia|reclamar|reclamo|reclamare|reclamacion|queja|quejarme|"
                    + "acudir|acudo|acudire|voy|ire|presento|presentare|presente|poner|pongo|llevar|llevo|mandar|"
                    + "mando|enviar|envio) " + GAP + "(?:a la|al|a|ante la|ante el|ante|en la|en el|en|con la|con)",
            "(?:omic|oficina (?:municipal )?(?:del|de informacion al) consumidor|facua|ocu|condusef|profeco|banco de "
                    + "espana|cnmc|defensor del pueblo|sernac|defensa del consumidor|juzgado|consumo|aesa|"
                    + "telecinco|antena 3)",
            "(?:queja|denuncia|reclamacion) (?:\\w+ ){0,2}?(?:ante|en) (?:la |el )?(?:condusef|profeco|omic|consumo|"
                    + "facua|ocu|sernac)",
            "(?:resena|opinion|valoracion|comentario) (?:\\w+ ){0,10}?para (?:avisar|advertir|alertar) a (?:otros|los "
                    + "demas|la gente|todo el mundo)");
    private static final Words PT = new Words(
            "(?:vou|denunciar|denuncio|reclamar|reclamo|reclamacao|queixa|abrir|abro|registrar|registro|fazer|faco|"
                    + "levar|levo|mandar|mando|enviar|envio|ir|apresentar|apresento) " + GAP + "(?:no|na|ao|a|pro|pra|"
                    + "para o|para a|junto da|junto do|ante o|ante a)",
            "(?:procon|reclame aqui|deco|asae|anatel|aneel|ans|bacen|banco central|banco de portugal|anacom|erse|"
                    + "livro de reclamacoes|portal da queixa|consumidor gov|juizado|ministerio publico|fantastico|"
                    + "reporter record|jornal nacional|balanca geral)",
            "(?:tenho|tenho la) um (?:contacto|contato|conhecido|amigo|amiga) (?:no|na) (?:\\w+ ){0,3}?(?:correio da "
                    + "manha|cmtv|tvi|sic|rtp|globo|record|jornal|folha|expresso|publico) (?:\\w+ ){0,14}?(?:noticia|"
                    + "reportagem|materia|historia)",
            "(?:avaliacao|review|comentario|opiniao|reclamacao) (?:\\w+ ){0,10}?(?:para|pra) (?:alertar|avisar) (?:os "
                    + "outros|outras pessoas|as pessoas|todo mundo|toda a gente)");
    private static final Words FR = new Words(
            "(?:signaler|signale|signalerai|saisir|saisis|saisirai|plainte|reclamation|ecrire|ecris|ecrirai|"
                    + "envoyer|envoie|enverrai|porter|porte) " + GAP + "(?:a la|au|aux|a l|a|aupres de la|"
                    + "aupres du|aupres de l|le|la|l)",
            "(?:dgccrf|ufc que choisir|que choisir|60 millions de consommateurs|mediateur|signal conso|arcep|cnil|"
                    + "acpr|banque de france|office de la protection du consommateur|ordre des medecins|conciliateur|"
                    + "service de mediation|tribunal|prud hommes|commission departementale de conciliation)",
            "plainte (?:deposee )?(?:a|aupres de) l office de la protection du consommateur",
            "(?:avis|commentaire|note) (?:\\w+ ){0,10}?pour (?:prevenir|avertir|alerter|mettre en garde) (?:les autres|"
                    + "d autres|tout le monde|les gens)");
    private static final Words DE = new Words(
            "(?:mich|melde|melden|meldung|beschwere|beschweren|beschwerde|schalte|schalten|wende|wenden|gehe|geh|gehen|"
                    + "schicke|schreibe|reiche) " + GAP + "(?:bei der|bei dem|beim|an die|an den|an das|zur|zum|"
                    + "der|die|den|ein)",
            "(?:bafin|bundesnetzagentur|verbraucherzentrale|schlichtungsstelle|ombudsmann|ombudsstelle|"
                    + "arbeiterkammer|e control|arztekammer|tierarztekammer|zahnarztekammer|handwerkskammer|"
                    + "stiftung warentest|konsumentenschutz|vki|amtsgericht|gewerbeaufsicht|gesundheitsamt)",
            "beschwerde bei (?:der |dem )?(?:bafin|bundesnetzagentur|arbeiterkammer|arztekammer|tierarztekammer|"
                    + "verbraucherzentrale|schlichtungsstelle) (?:ist|liegt|geht)",
            "(?:bewertung|rezension|review|erfahrungsbericht) (?:\\w+ ){0,10}?(?:um andere zu warnen|damit andere "
                    + "gewarnt|als warnung)");
    private static final Words IT = new Words(
            "(?:segnalo|segnalero|segnalare|ricorso|ricorrere|reclamo|denuncia|denuncio|vado|andro|scrivo|"
                    + "scrivero|mi rivolgo|rivolgermi|presento|presentero|porto|portero|mando|mandero) " + GAP
                    + "(?:all|alla|al|ai|dai|agli|a|presso)",
            "(?:agcom|agcm|antitrust|arbitro bancario finanziario|banca d italia|ivass|arera|altroconsumo|codacons|"
                    + "adiconsum|federconsumatori|carabinieri|giudice di pace|corecom|striscia la notizia|garante)",
            "(?:faro|presento|ho presentato|ho fatto) ricorso (?:all|al) (?:arbitro bancario|abf|giudice di pace)",
            "(?:recensione|review|commento|valutazione) (?:\\w+ ){0,10}?per (?:avvisare|avvertire|mettere in guardia) "
                    + "(?:gli altri|altri|tutti|la gente)");
    private static final Words NL = new Words(
            "(?:melden|meld|meldt|klacht|klagen|stap|stappen|ga|gaan|stuur|schrijf|dien|leg) " + GAP
                    + "(?:bij de|bij het|bij|naar de|naar het|naar)",
            "(?:fod economie|ombudsdienst|ombudsman|ombudsfin|test aankoop|consumentenbond|acm|autoriteit consument "
                    + "en markt|geschillencommissie|kifid|afm|kantonrechter|tuchtcollege|diergeneeskundig "
                    + "tuchtcollege|radar|meldpunt|economische inspectie|bbp)",
            "klacht (?:ligt|is) (?:al )?(?:bij|ingediend bij) (?:de |het )?(?:fod economie|ombudsdienst|"
                    + "geschillencommissie|consumentenbond|acm|kifid)",
            "(?:review|recensie|beoordeling) (?:\\w+ ){0,10}?(?:om anderen te waarschuwen|als waarschuwing|zodat "
                    + "anderen)");

    private Watchdogs() {
    }

    /** The bodies a language's customers take a case to. */
    static NamedPattern[] threats(String code) {
        Words words = PerLanguage.pick(code, "watchdogs", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                of("watchdog", "(?:" + words.report + ") (?:" + words.body + ")\\b"),
                of("watchdog-lodged", words.lodged),
                of("review-warning", words.warnOthers)
        };
    }
}
