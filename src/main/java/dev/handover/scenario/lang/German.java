package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * German rules, over normalised text: umlauts lose their dots ("möchte" reads "mochte") and "ue", "oe", "ae"
 * typed for them read the same. German puts the verb last ("mit einem Menschen sprechen"), so most contact frames
 * pair a preposition before the target with a verb after it.
 */
final class German {

    private German() {
    }

    private static final String TALK = "(?:sprechen|reden|chatten|schreiben|telefonieren|besprechen|verbinden|"
            + "verbunden werden|unterhalten)";

    static final LanguageRules RULES = LanguageRules.builder("de")
            .stopWords("der", "die", "das", "und", "ist", "ich", "nicht", "mit", "ein", "eine", "einen", "einem",
                    "zu", "sie", "es", "bitte", "den", "dem", "mich", "mir", "wir", "kann", "will", "mochte",
                    "haben", "habe", "auf", "fur", "von", "danke", "hallo", "wie", "was", "gibt", "sprechen",
                    "auch", "noch", "schon", "dass", "wenn", "oder", "aber", "jemandem", "mitarbeiter", "nem")
            .spellings("nem", "einem", "ner", "einer", "n", "einen", "nen", "einen", "ne", "eine", "ma", "mal",
                    "is", "ist", "kannste", "kannst du", "haste", "hast du", "willste", "willst du", "jmd", "jemand",
                    "jmdn", "jemanden", "jmdm", "jemandem", "brauch", "brauche", "hab", "habe", "mocht", "mochte",
                    "pls", "bitte", "plz", "bitte", "grad", "gerade", "nix", "nichts", "net", "nicht", "nich",
                    "nicht", "wat", "was")
            .umlautDigraphs()
            .typoWords("mensch", "menschen", "person", "mitarbeiter", "berater", "kundenberater",
                    "ansprechpartner", "jemand", "jemanden", "jemandem", "sprechen", "reden", "verbinden")
            .typoExclusions("beraten", "berate", "personal", "personen", "mitarbeiterin", "rede", "redet", "regen",
                    "sprecht", "spreche", "verbinde", "sprach", "sprachen", "verbunden", "verbindet", "menschlich", "mensa",
                    "jemals")
            .persons("mensch(?:en)?", "person(?:en)?", "mitarbeiter(?:in|innen|n)?", "\\w*berater(?:in|innen|n)?",
                    "\\w*betreuer(?:in)?", "ansprechpartner(?:in)?", "\\w*leiter(?:in)?", "kundenservice",
                    "kundendienst", "support", "agent(?:en|in)?", "operator", "jemand(?:en|em)?", "wem",
                    "sachbearbeiter(?:in)?", "verantwortliche[nr]?", "zustandige[nr]?", "kolleg(?:e|en|in)",
                    "teammitglied", "telefonist(?:in)?", "manager(?:in)?", "supervisor", "vorgesetzte[nr]?",
                    "chef(?:in)?")
            .roles("arzt", "arztin", "zahnarzt(?:in)?", "dr", "doktor", "frau \\w+", "herrn? \\w+", "rezeption",
                    "empfang", "verkauf", "verkaufer(?:in)?", "makler(?:in)?", "trainer(?:in)?", "mechaniker",
                    "techniker", "inhaber(?:in)?", "geschaftsfuhrer(?:in)?", "buchhaltung", "werkstatt", "praxis",
                    "buro", "team")
            .complement("(?:aus|von|vom|im|bei) (?:dem |der |den |ihrem |ihrer |eurem |eurer )?\\w+")
            .frames(
                    contact("sprechen-mit", "(?:sprechen|reden|chatten|telefonieren|sprich|rede) mit", ""),
                    contact("mit-sprechen", "mit", TALK + "\\b"),
                    contact("jemanden-sprechen", "(?:kann|konnte|darf|konnen|konnten) (?:ich|wir|man)", "sprechen\\b"),
                    contact("verbinden", "(?:verbinden sie mich|verbinden? mich|verbindet mich|stellen sie mich|"
                            + "stell mich|stellt mich|leiten sie mich|leite mich|leitet mich|weiterleiten|"
                            + "durchstellen)(?: (?:bitte|mal|doch|kurz))*(?: (?:mit|zu|an|zum|zur))?", ""),
                    contact("an-weiterleiten", "(?:an|zu|zum|zur)", "(?:weiterleiten|weiter|durchstellen|durch|"
                            + "verbinden)\\b"),
                    contact("ruckruf-von", "(?:ruckruf|anruf) (?:von|vom)", ""),
                    contact("erreichen", "(?:erreiche|erreichen|erreicht|kontaktiere|kontaktieren|komme|kommt)"
                            + "(?: ich| man)?(?: hier| da)?(?: an)?", ""),
                    contact("callback", "", "(?:mich )?(?:(?:bitte|mal|kurz|heute|morgen) )*(?:anrufen|"
                            + "zuruckrufen|kontaktieren|ruckrufen)\\b"),
                    contact("mit-dem", "", "mit dem (?:ich|man) (?:sprechen|reden)"),
                    contact("verfugbar", "", "(?:ist |sind )?(?:jetzt |gerade |heute )?(?:verfugbar|erreichbar)$"),
                    person("mochte", "(?:mochte|will|wollte|brauche|benotige|hatte gern|hatte gerne|hatte lieber|"
                            + "wurde gern|wurde gerne|wunsche|verlange|bitte um|gib mir|geben sie mir|gebt mir|"
                            + "holen sie|hol mir|her mit)", ""),
                    person("bekommen", "", "(?:ans telefon |an den apparat |in die leitung )?(?:bekommen|kriegen)\\b"))
            .clauseRequests(
                    of("niemand-zum-reden", "\\bgibt es (?:da |hier )?(?:niemand|niemanden|keinen menschen|"
                            + "keine person)(?: (?:mit dem|der|zum)|$)"),
                    of("gibt-es-jemanden", "\\bgibt es (?:da |hier )?(?:jemand|jemanden|einen mitarbeiter|"
                            + "einen menschen|eine person|einen ansprechpartner)(?: (?:mit dem|der|den ich)|$)"),
                    of("ist-da-jemand", "\\bist (?:da|hier) (?:jemand|wer)(?: echtes| echter| da| erreichbar)?$"),
                    of("mit-ihm-sprechen", "\\bmit (?:ihm|ihr) (?:sprechen|reden)\\b"))
            .gapBreakers("uber", "fur", "wegen", "in", "im", "am", "auf", "und", "aber", "oder", "als", "wenn",
                    "falls", "weil", "mein", "meine", "meinen", "meinem", "meiner", "sein", "seine", "andere[nmr]?",
                    "zweite[nmr]?", "mehr", "\\d+", "zwei", "drei", "nicht", "kein\\w*", "mit", "zu")
            .fillers("bitte", "jetzt", "sofort", "mal", "schnell", "endlich", "ein", "eine", "einen", "einem",
                    "einer", "den", "die", "der", "dem", "echte[nrs]?", "echt", "hallo", "hi", "danke", "ja", "nur",
                    "sprechen", "reden", "gib", "mir", "mit", "gleich", "hier", "please")
            .negations("nicht", "kein", "keine", "keinen", "keinem", "keiner", "niemand", "niemanden", "niemandem",
                    "nie", "niemals", "ohne", "statt", "anstatt")
            .negationEnds("sondern", "aber", "ich will", "ich mochte", "ich brauche", "lieber")
            .comparatives("statt", "anstatt", "(?:lieber|besser|eher) (?:\\w+ ){0,4}als", "^als")
            .hypotheticals("wenn", "falls", "sofern", "vielleicht", "eventuell", "irgendwann", "nachstes mal",
                    "nachste mal", "nur zur info", "in zukunft", "kunftig")
            .politeConditions("wenn (?:moglich|es geht|es moglich ist|das geht|sie konnen)", "falls moglich",
                    "(?:konnte|konnten|kann|konnen|wurden) (?:ich|sie|du) (?:vielleicht|eventuell)")
            .imperatives("^(?:(?:dann|also|bitte|ok|und|jetzt) )*(?:verbinden sie|verbinde|stellen sie|stell|"
                    + "leiten sie|leite|geben sie mir|gib mir|holen sie|hol)")
            .quotes("steht", "stand", "sagt", "sagte", "gesagt", "meinte", "schreibt", "geschrieben", "getippt",
                    "tippen", "option", "button", "menu", "aus versehen", "ignorieren", "autokorrektur", "geandert",
                    "heißt", "heisst",
                    "(?:mein|meine) (?:mann|frau|mutter|vater|sohn|tochter|freund|freundin|chef|chefin) "
                            + "(?:will|mochte|braucht|muss)")
            .botQuestions("bist du", "sind sie", "(?:ist|is) (?:das|dies|es)", "(?:schreibe|rede|spreche|chatte) ich",
                    "wer (?:antwortet|schreibt)", "sitzt da", "sind die antworten", "antwortet (?:hier )?(?:ein|eine)")
            .natureWords("mensch(?:en)?", "person", "bot", "roboter", "maschine", "echt(?:er|es|e)?", "automatisch",
                    "automatisiert", "ki", "kunstliche intelligenz", "chatbot", "assistent", "virtuell(?:er)?",
                    "programm", "chatgpt", "mitarbeiter", "jemand")
            .botWords("bot", "roboter", "maschine", "automatisch", "automatisiert", "chatbot", "ki",
                    "kunstliche intelligenz", "virtuelle[rn]? assistent(?:en)?", "programm", "chatgpt")
            .orWords("oder")
            .otherSenses("personal ?trainer", "(?:zweite|andere|weitere) person", "(?:zwei|drei|vier|funf|\\d+) "
                    + "personen", "in person")
            .fallbacks(
                    of("no-info", "(?:habe|hab) ich (?:leider )?(?:keine|nicht)|(?:habe|hab) (?:leider )?(?:keine|"
                            + "keinen) (?:\\w+ ){0,2}?(?:informationen|information|infos|zugriff|daten|antwort|"
                            + "details)|liegt mir (?:leider )?nicht vor|weiß ich (?:leider )?nicht"),
                    of("cannot-help", "kann ich (?:ihnen |dir )?(?:hier )?(?:im chat )?(?:leider )?(?:im moment )?"
                            + "nicht (?:helfen|beantworten|sagen|bestatigen|bearbeiten|einsehen)|kann ich nicht sagen"),
                    of("check-with-team", "(?:kläre|klare|frage|frag|prufe|erkundige mich) (?:\\w+ ){0,3}?(?:mit "
                            + "dem|mit der|beim|bei der|bei dem|im|das|nach)(?: \\w+){0,2}? (?:team|praxis|buro|"
                            + "verkauf|kollegen|kollegin|werkstatt|chef|service)|(?:muss|musste) ich (?:erst |noch )?"
                            + "(?:mit|bei) (?:dem|der) \\w+ (?:abklaren|klaren|nachfragen)|(?:habe|hab) ihre frage "
                            + "an (?:das|die|den) \\w+ weitergeleitet"),
                    of("not-found", "(?:habe|hab) ich (?:leider )?(?:nichts|keine \\w+) gefunden|nichts gefunden"),
                    of("out-of-scope", "geht uber das hinaus|kann (?:ich )?nur (?:bei|mit) \\w+ (?:\\w+ )?"
                            + "(?:und \\w+ )?helfen|ich kann nur bei"),
                    of("not-understood", "(?:habe|hab) ihre frage nicht verstanden|nicht verstanden|nicht sicher, ob "
                            + "ich verstehe|nicht sicher ob ich verstehe|anders formulieren"))
            .uncertainFallbacks(
                    of("not-sure", "(?:bin ich mir|ich bin mir|ich bin) (?:leider )?nicht sicher|ich weiß (?:leider )?"
                            + "nicht|keine ahnung"))
            .dissatisfied(
                    of("did-not-help", "(?:hat|hilft|funktioniert|klappt|geht|bringt) (?:mir |mich |das |es )?"
                            + "(?:immer noch |noch immer |leider )?(?:nicht|nichts)|nutzlos\\w*|sinnlos|noch verwirrter|"
                            + "nichts mit meiner frage zu tun|nichts zu tun|na toll"),
                    of("still-broken", "immer noch nicht|noch immer nicht|immer noch (?:doppelt|falsch|kaputt|kein)|"
                            + "sturzt (?:immer noch |noch immer |wieder )?ab"),
                    of("not-what-i-asked", "(?:habe|hab) ich nicht (?:gefragt|gemeint|gesagt)|nicht (?:das|was|das was|das wonach) "
                            + "ich (?:\\w+ )?(?:gefragt|gemeint|wollte|gesucht)|(?:das|es) ist (?:falsch|nicht richtig|nicht korrekt)|das "
                            + "ist es nicht|beantwortet (?:meine frage )?nicht"),
                    of("wrong-answer", "(?:rede|spreche|meine|meinte) (?:von|vom) (?:der |dem |den )?anderen|"
                            + "(?:meinte|war|sagte|fragte) (?:\\w+ ){1,5}nicht \\w+"),
                    of("not-understood", "(?:sie verstehen|du verstehst) mich nicht|(?:nachricht|frage) (?:uberhaupt )?"
                            + "gelesen"),
                    of("repeat", "wiederholen (?:immer )?(?:dasselbe|das gleiche)|immer dasselbe|immer das gleiche"),
                    of("sarcasm", "danke fur nichts"),
                    of("gave-up", "trotzdem danke|danke trotzdem"))
            .resolved(
                    of("worked", "(?:hat|hats) (?:funktioniert|geklappt|geholfen)|jetzt (?:geht|gehts|funktioniert|"
                            + "klappt)|gelost|erledigt|bin (?:jetzt )?drin|alles (?:gut|klar|ok|okay|erledigt)|ergibt "
                            + "(?:jetzt )?sinn|angekommen|ist durch|beantwortet"),
                    of("that-is-all", "genau das|mehr brauchte ich nicht"))
            .thanks("danke", "vielen dank", "tausend dank", "perfekt", "super", "top", "klasse", "prima", "passt",
                    "toll", "verstanden", "gebucht", "wunderbar", "spitze")
            .questionStarts("was", "wie", "wann", "wo", "welche[rsnm]?", "wer", "warum", "kann ich", "konnen sie",
                    "gibt es", "habt ihr", "haben sie")
            .build();
}
