package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Press and review threats made by hint rather than by announcement: the paper or a consumer programme that "would
 * love to hear" about it ("maybe the local paper would like to hear how you treat pensioners", "Vielleicht
 * interessiert sich ja der Kassensturz dafür", "aposto que o Fantástico ia adorar") and the rating enjoyed while it
 * lasts or one star promised ("Enjoy your 4.8 on Trustpilot while it lasts", "freut euch schon mal auf meine
 * Bewertung", "une étoile partout"). The outlet must be wondered about and the rating mocked, since praise of the
 * paper's article or of the rating is calm ("I read about you in the local paper", "4.8 on Google, well deserved").
 * Appended to each language's threats.
 */
final class OutletHints {

    /** The outlet that would be interested, and the rating that will not last. */
    private record Words(String outlet, String stars) {
    }

    private static final Words EN = new Words(
            "(?:maybe|perhaps|i m sure|i bet|i wonder if) (?:the )?(?:\\w+ ){0,3}?(?:paper|papers|news|bbc|itv|"
                    + "watchdog|gazette|chronicle|standard|guardian|echo|press) (?:would|will|d) (?:love|like|be "
                    + "interested)",
            "enjoy (?:your|the|those|all those) (?:\\w+ ){0,4}?(?:stars?|rating|reviews?|google|trustpilot|tripadvisor)(?: \\w+){0,3}? "
                    + "while it lasts|(?:1|one) star (?:review )?(?:on (?:google|trustpilot|tripadvisor|facebook|"
                    + "checkatrade|yelp)|everywhere|coming your way|incoming)");
    private static final Words ES = new Words(
            "(?:seguro que|a lo mejor|igual|quizas) (?:a )?(?:\\w+ ){0,3}?(?:periodico|prensa|telediario|television|"
                    + "heraldo|antena 3|telecinco|la sexta) (?:le )?(?:interesa|interesaria|encantaria)",
            "(?:disfruten|disfrutad) (?:de )?(?:sus|vuestras|las) (?:\\w+ ){0,3}?estrellas (?:\\w+ ){0,4}?mientras "
                    + "(?:duren|puedan)|una estrella (?:en (?:google|tripadvisor|trustpilot)|por todas partes)");
    private static final Words PT = new Words(
            "(?:aposto que|se calhar|talvez|de certeza que) (?:a |o )?(?:\\w+ ){0,3}?(?:jornal|imprensa|tvi|sic|rtp|"
                    + "cmtv|globo|fantastico|record) (?:vai|ia|iria|gostaria) (?:adorar|gostar|querer saber)",
            "(?:aproveitem|aproveita) (?:as|a|vossas|suas) (?:\\w+ ){0,3}?(?:estrelas|nota|avaliacao) (?:\\w+ ){0,4}?"
                    + "enquanto (?:duram|dura)|uma estrela (?:no (?:google|reclame aqui|tripadvisor)|em todo o lado)");
    private static final Words FR = new Words(
            "(?:je suis sur que|peut etre que|je parie que) (?:le |la )?(?:\\w+ ){0,3}?(?:journal|presse|parisien|"
                    + "ouest france|tf1|m6|bfm|france 3|envoye special|capital) (?:serait|seraient|sera|adorerait|"
                    + "aimerait)",
            "profitez (?:bien )?de (?:vos|votre) (?:\\w+ ){0,3}?(?:etoiles|note) (?:\\w+ ){0,4}?(?:tant qu|pendant qu) "
                    + "(?:elles durent|elle dure|il est encore temps)|une etoile (?:sur (?:google|trustpilot|"
                    + "tripadvisor)|partout)");
    private static final Words DE = new Words(
            "(?:mal sehen was|vielleicht interessiert sich ja|bestimmt interessiert sich) (?:\\w+ ){0,3}?(?:"
                    + "kassensturz|lokalzeitung|zeitung|kronen zeitung|stern tv|blick|bild|presse|rtl|wdr|ndr|mdr|"
                    + "bayerischen rundfunk|fernsehen|lokalradio)|(?:lokalzeitung|kassensturz|zeitung|presse) "
                    + "(?:sucht|interessiert sich|wird sich) (?:\\w+ ){0,4}?(?:fur|falle|geschichten)",
            "freut euch (?:schon mal )?auf meine (?:\\w+ )?bewertung|(?:meine )?(?:bewertung|rezension) (?:auf|bei) "
                    + "\\w+ wird (?:ihnen|euch) nicht gefallen|einen stern (?:auf|bei) (?:google|trustpilot|jameda|"
                    + "holidaycheck)|geniessen sie (?:ihre )?(?:\\w+ ){0,3}?sterne solange");
    private static final Words IT = new Words(
            "(?:chissa se|magari|scommetto che|sono sicur[oa] che) (?:a |al |alla )?(?:\\w+ ){0,3}?(?:striscia|le "
                    + "iene|giornale|corriere|repubblica|tg|report|mi manda rai ?tre) (?:interesser|piacer|vorr)\\w*",
            "(?:godetevi|godete) (?:le vostre|le|il vostro) (?:\\w+ ){0,3}?(?:stelle|voto|rating) (?:\\w+ ){0,4}?"
                    + "finche (?:durano|dura)|una stella (?:su (?:google|tripadvisor|trustpilot)|ovunque)");
    private static final Words NL = new Words(
            "(?:misschien|ik weet zeker dat|benieuwd of) (?:\\w+ ){0,3}?(?:radar|de krant|de telegraaf|hln|het "
                    + "nieuws|kassa|de lokale omroep|omroep \\w+) (?:is |zou |wil )?(?:wel |er )?(?:geinteresseerd|interesse|graag)",
            "geniet (?:nog )?(?:maar )?van (?:jullie|je|uw) (?:\\w+ ){0,3}?(?:sterren|score|beoordeling) (?:\\w+ ){0,4}?"
                    + "(?:zolang het duurt|nu het nog kan)|een ster (?:op (?:google|trustpilot|tripadvisor)|overal)");

    private OutletHints() {
    }

    /** The hinted press and review threats of a language. */
    static NamedPattern[] threats(String code) {
        Words words = PerLanguage.pick(code, "outlet hints", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {of("outlet-hint", words.outlet), of("stars-while-they-last", words.stars)};
    }
}
