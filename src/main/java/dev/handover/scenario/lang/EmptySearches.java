package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A fallback family, in every language at once, over normalised text: a look-up that brings back nothing, said as
 * what shows on the bot's side ("nothing comes up under that number", "no me sale nada", "op naam van X staat er
 * geen reservatie"), or as the bot failing to find the record ("I can't seem to find order 4410", "kann ich im System
 * nicht finden", "reste introuvable de mon côté"). An instruction to the customer about what to do if nothing shows
 * ("if no booking shows up, refresh the app") is not a search of the bot's own, so a preceding "if" keeps it an
 * answer; a found record with nothing wrong ("no me aparece ninguna incidencia") and a free slot not found ("no free
 * table on Monday, but Tuesday works") are answers too.
 */
final class EmptySearches {

    /** Where the bot's own records live, for the German look-up. */
    private static final String PLACE = "(?:system|kalender|terminkalender|datenbank|katalog|kartei|verzeichnis"
            + "|unterlagen|buchungssystem)\\w*";
    private static final String RECORD_NL = "(?:bestelling|reservering|reservatie|boeking|afspraak|order|account"
            + "|dossier|factuur|pakket|zending|polis)\\w*";

    /** A free slot not found is an availability answer ("I couldn't find a free slot on Monday"), not a look-up. */
    private static final String NOT_FREE = "(?!(?: \\w+){0,3}? (?:free|available|libres?|disponibles?|livres?"
            + "|disponive(?:l|is)|freie[nm]?|verfugbar|liber[oaie]|disponibili|vrije?|beschikbare?)\\b)";

    private static final Map<String, NamedPattern[]> CERTAIN = Map.of(
            "en", new NamedPattern[] {of("nothing-comes-up", "(?<!\\bif )(?<!\\bwhen )\\b(?:nothing|no (?:order"
                    + "|booking|reservation|appointment|record|account|result|match)(?:e?s)?)(?: \\w+){0,8}?"
                    + " (?:comes|came|coming|shows|showed|showing|turns|turned|turning) up\\b(?! as)"),
                    // "seem to" makes it the bot's own search; a bare clause-initial "couldn't find" is the bot's
                    // too, while "if you can't find it" is an instruction
                    of("cannot-find-it", "\\bi (?:can not|could not) seem to (?:find|locate|track down)\\b"
                            + "|(?:^|\\b(?:sorry|hmm|hm|unfortunately|oops|afraid) )(?:could not|can not) find (?:any"
                            + "|an?|the|your|that)\\b" + NOT_FREE)},
            "es", new NamedPattern[] {of("nothing-comes-up", "(?<!\\bsi )\\bno (?:me )?(?:sale|aparece|figura"
                    + "|encuentro) (?:absolutamente )?nada\\b|(?<!\\bsi )\\bno (?:me )?(?:sale|aparece|figura|consta)"
                    + " ningun[oa]? (?:pedido|reserva|cita|registro|resultado|cliente|cuenta|expediente|localizador"
                    + "|envio|factura|poliza|usuario|inmueble|piso|vivienda)s? (?:con|a nombre|bajo|para|asociad"
                    + "|vinculad)"),
                    // the record, not a problem with it: "no me aparece ninguna incidencia" says the order is fine
                    of("cannot-find-it", "\\bhe buscado(?: \\w+){0,12}? (?:pero|y) no (?:me|lo|la|los|las)"
                            + " (?:aparece|aparecen|sale|salen|encuentro|localizo)\\b(?! ningun[oa]? (?:problema"
                            + "|incidencia|error|retraso|cargo|aviso))|\\bno (?:he podido|pude|consigo|logro|puedo)"
                            + " (?:encontrar|localizar|dar con) (?:ningun[oa]?|el|la|tu|su|ese|esa|este|esta)"
                            + " (?:\\w+ ){0,2}?(?:resultado|pedido|reserva|cita|registro|cliente|cuenta|localizador"
                            + "|envio|factura|poliza|expediente)s?\\b" + NOT_FREE
                            // a search still to be made once the customer gives the number is a question for it
                            + "(?!(?: \\w+){0,4}? (?:si no|sin (?:el|tu|su|ese)) )")},
            "pt", new NamedPattern[] {of("nothing-comes-up", "(?<!\\bse )\\bnenhum[a]? (?:pedido|encomenda"
                    + "|marcacao|reserva|agendamento|registo|registro|resultado)s?(?: \\w+){0,6}? (?:aparece|consta"
                    + "|surge)\\b(?! como)|(?<!\\bse )\\bnao me (?:aparece|surge) (?:nada|nenhum[a]? (?:pedido"
                    + "|encomenda|marcacao|reserva|agendamento|registo|registro|resultado))\\b"),
                    of("cannot-find-it", "\\bnao (?:consigo|consegui) (?:encontrar|localizar|achar) (?:nenhum[a]?"
                            + "|a sua|o seu|a tua|o teu|esse|essa|este|esta) (?:\\w+ ){0,2}?(?:encomenda|pedido"
                            + "|reserva|marcacao|agendamento|registo|registro|conta|processo|fatura|resultado|cliente"
                            + "|contrato)s?\\b" + NOT_FREE + "|\\bprocurei(?: \\w+){0,12}? (?:mas|e) nao (?:o |a )?"
                            + "(?:encontro|encontrei|localizo|localizei|me aparece)\\b(?! nenhum[a]? (?:problema"
                            + "|erro|atraso))")},
            "fr", new NamedPattern[] {of("nothing-comes-up", "(?<!\\bsi )\\brien ne (?:ressort|remonte"
                    + "|s affiche|apparait)\\b"),
                    // "introuvable" alone is also a lost parcel or a sold-out item: the bot's side must be named
                    of("cannot-find-it", "\\bintrouvables? (?:de mon cote|dans (?:notre|le|mon|nos) (?:systeme"
                            + "|fichier|base|agenda|planning|catalogue|registres?))\\b|\\bje (?:ne (?:trouve"
                            + "|retrouve|vois)|ne parviens pas a (?:trouver|retrouver|localiser)|n arrive pas a"
                            + " (?:trouver|retrouver|localiser)) (?:pas |aucune? )?(?:de |d )?(?:trace (?:de |d )?)?"
                            + "(?:votre|ta|ton|vos|tes|cette|ce|aucune?) (?:\\w+ ){0,2}?(?:commande|reservation"
                            + "|dossier|compte|colis|contrat|abonnement|facture|inscription|envoi)s?\\b" + NOT_FREE)},
            "de", new NamedPattern[] {of("nothing-comes-up", "(?<!\\bwenn )\\b(?:wird|taucht|erscheint)"
                    + " (?:\\w+ ){0,3}?nichts (?:angezeigt|auf)\\b|\\bbei mir (?:erscheint|taucht) nichts\\b"),
                    // a found record ("ich konnte Ihre Buchung im System finden") needs the negation spelled out
                    of("cannot-find-it", "\\b(?:(?:kann|konnte) ich|ich (?:kann|konnte)) (?:\\w+ ){0,4}?(?:im|in unserem|in unserer|in der"
                            + "|in dem) " + PLACE + " (?:\\w+ )?(?:nicht|nirgends|nirgendwo) finden\\b"
                            + "|\\bich (?:kann|konnte) (?:leider )?keine[nm]? (?!(?:\\w+ )?(?:freie[nm]?|passende[nm]?"
                            + "|andere[nm]?)\\b)(?:\\w+ ){1,6}?(?:in (?:unserem|unserer|dem|der)|im) " + PLACE
                            + " (?:\\w+ )?finden\\b")},
            "it", new NamedPattern[] {of("nothing-comes-up", "(?<!\\bse )\\bnon (?:mi )?(?:esce|compare|risulta)"
                    + " (?:fuori )?(?:nulla|niente)\\b|\\bnon mi (?:risulta|risultano|compare|esce) (?:nessun[oa]?"
                    + "|alcun[oa]?) (?:prenotazione|ordine|pratica|appuntamento|spedizione|account|contratto"
                    + "|fattura)\\w*\\b"),
                    of("cannot-find-it", "\\bnon (?:riesco a|sono riuscit[oa] a) (?:trovare|rintracciare"
                            + "|localizzare) (?:nessun[oa]? |la tua |il tuo |la sua |il suo |questa |questo |quel "
                            + "|quella |l |la |il )(?:\\w+ ){0,2}?(?:prenotazione|ordine|ordinazione|pratica"
                            + "|appuntamento|account|conto|spedizione|pacco|fattura|polizza|contratto|risultato)\\w*"
                            + "\\b" + NOT_FREE)},
            "nl", new NamedPattern[] {of("nothing-comes-up", "\\bop (?:de )?naam (?:van )?\\w+(?: \\w+){0,6}?"
                    + " (?:staat|staan) er (?:\\w+ ){0,4}?geen (?:reservatie|reservering|boeking|bestelling|afspraak"
                    + "|order)\\b|(?<!\\bals )\\b(?:er )?(?:komt|verschijnt) (?:er )?(?:bij mij )?niets (?:naar"
                    + " boven|tevoorschijn)\\b"),
                    of("cannot-find-it", "\\bik (?:kan|kon) (?:je|uw|jouw|de|die|deze|dat|het) (?:\\w+ ){0,3}?"
                            + RECORD_NL + " (?:\\w+ ){0,4}?niet (?:terug)?vinden\\b|\\bik (?:vind|zie|kan|kon) geen "
                            + "(?!(?:vrije|beschikbare|andere) )(?:\\w+ )?" + RECORD_NL + " (?:\\w+ ){0,5}?"
                            + "(?:vinden|op (?:naam|het nummer)|onder (?:dat|dit|die|deze)|met (?:dat|dit|die|deze"
                            + "|het) (?:nummer|kenteken|mailadres|e mailadres))\\b")});

    private EmptySearches() {
    }

    static NamedPattern[] certain(String language) {
        return CERTAIN.get(language);
    }
}
