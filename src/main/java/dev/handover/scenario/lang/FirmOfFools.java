package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * The business named by its trade and filled with the insult nouns of {@link NameCalling}: "agenzia di cialtroni",
 * "que empresa de palhaços", "quelle boîte d'escrocs". The trade word keeps it aimed at a firm; a plural noun keeps
 * it from a name ("la agencia de viajes"). Written for Spanish, Portuguese, French and Italian from fresh11. Appended
 * to the insults.
 */
final class FirmOfFools {

    private static final String ES = "(?:empresa|agencia|tienda|taller|compania|inmobiliaria|academia|clinica|"
            + "aseguradora|banco) de ";
    private static final String PT = "(?:empresa|agencia|loja|oficina|companhia|imobiliaria|clinica|seguradora|"
            + "banco) de ";
    private static final String FR = "(?:entreprise|agence|boite|societe|boutique|banque|clinique|garage) d(?:e )?";
    private static final String IT = "(?:agenzia|ditta|azienda|negozio|officina|societa|banca|clinica|"
            + "assicurazione) di ";

    private FirmOfFools() {
    }

    /** The firm of fools of a language; none for English, German and Dutch. */
    static NamedPattern[] insults(String code) {
        String firm = PerLanguage.pick(code, "firm of fools", null, ES, PT, FR, null, IT, null);
        return firm == null ? new NamedPattern[0]
                : new NamedPattern[] {of("firm-of-fools", firm + NameCalling.nouns(code) + "\\b")};
    }
}
