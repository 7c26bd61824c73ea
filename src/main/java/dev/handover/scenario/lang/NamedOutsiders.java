package dev.handover.scenario.lang;

/**
 * The third parties the fresh13 and fresh14 batches named that {@link ThirdParties} lacks: a courier or the post by
 * its name (Evri, SEUR, BRT, Chronopost), an airline, a taxi app, the customer's bank, the landlord or the
 * building's managers, the neighbours' builders and the roadworks, the council, a football club or the referee, the
 * rain and the heat, "another site". Written the way natives name them, with one word of abuse allowed between the
 * article and the noun ("my useless landlord", "la maledetta banca"). The business's own courier ("your courier",
 * "vuestro repartidor", "jullie bezorger") is not one: the address to the business vetoes it ({@link
 * ElsewhereWords}), so the names here may be bare.
 */
final class NamedOutsiders {

    private static final String EN = "(?:the|my|our) (?:\\w+ )?(?:neighbou?rs?|landlord|landlady|letting agents?"
            + "|builders?|roadworks|road works|council|airline|bank|ref|referee|post office|taxi|cab driver"
            + "|uber driver|managing agents?|freeholder|train|trains|bus)|evri|yodel|hermes|royal mail|uber|lyft"
            + "|ryanair|easyjet|british airways|(?:arsenal|united|city|chelsea|spurs|liverpool|everton|villa|rangers"
            + "|celtic|england) (?:bottled|lost|blew|threw|choked)|another (?:site|shop|website|company|seller)"
            + "|the other (?:site|website|seller)|the (?:rain|snow|heat)|this (?:rain|weather|heat)";
    private static final String ES = "(?:la|el|mi|nuestr[oa]|los|las|mis) (?:\\w+ )?(?:aerolinea|compania aerea"
            + "|banco|casero|casera|ayuntamiento|administrador|administradora|obras|albaniles|vecinos|arbitro)|seur"
            + "|mrw|gls|correos express|nacex|dhl|ups|el uber|ryanair|vueling|iberia|renfe|la lluvia|el calor"
            + "|(?:este|que) (?:tiempo|calor)|(?:el|del|al) (?:madrid|barca|betis|sevilla|atleti|atletico)"
            + "|otra (?:web|pagina|tienda)";
    private static final String PT = "(?:o|a|meu|minha|os|as|meus) (?:\\w+ )?(?:banco|companhia aerea|senhorio"
            + "|senhoria|condominio|sindico|obras|vizinhos|juiz|arbitro|motorista)|(?:a|o) (?:uber|99|taxi)|uber"
            + "|ctt|sedex|jadlog|latam|tap|(?:o|do|no|pro) (?:flamengo|corinthians|palmeiras|benfica|porto|sporting"
            + "|vasco|gremio|santos|fluminense)|a chuva|o calor|(?:esse|este|que) calor|outro site|outra loja";
    private static final String FR = "(?:la|ma|mon|le|les|mes|nos|des|du) (?:\\w+ )?(?:banque|compagnie|mairie"
            + "|syndic|proprio|proprietaire|voisins|travaux|arbitre|chantier|ouvriers)|(?:le|du) psg|l om|chronopost"
            + "|colissimo|mondial relay|dpd|gls|ups|dhl|air france|easyjet|ryanair|uber|le taxi|la pluie"
            + "|(?:ce|le) temps|cette chaleur|un autre site";
    private static final String DE = "(?:die|unsere|meine|der|den) (?:\\w+ )?(?:hausverwaltung|bank|airline"
            + "|fluggesellschaft|gemeinde|baustelle|handwerker|bauarbeiter|vermieter|schiedsrichter)|die baustelle"
            + "|(?:die )?deutsche bahn|die bahn|lufthansa|eurowings|ryanair|uber|der regen|diese hitze"
            + "|eine andere (?:seite|website|firma)|(?:der|die|das) (?:fc|bvb|bayern|schalke|hsv|vfb)|bayern";
    private static final String IT = "(?:la mia|il mio|la|il|i|i miei|gli) (?:\\w+ )?(?:banca|compagnia aerea"
            + "|amministratore|condominio|comune|padrone di casa|proprietario|vicini|lavori|muratori|arbitro)"
            + "|brt|gls|sda|bartolini|(?:la|il|dell|della|del) (?:juve|inter|milan|roma|lazio|napoli)|l inter"
            + "|un altro sito|ryanair|ita airways|uber|la pioggia|il caldo|questo caldo";
    private static final String NL = "(?:de|mijn|onze|die) (?:\\w+ )?(?:bank|buren|gemeente|verhuurder|huisbaas"
            + "|luchtvaartmaatschappij|aannemer|bouwvakkers|verbouwing|scheidsrechter)|ns|postnl|dhl|dpd|gls"
            + "|ajax|feyenoord|psv|oranje|(?:die|een) andere (?:site|ticketsite|webshop|winkel)"
            + "|die gasten|die lui|de regen|die hitte|dat weer|(?:de |die )?(?:hagel|storm|onweer)|klm|transavia|uber";

    private NamedOutsiders() {
    }

    static NamedPattern[] of(String code) {
        return new NamedPattern[] {NamedPattern.of("outsider", PerLanguage.pick(code, "named outsiders", EN, ES, PT,
                FR, DE, IT, NL))};
    }
}
