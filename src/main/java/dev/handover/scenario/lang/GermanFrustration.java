package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * German phrases of strong frustration, over normalised text: umlauts lose their dots ("wutend"), "ß" stays, and the
 * German spelling reads "ue", "oe", "ae" as umlauts, so a word such as "sauer" may read "saur" ("saue?r").
 */
final class GermanFrustration {

    private static final String WILL = "(?:ich werde|wir werden|werde ich|ich will|dann werde ich|dann gehe ich|"
            + "ich gehe)";
    private static final String INTENSE = "(?:so |echt |total |vollig |vollkommen |absolut |komplett |wirklich |"
            + "richtig |voll |ja |"
            + "einfach |sowas von |dermaßen |extrem |mega |verdammt |ganz |nur |doch |eine |ein |einer |"
            + "ihr |der |die |das |von |haufen |verein von |bande von )*";
    private static final String BAD = "(?:unfahige?r? haufen|mieser?|mieses|unfahig|unfahige|inkompetent|"
            + "inkompetente|idioten|idiot|vollidioten|"
            + "deppen|trottel|dumm|dumme|blod|blode|bescheue?rt|betruger|betruge?r|abzocker|lugner|verbrecher|"
            + "witzfiguren|stumper|amateure|nutzlos|nutzlose|unbrauchbar|ein witz|eine katastrophe|eine frechheit|"
            + "eine zumutung|das letzte|mull|schrott|scheiße|scheisse|kacke|der letzte dreck|clowns|"
            + "vollpfosten|dilettanten|armselig|erbarmlich|lacherlich|schlechteste|grottenschlecht)";
    private static final String BUNGLERS = "(?:stumper|idioten|deppen|amateure|dilettanten|versager|pfuscher|"
            + "abzocker|betruger|chaoten)";
    private static final String THING = "(?:bot|roboter|maschine|service|firma|unternehmen|laden|saftladen|app|"
            + "seite|webseite|system|shop|assistent|team|support|kundenservice|kundendienst|programm|verein|"
            + "chatbot|ding)";

    static final NamedPattern[] THREATS = {
            of("ultimatum", "(?:wenn (?:\\w+ ){0,8}?(?:nicht|kein|keine|keinen|niemand|nie|wieder|immer noch)|sonst|"
                    + "andernfalls|ansonsten) (?:\\w+ ){0,8}?(?:kundige|kundigen|"
                    + "verklage|verklagen|klage|anwalt|beschwerde|beschwere|bewertung|wechsle|wechseln|gehe "
                    + "(?:ich )?zur konkurrenz|verbraucherzentrale|widerruf|widerrufe|zuruckbuchen|ruckbuchung|"
                    + "melde|anzeige|zeige (?:ich )?(?:euch|sie|dich) an|verklag(?:e)? (?:ich )?(?:euch|sie)|"
                    + "offentlich)"),
            of("announced", WILL + " (?:(?!nicht |kein|nie )\\w+ ){0,3}?(?:verklagen|anzeigen|anzeige erstatten|eine "
                    + "beschwerde "
                    + "(?:einreichen|einlegen|schreiben)|mich (?:offiziell )?beschweren|(?:eine )?schlechte "
                    + "bewertung|(?:einen )?anwalt|(?:zur|zum) (?:verbraucherzentrale|anwalt|konkurrenz|presse)|"
                    + "rechtliche schritte|das geld zuruckbuchen|zuruckbuchen lassen|alles kundigen|sofort "
                    + "kundigen|offentlich machen|(?:euch|sie) melden)"),
            of("legal", "mein(?:en|em)? anwalt(?! (?:braucht|mochte|will|hat (?:mich |uns )?gebeten|bittet))|(?:zum|"
                    + "meinen|einen|den) anwalt (?:gehen|geht|einschalten|nehmen|holen)|(?:geh|gehe|gang|geht|gehen) "
                    + "(?:\\w+ )?zum anwalt|mein anwalt (?:wird|meldet)|rechtliche schritte|verbraucherzentrale|"
                    + "verbraucherschutz|schlichtungsstelle|vor gericht|anzeige erstatten|klage einreichen|"
                    + "ruckbuchung|chargeback|verklagen|abmahnung"),
            of("leaving", "(?:einen|ihren|einen treuen) kunden verloren|kunde verloren|nie wieder (?:bei|kaufe|"
                    + "bestelle|buche|komme|ihr|euch|dieser|diese|dieses)|nie wieder$|(?:zum )?letzten mal (?:bei "
                    + "(?:euch|ihnen)|bestellt|gekauft)|(?:wechsle|gehe) (?:ich )?zur konkurrenz|(?:einen|1|null) "
                    + "sterne? (?:bewertung|bei|auf)"),
            of("institution", "(?:ich )?(?:geb|gebe|schick|schicke|leite|melde|bring|bringe)(?: \\w+){0,3}? (?:an "
                    + "die|an den|bei der|bei dem|beim|zur|zum|an) (?:\\w+ )?(?:zeitung|lokalzeitung|presse|medien|"
                    + "fernsehen|kammer|zahnarztekammer|arztekammer|arztekammer|behorde|aufsicht|polizei|"
                    + "verbraucherzentrale|konsumentenschutz|bafin|bild|bildzeitung|wiso|marktcheck|rtl)|"
                    + "ich (?:zeig|zeige) (?:euch|sie|dich) an|"
                    + "konsumentenschutz|(?:schrib|schreib|schreibe)(?: \\w+){0,2}? (?:uf|auf|bei) (?:google|"
                    + "facebook|jameda|trustpilot)"),
            of("one-star", "(?:einen|ein|1|null|0) sterne?\\b|(?:schlechte|negative|miese|vernichtende|bose) "
                    + "(?:bewertung|bewertungen|rezension|rezensionen|kritik|kritiken)|null punkte"),
            of("review-coming", "(?:freut euch|freuen sie sich|macht euch|machen sie sich|stellt euch|stellen sie sich|"
                    + "wartet|warten sie)(?: \\w+){0,4}? (?:auf|gefasst auf|ein auf) (?:\\w+ ){0,3}?(?:bewertungen|"
                    + "rezensionen|kommentare|posts|kritiken)|(?:ihr seid|sie sind|seid|sind) (?:hiermit )?"
                    + "gewarnt"),
            of("press-interest", "(?:zeitung|lokalzeitung|presse|medien|fernsehen|journalisten?|reporter|bild|wiso|"
                    + "marktcheck|kassensturz|zdf|ard|rtl)(?: \\w+){0,4}? (?:dafur |"
                    + "fur )?interess\\w*(?: \\w+){0,3}? wie|"
                    + "interess\\w* (?:\\w+ ){0,6}?wie (?:ihr|sie|die firma|euer \\w+) (?:mit )?(?:euren |ihren |"
                    + "seinen |"
                    + "den )?(?:kunden|mietern|patienten|mitgliedern)"),
            // The verb last ("ich werde mich an die Lokalzeitung wenden", "das schreibe ich in meine Bewertung").
            of("press-verb-last", "(?:werde|werden|will|muss) (?:ich |wir )?(?:mich|uns) (?:\\w+ )?an (?:die|den|das) "
                    + "(?:\\w+ )?(?:presse|zeitung|lokalzeitung|lokalpresse|bildzeitung|medien|redaktion|"
                    + "lokalredaktion|verbraucherzentrale|verbrauchersendung) wenden|(?:schreibe|schreib) ich "
                    + "(?:\\w+ ){0,4}?in (?:meine|die|eine|meiner) (?:bewertung|rezension)"),
            of("never-again", "keinen fuß mehr|keinen fuss mehr|nie wieder (?:\\w+ )?(?:bei|hier|euch|ihnen|kaufe|"
                    + "bestelle|komme)|(?:das war|war) das letzte mal"),
            of("chargeback", "\\w*(?:zahlung|geld|betrag|lastschrift|abbuchung|buchung)(?: \\w+){0,3}? (?:zuruckbuchen|"
                    + "zuruckholen|sperren lassen)|(?:zuruckbuchen|zuruckholen) lassen|"
                    + "ruckbuchung|widerspruch (?:bei|uber) (?:der|meiner) bank|(?:lass|lasse) (?:\\w+ ){0,3}?"
                    + "(?:zuruckbuchen|zuruckholen|platzen)\\b"),
            of("cancel-now", "(?:kundige|kundigen|kundig|kundigt|storniere|storniert)(?: \\w+){0,6}? (?:fristlos|mit "
                    + "sofortiger wirkung|per sofort|ab sofort)|fristlos(?:e|en)? (?:kundig\\w*|gekundigt)|"
                    + "(?<!wann |wie |ob |wo |warum |kann |soll |darf |muss |wenn )(?:wechsel|wechsle|wechsele) ich "
                    + "(?:die|den|das|zur|zum) (?:\\w+ )?(?:versicherung|bank|"
                    + "anbieter|makler|werkstatt|agentur|versicherer|stromanbieter|praxis|zahnarzt|friseur|"
                    + "autohaus|hausverwaltung)"),
            of("cancel-all", "(?:kundigt|kundigen sie|storniert) (?:alles|sofort|meinen \\w+)|(?:geh|gehe|wechsle|"
                    + "wechsel) (?:ich )?zur konkurrenz|zur konkurrenz")
    };

    /** Telling others or posting about the business: a threat, unless the message is happy ("I'll tell everyone!"). */
    static final NamedPattern[] PUBLICITY = {
            of("tell-everyone", "uberall erzahlen|(?:erzahl|erzahle|werd|werde) (?:\\w+ ){0,2}?(?:jedem|allen|"
                    + "jedermann|uberall)(?: "
                    + "\\w+){0,3}? (?:was (?:bei euch|hier|ihr)|wie (?:ihr|schlecht|mies|unfahig))|warne (?:alle|jeden|"
                    + "meine freunde)")
    };

    static final NamedPattern[] INSULTS = {
            of("you-are", "(?:ihr seid|sie sind|du bist|seid ihr|sind sie|bist du|ihr|das ist|so ein|so eine|was fur "
                    + "ein|was fur eine) " + INTENSE + BAD),
            of("bad-thing", "(?:scheiß|scheiss|drecks|mist|kack|blode?r?|dumme?r?|nutzlose?r?|bescheue?rte?r?|"
                    + "verdammte?r?|beschissene?r?|unfahige?r?|doofe?r?) ?" + THING),
            of("thing-is-bad", "(?:der|die|das|ihr|ihre|euer|eur|dieser|diese|dieses) " + THING + " (?:ist|sind) "
                    + INTENSE + BAD),
            of("scam", "abzocke|abzocker|beschiss|wucher|halsabschneiderei|(?:das|es) ist (?:doch |ja |echt |reiner |der "
                    + "reinste |purer )?(?:betrug|diebstahl|raub)|verarsche|verarschen|(?:wollt ihr|wollen sie) "
                    + "mich (?:verarschen|veräppeln|verappeln|fur dumm verkaufen)|saftladen|sauhaufen|inkompetenz|"
                    + "unfahigkeit|haufen (?:idioten|stumper|deppen|clowns)"),
            of("dismissal", "halt (?:die|s) (?:klappe|maul|fresse)|fick dich|verpiss dich|geh zum teufel|"
                    + "(?:ihr|du) (?:konnte?|kannst) mich mal"),
            of("superlative", "(?:der|die|das|den) (?:\\w+ )?(?:dummste|dummsten|blodeste|blodesten|nutzloseste|"
                    + "nutzlosesten|unfahigste|unfahigsten|schlimmste|schlimmsten|schlechteste|schlechtesten|"
                    + "inkompetenteste|inkompetentesten|langsamste) " + THING),
            // A trade the table of things does not name ("die unfähigste Werkstatt"), when "you" are it.
            of("you-superlative", "(?:ihr seid|sie sind|du bist) (?:\\w+ )?(?:die|der|das) (?:\\w+ )?(?:unfahigste[nr]?"
                    + "|schlechteste[nr]?|inkompetenteste[nr]?|dummste[nr]?|gro(?:ss|ß)te[nr]? " + BUNGLERS + ")\\b|"
                    + BUNGLERS + " allesamt|allesamt " + BUNGLERS),
            of("junk-heap", "\\b(?:blech|schrott|dreck|drecks|scheiss|scheiß|sau|chaos|idioten|deppen|chaoten|"
                    + "abzocker|pfuscher|stumper|amateur|betruger|saft|mist)(?:haufen|kiste|bot|laden|verein|bude|"
                    + "truppe|firma|bande|schuppen)\\b|\\bpfuscher(?:ei)?\\b"),
            of("bunch-of", "(?:haufen|bande|verein|pack|horde|truppe|ansammlung) (?:von )?(?:abzockern?|betrugern?|"
                    + "betrugr?n|lugnern?|idioten|deppen|stumpern?|amateuren?|clowns|verbrechern?|gaunern?|"
                    + "halsabschneidern?|dilettanten|versagern?|pfuschern?|chaoten|trotteln?)"),
            of("lied-to-face", "(?:eiskalt|dreist|frech|glatt|knallhart|unverschamt) (?:\\w+ )?(?:angelogen|belogen|"
                    + "gelogen)|ins gesicht (?:gelogen|angelogen)|(?:ihr habt|sie haben|du hast) mich (?:\\w+ )?"
                    + "(?:angelogen|belogen)"),
            of("gone-mad", "(?:ihr|sie|du) (?:spinnt|spinnen|spinnst)\\b|(?:spinnt|spinnen|spinnst) (?:ihr|sie|du)|"
                    + "(?:seid|sind|bist) (?:ihr|sie|du) (?:noch )?(?:ganz )?(?:verruckt|irre|wahnsinnig|bescheuert|"
                    + "bekloppt|ubergeschnappt|gaga|deppert|narrisch|dicht|bei trost|sauber)|(?:habt|haben) (?:ihr|"
                    + "sie) (?:sie|den arsch) "
                    + "noch alle|(?:ihr|sie) (?:habt|haben) (?:doch )?(?:einen|nen|an) (?:knall|vogel|schuss|an der "
                    + "waffel)"),
            of("noun-adj", "(?:mieser|mieses|miese|unfahiger?|elender?) (?:\\w+ )?(?:laden|haufen|verein|service|bot|"
                    + "firma|kundenservice)|fremdscham\\w*|der letzte mist|(?:ihr )?(?:konnt|kannst) mich mal")
    };

    static final NamedPattern[] SWEARING = {
            of("swear", "\\b(?:scheiße|scheisse|scheiß|scheiss|verdammt nochmal|verdammte scheiße|"
                    + "verflucht|verfickt|fuck|kacke|miststuck|zum teufel|was zum (?:teufel|henker|geier)|"
                    + "himmel (?:herrgott|arsch)|herrgott|kruzifix|sakrament|wtf|arschlocher|arschloch|"
                    + "bescheuert|beschissen|so ein mist|so eine scheiße|so ein scheiß|dreck)\\b"),
            // Leck mich am Arsch is as often amazement as an insult: beside happy words it is casual.
            of("damn", "^verdammt (?!gut|lecker|schnell|schon|viel|lange|cool|geil)"),
            of("dialect", "\\b(?:gopferdammi|gopfertami|gopfridstutz|gottfriedstutz|gopferteli|herrgottsakrament|"
                    + "himmiherrgott|himmelherrgott|zefix|kreuzkruzifix|sakra|sakradi|verdammi|huere siech|"
                    + "huerensohn|leck mich (?:am arsch|doch)|scheiss(?:e)? nochmal|verdammte hacke)\\b")
    };

    static final NamedPattern[] ANGER = {
            of("i-am-angry", "(?:ich bin|ich werde|bin|wir sind|i bin|bin i|ich bi|i bi|mir sind|ich fuhle mich|(?:mein|meine) \\w+ "
                    + "ist) " + INTENSE + "(?:wutend|"
                    + "stinksaue?r|saue?r|stocksaue?r|verargert|genervt|angepisst|emport|entsetzt|fassungslos|"
                    + "frustriert|sprachlos|auf hundertachtzig|auf 180|am ende mit meinen nerven|am verzweifeln|"
                    + "verzweifelt|richtig angefressen|angefressen|stinkig|bedient|restlos "
                    + "bedient|enttauscht und wutend|es leid|wirklich wutend|auf der palme|hassig|hassiger|grantig|"
                    + "zornig|"
                    + "fuchsteufelswild|geladen|stinkwutend|narrisch|am kochen|auf hundert|ausser sich|auße?r sich|"
                    + "auf hundertachtzig|kurz vorm platzen)"),
            of("explode", "(?:ich )?(?:koennte|konnte|konnt|konnte gerade) (?:platzen|explodieren|ausrasten|"
                    + "schreien|durchdrehen)|ich platze (?:gleich|noch)|kurz vor(?:m| dem) (?:platzen|explodieren|"
                    + "ausrasten|durchdrehen)|ich dreh(?:e)? (?:gleich )?durch"),
            of("had-enough", "es reicht|mir reicht s|jetzt reicht s|mir reichts|jetzt reichts|reichts jetzt|"
                    + "mir reicht es|jetzt reicht es|das reicht "
                    + "(?:jetzt|mir)|ich habe (?:die )?(?:schnauze|nase) voll|hab (?:die )?(?:schnauze|nase) voll|"
                    + "(?:ich )?hab(?:e)? es satt|ich bin es leid|mir platzt (?:gleich )?der kragen|(?:meine )?geduld "
                    + "ist (?:am ende|zu ende|erschopft)|ich verliere (?:langsam )?(?:die geduld|die nerven)|"
                    + "(?:das )?macht mich (?:wahnsinnig|verruckt|wutend|rasend|fertig)|treibt mich in den "
                    + "wahnsinn|ich raste (?:gleich )?aus|(?:der|die|das) schlechteste (?:\\w+ ){0,2}?(?:aller zeiten|"
                    + "uberhaupt|uberhaupt|den ich|die ich|das ich)|schlechtester service|wollt ihr mich "
                    + "(?:veraeppeln|verappeln)|das kann (?:doch )?nicht (?:euer|eur|ihr) ernst sein|ist das (?:euer|"
                    + "eur|ihr) ernst|soll das ein witz sein|ich hasse (?:euch|sie|diesen|diese|dieses|das)"),
            of("outrage", "(?:das ist|es ist|ist das|ist ja|echt) " + INTENSE + "(?:eine frechheit|eine "
                    + "unverschamtheit|"
                    + "unverschamt|unmoglich|eine zumutung|ein skandal|skandalos|inakzeptabel|unakzeptabel|"
                    + "lacherlich|absurd|ein witz|eine sauerei|eine saue?rei|"
                    + "unzumutbar|unfassbar|eine katastrophe|katastrophal|peinlich|erbarmlich|armselig|"
                    + "eine schande|das letzte|nicht zu fassen)"),
            of("outrage-word", "\\b(?:frechheit|unverschamtheit|unverschamt|zumutung|skandal|skandalos|inakzeptabel|"
                    + "unzumutbar|unfassbar|sauerei|saue?rei|eine schande)\\b"),
            of("treated-like", "(?:wie|als) (?:den letzten dreck|dreck|einen hund|ein hund|einen idioten|mull|"
                    + "eine nummer|vieh|einen deppen|bittsteller) (?:\\w+ )?(?:behandelt|behandeln|behandelt werden)|"
                    + "(?:lasst|lassen) (?:mich|uns) (?:\\w+ )?(?:so )?(?:hangen|im stich|auflaufen|abblitzen)|"
                    + "(?:so|das) behandelt (?:ihr|man) (?:eure|seine|ihre) (?:kunden|stammkunden|mieter)"),
            of("give-up", "vergessen sie es|vergiss es|ich gebe auf|(?:ihr|du|sie) (?:seid|bist|sind) zu nichts zu "
                    + "gebrauchen|zu nichts zu gebrauchen"),
            of("rage", "vor wut|(?:heul|heule|zittere|koche|platze) (?:gleich )?vor wut|wutend|(?:und )?(?:schickt|"
                    + "schicken sie) (?:mir )?(?:dafur )?(?:noch|auch noch)|ihr (?:wagt|traut) euch|zum narrisch "
                    + "werd\\w*|zum verruckt werden|ich fass es nicht|das glaub ich (?:jetzt )?nicht")
    };

    static final NamedPattern[] REPEATING = {
            of("told-you", "(?:ich )?(?:habe|hab) (?:es |das |ihnen |dir |euch )*(?:schon |bereits )?(?:\\w+ )?"
                    + "(?:(?:zwei|drei|vier|funf|zehn|hundert|tausend|mehrere|x|\\d+) ?mal|mehrmals|zigmal|"
                    + "hundertmal|tausendmal|oft genug|mehrfach) (?:gesagt|geschrieben|erklart|gefragt|"
                    + "geschickt|erwahnt|angerufen)|(?:wie )?(?:schon|bereits) (?:\\w+ ){0,2}?(?:gesagt|geschrieben|"
                    + "erklart)"),
            of("how-many-times", "wie oft (?:noch|muss|soll|denn noch|eigentlich|mussen|sollen|hab|habe|denn)"),
            of("count-now", "(?:\\d+|zwei|drei|vier|funf|x|zig)(?: ?mal| ?x)\\b (?:\\w+ ){0,5}?(?:verpennt|vergessen|"
                    + "verschlampt|versaut|vermasselt|verschoben|abgesagt|nicht (?:gekommen|erschienen|aufgetaucht|"
                    + "da))|(?:jetzt |nun )?schon (?:\\d+|zwei|drei|vier|funf|x|zig) ?mal (?:\\w+ ){0,4}?(?:geschickt|"
                    + "gesagt|geschrieben|gefragt|angerufen|erklart|gemeldet)|(?:\\d+|zwei|drei|vierzig|funfzig) "
                    + "(?:minuten|stunden) (?:mit|in|an|bei) (?:diesem|dem|einem|ner|nem|der|diesen) (?:chat|bot|"
                    + "roboter|maschine|assistenten|ding)"),
            of("nth-time", "zum (?:dritten|vierten|funften|zehnten|x ten|xten|wiederholten|\\d+) mal|"
                    + "(?:zum|das) (?:x|zig|hundert)te[ns]? mal"),
            of("repeat-myself", "(?:lesen sie|lest ihr|liest du) (?:uberhaupt|eigentlich|meine|was ich)|(?:horen "
                    + "sie|hort ihr|horst du) (?:mir )?(?:uberhaupt|eigentlich|zu)|immer (?:wieder )?(?:das|die) "
                    + "gleiche|immer wieder dasselbe|wiederhole mich|(?:beantworten sie|beantworte|antworten sie "
                    + "auf) (?:endlich )?(?:meine|die) frage"),
            of("i-repeat", "(?:nochmal|noch einmal) zum mitschreiben|ich sag(?:e)? es (?:ein letztes mal|zum letzten "
                    + "mal)|kein(?:en)? einzige[nr]? (?:anruf|ruckruf|antwort|"
                    + "nachricht|mail|e mail|ruckmeldung)|keine einzige (?:antwort|nachricht|mail|ruckmeldung)"),
            of("waiting", "(?:ich )?warte (?:schon |jetzt |nun )?seit (?:\\w+ )?(?:wochen|monaten|tagen|stunden|"
                    + "ewigkeiten|einer ewigkeit|\\d+ \\w+)|niemand (?:antwortet|meldet sich|ruft zuruck|hilft|"
                    + "reagiert|tut was)|(?:keiner|kana|koana|koaner|neamd|niemert) (?:\\w+ )?(?:antwortet|meldet "
                    + "sich|hilft|reagiert|(?:ruft|ruaft) (?:\\w+ )?z(?:u)?ruck|ruft an|liest)|(?:seit )?"
                    + "(?:wochen|monaten) (?:und|ohne) (?:nichts|antwort)|immer noch (?:keine|kein) (?:antwort|"
                    + "ruckmeldung|erstattung|geld|losung)" + CivilTerms.notFollowed("de")),
            of("what-part", "welchen teil von (?:\\w+ ){0,10}?(?:verstehen sie|versteht ihr|verstehst du) nicht"),
            of("n-times", "(?:gefragt|gesagt|erklart|geschrieben|geschickt|angerufen|gemailt)(?: \\w+){0,6}? (?:\\d+|"
                    + "zwei|drei|vier|funf|mehrere) ?(?:mal|mails|e mails|nachrichten|anrufe)|(?:\\d+|zwei|drei|vier|"
                    + "funf) ?mal (?:\\w+ )?(?:gesagt|gefragt|geschrieben|angerufen|eingereicht|eingeschickt|gemeldet|"
                    + "hochgeladen|beantragt|reklamiert|versucht|nachgefragt)|schon wieder\\b.*\\bschon wieder"),
            of("understand-nothing", "(?:ihr|sie) (?:versteht|verstehen) (?:gar |rein gar |uberhaupt )?nichts|"
                    + "(?:hort|horen sie) auf mit|verstehst du es nicht|verstehen sie es nicht")
    };

    static final String[] SOFTENERS = {
            "etwas", "ein bisschen", "ein wenig", "leicht", "ein bissl", "ein bisserl", "nicht so", "nicht sehr"
    };

    static final String[] POSITIVE = {
            "danke", "super", "toll", "klasse", "perfekt", "genial", "wunderbar", "prima", "spitze", "cool",
            "juhu", "yay", "hurra", "gluckwunsch", "freue", "freuen", "freude", "geil", "mega gut",
            "(?:ha|he)(?:ha|he)+", "lol", "endlich", "klappt", "funktioniert", "geburtstag", "wow", "fantastisch",
            "wahnsinn gut", "top", "(?:so|echt|richtig|ist (?:der|die|das) \\w+) gut", "lecker", "stark",
            "freu mich", "guat", "hammer", "wie neu", "ein traum", "traumhaft", "spitzenmaßig", "spitzenmassig",
            "weltklasse", "sieht (?:\\w+ ){0,3}?gut", "(?:wie|so) geil", "schnell gegangen", "ging (?:das )?schnell"
    };

    static final String[] JOY = {
            "vor (?:freude|gluck|begeisterung|lachen)", "(?:ha|he)(?:ha|he)+", "lol"
    };

    static final String[] EXCLAIMED = {
            "(?:ist|is) (?:da|hier) (?:irgendwer|jemand|wer|einer)", "irgendwer", "wo (?:bleibt|ist|sind)",
            "seit (?:\\w+ )?(?:heute|gestern|stunden|tagen|wochen|monaten|\\d+|morgens|fruh)", "sofort", "jetzt",
            "(?:wochen|monate|tage|stunden) (?:lang|warten|ohne)",
            "schon wieder", "wieder", "nie", "nichts", "nix", "nicht", "niemand", "keiner", "noch", "unglaublich",
            "ernsthaft", "mal", "warum", "umsonst", "fur nix", "fur nichts"
    };

    static final String[] TYPOS = {
            "frechheit", "unverschamtheit", "unverschamt", "zumutung", "inakzeptabel", "unzumutbar", "unfassbar",
            "katastrophe", "inkompetent", "inkompetenz", "unfahigkeit", "lacherlich", "skandalos", "stinksauer",
            "verargert", "frustriert", "bescheuert", "beschissen",
            "lacherliche", "unverschamte", "inkompetente", "bescheuerte", "beschissene"
    };

    static final FrustrationRules RULES = FrustrationRules.of("de", THREATS, PUBLICITY, INSULTS, SWEARING, ANGER,
            REPEATING, SOFTENERS, POSITIVE, EXCLAIMED, JOY, TYPOS);

    private GermanFrustration() {
    }
}
