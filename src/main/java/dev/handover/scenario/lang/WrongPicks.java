package dev.handover.scenario.lang;

/**
 * The customer's own slip of picking the wrong thing, which makes an oath beside it casual: "shit, I booked the
 * wrong day", "merda, errei a data da reserva", "joder, me equivoqué de fecha", "mince, je me suis trompée de
 * taille", "Mist, ich hab mich im Datum vertan", "cavolo, ho sbagliato la data", "shit, ik heb de verkeerde datum
 * gekozen". Beside {@link CasualOaths}, whose slips are forgetting and oversleeping. Each wording has the customer
 * as the one who erred: "you booked the wrong day", "errastes a data" and "ihr habt das falsche Datum" name the
 * business and stay angry. Only swearing and publicity yield, and only when the message makes no complaint.
 */
final class WrongPicks {

    private static final String EN = "i (?:\\w+ ){0,2}?(?:booked|picked|chose|entered|typed|put|selected|ordered)"
            + " the wrong|i got the (?:\\w+ )?wrong (?:date|day|time|size|address|room|seat|one)";
    private static final String ES = "me (?:he )?equivoc\\w* de (?:\\w+ )?(?:fecha|dia|hora|talla|direccion|numero"
            + "|reserva)|(?:puse|elegi|reserve|pedi) (?:la|el) (?:\\w+ )?(?:equivocad[oa]|que no era)";
    private static final String PT = "(?:eu )?errei (?:a|o) (?:\\w+ )?(?:data|dia|hora|horario|tamanho|endereco"
            + "|numero|reserva|pedido)|(?:coloquei|escolhi|marquei|pedi) (?:a|o) (?:\\w+ )?errad[oa]";
    private static final String FR = "je me suis tromp\\w* de (?:\\w+ )?(?:date|jour|heure|taille|adresse|chambre)"
            + "|j ai (?:mis|choisi|reserve|commande) (?:la|le) mauvais\\w*";
    private static final String DE = "(?:ich )?(?:hab|habe) (?:\\w+ ){0,3}?falsche[nrs]? (?:\\w+ ){0,2}?(?:gebucht"
            + "|gewahlt|eingegeben|angegeben|bestellt)|(?:hab|habe) mich (?:im|in der|beim) \\w+ (?:vertan|geirrt)";
    private static final String IT = "ho sbagliato (?:la|il|l) ?(?:\\w+ )?(?:data|giorno|ora|orario|taglia|indirizzo"
            + "|prenotazione|numero)|ho (?:messo|scelto|prenotato|ordinato) (?:la|il) (?:\\w+ )?sbagliat[oa]";
    private static final String NL = "ik heb (?:\\w+ )?(?:de|het) verkeerde|ik heb (?:me|mij) vergist (?:in|met) "
            + "(?:de|het)";

    private WrongPicks() {
    }

    /** The own wrong picks of a language that make an oath beside them casual. */
    static NamedPattern[] of(String code) {
        return new NamedPattern[] {NamedPattern.of("wrong-pick", PerLanguage.pick(code, "wrong picks", EN, ES, PT,
                FR, DE, IT, NL))};
    }
}
