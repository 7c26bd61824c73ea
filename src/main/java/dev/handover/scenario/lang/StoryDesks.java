package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Threats that name where the story will go: a newsroom collecting cases the writer will send theirs to ("La RTBF
 * cherche des témoignages ... je vais leur écrire", "Mi prima trabaja en el Heraldo y está buscando casos ... ¿Le paso
 * el mío?"), a paper that "would surely be interested" in the business, a rent or disputes board the writer is taking it
 * to ("Ik stap naar de Huurcommissie"), every review site and forum ("Ik zet het op Zoover en op elk reisforum") and
 * legal advice taken with proceedings as the alternative. Reading the paper, a question about leaving a review or an
 * insurer's form stay calm ("I saw you in the Kronen Zeitung, congratulations", "can I leave a review on Zoover?"):
 * the writer must be taking the story there. Appended to each language's threats.
 */
final class StoryDesks {

    /**
     * One language's sets.
     *
     * @param collecting a newsroom or programme looking for cases or testimonies
     * @param sending the writer passing theirs on
     * @param interested a paper that would surely be interested
     * @param board the writer taking it to a board, a regulator, every forum
     * @param counsel legal advice taken, then proceedings as the alternative
     */
    private record Words(String collecting, String sending, String interested, String board, String counsel) {
    }

    private static final String MEDIA = "(?:zeitung|presse|kassensturz|\\w*tv|rtl|blick|bild|krone|kronen zeitung|"
            + "heute|falter|standard|kurier|rundfunk|fernsehen|radio)";

    private static final Words EN = new Words(
            "(?:looking for|collecting|gathering) (?:\\w+ ){0,2}?(?:stories|cases|testimonies|experiences|people)",
            "i (?:ll|will|might|think i ll) (?:\\w+ )?(?:write to|email|contact|get in touch with) them|(?:send|pass) "
                    + "them mine|shall i (?:send|pass) (?:them )?mine",
            "(?:paper|press|news|bbc|watchdog|reporter|journalist)s? (?:would|will) (?:surely |certainly |definitely )?"
                    + "(?:be )?(?:very )?interested in (?:a|an|your|how)",
            "i (?:m|am) (?:taking|reporting) (?:this|it|you) to (?:the )?(?:ombudsman|regulator|small claims|tribunal|"
                    + "trading standards)|(?:post|put|share) (?:it|this) on every (?:\\w+ )?(?:forum|review site|site|"
                    + "platform)",
            "(?:taken|sought|got) legal advice (?:\\w+ ){0,25}?(?:otherwise|or else|failing which) (?:\\w+ ){0,4}?"
                    + "(?:proceedings|court|claim)");
    private static final Words ES = new Words(
            "(?:buscando|busca|recopilando|recoge) (?:\\w+ ){0,2}?(?:casos|testimonios|historias|experiencias)",
            "(?:le|les) (?:paso|mando|cuento) el mio|(?:les|le) voy a escribir|voy a escribirles",
            "(?:periodico|prensa|heraldo|telediario|programa|periodista)s? (?:le |les )?(?:interesaria|va a interesar) "
                    + "(?:seguro|mucho|sin duda)",
            "(?:lo llevo|voy|acudo|me voy) (?:a|al|ante) (?:la |el )?(?:omic|consumo|junta arbitral|defensor del "
                    + "pueblo|arbitraje)|(?:lo )?(?:publico|pongo|subo) en (?:todos los|cada) (?:foros|foro|webs|"
                    + "sitios)",
            "(?:asesoramiento|consejo) (?:juridico|legal) (?:\\w+ ){0,25}?(?:de lo contrario|si no|en caso "
                    + "contrario) (?:\\w+ ){0,4}?(?:procedimiento|demanda|juzgado|via judicial)");
    private static final Words PT = new Words(
            "(?:procura|procurando|a recolher|recolhe) (?:\\w+ ){0,2}?(?:casos|testemunhos|historias|relatos)",
            "(?:vou|irei) (?:escrever-lhes|escrever para eles|mandar o meu|contar o meu)|mando o meu",
            "(?:jornal|imprensa|reportagem|jornalista|programa)s? (?:ia|iria|vai) (?:certamente |de certeza )?"
                    + "(?:gostar|adorar|interessar)",
            "(?:vou|levo isto) (?:ao|a|para o|para a) (?:deco|procon|livro de reclamacoes|reclame aqui|julgado)|"
                    + "(?:publico|ponho) (?:isto )?em todos os (?:foruns|sites)",
            "(?:aconselhamento|parecer) juridico (?:\\w+ ){0,25}?(?:caso contrario|senao|se nao) (?:\\w+ ){0,4}?"
                    + "(?:processo|tribunal|acao judicial)");
    private static final Words FR = new Words(
            "(?:cherche|recherche|recueille|collecte) (?:justement |actuellement )?(?:des )?(?:temoignages|cas|"
                    + "histoires|recits)",
            "je (?:crois que je |pense que je )?vais (?:leur ecrire|les contacter|leur envoyer le mien|temoigner)|"
                    + "je leur envoie le mien",
            "(?:journal|presse|journaliste|emission|television)s? (?:serait|seraient) (?:surement |certainement |sans "
                    + "doute )?(?:tres )?interesse\\w*",
            "je (?:vais|saisis|saisirai) (?:saisir )?(?:la |le )?(?:commission de conciliation|mediateur|dgccrf|"
                    + "conciliateur)|je (?:le )?(?:mets|poste) sur tous les (?:forums|sites)",
            "(?:conseil|avis) juridique (?:\\w+ ){0,25}?(?:sinon|a defaut|faute de quoi) (?:\\w+ ){0,4}?"
                    + "(?:procedure|tribunal|justice)");
    private static final Words DE = new Words(
            "(?:sucht|sammelt) (?:gerade |derzeit )?(?:nach )?(?:fallen|geschichten|erfahrungsberichten|betroffenen)",
            "ich (?:schreib|schreibe|melde mich) (?:\\w+ )?(?:denen|da|dort|bei denen)|schick ich (?:denen|ihnen) "
                    + "meinen",
            MEDIA + " wurde sich (?:sicher|bestimmt|sehr|brennend) (?:\\w+ ){0,8}?interessieren",
            "ich (?:gehe|geh) (?:damit )?zur (?:schlichtungsstelle|verbraucherzentrale|mieterschlichtung|"
                    + "schiedsstelle)|(?:stelle|poste|schreibe) (?:das|es) in jedes (?:\\w+ )?forum",
            "(?:rechtsschutz\\w*|rechtsberatung|anwaltlich beraten) (?:\\w+ ){0,25}?(?:ansonsten|sonst|andernfalls) "
                    + "(?:\\w+ ){0,4}?(?:verfahren|klage|gericht|rechtsweg)");
    private static final Words IT = new Words(
            "(?:cerca|cercando|raccoglie|raccogliendo) (?:\\w+ ){0,2}?(?:casi|testimonianze|storie|segnalazioni)",
            "(?:gli|le) (?:scrivo|mando il mio|racconto il mio)|(?:gli|le) (?:scrivero|mandero il mio)",
            "(?:giornale|giornalista|striscia|trasmissione|redazione|stampa) (?:sarebbe|sarebbero) (?:sicuramente |"
                    + "certamente )?(?:molto )?interessat\\w",
            "(?:vado|mi rivolgo) (?:al|alla|all) (?:conciliazione|corecom|difensore civico|arbitro)|(?:lo )?(?:metto|"
                    + "pubblico) su (?:tutti i|ogni) (?:forum|siti)",
            "(?:consulenza|parere) legale (?:\\w+ ){0,25}?(?:altrimenti|in caso contrario) (?:\\w+ ){0,4}?"
                    + "(?:causa|tribunale|procedura|vie legali)");
    private static final Words NL = new Words(
            "(?:zoekt|zoeken|verzamelt) (?:\\w+ ){0,2}?(?:verhalen|ervaringen|getuigenissen|gedupeerden)",
            "ik (?:ga|zal) (?:ze|hen|hun) (?:\\w+ )?(?:mailen|schrijven|mijn verhaal)|ik meld me (?:daar|bij hen)",
            "(?:krant|radar|kassa|omroep|journalist|telegraaf|hln)s? (?:zou|zouden) (?:vast|zeker|best) (?:\\w+ )?"
                    + "(?:geinteresseerd|interesse)",
            "ik (?:stap|ga|stap ermee|ga ermee) (?:ermee )?naar de (?:huurcommissie|geschillencommissie|"
                    + "consumentenbond|ombudsman|acm|kantonrechter|juridisch loket)|(?:ik zet|ik post|ik deel|zet ik) (?:het|dit|alles) "
                    + "(?:\\w+ ){0,4}?op (?:elk|ieder|alle) (?:\\w+ )?"
                    + "(?:forum|fora|reisforum|reviewsite|site)s?",
            "(?:juridisch advies|rechtsbijstand\\w*) (?:\\w+ ){0,25}?(?:anders|zo niet|zoniet) (?:\\w+ ){0,4}?"
                    + "(?:procedure|rechter|rechtszaak|gerechtelijke)");

    private StoryDesks() {
    }

    /** Where the story goes, in a language. */
    static NamedPattern[] threats(String code) {
        Words words = PerLanguage.pick(code, "story desks", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                of("newsroom-collecting", "(?:" + words.collecting + ")\\b(?: \\w+){0,20}? (?:" + words.sending + ")"),
                of("paper-interested", words.interested),
                of("taken-to-board", words.board),
                of("counsel-or-proceedings", words.counsel)
        };
    }
}
