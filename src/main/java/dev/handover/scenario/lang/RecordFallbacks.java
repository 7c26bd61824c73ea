package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * Fallbacks of a lookup and of an acknowledgement, in every language at once, over normalised text: no record of the
 * kind the customer gave a reference for ("no order matching 4821 was found", "unter dieser Kundennummer ist kein
 * Vertrag hinterlegt"), which needs a record noun so "no damage was found" stays an answer; and a person of the team
 * announced to reply later ("one of our agents will get back to you", "un compañero te contestará"), which needs a
 * person so "the parcel will reach you" stays an answer.
 */
final class RecordFallbacks {

    private static final Map<String, NamedPattern[]> CERTAIN = Map.of(
            "en", new NamedPattern[] {
                    of("no-record", "\\bno (?:order|booking|reservation|appointment|record|account|customer|contract"
                            + "|file|ticket|shipment|parcel|policy|invoice|profile|match)(?:e?s)? (?:matching|(?:was"
                            + " |were |could be )?found|(?:is |was )?(?:linked|associated|registered) (?:to|with"
                            + "|under)|on file|under (?:that|this|the))\\b"),
                    of("team-will-reply", "\\b(?:agent|advis[eo]r|colleague|someone|team|specialist|consultant|staff)s?"
                            + "(?: \\w+){0,4}? will (?:get back to|come back to|write back to|reply to|respond to"
                            + "|contact|be in touch with) you\\b"
                            // a call or a message is announced by a person only: "our team will call you the day
                            // before" is the routine of an appointment, an answer
                            + "|\\b(?:agent|advis[eo]r|colleague|someone|specialist|consultant)s?(?: \\w+){0,4}? will"
                            + " (?:message|email|call|text) you\\b|\\b(?:agent|advis[eo]r|colleague|specialist"
                            + "|consultant)s? who will (?:confirm|reply|answer|get back|follow up|be in touch)\\b")},
            "es", new NamedPattern[] {
                    of("no-record", "\\bno (?:consta|existe|aparece|figura|hay|encuentro|he encontrado|se ha encontrado"
                            + "|tenemos) (?:ningun[oa]? )?(?:pedido|cliente|reserva|cita|registro|cuenta|contrato"
                            + "|expediente|envio|poliza|factura|usuario|socio|paquete)s? (?:con (?:ese|este|esa|esta"
                            + "|el|la|dicho|dicha)|a nombre|(?:asociad|vinculad|registrad)\\w*|bajo|que coincida)"),
                    of("team-will-reply", "\\b(?:companer[oa]|agente|asesor[a]?|operador[a]?|equipo|alguien"
                            + "|especialista|gestor[a]?)(?: \\w+){0,4}? (?:te|le|os|les) (?:contestara|respondera"
                            + "|atendera|escribira|contactara)n?\\b|\\b(?:companer[oa]|agente|asesor[a]?"
                            + "|operador[a]?|especialista|gestor[a]?)(?: \\w+){0,6}? (?:te|le|os|les) llamaran?\\b")},
            "pt", new NamedPattern[] {
                    of("no-record", "\\bnao (?:existe|consta|ha|encontrei|localizei|temos|aparece) (?:nenhum[a]? )?"
                            + "(?:pedido|encomenda|marcacao|reserva|cliente|conta|contrato|registo|registro"
                            + "|agendamento|envio|processo|apolice|fatura|cadastro)s? (?:em nome|com (?:esse|este"
                            + "|essa|esta|o|a)|(?:associad|vinculad|registad|registrad)\\w*)"),
                    of("team-will-reply", "\\b(?:atendentes?|agentes?|consultor(?:es|a)?|equipa|equipe|colegas?"
                            + "|alguem|especialistas?)(?: \\w+){0,4}? (?:vai|ira|vao|irao) (?:falar com|responder"
                            + "|atender|contactar|entrar em contacto|entrar em contato|retornar)\\b")},
            "fr", new NamedPattern[] {
                    of("no-record", "\\baucune? (?:commande|dossier|client|compte|reservation|rendez vous|contrat"
                            + "|colis|envoi|facture|abonnement|livraison|ticket|profil)s? (?:ne correspond|associee?s?"
                            + "|liee?s?|enregistree?s?|au nom|n a ete trouve|n est associe|a ce nom)\\b"),
                    of("team-will-reply", "\\b(?:service client|conseill(?:er|ere)s?|equipe|collegues?|agents?"
                            + "|quelqu un)(?: \\w+){0,3}? (?:vous|te) (?:repondra|repondront|recontactera"
                            + "|recontacteront|contactera|contacteront|rappellera|rappelleront)\\b")},
            "de", new NamedPattern[] {
                    of("no-record", "\\bkeine?n? (?:sendung|bestellung|buchung|auftrag|vertrag|kunde|kundenkonto"
                            + "|konto|reservierung|termin|paket|rechnung|police|vorgang|eintrag|datensatz|lieferung"
                            + "|akte|ticket)\\w* (?:(?:zu|unter|mit|fur) (?:\\w+ ){1,3}?(?:finden|gefunden)"
                            + "|(?:hinterlegt|gefunden|vorhanden|gespeichert|zugeordnet|registriert))\\b"),
                    of("team-will-reply", "\\b(?:jemand|kolleg\\w*|mitarbeiter\\w*|berater\\w*|team)(?: \\w+){0,4}?"
                            + " (?:meldet|melden|wird|werden) sich(?: \\w+){0,5}? bei (?:ihnen|dir|euch)\\b"
                            + "|\\b(?:jemand|kolleg\\w*|mitarbeiter\\w*|berater\\w*|team)(?: \\w+){0,4}? (?:schreibt"
                            + "|schreiben|antwortet|antworten) (?:\\w+ ){0,3}?zuruck\\b"
                            + "|\\bich habe (?:ihre|deine|die|ihr|dein) (?:anfrage|frage|nachricht|anliegen)"
                            + "(?: \\w+){0,6}?"
                            + " an (?:\\w+ ){0,3}?weitergeleitet\\b"
                            + "|\\bich (?:leite|gebe|reiche) (?:ihre|deine|die|ihr|dein) (?:anfrage|frage|nachricht"
                            + "|anliegen) (?:\\w+ ){0,2}?an (?:die|den|das|unsere[nrm]?|unser) (?:\\w+ ){0,4}?weiter"
                            + "\\b")},
            "it", new NamedPattern[] {
                    of("no-record", "\\bnessun[oa]? (?:prenotazione|spedizione|ordine|cliente|pratica|contratto"
                            + "|account|conto|appuntamento|polizza|fattura|pacco|utenza|ordinazione) (?:\\d\\w* )?(?:(?:associat"
                            + "|collegat|registrat|corrispond|trovat)\\w*|a nome|con (?:questo|questa|quel|il|la"
                            + "|lo))"),
                    of("team-will-reply", "\\b(?:operator[ei]|consulent[ei]|collega|colleghi|agent[ei]|qualcuno"
                            + "|team)(?: \\w+){0,4}? (?:ti|le|vi) (?:rispondera|risponderanno|contattera"
                            + "|contatteranno|richiamera|richiameranno|ricontattera|ricontatteranno)\\b")},
            "nl", new NamedPattern[] {
                    of("no-record", "\\bgeen (?:afspraak|bestelling|order|klant|account|contract|dossier|zending"
                            + "|pakket|reservering|boeking|polis|factuur)\\w* (?:(?:\\w+ ){0,4}?(?:gevonden"
                            + "|gekoppeld|geregistreerd)|op naam|onder (?:dit|deze|dat))\\b"),
                    of("team-will-reply", "\\b(?:medewerkers?|collega s?|adviseurs?|iemand|team)(?: \\w+){0,4}?"
                            + " (?:neemt|nemen|zal|zullen) (?:\\w+ ){0,5}?(?:contact met (?:je|u|jou)|bij (?:je|u"
                            + "|jou) terug)\\b|\\b(?:medewerker|collega|adviseur)s? (?:reageert|reageren|antwoordt"
                            + "|antwoorden) (?:zo|straks|snel|binnenkort|later)\\b")});

    private RecordFallbacks() {
    }

    /**
     * These families, a check the bot must make first ({@link PendingChecks}), a question handed on and one put to a
     * colleague first ({@link ColleagueChecks}).
     */
    static NamedPattern[] certain(String language) {
        return NamedPattern.join(CERTAIN.get(language), PendingChecks.certain(language),
                ForwardedQuestions.certain(language), ColleagueChecks.certain(language));
    }
}
