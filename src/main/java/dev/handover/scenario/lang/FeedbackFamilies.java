package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * Feedback families fixed in every language at once, over normalised text (no accents, no commas), so a family's
 * siblings live side by side instead of being spread over seven reply tables.
 * <ul>
 * <li>Dissatisfied: irony that says the bot answered as if the customer had not known or read it ("as if I didn't
 * know"); a link or FAQ the customer had already read, or the FAQ sent again; thanks for nothing said with an
 * intensifier ("thanks for absolutely nothing"); the customer who "just said" it (without a "to you" the reply
 * tables need, or with the verb first: "zei ik toch"); "you're mistaken"; "who asked you?"; thanks for not answering;
 * no wiser than before ("je ne suis pas plus avancé"); a figure corrected ("it was 45, not 54"); "am I supposed to
 * guess?".</li>
 * <li>Resolved: an acknowledgement followed by the customer's own next step ("ok, then I'll bring my ID"), which is
 * only said once the answer is understood; "I see what you mean now"; a thing back after the bot's advice; an
 * acknowledgement that the answer is understood ("fair enough", "gut zu wissen", "lo pillo"); a thing that works
 * again ("la box fonctionne à nouveau"); "you saved my day".</li>
 * </ul>
 */
final class FeedbackFamilies {

    /** Words that turn "X is back" into a failure when they come in between. */
    private static final String NO_NEGATION = "(?!(?:not|no|nothing|never|nao|nada|nunca|rien|pas|nicht|nichts|"
            + "kein|keine|non|niente|nulla|niet|niets|niks|geen) )";

    /** A next step with another provider is a customer giving up, not one who understood. */
    private static final String NOT_ELSEWHERE = "^(?!.*\\b(?:other|another|elsewhere|otro|otra|otros|outro|outra|"
            + "autre|ailleurs|altro|altra|altrove|ander|andere|anderen|anderer|woanders|ergens)\\b)";

    private static final Map<String, NamedPattern[]> DISSATISFIED = Map.of(
            "en", new NamedPattern[] {
                    of("said-just-now", "\\bi (?:just|literally just) (?:said|wrote|typed) (?:that|it|this)\\b"),
                    of("mistaken", "\\byou (?:are|re) (?:mistaken|wrong)\\b|\\byou got (?:it|that) wrong\\b"),
                    of("who-asked", "\\bwho asked you\\b"),
                    of("as-if", "\\bas (?:if|though) i (?:did not|do not|had not|have not|never|would not) "
                            + "(?:already )?(?:know|knew|read|seen|see|tried|try|checked|check|looked)\\b"),
                    of("already-read", "\\b(?:link|faq|article|page)s? (?:that |which )?i (?:have |ve |had |d )?"
                            + "already (?:read|seen|checked|looked at)\\b|\\b(?:the faq (?:link )?again|another "
                            + "(?:link to the )?faq)\\b"),
                    of("thanks-for-nothing", "\\b(?:thanks|thank you) for (?:absolutely|literally|precisely) "
                            + "nothing\\b"),
                    of("thanks-for-not", "\\b(?:thanks|thank you) for not (?:answering|reading|helping|listening"
                            + "|replying)\\b"),
                    of("no-wiser", "\\b(?:well )?that gets me nowhere\\b|\\b(?:i m|i am|leaves me"
                            + "|left me) none the wiser\\b"),
                    of("corrected-figure", "\\b(?:was|were|is|it s|costs|cost) \\d+(?: \\d+)*(?: \\w+)? not \\d+\\b"),
                    of("must-guess", "\\b(?:so )?(?:i m|i am) (?:supposed|meant|expected) to guess\\b|\\b(?:should"
                            + "|must) i guess\\b")},
            "es", new NamedPattern[] {
                    of("said-just-now", "\\b(?:te |se |le )?(?:lo |la |los |las )acabo de (?:decir|escribir|"
                            + "poner|dar|pasar)\\b"),
                    of("mistaken", "\\b(?:usted )?se equivoca\\b|\\bse ha equivocado\\b|\\bte has equivocado\\b"),
                    of("who-asked", "\\bquien te (?:lo |la |los |las )?(?:ha )?(?:preguntado|pregunto|pidio|pedido)\\b"),
                    of("as-if", "\\bcomo si (?:yo )?no (?:lo |la |los |las |me |te )?(?:supiera|supiese|sabia|"
                            + "hubiera|hubiese|habia|conociera|entendiera)\\b"),
                    of("already-read", "\\b(?:enlace|link|faq|articulo|pagina)(?: \\w+){0,4}? que ya (?:me )?"
                            + "(?:he |habia )?(?:lei|leido|vi|visto|revise|revisado|mire|mirado)\\b|\\b(?:otra vez|de "
                            + "nuevo|otro|otra)(?: \\w+){0,4}? (?:faq|preguntas frecuentes)\\b"),
                    of("thanks-for-nothing", "\\bgracias por (?:absolutamente |nada de )?nada(?: de nada)?\\b"),
                    of("thanks-for-not", "\\bgracias por no (?:responder|contestar|ayudar|leer|escuchar|resolver)\\b"),
                    of("no-wiser", "\\b(?:pues )?me quedo (?:igual|como estaba)(?:$| (?:que antes|vamos))"),
                    of("corrected-figure", "\\b(?:era|es|eran|son|fue|cuesta"
                            + "|costaba) \\d+(?: \\d+)*(?: \\w+)? (?:y )?no \\d+\\b"),
                    of("must-guess", "\\b(?:y )?(?:yo )?(?:tengo|he) (?:que|de) adivinar\\b")},
            "pt", new NamedPattern[] {
                    of("said-just-now", "\\bacabei de (?:te |lhe )?(?:o |a )?(?:escrever|falar)\\b"),
                    of("mistaken", "\\b(?:voce|vc|tu) (?:esta|ta|estas) (?:enganad[oa]|errad[oa])\\b|\\b(?:voce |vc )?"
                            + "se enganou\\b|\\bte enganaste\\b"),
                    of("who-asked", "\\bquem (?:te|lhe) (?:perguntou|pediu)\\b"),
                    of("as-if", "\\bcomo se (?:eu )?(?:ja )?nao (?:o |a |os |as |me )?(?:soubesse|sabia|tivesse|"
                            + "conhecesse|entendesse)\\b"),
                    of("already-read", "\\b(?:link|faq|artigo|pagina)(?: \\w+){0,4}? que (?:eu )?ja (?:tinha )?"
                            + "(?:li|lido|vi|visto|conferi|conferido|olhei)\\b|\\b(?:mais um|mais uma|outra vez|de "
                            + "novo|outro|outra)(?: \\w+){0,4}? (?:faq|perguntas frequentes)\\b"),
                    of("thanks-for-nothing", "\\b(?:obrigad[oa]|valeu) por (?:absolutamente|rigorosamente) nada\\b"),
                    of("thanks-for-not", "\\b(?:obrigad[oa]|valeu) por nao (?:responder|ajudar|ler|ouvir|resolver)\\b"),
                    of("no-wiser", "\\b(?:fiquei|continuo|to|estou) na mesma(?:$| (?:ne|entao))"),
                    of("corrected-figure", "\\b(?:era|e|eram|sao|foi|custa"
                            + "|custava) \\d+(?: \\d+)*(?: \\w+)? (?:e )?nao \\d+\\b"),
                    of("must-guess", "\\b(?:eu )?(?:e que )?(?:tenho|vou ter) (?:de|que) adivinhar\\b")},
            "fr", new NamedPattern[] {
                    of("said-just-now", "\\bje (?:viens|venais) (?:juste )?de (?:le |l )?(?:dire|ecrire|preciser)\\b"),
                    of("mistaken", "\\b(?:vous vous trompez|tu te trompes|vous vous etes trompes?|vous faites erreur|"
                            + "vous avez tort|tu as tort)\\b"),
                    of("who-asked", "\\bqui (?:vous|t) a demande\\b"),
                    of("as-if", "\\bcomme si (?:je |j )(?:ne |n )?(?:l |le |la |les )?(?:savais|avais|connaissais|"
                            + "comprenais) (?:\\w+ )?(?:pas|jamais|rien)\\b"),
                    of("already-read", "\\b(?:lien|faq|article|page)(?: \\w+){0,4}? que (?:j ai|j avais) deja "
                            + "(?:lu|lue|vu|vue|consulte|consultee)\\b|\\b(?:encore|de nouveau|un autre|une autre|"
                            + "re)(?: \\w+){0,4}? (?:faq|foire aux questions)\\b"),
                    of("thanks-for-nothing", "\\bmerci pour (?:absolument|strictement|vraiment) rien\\b"),
                    of("thanks-for-not", "\\bmerci (?:de|pour) ne (?:pas|rien) (?:repondre|lire|m aider|ecouter"
                            + "|avoir (?:repondu|lu|aide))\\b"),
                    of("no-wiser", "\\bme voila bien avancee?\\b|\\bje ne suis pas plus avancee?\\b"),
                    of("corrected-figure", "\\b(?:c etait|c est|etait|est|coute"
                            + "|coutait) \\d+(?: \\d+)*(?: \\w+)? (?:et )?pas \\d+\\b"),
                    of("must-guess", "\\bje (?:dois|suis cense|suis censee) (?:le )?deviner\\b")},
            "de", new NamedPattern[] {
                    of("said-just-now", "\\b(?:hab|habe) ich (?:doch |ja |gerade |grad |eben |schon |bereits )+"
                            + "(?:gesagt|geschrieben)\\b"),
                    of("mistaken", "\\b(?:sie irren sich|du irrst dich|da irren sie sich|da irrst du dich|sie haben "
                            + "sich geirrt|du hast dich geirrt)\\b"),
                    of("who-asked", "\\bwer hat (?:dich|sie|euch) (?:danach |darum |das )?gefragt\\b"),
                    of("as-if", "\\bals (?:ob|wenn) ich (?:\\w+ ){0,2}?(?:nicht|nie|noch nie) (?:\\w+ )?(?:wusste|"
                            + "wuste|kennen|kannte|kenne|gelesen|gesehen|versucht|probiert)\\b|\\bals (?:wusste|"
                            + "kannte|hatte) ich (?:\\w+ ){0,2}?(?:nicht|nie)\\b"),
                    of("already-read", "\\b(?:link|faq|artikel|seite)(?: \\w+){0,4}? (?:den|die|das) ich (?:doch )?"
                            + "(?:schon|bereits|langst) (?:gelesen|gesehen|angeschaut|durchgelesen)\\b|\\b(?:schon "
                            + "wieder|wieder|noch ein|nochmal|noch mal)(?: \\w+){0,4}? (?:faq|hilfeseite)\\b"),
                    of("thanks-for-nothing", "\\b(?:danke|vielen dank) (?:auch )?fur (?:gar|rein gar|uberhaupt|"
                            + "absolut) (?:nichts|nix)\\b|\\bdanke (?:auch )?fur nix\\b"),
                    of("thanks-for-not", "\\bdanke (?:dass|das) (?:du|sie|ihr) (?:\\w+ ){0,3}?(?:nicht"
                            + "|nie) (?:geantwortet|gelesen|geholfen|zugehort|antwortest|liest)\\b"),
                    of("no-wiser", "\\b(?:bin ich|jetzt bin ich|ich bin) (?:genauso |so |jetzt so "
                            + "|jetzt genauso )?schlau wie (?:vorher|zuvor)\\b"),
                    of("said-it-before", "\\bsagte ich (?:doch |ja |gerade |eben |schon |bereits )+"),
                    of("corrected-figure", "\\b(?:war|ist|waren|sind|kostet"
                            + "|kostete) \\d+(?: \\d+)*(?: \\w+)? (?:und )?nicht \\d+\\b"),
                    of("must-guess", "\\b(?:soll|muss) ich (?:das |den rest |es )?(?:jetzt |etwa )?(?:erraten"
                            + "|raten)\\b")},
            "it", new NamedPattern[] {
                    of("said-just-now", "\\b(?:te |ve )?l ho (?:appena|gia) (?:detto|scritto)\\b"),
                    of("mistaken", "\\b(?:si sbaglia|ti sbagli|vi sbagliate|ti sei sbagliat[oa]|si e sbagliat[oa])\\b"),
                    of("who-asked", "\\bchi (?:te|ve|glie)(?: l| li| la| le| lo)? (?:ha|aveva) chiest[oiae]\\b|\\bchi "
                            + "(?:ti|vi) ha chiesto\\b"),
                    of("as-if", "\\bcome se (?:io )?non (?:lo |la |li |le |l |mi )?(?:sapessi|avessi|conoscessi|"
                            + "capissi)\\b"),
                    of("already-read", "\\b(?:link|faq|articolo|pagina)(?: \\w+){0,4}? che (?:ho |avevo )?gia "
                            + "(?:letto|letta|visto|vista|guardato|guardata|consultato)\\b|\\b(?:di nuovo|ancora|un "
                            + "altro|un altra|un altro link)(?: \\w+){0,4}? (?:faq|domande frequenti)\\b"),
                    of("thanks-for-nothing", "\\bgrazie (?:tante |mille )?(?:per|di) (?:proprio |assolutamente )"
                            + "(?:niente|nulla)\\b"),
                    of("thanks-for-not", "\\bgrazie (?:per|di) non (?:aver |avermi )?(?:risposto|letto|aiutato|"
                            + "ascoltato"
                            + "|rispondere)\\b"),
                    of("no-wiser", "\\bne so quanto prima\\b|\\b(?:sono|siamo) (?:di nuovo )?punto e a capo\\b"),
                    of("corrected-figure", "\\b(?:era|e|erano|sono|costa"
                            + "|costava) \\d+(?: \\d+)*(?: \\w+)? (?:e )?non \\d+\\b"),
                    of("must-guess", "\\b(?:devo|dovrei) (?:indovinare|indovinarlo)\\b")},
            "nl", new NamedPattern[] {
                    of("said-just-now", "\\b(?:heb|had) ik (?:toch |net |zojuist |daarnet |al |hierboven )+(?:gezegd|"
                            + "geschreven|verteld|getypt)\\b"),
                    of("mistaken", "\\b(?:u vergist zich|je vergist je|jij vergist je|u heeft het mis|je hebt het mis|"
                            + "je zit fout|u zit fout)\\b"),
                    of("who-asked", "\\bwie (?:vroeg|heeft) (?:jou|u|je) (?:dat|daarom|erom|daarnaar)\\b"),
                    of("as-if", "\\balsof ik (?:\\w+ ){0,2}?(?:niet|nooit) (?:\\w+ )?(?:wist|weet|gelezen|gezien|"
                            + "geprobeerd|kende|ken|snapte)\\b"),
                    of("already-read", "\\b(?:link|faq|artikel|pagina)(?: \\w+){0,4}? (?:die|dat) ik (?:al|allang) "
                            + "(?:gelezen|gezien|bekeken|doorgelezen)\\b|\\b(?:weer|alweer|nog een|nog eens)"
                            + "(?: \\w+){0,4}? (?:faq|veelgestelde vragen)\\b"),
                    of("thanks-for-nothing", "\\b(?:bedankt|dank je|dank u) (?:wel )?voor (?:echt|totaal|"
                            + "werkelijk|precies) (?:niks|niets)\\b"),
                    of("thanks-for-not", "\\b(?:bedankt|dank je|dank u) (?:wel )?(?:voor het niet|dat je (?:\\w+ )?niet"
                            + "|dat u (?:\\w+ )?niet) (?:beantwoorden|lezen|helpen|antwoordt|leest|helpt)\\b"),
                    of("no-wiser", "\\b(?:daar|hier) (?:ben|word) ik (?:niks|niets) wijzer (?:van|mee)\\b"
                            + "|\\bik ben (?:nog )?(?:niks|niets) wijzer\\b"),
                    of("said-it-before", "\\bzei ik (?:toch |net |al |daarnet |zojuist |eerder )+"),
                    of("corrected-figure", "\\b(?:was|is|waren|zijn|kost"
                            + "|kostte) \\d+(?: \\d+)*(?: \\w+)? (?:en )?niet \\d+\\b"),
                    of("must-guess", "\\b(?:moet|mag) ik (?:het |de rest |dat )?(?:zelf )?(?:raden|gokken)\\b")});

    private static final Map<String, NamedPattern[]> RESOLVED = Map.of(
            "en", new NamedPattern[] {
                    of("plan-after-ack", NOT_ELSEWHERE + "(?:ah |oh )?(?:ok|okay|alright|all right|right|i see|got"
                            + " it)(?: then)?"
                            + " (?:so |then )?(?:i ll|ill|i will|we ll|we will) (?:just )?(?:bring|come|pop|drop|"
                            + "swing|stop|pick|go with|take the|book)\\b"),
                    of("see-what-you-mean", "(?<!not |n t )\\b(?:i|now i) (?:see|get|understand) what you (?:mean|"
                            + "re saying|are saying)\\b(?! by)"),
                    of("back-as-advised", "\\b(?:like|as) you (?:said|told me|suggested) and " + NO_NEGATION
                            + "(?:\\w+ ){0,3}?(?:is |s |are |came |come )?back\\b"),
                    of("understood-ack", "\\bfair enough\\b|\\bgood to know\\b"),
                    of("works-again", "\\b(?:it s|it is|its|s|is|are|re) back up(?: again| now)?$"),
                    of("saved-my-day", "\\byou (?:saved|made) my day\\b")},
            "es", new NamedPattern[] {
                    of("plan-after-ack", NOT_ELSEWHERE + "(?:ah |oh )?(?:vale|ok|okey|vale vale|de acuerdo|entendido|"
                            + "perfecto|ya "
                            + "veo)(?: pues)? (?:entonces|pues|asi que) (?:solo |nada mas )?(?:llevo|traigo|vengo|"
                            + "paso|voy|me paso|elijo|cojo|pido|reservo)\\b"),
                    of("see-what-you-mean", "(?<!no )\\b(?:ya |ahora )?(?:veo|entiendo) lo que (?:me )?(?:quieres|"
                            + "quiere|querias) decir\\b"),
                    of("back-as-advised", "\\bcomo (?:me )?(?:dijiste|dijo|indicaste|comentaste|sugeriste) y "
                            + NO_NEGATION + "(?:\\w+ ){0,3}?(?:volvio|vuelve|ha vuelto)\\b"),
                    of("understood-ack", "(?<!no )\\blo pillo\\b|\\b(?:es )?bueno saberlo\\b"),
                    of("works-again", "(?<!no )\\b(?:calienta|funciona) (?:de nuevo|otra vez)\\b"),
                    of("saved-my-day", "\\bme (?:has|ha|habeis|han) salvado el dia\\b|\\bme salvaste el dia\\b")},
            "pt", new NamedPattern[] {
                    of("plan-after-ack", NOT_ELSEWHERE + "(?:ah |ta |ah ta )?(?:ok|certo|beleza|entendi|combinado|ta"
                            + " bom|ta)"
                            + " (?:entao|ai) (?:eu )?(?:so )?(?:levo|trago|venho|passo|vou|escolho|pego|reservo)\\b"),
                    of("see-what-you-mean", "(?<!nao )\\b(?:agora )?(?:entendi|entendo|percebi|percebo) o que "
                            + "(?:voce|vc|tu) (?:quer|queria|quis) dizer\\b"),
                    of("back-as-advised", "\\bcomo (?:voce |vc |tu )?(?:disse|falou|sugeriu|explicou|mandou) e "
                            + NO_NEGATION + "(?:\\w+ ){0,3}?(?:voltou|volta)\\b"),
                    of("understood-ack", "\\bsaquei\\b|\\bbom saber\\b"),
                    of("works-again", "(?<!nao )\\b(?:funciona|aquece) de novo\\b"),
                    of("saved-my-day", "\\b(?:salvou|salvaste) (?:o )?meu dia\\b")},
            "fr", new NamedPattern[] {
                    of("plan-after-ack", NOT_ELSEWHERE + "(?:ah |oh )?(?:d accord|ok|okay|entendu|ca marche|tres bien|"
                            + "je vois)"
                            + " (?:donc|alors|du coup) (?:j |je )(?:amene|apporte|viens|passe|prends|choisis|"
                            + "reserve|ramene)\\b"),
                    of("see-what-you-mean", "(?<!ne |pas )\\bje (?:vois|comprends) (?:maintenant |mieux )?ce que "
                            + "vous (?:voulez|vouliez) dire\\b(?! par)"),
                    of("back-as-advised", "\\bcomme vous (?:l )?(?:avez dit|m avez dit|avez conseille) et "
                            + NO_NEGATION + "(?:\\w+ ){0,3}?(?:est |sont )?(?:revenu|revenue|revenus|revenues)\\b"),
                    of("understood-ack", "\\bbon a savoir\\b|^(?:ah |oh )?(?:d accord |ok )?je vois donc\\b"),
                    of("works-again", "(?<!ne )\\b(?:remarche|refonctionne|chauffe|marche|fonctionne|demarre"
                            + "|s allume) (?:de nouveau|a nouveau)\\b"),
                    of("saved-my-day", "\\b(?:vous m avez|tu m as) sauve la (?:journee|vie)\\b")},
            "de", new NamedPattern[] {
                    of("plan-after-ack", NOT_ELSEWHERE + "(?:ah |ach |achso |ach so |aha )?(?:ok|okay|alles klar|gut|"
                            + "verstehe|"
                            + "kein problem|in ordnung|alles klar kein problem|achso kein problem|ah ok)"
                            + " dann (?:nehm|nehme|bring|bringe|komm|komme|hol|hole) ich\\b"),
                    of("see-what-you-mean", "\\bjetzt (?:verstehe|versteh|weiß|weiss) ich was (?:sie|du) "
                            + "(?:meinen|meinst)\\b"),
                    of("back-as-advised", "\\bwie (?:sie|du) (?:gesagt|geraten|vorgeschlagen) (?:haben|hast) und "
                            + NO_NEGATION + "(?:\\w+ ){0,3}?(?:wieder da|geht wieder|lauft wieder|funktioniert "
                            + "wieder)\\b"),
                    of("understood-ack", "\\bgut zu wissen\\b|^(?:ach|ah) so ist das\\b"),
                    of("saved-my-day", "\\b(?:du hast|sie haben|ihr habt) meinen tag gerettet\\b")},
            "it", new NamedPattern[] {
                    of("plan-after-ack", NOT_ELSEWHERE + "(?:ah |ah ok )?(?:va bene|ok|okay|perfetto|d accordo|capito|"
                            + "ho capito)"
                            + " (?:allora|quindi) (?:io )?(?:passo|porto|vengo|prendo|scelgo|prenoto)\\b"),
                    of("see-what-you-mean", "(?<!non )\\b(?:ora |adesso )?(?:capisco|ho capito) cosa (?:intendi|"
                            + "intende|vuoi dire|vuole dire)\\b"),
                    of("back-as-advised", "\\bcome (?:mi )?(?:hai|ha) (?:detto|consigliato|suggerito) e "
                            + NO_NEGATION + "(?:\\w+ ){0,3}?(?:e |sono )?(?:tornat[oaie])\\b"),
                    of("understood-ack", "\\bbuono a sapersi\\b"),
                    of("works-again", "(?<!non )\\b(?:funziona|scalda) di nuovo\\b"),
                    of("saved-my-day", "\\bmi (?:hai|ha|avete) salvato la (?:giornata|vita)\\b")},
            "nl", new NamedPattern[] {
                    of("plan-after-ack", NOT_ELSEWHERE + "(?:ah |o )?(?:oke|ok|okay|prima|goed|helder|begrepen|top|"
                            + "duidelijk|"
                            + "ah zo)(?: dan)? (?:dan )?(?:kom|breng|neem|pak|kies|boek) ik\\b"),
                    of("see-what-you-mean", "\\b(?:(?:nu )?(?:snap|begrijp|zie) ik|ik (?:snap|begrijp|zie)) wat (?:je|"
                            + "u|jij) "
                            + "(?:bedoelt|bedoelde)\\b"),
                    of("back-as-advised", "\\bzoals (?:je|u|jij) (?:zei|zegt|had gezegd|voorstelde) en "
                            + NO_NEGATION + "(?:\\w+ ){0,3}?(?:is |zijn )?(?:weer )?terug\\b"),
                    of("understood-ack", "^(?:oke |ok |ah |o )?(?:snap|begrijp) ik(?: het)?$|\\bgoed om te weten\\b"),
                    of("works-again", "\\b(?:werkt|doet het|doet (?:de|het|mijn) \\w+ het|verwarmt|laadt) "
                            + "(?:\\w+ )?weer(?: (?:prima|goed|normaal"
                            + "|gewoon))?$"),
                    of("saved-my-day", "\\b(?:je hebt|u heeft) mijn dag gered\\b")});

    private FeedbackFamilies() {
    }

    /** These families and being sent round in a loop ({@link LoopFeedback}), kept apart for the files' length. */
    static NamedPattern[] dissatisfied(String language) {
        return NamedPattern.join(DISSATISFIED.get(language), LoopFeedback.dissatisfied(language));
    }

    /**
     * These families, understanding now ({@link UnderstoodFeedback}) and waiting as told ({@link AcceptedWaits}),
     * kept apart for the files' length.
     */
    static NamedPattern[] resolved(String language) {
        return NamedPattern.join(RESOLVED.get(language), UnderstoodFeedback.resolved(language),
                AcceptedWaits.resolved(language));
    }
}
