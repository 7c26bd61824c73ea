package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * Feedback families of a retry and of a question asked again, in every language at once, over normalised text: what
 * the customer asked set against what the bot answered ("I asked when, not how much"), which needs the contrast so
 * "I asked my wife" stays neutral; and a retry that went through this time ("tried again and this time it went
 * through"), which needs the positive outcome with no negation before it.
 */
final class RetryFeedback {

    private static final Map<String, NamedPattern[]> DISSATISFIED = Map.of(
            "en", new NamedPattern[] {of("asked-not-that", "\\bi (?:asked|was asking|m asking|am asking)(?: \\w+){1,6}?"
                    + " not (?:the|about|how|when|what|whether|if|for|where)\\b")},
            "es", new NamedPattern[] {of("asked-not-that", "\\b(?:te|le|os|les) (?:he preguntado|pregunte|preguntaba"
                    + "|estoy preguntando)(?: \\w+){1,6}? no (?:el|la|los|las|lo|por|cuando|cuanto|donde|si)\\b")},
            "pt", new NamedPattern[] {of("asked-not-that", "\\b(?:eu )?(?:perguntei|tinha perguntado|estou perguntando"
                    + "|to perguntando)(?: \\w+){1,6}? (?:e )?nao (?:o|a|os|as|sobre|quando|quanto|onde|pelo|pela)\\b")},
            "fr", new NamedPattern[] {of("asked-not-that", "\\bje (?:vous|t) ai demande(?: \\w+){1,8}? (?:pas|et non"
                    + "|non) (?:le|la|les|l|quand|combien|ou|du|des)\\b")},
            "de", new NamedPattern[] {of("asked-not-that", "\\bich (?:habe|hab|hatte) (?:\\w+ ){0,5}?gefragt(?: \\w+)"
                    + "{0,3}? nicht (?:nach|wann|wie|was|wo|den|die|das|der)\\b")},
            "it", new NamedPattern[] {of("asked-not-that", "\\b(?:ti|vi|le) ho chiesto(?: \\w+){1,6}? non (?:il|la|lo"
                    + "|i|le|gli|quando|quanto|dove|del|della)\\b")},
            "nl", new NamedPattern[] {of("asked-not-that", "\\bik (?:vroeg|had gevraagd|heb gevraagd)(?! me af)"
                    + "(?: \\w+){1,6}? niet (?:wat|wanneer|hoe|waar|de|het|hoeveel|naar)\\b")});

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
