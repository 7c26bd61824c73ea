package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * Feedback families of a retry and of a question asked again, in every language at once, over normalised text: what
 * the customer asked set against what the bot answered ("I asked when, not how much"), which needs the contrast so
 * "I asked my wife" stays neutral, and the same said the other way round ("I didn't ask X, I asked Y"); the question
 * put again with a marker at the clause's start ("again: ...", "te lo richiedo", "pela terceira vez"), where "again,
 * thanks" stays out because a question must follow or the marker names the asking; and a retry that went through this
 * time ("tried again and this time it went through"), which needs the positive outcome with no negation before it.
 */
final class RetryFeedback {

    private static final Map<String, NamedPattern[]> DISSATISFIED = Map.of(
            "en", new NamedPattern[] {of("asked-not-that", "\\bi (?:asked|was asking|m asking|am asking)(?: \\w+){1,6}?"
                    + " not (?:the|about|how|when|what|whether|if|for|where)\\b"),
                    of("asked-not-but", "\\bi (?:did not ask|didn t ask|was not asking|wasn t asking) (?:about|for|when|how|what|if"
                    + "|whether|where)"
                    + "(?: \\w+){1,6}? i (?:asked|was asking|m asking|am asking|wanted to know)\\b"),
                    of("asked-again", "^(?:again|asking again|i ll ask again|i m asking again|(?:for|asking for) the"
                    + " (?:second|third|fourth|fifth|last) time)\\b(?= (?:do|does|did|is|are|can|could|will|what"
                    + "|when|where|how|which|who|why)\\b)")},
            "es", new NamedPattern[] {of("asked-not-that", "\\b(?:te|le|os|les) (?:he preguntado|pregunte|preguntaba"
                    + "|estoy preguntando)(?: \\w+){1,6}? no (?:el|la|los|las|lo|por|cuando|cuanto|donde|si)\\b"),
                    of("asked-not-but", "\\bno (?:te |le |os )?(?:he preguntado|pregunte|preguntaba|estaba preguntando) (?:por|el|la|cuando|cuanto"
                    + "|donde|si)\\b(?: \\w+){1,6}? (?:te |le |os )?(?:he preguntado|pregunte|queria saber)\\b"),
                    of("asked-again", "^(?:(?:te|se|os) lo )?(?:pregunto|vuelvo a preguntar|repito)(?: la pregunta)?"
                    + " (?:otra vez|de nuevo|una vez mas|por (?:segunda|tercera|cuarta|enesima) vez)\\b"
                    + "|^(?:(?:te|se|os) lo )?vuelvo a preguntar\\b(?! (?:manana|luego|mas tarde|despues|otro dia))"
                    + "|^por (?:segunda|tercera|cuarta|enesima) vez te"
                    + " (?:pregunto|lo pregunto)\\b")},
            "pt", new NamedPattern[] {of("asked-not-that", "\\b(?:eu )?(?:perguntei|tinha perguntado|estou perguntando"
                    + "|to perguntando)(?: \\w+){1,6}? (?:e )?nao (?:o|a|os|as|sobre|quando|quanto|onde|pelo|pela)\\b"),
                    of("asked-not-but", "\\b(?:eu )?nao (?:perguntei|estava perguntando|estava a perguntar) (?:\\w+ ){1,6}?(?:eu )?"
                            + "(?:perguntei"
                            + "|queria saber)\\b"),
                    of("asked-again", "^(?:pela|pra|e pela) (?:segunda|terceira|quarta|enesima) vez (?:(?:eu )?pergunto"
                    + " )?(?=(?:voces|vc|voce|o|a|os|as|quando|onde|como|quanto|qual|tem|e|da|pode|podem)\\b)"
                    + "|^(?:vou )?(?:pergunto|perguntar|repito a pergunta) (?:de novo|outra vez|novamente|mais uma"
                    + " vez)\\b")},
            "fr", new NamedPattern[] {of("asked-not-that", "\\bje (?:vous|t) ai demande(?: \\w+){1,8}? (?:pas|et non"
                    + "|non) (?:le|la|les|l|quand|combien|ou|du|des)\\b"),
                    of("asked-not-but", "\\bje ne (?:vous |t )?ai pas demande(?: \\w+){1,6}? (?:j (?:ai|vous ai|t ai)"
                    + " demande|je voulais savoir)\\b|\\bje ne (?:vous |te )?demandais pas(?: \\w+){1,6}? (?:je voulais"
                    + " savoir|je (?:vous |te )?demandais)\\b"),
                    of("asked-again", "^je (?:vous |te )?(?:repose|redemande) (?:ma|la) question\\b|^pour la"
                    + " (?:deuxieme|troisieme|quatrieme|enieme|ixieme) fois je (?:vous |te )?(?:demande|pose)\\b")},
            "de", new NamedPattern[] {of("asked-not-that", "\\bich (?:habe|hab|hatte) (?:\\w+ ){0,5}?gefragt(?: \\w+)"
                    + "{0,3}? nicht (?:nach|wann|wie|was|wo|den|die|das|der)\\b"),
                    of("asked-not-but", "\\bich (?:habe|hab|hatte) nicht (?:\\w+ ){1,6}?gefragt(?: \\w+){0,2}?"
                    + " sondern\\b"),
                    of("asked-again", "^(?:ich frage|frag ich|ich frag) (?:sie |dich |euch )?(?:jetzt )?(?:nochmal"
                    + "|noch einmal|erneut|zum (?:zweiten|dritten|vierten|x ten|xten) mal)\\b")},
            "it", new NamedPattern[] {of("asked-not-that", "\\b(?:ti|vi|le) ho chiesto(?: \\w+){1,6}? non (?:il|la|lo"
                    + "|i|le|gli|quando|quanto|dove|del|della)\\b"),
                    of("asked-not-but", "\\bnon (?:ti |vi |le )?(?:ho chiesto|chiedevo|stavo chiedendo)(?: \\w+){1,6}? (?:(?:ti |vi |le )?ho"
                    + " chiesto|volevo sapere)\\b"),
                    of("asked-again", "^(?:te lo|ve lo|glielo) (?:richiedo|chiedo di nuovo|chiedo ancora|ripeto)\\b"
                    + "|^(?:ti|vi|le) (?:richiedo|ripeto la domanda|rifaccio la domanda)\\b|^per la (?:seconda|terza"
                    + "|quarta|ennesima) volta (?:ti |vi |le )?(?:chiedo|domando)\\b")},
            "nl", new NamedPattern[] {of("asked-not-that", "\\bik (?:vroeg|had gevraagd|heb gevraagd)(?! me af)"
                    + "(?: \\w+){1,6}? niet (?:wat|wanneer|hoe|waar|de|het|hoeveel|naar)\\b"),
                    of("asked-not-but", "\\bik (?:vroeg|had gevraagd|heb gevraagd) niet (?:\\w+ ){1,6}?(?:maar"
                    + "|ik vroeg|ik wilde weten)\\b"),
                    of("asked-again", "^(?:ik vraag het|ik vraag) (?:je |u |jullie )?(?:nog een keer|nog 1 ?x"
                            + "|nogmaals|opnieuw"
                    + "|voor de (?:tweede|derde|vierde|zoveelste) keer)\\b|^voor de (?:tweede|derde|vierde"
                    + "|zoveelste) keer ik vraag\\b")});

    private static final Map<String, NamedPattern[]> RESOLVED = Map.of(
            "en", new NamedPattern[] {of("went-through", "(?<!not |n t )\\bthis time (?:it |the \\w+ )?(?:went"
                    + " through|worked|got through)\\b")},
            "es", new NamedPattern[] {of("went-through", "\\b(?:ahora|esta vez) si (?:ha ido|ha funcionado|funciona"
                    + "|ha entrado|ha pasado|me deja|ha salido|va)\\b|\\bya (?:he podido|puedo) (?:entrar|acceder"
                    + "|pagar|conectarme)\\b")},
            "pt", new NamedPattern[] {of("went-through", "\\b(?:dessa|desta|agora) vez (?:ja )?(?:passou|foi|deu"
                    + " certo|funcionou|entrou)\\b|\\bagora (?:sim )?(?:passou|deu certo|funcionou)\\b")},
            "fr", new NamedPattern[] {of("went-through", "\\b(?:reessaye|retente|refait|recommence)\\w*(?: \\w+){0,4}?"
                    + " et (?:la )?c est (?:bien )?passe$|\\bcette fois(?: ci)? (?:c est|ca a) (?:bien )?(?:passe"
                    + "|marche|fonctionne)\\b")},
            "de", new NamedPattern[] {of("went-through", "\\b(?:jetzt|nun|diesmal|dieses mal) (?:ging(?: s| es"
                    + "| das| sie)?|ist (?:es |das |sie )?|lief (?:es |das |sie )?) durch\\b")},
            "it", new NamedPattern[] {of("went-through", "(?<!non )\\b(?:stavolta|questa volta) (?:e |si e )?"
                    + "(?:andat[oa]|passat[oa])(?! (?:male|peggio|storto))\\b")},
            "nl", new NamedPattern[] {of("went-through", "\\b(?:nu|deze keer|dit keer) (?:ging|lukte|werkte) het"
                    + " wel(?: goed| door)?\\b")});

    private RetryFeedback() {
    }

    static NamedPattern[] dissatisfied(String language) {
        return DISSATISFIED.get(language);
    }

    static NamedPattern[] resolved(String language) {
        return RESOLVED.get(language);
    }
}
