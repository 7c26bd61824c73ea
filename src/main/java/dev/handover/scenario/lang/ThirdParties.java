package dev.handover.scenario.lang;

/**
 * Someone or something other than the business that a customer's anger can be aimed at: a relative, a boss, a colleague
 * or a friend, a neighbour, a former provider (the other, the old or the last one of a trade), another company, the
 * weather ("my neighbour flooded my bathroom, that man drives me mad, can your surveyor come on Monday?"). Anger at
 * them before a question to the business is the customer's day, not a complaint about the business; the detector lets
 * it pass only then (a question, no complaint, no stressed word), so "my husband is furious, you lost our booking"
 * stays angry. Over normalised text; the fresh7 batch showed one calm message in ten of its kind read as anger without
 * it.
 */
final class ThirdParties {

    /**
     * The last company of a trade the customer used, in Spanish and Portuguese, where "la última" is as often the
     * last time or the last invoice: only a firm's trade makes it a former provider.
     */
    private static final String LAST_FIRM = "(?:la|el|a|o) ultim[oa] (?:empresa|compania|companhia|agencia|"
            + "inmobiliaria|imobiliaria|aseguradora|seguradora|operadora|proveedor|fornecedor|taller|oficina|clinica)";
    /**
     * The post, a match the customer watched, a road accident or the town's tow truck: in the Romance languages the
     * fresh12 batch showed anger at them before a question as often as at a neighbour. "The courier" of the business's
     * own delivery counts as in English, but not the French "livreur", whom a customer shouting "VOUS" blames on the
     * business.
     */
    private static final String ES_MORE = "correos|el (?:cartero|mensajero)|(?:el|vaya|que|menudo) "
            + "partid(?:o|azo|ito)|la grua|un accidente";
    private static final String PT_MORE = "os correios|o (?:carteiro|entregador)|(?:que|esse|do|um) jogo"
            + "|(?:um|o) acidente|o engarrafamento";
    private static final String FR_MORE = "la poste|le facteur|(?:le|ce|quel|du) match|un accident|les bouchons"
            + "|la fourriere";
    private static final String IT_MORE = "poste italiane|(?:il|quel) (?:postino|corriere)|(?:la|che|quella|una) "
            + "partita|un incidente|il carro attrezzi";
    private static final String EN = "my (?:boss|neighbou?rs?|ex|landlord|landlady|husband|wife|partner|(?:mother"
            + "|father|sister|brother) in law|mum|mom|dad|sister|brother|son|daughter|kids?|colleague|coworker|co "
            + "worker|friend|mate)|the (?:other|previous|last|old) (?:\\w+ )?(?:garage|dentist|salon|company|place"
            + "|agent|agency|plumber|builder|mechanic|clinic|hotel|shop|provider|firm|vet|school)|(?:this|that) "
            + "(?:man|woman|guy|bloke|driver)|the (?:weather|hail|storm|council|airline|traffic|referee)"
            + "|my (?:old|previous|last) (?:insurer|bank|broker|landlord|energy supplier|supplier|provider|network)"
            + "|evri|royal mail"
            + "|(?:the|my) (?:courier|postman)|(?:the )?(?:dpd|dhl|ups|fedex|yodel|hermes|amazon|parcelforce) "
            + "(?:driver|courier|guy|man)|my (?:team|club)|(?:united|city|arsenal|chelsea|spurs|liverpool|rovers) "
            + "(?:lost|have lost|got beat|got thrashed)";
    private static final String ES = "(?:mi|el|la) (?:jefe|jefa|vecin[oa]|ex|suegr[oa]|caser[oa]|marido|mujer"
            + "|novi[oa]|pareja|madre|padre|herman[oa]|hij[oa]|companer[oa]|amig[oa]|colega)|(?:ese|esa|este|esta) "
            + "(?:hombre|mujer|tio|tipo|senor|senora|conductor|taxista|arbitro)|el (?:granizo|temporal|trafico"
            + "|arbitro)|(?:la|el) (?:otr[oa]|anterior) (?!vez|semana|dia|noche|manana|tarde|mes|ano|factura|cita"
            + "|pedido)\\w+|" + LAST_FIRM + "|" + ES_MORE;
    private static final String PT = "(?:meu|minha|o|a) (?:chefe|vizinh[oa]|ex|sogr[oa]|senhori[oa]|marido|mulher"
            + "|namorad[oa]|mae|pai|irma|irmao|filh[oa]|colega|amig[oa])|(?:desse|dessa|deste|desta|esse|essa|aquele"
            + "|aquela) (?:homem|mulher|cara|motorista|tecnico|senhor|senhora|juiz|arbitro)|o (?:uber|motorista|jogo"
            + "|granizo|transito|arbitro)|(?:o|a) (?:outr[oa]|anterior) (?!vez|semana|dia|noite|mes|ano|fatura"
            + "|consulta|pedido)\\w+|" + LAST_FIRM + "|" + PT_MORE;
    private static final String FR = "(?:mon|ma) (?:patron|patronne|chef|voisin|voisine|ex|belle mere|beau pere"
            + "|proprio|proprietaire|mari|femme|copain|copine|mere|pere|frere|soeur|fils|fille|collegue|ami|amie"
            + "|pote)|(?:mon|ma) (?:ancien|ancienne) (?:installateur|artisan|electricien|chauffagiste|entrepreneur|garagiste|dentiste|coiffeur|coiffeuse|medecin|proprio|agence"
            + "|plombier|assureur|banque)|l autre (?!jour|fois|semaine|soir|matin|nuit|mois|facture|commande)\\w+|la "
            + "sncf|la ratp|(?:ce temps|la pluie|la neige|(?:la|le) (?:meteo|greve|grele|compagnie aerienne|arbitre))|(?:ce|cet|cette) (?:type|mec"
            + "|homme|femme|chauffeur)|(?:la|le) (?:derniere|dernier) (?:entreprise|societe|agence|garage|assureur"
            + "|banque|prestataire|fournisseur|operateur)|" + FR_MORE;
    private static final String DE = "(?:mein|meine|der|die) (?:chef|chefin|nachbar|nachbarin|nachbarn|ex"
            + "|schwiegermutter|schwiegervater|vermieter|vermieterin|mann|frau|freund|freundin|mutter|vater|bruder"
            + "|schwester|sohn|tochter|kollege|kollegin|kumpel)|(?:mein|meine) (?:alte|alter|vorherige|vorheriger) "
            + "(?:werkstatt|zahnarzt|zahnarztin|friseur|friseurin|arzt|arztin|vermieter|bank|versicherung|anbieter"
            + "|versicherer|makler|stromanbieter|handyanbieter|mobilfunkanbieter|internetanbieter)"
            + "|die (?:post|db|deutsche bahn|s bahn)|(?:der )?(?:paketbote|postbote)"
            + "|(?:die|der|das) andere (?!mal|woche|tag|rechnung|bestellung)\\w+|die bahn|(?:dieser|diese) (?:typ"
            + "|kerl|mann|frau|fahrer)|das wetter|der (?:hagel|sturm|stau|schiedsrichter)|(?:die|meine) letzte "
            + "(?:firma|werkstatt|agentur|versicherung|bank|hausverwaltung)|(?:der|mein) letzter? (?:anbieter"
            + "|handwerker|makler|vermieter)|(?:der )?(?:dhl|dpd|hermes|gls|ups|amazon) ?(?:bote|fahrer|zusteller)"
            + "|dhl|dpd|hermes|gls|(?:der|mein) (?:fc|bvb|hsv|verein|klub)|(?:die|meine) (?:mannschaft"
            + "|nationalmannschaft)";
    private static final String IT = "(?:il|la|mio|mia|il mio|la mia) (?:capo|vicin[oa]|vicini|ex|suocer[oa]|marito"
            + "|moglie|ragazz[oa]|madre|padre|fratello|sorella|figli[oa]|collega|amic[oa])|(?:il mio|la mia) "
            + "(?:vecchi[oa]|precedente) (?:meccanico|dentista|parrucchiere|parrucchiera|medico|padrone|agenzia|banca"
            + "|assicurazione|idraulico)|l altr[oa] (?!volta|giorno|settimana|sera|mese|anno|fattura|ordine)\\w+"
            + "|trenitalia|l amministratore (?:del |di )?condominio|(?:quel|quella|quello) (?:tizio|uomo|donna|autista|tassista|arbitro)|la grandine|il "
            + "maltempo|il traffico|lo sciopero|l arbitro|l ultima (?:ditta|azienda|agenzia|assicurazione|banca"
            + "|officina)|l ultimo (?:fornitore|idraulico|meccanico|gestore|operatore|amministratore)|" + IT_MORE;
    private static final String NL = "(?:mijn|de) (?:baas|buurman|buurvrouw|buren|ex|schoonmoeder|schoonvader"
            + "|huisbaas|verhuurder|man|vrouw|vriend|vriendin|moeder|vader|broer|zus|zoon|dochter|collega)|(?:mijn"
            + "|de|die) (?:vorige|oude) (?:garage|tandarts|kapper|huisarts|makelaar|verhuurder|bank|verzekeraar"
            + "|aannemer|loodgieter)|(?:het|de) andere (?!keer|dag|week|avond|maand|factuur|bestelling)\\w+|postnl|de ns"
            + "|(?:die|deze) (?:vent|gast|chauffeur|lui)|het weer|de (?:hagel|storm|file|scheidsrechter)"
            + "|(?:een )?file (?:op|bij) de|de (?:bezorger|postbode)|(?:mijn|de) (?:oude|vorige) "
            + "(?:energieleverancier|provider|leverancier)|(?:de )?(?:dhl|dpd|gls|ups) ?(?:bezorger|chauffeur)?"
            + "|(?:ajax|feyenoord|psv|oranje|mijn club) (?:verliest|verloor|heeft verloren|heeft weer verloren)";

    private ThirdParties() {
    }

    /** The third parties of a language, as one named pattern. */
    static NamedPattern[] of(String code) {
        return new NamedPattern[] {NamedPattern.of("third-party",
                PerLanguage.pick(code, "third parties", EN, ES, PT, FR, DE, IT, NL))};
    }
}
