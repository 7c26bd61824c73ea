package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/** German phrases of bot replies (fallbacks) and of customer replies to them (feedback), over normalised text. */
final class GermanReplies {

    /** Who the bot asks when it does not know. */
    private static final String TEAM = "(?:team|praxis|buro|verkauf|kollegen|kollegin|kolleginnen|werkstatt|chef|"
            + "chefin|service|vertrieb|zentrale|verwaltung|rezeption|empfang|arzt|arztin|inhaber|inhaberin|"
            + "abteilung|fachabteilung|buchhaltung|technik|support|mitarbeitern|mitarbeiterin|vermieter|trainer|"
            + "hausverwaltung|zahnarzt|zahnarztin|geschaftsleitung|filiale|lager|hersteller)";

    /** Found nothing, but not "no free slot". */
    private static final String NOTHING = "(?:nichts|gar nichts|keine[nm]? (?!(?:freie[nmrs]?|termin\\w*|platz|"
            + "platze|slot\\w*|zeit)\\b)\\w+)";

    /** What the bot may lack. */
    private static final String INFO = "(?:informationen?|infos?|angaben|details|daten|antwort|auskunft|zugriff|"
            + "kenntnis|kenntnisse|einblick|einsicht|zahlen|unterlagen|hinweise|wissen|preise)";

    /** Phrases by which the bot itself admits it lacks the answer. */
    static final NamedPattern[] FALLBACKS = {
            of("no-info", "(?:habe|hab|hatte) ich (?:\\w+ ){0,3}?(?:keine|keinen|nicht die|leider nicht die)"
                    + " (?:\\w+ ){0,2}?" + INFO + "|ich (?:habe|hab|besitze|verfuge uber) (?:\\w+ )"
                    + "{0,3}?(?:keine|keinen|nicht die|nicht genug|zu wenig) (?:\\w+ ){0,2}?" + INFO + "|(?:"
                    + "information|informationen|infos|angaben|details|daten|antwort) (?:habe|hab|hatte|"
                    + "kenne) ich (?:\\w+ )?(?:nicht|keine)|(?:liegt|liegen) mir (?:\\w+ ){0,3}?(?:nicht|"
                    + "keine \\w+|keine) (?:\\w+ )?vor|mir (?:fehlen|fehlt) (?:\\w+ ){0,3}?" + INFO + "|(?:f"
                    + "ehlen|fehlt) mir (?:\\w+ ){0,2}?" + INFO
                    + "|(?:ist|sind) mir (?:\\w+ ){0,2}?(?:nicht|nichts) bekannt|mir ist (?:\\w+ )"
                    + "{0,2}?nichts bekannt|wei(?:ß|ss) ich (?:\\w+ ){0,2}?(?:leider |auch |selbst |ehrlich "
                    + "gesagt |gerade |momentan |aktuell |so )*nicht|(?:ich kenne|kenne ich) (?:\\w+ )"
                    + "{0,4}?(?:leider )?nicht\\b|(?:bin ich|ich bin) (?:\\w+ ){0,2}?uberfragt|muss ich "
                    + "(?:\\w+ )?passen|(?:dazu|daruber|hierzu|hieruber) (?:habe|hab|finde) ich (?:\\w+ )"
                    + "{0,2}?(?:keine|nichts)\\b|(?:habe|hab|ist) (?:ich )?(?:\\w+ ){0,3}?(?:nichts|keine "
                    + "\\w+|keinen \\w+) (?:\\w+ )?(?:hinterlegt|gespeichert|vermerkt|parat)|(?:ist|sind) "
                    + "mir (?:\\w+ )?(?:leider )?(?:unklar|nicht klar)"),
            of("cannot-help", "(?:kann ich|ich kann) (?:\\w+ ){0,4}?(?:leider |so |im moment |momentan |"
                    + "aktuell |derzeit |hier |gerade |von hier aus )*(?:nicht|nichts|keine[nm]? "
                    + "(?!(?:freie[nmrs]?|platz|platze|rabatt\\w*)\\b)\\w+(?: \\w+)?) (?:\\w+ )"
                    + "{0,3}?(?:helfen|weiterhelfen|beantworten|sagen|bestatigen|bearbeiten|einsehen|prufen|"
                    + "nachsehen|nachschauen|abrufen|zugreifen|beurteilen|einschatzen|herausfinden|nennen|"
                    + "erkennen|anfangen)\\b|keine (?:\\w+ )?(?:auskunft|auskunfte|angaben|aussage|aussagen)"
                    + " (?:\\w+ )?(?:geben|erteilen|machen|treffen)|ich bin (?:\\w+ )?(?:leider )?nicht in "
                    + "der lage|(?:ich habe|habe ich) (?:\\w+ )?(?:leider )?keine moglichkeit|ist mir "
                    + "(?:\\w+ )?(?:leider )?nicht moglich|kann ich nicht sagen|(?:bin ich|ich bin) (?:\\w+ "
                    + "){0,2}?(?:leider )?nicht (?:zustandig|der richtige|die richtige|ausgelegt|"
                    + "programmiert|gemacht)|(?:kann ich|ich kann|konnte ich|ich konnte) (?:\\w+ )"
                    + "{0,3}?(?:leider )?nicht (?:ganz )?(?:zuordnen|nachvollziehen)"),
            of("check-with-team", "(?:klare|frage|frag|prufe|erkundige mich|informiere mich|halte "
                    + "rucksprache|checke) (?:\\w+ ){0,4}?(?:mit dem|mit der|mit den|beim|bei der|bei den|"
                    + "bei dem|bei unserem|bei unserer|im|in der|das|nach|mit unserem|mit unserer)(?: \\w+)"
                    + "{0,2}? "
                    + TEAM + "|frage (?:ich )?(?:\\w+ ){0,4}?(?:bei|beim|im|in der) (?:\\w+ ){0,2}?\\w+ "
                    + "nach\\b|(?:muss|musste|werde) ich (?:\\w+ ){0,5}?(?:nachfragen|nachhaken|erfragen|"
                    + "rucksprache halten|weitergeben|weiterleiten|prufen lassen|erkundigen)|ich (?:muss|"
                    + "musste|werde) (?:\\w+ ){0,5}?(?:nachfragen|nachhaken|erfragen|rucksprache halten|"
                    + "weitergeben|weiterleiten|prufen lassen|erkundigen)|(?:mit|bei) (?:dem|der|den|"
                    + "unserem|unserer|unseren|meinen|meinem|meiner) (?:\\w+ )?" + TEAM + " (?:\\w+ )"
                    + "{0,2}?(?:abklaren|klaren|besprechen|abstimmen|nachfragen|rucksprache halten|"
                    + "nachprufen|checken|abchecken|prufen)|(?:habe|hab) (?:ihre|die|deine|eure) (?:\\w+ )"
                    + "?(?:frage|anfrage|nachricht|anliegen) (?:\\w+ ){0,4}?(?:weitergeleitet|weitergegeben)"
                    + "|(?:leite|gebe|reiche) (?:ihre|die|deine|eure|das|es|diese) (?:\\w+ ){0,5}?(?:an|ans|"
                    + "zum|zur) (?:\\w+ ){0,3}?weiter\\b|frage (?:\\w+ )?(?:kurz|gerne|gern|mal|schnell|"
                    + "sofort|einmal) nach\\b|sobald ich (?:\\w+ ){0,2}?(?:mehr|naheres|genaueres|eine "
                    + "antwort|ruckmeldung|infos?|bescheid) (?:\\w+ )?(?:wei(?:ß|ss)|habe|bekomme|erhalte|"
                    + "erfahre)|(?:kann|konnen) (?:ihnen |dir |euch )?(?:\\w+ ){0,2}?(?:das team|unser team|"
                    + "die kollegen|die kolleginnen|ein mitarbeiter|eine mitarbeiterin|unsere mitarbeiter|"
                    + "die praxis|das buro|der verkauf|die werkstatt|der support|unser buro) (?:\\w+ )"
                    + "{0,3}?(?:besser|genauer|verbindlich|sicher) (?:\\w+ )?(?:beantworten|sagen|helfen|"
                    + "weiterhelfen|auskunft geben)|(?:mitarbeiter\\w*|kolleg\\w*|team) (?:wird|werden) "
                    + "sich (?:\\w+ ){0,4}?(?:bei ihnen|bei dir|bei euch) (?:dazu |diesbezuglich )?melden|"
                    + "(?:musste|konnte|sollte|muss|kann) (?:ihnen |dir |euch )?(?:jemand|das team|die "
                    + "praxis|der arzt|die arztin|die kollegen|ein mitarbeiter|die werkstatt|das buro|unser "
                    + "team|der vermieter|die hausverwaltung) (?:\\w+ ){0,2}?(?:bestatigen|beantworten|"
                    + "sagen|klaren|prufen)\\b"),
            of("not-found", "(?:habe|hab|konnte|kann) ich (?:dazu |daruber |hierzu |leider |in meinen \\w+ |"
                    + "im system |in unserem system )*(?:nichts|keine " + INFO + "|keinen (?:eintrag|"
                    + "hinweis|treffer|datensatz)) (?:dazu |daruber |hierzu |passendes |entsprechendes )"
                    + "?(?:gefunden|finden)\\b|(?:ich (?:finde|fand|konnte)|(?:finde|fand|konnte) ich) "
                    + "(?:\\w+ ){0,4}?(?:keine (?:informationen?|infos?|angaben|daten|hinweise|eintrage|"
                    + "ergebnisse|treffer|details|antwort)|keinen (?:eintrag|hinweis|treffer|datensatz)|"
                    + "nichts (?:dazu|daruber|hierzu|passendes|entsprechendes|genaues|konkretes))|(?:dazu|"
                    + "daruber|hierzu) (?:\\w+ ){0,3}?nichts (?:\\w+ )?(?:gefunden|finden)|(?:zu|unter|uber|"
                    + "in meinen|in meiner|in unseren|dazu|daruber|hierzu) (?:\\w+ ){0,4}?(?:finde|fand|"
                    + "konnte|kann) ich (?:\\w+ ){0,5}?" + NOTHING
                    + "|ich (?:konnte|kann|finde|fand) (?:\\w+ )?(?:zu|unter|uber|in meinen|in meiner|in "
                    + "unseren|dazu|daruber|hierzu) (?:\\w+ ){0,4}?" + NOTHING),
            of("out-of-scope", "geht (?:leider |wohl |etwas )?uber (?:das|mein|meine) (?:\\w+ ){0,2}?hinaus|"
                    + "(?:ubersteigt|ubersteigen) (?:leider |etwas )?(?:mein|meine|das was)|(?:ausserhalb|"
                    + "außerhalb|jenseits) (?:meines|meiner|dessen|von dem) (?:\\w+ )?(?:wissens|bereichs|"
                    + "kenntnis|kenntnisse|moglichkeiten|kompetenz|aufgaben|was|wobei|womit|wo)|nicht in "
                    + "(?:meinem|meinen) (?:\\w+ )?(?:bereich|fachgebiet|wissensbereich|wissen|"
                    + "aufgabenbereich)|kann (?:ich )?(?:ihnen |dir |euch )?(?:leider )?nur (?:bei|mit|zu) "
                    + "(?:\\w+ ){0,6}?(?:helfen|weiterhelfen|auskunft geben|antworten)|ich kann (?:ihnen |"
                    + "dir )?(?:leider )?nur (?:bei|fragen|allgemeine|zu)|ich bin (?:\\w+ )?(?:leider )?nur "
                    + "fur (?:\\w+ ){1,3}?(?:zustandig|da|programmiert)"),
            of("not-understood", "(?:habe|hab) (?:ich )?(?:ihre|deine|die|eure) (?:frage|nachricht|anfrage) "
                    + "(?:\\w+ )?(?:leider )?nicht (?:ganz |richtig |genau )?verstanden|nicht (?:ganz |"
                    + "richtig |so ganz )?verstanden|(?:ich )?verstehe (?:(?:ihre|die|deine|eure|diese) "
                    + "(?:\\w+ )?|sie |das |dich |leider |es )?(?:leider )?nicht\\b|anders formulieren|"
                    + "umformulieren|nicht sicher,? ob ich (?:sie |das |dich |es )?(?:richtig )?verstehe|"
                    + "wie meinen sie das|was (?:genau )?meinen sie (?:damit|mit)"),
            of("handover-offer", "(?:verbinde|leite|stelle) (?:ich )?sie (?:gern |gerne |jetzt |kurz |"
                    + "sofort )?(?:mit|an|zu) (?:\\w+ ){0,2}?(?:mitarbeiter\\w*|kolleg\\w*|team|jemandem|"
                    + "menschen|person|berater\\w*)|kann (?:ich )?sie (?:gerne |gern )?(?:mit|an) (?:\\w+ )"
                    + "{0,3}?(?:verbinden|weiterleiten)")
    };

    /** Doubt: a fallback unless the bot goes on to ask the customer a question. */
    static final NamedPattern[] DOUBTS = {
            of("not-sure", "(?:bin ich mir|ich bin mir|ich bin|bin ich) (?:\\w+ )?(?:leider |gerade |da )"
                    + "*nicht (?:ganz |hundertprozentig |so |zu 100 )?sicher|ich wei(?:ß|ss) (?:\\w+ )"
                    + "?(?:leider )?nicht|keine ahnung|nicht mit sicherheit|wei(?:ß|ss) ich nicht genau")
    };

    /** The customer says the bot's last answer failed. */
    static final NamedPattern[] DISSATISFIED = {
            of("did-not-help", "(?:hat|hats|hatte) (?:\\w+ ){0,3}?(?:nicht|nichts|nix|gar nicht|gar nichts|"
                    + "uberhaupt nicht|uberhaupt nichts) (?:\\w+ ){0,2}?(?:geholfen|funktioniert|geklappt|"
                    + "gebracht|genutzt|gewirkt|weitergeholfen|geandert|getan)|(?:bringt|brachte|nutzt|"
                    + "hilft|half) (?:\\w+ ){0,2}?(?:nichts|nix|null|gar nichts|uberhaupt nichts|wenig|kaum)"
                    + "\\b|(?:habe|hab) (?:das|es|ihre antwort|die antwort|sie) (?:\\w+ )?nicht (?:ganz |"
                    + "richtig )?verstanden|(?:hilft|half|funktioniert|funktionierte|klappt|klappte|lauft) "
                    + "(?:mir |uns |das |es |so |leider |aber |auch |jetzt |trotzdem |einfach |gar |"
                    + "uberhaupt |immer noch |noch immer |wieder )*(?:nicht|nich|net)\\b|(?<!(?:montag|"
                    + "dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|uhr|tag|woche|zeit|morgen|abend|"
                    + "termin) )geht (?:leider |immer noch |noch immer |trotzdem |wieder |so |aber )"
                    + "*(?:nicht|nich|net)\\b|nutzlos\\w*|sinnlos|zwecklos|unbrauchbar|(?:nicht|wenig|nicht "
                    + "wirklich|nicht sehr|nicht besonders|null|gar nicht) (?:hilfreich|nutzlich|brauchbar|"
                    + "zielfuhrend)|keine (?:gro(?:ß|ss)e )?hilfe|noch verwirrter|zeitverschwendung|nichts "
                    + "mit meiner frage zu tun|nichts zu tun|am thema vorbei|(?:macht|ergibt) (?:doch |gar |"
                    + "uberhaupt |so )?keinen sinn|(?:hab|habe|haben|hatte) (?:ich |es |das |ich das |ich "
                    + "es )?(?:doch |auch |alles |schon |bereits |mehrmals |zigmal |x mal |zweimal |dreimal "
                    + "|so )*(?:schon|bereits) (?:\\w+ )?(?:probiert|versucht|gemacht|getan|ausprobiert|"
                    + "gecheckt|gepruft|geschaut|neu gestartet)|^(?:schon|bereits|alles schon) (?:probiert|"
                    + "versucht|gemacht)|(?:noch |immer noch |gar |uberhaupt |leider )?nicht (?:gelost|"
                    + "erledigt|geklart|behoben|repariert|angekommen|erhalten|gefunden)|keine[nm]? (?:mail|"
                    + "email|e mail|sms|nachricht|bestatigung|code|link) (?:\\w+ )?(?:bekommen|erhalten|"
                    + "gekriegt|angekommen)|(?:ich )?(?:verstehe|versteh) (?:\\w+ )?(?:nicht|nix|kein wort|"
                    + "nur bahnhof)|komme?n? (?:so |hier |damit |immer noch )?nicht weiter|(?:damit|davon|"
                    + "mit der antwort|mit dieser antwort|mit dem link|damit kann ich) (?:kann ich )"
                    + "?(?:\\w+ )?(?:nichts|nix|wenig|gar nichts) anfangen|(?:hab|habe|haben) (?:ich |wir )"
                    + "?(?:das |es )?(?:so |genau so |genauso |alles so |schon so )(?:gemacht|probiert|"
                    + "versucht)|genauso (?:viel |schlau |klug )?wie (?:vorher|zuvor)|so schlau wie "
                    + "(?:vorher|zuvor)|(?:hilfreich|aufschlussreich|informativ|nutzlich|toll|super|klasse) "
                    + "nicht(?=\\n|$)|^nein(?=\\n|$)|^(?:nochmal|noch einmal|nochmals) "
                    + "(?:kann|konnen|konnt|ist|sind|habt|haben|hat|gibt|wann|wie|was|wo|welche\\w*|ob|"
                    + "meine frage)\\b|^zum (?:zweiten|dritten|letzten) mal\\b|ich frag(?:e)? (?:jetzt |"
                    + "hier )?(?:zum (?:zweiten|dritten|letzten) mal|nochmal|noch einmal)|(?:ah ja|aha|"
                    + "achso|ach so) (?:sehr |super |echt |wirklich |ja )?(?:hilfreich|aufschlussreich|"
                    + "informativ)|fuhrt zu nichts|keine antwort auf meine frage|das ist keine antwort"),
            of("still-broken", "(?:bleibt|ist|geht|kommt|bin|sind) trotzdem (?:\\w+ )?(?:kalt|kaputt|nicht|"
                    + "aus|falsch|defekt|das gleiche|gleich|gesperrt|leer)\\b|(?:immer noch|noch immer|"
                    + "immernoch|weiterhin|nach wie vor) (?:ist |sind |bin |habe |hab |wird |kommt |geht |"
                    + "funktioniert |klappt |der |die |das |es |ein |eine )?(?:nicht|kein\\w*|falsch|kaputt|"
                    + "doppelt|defekt|nichts|fehler\\w*|gesperrt|das gleiche|dasselbe|derselbe|dieselbe|die "
                    + "gleiche|der gleiche|gleich|da)\\b|(?:besteht|bleibt) (?:das problem )?(?:immer noch|"
                    + "weiterhin|noch immer|nach wie vor)|sturzt (?:immer noch |noch immer |wieder |"
                    + "trotzdem )?ab|(?:gleiche|gleiches|selbe|selbes|dasselbe|das gleiche|das selbe) "
                    + "problem|(?:kommt|erscheint) (?:immer noch |wieder |schon wieder |trotzdem )?(?:die |"
                    + "eine |der |diese )?(?:gleiche |selbe )?fehler(?:meldung)?|warte (?:\\w+ )?(?:immer "
                    + "noch|noch immer|weiterhin|nach wie vor)|(?:link|code|seite|app|button|knopf|login|"
                    + "anmeldung|zahlung|formular|passwort|gutschein|rabattcode|webseite|website|buchung) "
                    + "(?:\\w+ ){0,4}?(?:geht|funktioniert|klappt|lauft|ladt|offnet) (?:\\w+ )?(?:nicht|"
                    + "nich|net)"),
            of("not-what-i-asked", "(?:habe|hab) ich (?:doch |gar |so )?nicht (?:gefragt|gemeint|gesagt|"
                    + "gewollt)|nicht (?:das|was|das was|das wonach|wonach) ich (?:\\w+ )?(?:gefragt|"
                    + "gemeint|wollte|gesucht|wissen wollte)|das ist es nicht|beantwortet (?:meine frage |"
                    + "das |die frage )?(?:\\w+ )?nicht|darum (?:ging|geht) es (?:mir )?(?:doch )?(?:gar )"
                    + "?nicht|es geht (?:mir )?(?:doch )?um (?:etwas|was) anderes|(?:war|ist) nicht "
                    + "(?:meine frage|die frage)|nicht meine frage|meine frage war (?:eine )?(?:andere|"
                    + "eigentlich|doch)|(?:habe|hab) (?:was|etwas) (?:ganz )?anderes gefragt|an meiner "
                    + "frage vorbei|(?<!mehr )wollte ich (?:gar |doch )?nicht wissen|passt nicht zu meiner "
                    + "frage|thema verfehlt|themaverfehlung"),
            of("wrong-answer", "(?:das|es|dies|sie|du) (?:ist|war|stimmt|stimmte|sind|haben sich|hast dich) "
                    + "(?:so |leider |aber |doch |ja |einfach |vollig |total |definitiv |absolut |ganz )"
                    + "*(?:falsch|nicht richtig|nicht korrekt|nicht wahr|unsinn|quatsch|blodsinn|vertan|"
                    + "geirrt)|stimmt (?:so |leider |doch |aber |einfach |gar |uberhaupt )*nicht\\b|"
                    + "^(?:(?:nein|nee|ne|no|nope|noe) )?(?:falsch|quatsch|unsinn|blodsinn|schwachsinn)\\b|"
                    + "falsche (?:antwort|info|infos|information|angabe|auskunft|zeit|adresse|nummer)|"
                    + "(?:rede|spreche|meine|meinte|fragte) (?:von|vom|nach) (?:der |dem |den )?(?:anderen|"
                    + "ganz anderen)|(?:meinte|war|sagte|fragte) (?:\\w+ ){1,5}nicht \\w+|(?:wollte|gefragt|"
                    + "gemeint|wissen) (?:\\w+ ){0,5}?nicht (?:die|den|das|der|nach|um|am|im|fur|von|zum|"
                    + "zur|meine\\w*|\\d+)\\b|^(?:nein|nee|ne|no|noe) (?:ich )?(?:meine|meinte|rede|spreche|"
                    + "frage|fragte)\\b|ich (?:meinte|meine) (?:doch |eigentlich |aber )(?:\\w+ )?\\w+"),
            of("not-understood", "(?:sie verstehen|du verstehst|ihr versteht) (?:mich|das|es|meine frage|"
                    + "mein problem) (?:\\w+ )?nicht|(?:sie haben|du hast|hast du|haben sie) (?:mich|das|"
                    + "meine frage|es) (?:\\w+ )?(?:nicht|falsch) verstanden|falsch verstanden|"
                    + "missverstanden|(?:haben sie|hast du|habt ihr) (?:meine nachricht |meine frage |das |"
                    + "es )?(?:uberhaupt |eigentlich |auch )*(?:gelesen|zugehort)|(?:nachricht|frage) "
                    + "(?:uberhaupt )?gelesen|(?:lesen sie|liest du|lest ihr) (?:meine \\w+ )?(?:uberhaupt|"
                    + "eigentlich|auch mal)|(?:sie horen|du horst|ihr hort|sie lesen|du liest|ihr lest) "
                    + "(?:mir )?(?:\\w+ )?nicht(?: zu)?\\b|(?:horen sie|horst du) (?:mir )?(?:uberhaupt |"
                    + "eigentlich )?zu"),
            of("repeat", "(?:sie wiederholen|du wiederholst|wiederholen sie|wiederholst du) (?:sich|dich|"
                    + "nur|immer|standig|schon wieder|einfach)|wiederholen (?:immer )?(?:dasselbe|das "
                    + "gleiche)|immer (?:wieder )?(?:dasselbe|das gleiche|das selbe|dieselbe antwort|die "
                    + "gleiche antwort|den gleichen text)|schon wieder (?:dieselbe|die gleiche|das gleiche|"
                    + "dasselbe|die selbe|diese) (?:antwort|nachricht|text)|(?:gleiche|selbe|dieselbe) "
                    + "antwort (?:wie|schon|nochmal|wieder)|(?:das|es) (?:hatten|sagten|schrieben) (?:wir|"
                    + "sie|du) (?:doch )?(?:schon|bereits)|(?:das|es) haben sie (?:mir )?(?:doch )?(?:schon|"
                    + "bereits) (?:gesagt|geschrieben)|(?:das|es) (?:hast du|haben sie|habt ihr) (?:mir |"
                    + "uns )?(?:\\w+ ){0,3}?(?:schon|bereits) (?:\\w+ )?(?:gesagt|geschrieben|erklart|"
                    + "geschickt)|(?:das|es) wei(?:ß|ss) ich (?:doch |ja )?(?:schon|bereits|selbst|selber)|"
                    + "wusste ich (?:doch |ja )?(?:schon|bereits)|(?:drehen|dreh|drehe) (?:uns |mich )"
                    + "?(?:hier |nur )?im kreis|im kreis (?:drehen|gehen|laufen|reden)|endlosschleife"),
            of("sarcasm", "danke fur nichts|na (?:toll|bravo|klasse)|(?:vielen dank|danke) auch(?=\\n|$)|"
                    + "(?:ganz|echt) toll gemacht|sehr witzig|wie hilfreich"),
            of("gave-up", "trotzdem danke|danke trotzdem|dann eben nicht|dann halt nicht|vergessen sie es|"
                    + "vergiss es|lassen wir das|ich (?:ruf|rufe) (?:dann )?(?:lieber|einfach|halt|eben|"
                    + "doch|selbst|direkt) (?:\\w+ ){0,3}?an\\b|ich (?:frag|frage|versuch|versuche) (?:es )"
                    + "?(?:dann )?(?:lieber |halt |eben )?(?:woanders|jemand anderen|selbst|selber|vor ort)|"
                    + "finde es (?:selbst|selber) (?:raus|heraus)|kummere mich (?:selbst|selber)"),
            // the customer had already given what the bot asks for again
            // (a file just sent is news, not a repeat: "gerade geschickt" needs "doch" or "schon")
            of("gave-already", "(?:dir|ihnen|euch) (?:\\w+ ){0,3}?(?:gerade |grad |eben |vorhin )?(?:doch|schon"
                    + "|bereits)"
                    + "(?: \\w+)? (?:geschickt|gegeben|gesagt|geschrieben|genannt|mitgeteilt|durchgegeben)"
                    + "|(?:dir|ihnen|"
                    + "euch) (?:\\w+ ){0,3}?(?:doch )?(?:gerade|grad|eben|vorhin) (?:gegeben|gesagt|genannt|mitgeteilt|"
                    + "durchgegeben)"),
            // the fault goes on: "blinkt immer noch", "tropft nach wie vor"
            of("persisting", "\\b(?!(?:funktioniert|klappt|geht|lauft|passt|halt|stimmt|gilt)\\b)\\w+t (?:immer noch|"
                    + "noch immer|nach wie vor|weiterhin)(?! nicht)\\b")
    };

    /** The customer says the problem is solved. */
    static final NamedPattern[] RESOLVED = {
            of("worked", "(?:hat|hats|hat es|hat das|hat alles) (?:\\w+ )?(?:jetzt |nun |endlich |doch |"
                    + "super |prima |gut |bestens )?(?:funktioniert|geklappt|geholfen|gewirkt|"
                    + "weitergeholfen)|(?:funktioniert|klappt|geht|gehts|lauft) (?:jetzt|wieder|nun|endlich|"
                    + "alles|einwandfrei|problemlos)|jetzt (?:geht|gehts|funktioniert|klappt|lauft|passt)|"
                    + "(?:jetzt|nun|damit) (?:ist|wird|wars) (?:es |das |alles |mir |mir das |mir alles )"
                    + "*klar|gelost|erledigt|geklart|behoben|bin (?:jetzt |nun |endlich )?(?:drin|"
                    + "eingeloggt|angemeldet)|alles (?:gut|ok|okay|erledigt|bestens|prima|passt)|alles "
                    + "klar(?! (?:\\w+ ){0,2}?(?:uberleg\\w*|melde mich|schau(?:e)? (?:mal|ich)|denke? "
                    + "(?:mal )?(?:daruber|nach)|muss (?:ich )?(?:noch|erst)))|(?:ergibt|macht) (?:jetzt |"
                    + "nun |so |das |es |alles )*sinn|angekommen|(?:ist|sind|ging|gingen) (?:jetzt |nun |"
                    + "endlich )?(?:durch|durchgegangen|durchgelaufen)|beantwortet|(?:hab|habe|hab ich|habe "
                    + "ich|ich habe|ich hab) (?:es |ihn |sie |das |den \\w+ |die \\w+ |jetzt |nun |endlich |"
                    + "doch |s )*(?:gefunden|hinbekommen|geschafft|bekommen|erhalten|verstanden|kapiert)|"
                    + "(?:das |es )?hilft (?:mir )?(?:sehr|weiter|total|echt)|sehr hilfreich|(?:perfekt|"
                    + "super|top|danke),? (?:das )?(?:passt|reicht|genugt)|hat sich erledigt|problem (?:ist "
                    + ")?(?:weg|gelost|behoben)"),
            of("that-is-all", "genau das|mehr brauchte ich nicht|mehr wollte ich nicht|(?:das )?war(?: es)? "
                    + "schon alles|das war alles|mehr (?:brauche|wollte) ich (?:gar )?nicht"),
            of("understood-now", "jetzt versteh(?:e)? ich|versteh(?:e)? ich (?:es |s |das )?jetzt|^(?:ah |achso |"
                    + "ok )?ach so$|jetzt (?:ist es|ist s|ists) klar"),
            of("logged-in", "komm(?:e)? (?:ich )?(?:jetzt |endlich |wieder |nun |auch )*(?:wieder )?rein\\b|"
                    + "(?:kann|konnte) mich (?:jetzt |endlich |wieder |nun )*(?:einloggen|anmelden)")
    };

    /** Thanks and praise: they close the matter when no question follows. */
    static final String[] THANKS = {
            "(?<!nein |nee |ne )danke", "vielen dank", "tausend dank", "besten dank", "herzlichen dank",
            "dankeschon",
            "perfekt", "super", "top", "klasse", "prima", "passt", "toll", "verstanden", "gebucht",
            "wunderbar", "spitze", "merci", "vielen lieben dank", "sehr gut", "bestens",
            "alles klar (?:danke|vielen dank|super|perfekt|top)", "dank dir", "dank ihnen"
    };

    /** A detail the customer does not know yet: an answer to the bot, not a failed attempt. */
    static final String[] UNDECIDED = {
            "(?:wei(?:ß|ss|s)|wissen) (?:ich |wir |es )?(?:selbst "
                    + "|jetzt )?noch nicht", "noch nicht (?:entschieden|sicher|"
                    + "klar)"
    };

    /** Openers of a question asking what is wrong with a thing: its fault words are news, not feedback. */
    static final String[] FAULT_QUESTIONS = {
            "(?:wissen sie|weisst du|wisst ihr|weiss jemand) (?:was|woran es liegt) (?:mit )?(?:meinem|meiner|dem|der|"
                    + "unserem|unserer|das) "
    };

    /** Openers of a question without a question mark. */
    static final String[] QUESTION_STARTS = {
            "was", "wie", "wann", "wo", "welche[rsnm]?", "wer", "warum", "wieso", "weshalb",
            "wieviel", "kann ich", "konnen sie", "gibt es", "habt ihr", "haben sie", "kannst du",
            "konnt ihr", "konnten sie", "konnte ich", "muss ich", "darf ich", "soll ich", "brauche ich",
            "bekomme ich", "geht das", "ist das", "ist es", "sind die", "hast du", "bist du"
    };

    private GermanReplies() {
    }
}
