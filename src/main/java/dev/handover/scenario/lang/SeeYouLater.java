package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Indirect threats that name no consequence but promise one: who laughs last ("vale, pues ya veremos quién se ríe al
 * final", "on verra bien qui rira le dernier"), don't come complaining afterwards ("non venite poi a lamentarvi di
 * quello che succede", "kom dan achteraf niet klagen") and a lawyer, the council or the press mentioned with a "just
 * saying" ("Mijn buurvrouw werkt bij een advocatenkantoor ... Ik zeg het maar even"). "Just saying" alone is small
 * talk, and so is the connection alone ("my neighbour works at a law firm and recommended you"): both halves must be
 * there. Appended to each language's threats.
 */
final class SeeYouLater {

    /** Who laughs last, don't complain afterwards, the connection and the "just saying". */
    private record Words(String laughsLast, String noComplaining, String connection, String justSaying) {
    }

    private static final Words EN = new Words(
            "(?:we ll|we will|let s) see who s (?:laughing|smiling)(?: now| at the end| in the end)?|who laughs last",
            "(?:don t|do not) come (?:crying|running|complaining) to (?:me|us)(?: later| afterwards)?",
            "(?:solicitor|lawyer|law firm|barrister|council|local paper|journalist|reporter|trading standards)",
            "just saying|i m just saying|i am just saying|just so you know|thought you should know");
    private static final Words ES = new Words(
            "(?:ya )?(?:veremos|vamos a ver) quien (?:se rie|rie|se va a reir|gana)(?: al final| el ultimo| ultimo)?",
            "(?:luego|despues) no (?:vengan|vengais|venga) (?:a )?(?:quejar|llorar|lamentar)\\w*|no (?:vengan|"
                    + "vengais) (?:luego|despues) (?:a )?(?:quejar|llorar|lamentar)\\w*",
            "(?:abogad[oa]|bufete|despacho de abogados|juzgado|ayuntamiento|periodista|periodico|consumo)",
            "(?:ahi|ahi lo) (?:lo )?dejo|lo digo por si acaso|solo (?:lo )?digo|para que lo sepan|que lo sepan");
    private static final Words PT = new Words(
            "(?:vamos ver|veremos) quem (?:ri|vai rir|se ri)(?: por ultimo| no fim| no final)?|quem ri por ultimo",
            "depois nao (?:venham|venha) (?:se )?(?:queixar|reclamar|chorar|lamentar)\\w*|nao (?:venham|venha) "
                    + "depois (?:se )?(?:queixar|reclamar|chorar)\\w*",
            "(?:advogad[oa]|escritorio de advocacia|tribunal|camara municipal|prefeitura|jornalista|jornal)",
            "so (?:pra|para) (?:voces|vcs) saberem|fica a dica|so estou a dizer|so digo isso|so pra constar");
    private static final Words FR = new Words(
            "(?:on verra|nous verrons) (?:bien )?qui (?:rira|rigolera|rit|rigole)(?: le dernier| en dernier| a la fin)?",
            "(?:ne venez pas|venez pas) (?:vous )?(?:plaindre|pleurer|vous lamenter)(?: apres| ensuite)?",
            "(?:avocat|avocate|cabinet d avocats|juriste|tribunal|mairie|journaliste|journal)",
            "je dis ca comme ca|je dis ca je dis rien|je vous le dis|a bon entendeur");
    private static final Words DE = new Words(
            "(?:wir werden|mal) (?:ja |schon )?sehen wer (?:zuletzt|am ende) lacht|wer zuletzt lacht",
            "(?:kommen sie|kommt) (?:mir )?(?:dann |hinterher |nachher )(?:bloss )?nicht (?:an|jammern)|(?:beschweren sie "
                    + "sich|beschwert euch) (?:dann |hinterher |nachher )(?:aber )?nicht",
            "(?:anwalt|anwaltin|anwaltskanzlei|kanzlei|jurist|juristin|gericht|gemeinde|rathaus|journalist|zeitung)",
            "ich sag s ja nur|ich sag s nur|ich sage es nur|nur damit sie es wissen|nur so zur info|nur mal so");
    private static final Words IT = new Words(
            "vedremo chi (?:ride|ridera)(?: per ultimo| alla fine)?|ride bene chi ride ultimo",
            "(?:non venite|non venga|poi non venite) (?:poi |dopo )?a (?:lamentarvi|lamentarsi|piangere|"
                    + "lagnarvi)|(?:poi|dopo) non (?:lamentatevi|vi lamentate|lamentarti)",
            "(?:avvocat[oa]|studio legale|legale|tribunale|comune|giornalista|giornale)",
            "(?:lo )?dico solo|ve lo dico|tanto per dire|giusto per (?:dire|saperlo)|a buon intenditor");
    private static final Words NL = new Words(
            "(?:we zullen|we gaan) (?:nog )?(?:wel )?zien wie (?:er )?(?:het laatst|als laatste) lacht|wie het laatst "
                    + "lacht",
            "kom (?:dan |achteraf |later |straks )*niet (?:klagen|janken|zeuren)|ga (?:dan )?achteraf niet (?:klagen|"
                    + "zeuren)",
            "(?:advocaat|advocate|advocatenkantoor|jurist|rechter|gemeente|journalist|krant)",
            "ik zeg het maar(?: even)?|zeg ik maar even|ik zeg het maar eens|dat wou ik even kwijt|weet je dat even");

    private SeeYouLater() {
    }

    /** The threats that promise a consequence without naming it. */
    static NamedPattern[] threats(String code) {
        Words words = PerLanguage.pick(code, "see you later", EN, ES, PT, FR, DE, IT, NL);
        return new NamedPattern[] {
                of("laughs-last", words.laughsLast),
                of("no-complaining", words.noComplaining),
                of("just-saying", "(?:" + words.connection + ") (?:\\w+ ){0,20}?(?:" + words.justSaying + ")")
        };
    }
}
