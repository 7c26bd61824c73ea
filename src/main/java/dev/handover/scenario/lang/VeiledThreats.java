package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/**
 * Threats that name no consequence: the customer announces that the matter is not over, that the business will hear
 * from them or regret it, that they know whom to turn to ("you'll be hearing from me", "esto no se va a quedar así",
 * "das wird ein Nachspiel haben"). Fixed idioms in each language, since the words alone ("we'll see") are everyday
 * ("we'll see if Friday works"): only the forms that are a warning. Appended to each language's threats.
 */
final class VeiledThreats {

    private static final String EN = "you ll be hearing from (?:me|us|my \\w+)|you (?:have|ve) (?:not|n t) heard the "
            + "last of (?:me|this)|this (?:isn t|is not|is far from|is not yet) over|we ll see about that|i know "
            + "(?:exactly )?who to (?:talk|speak|write|complain|go) to|i (?:will|ll) (?:be taking|take) (?:this|it|the "
            + "matter|this matter) further|i (?:won t|will not|am not going to|m not going to) let (?:this|it) go|"
            + "(?:choose|think about|consider) your (?:next )?(?:words|answer|reply|response) (?:very )?carefully|"
            + "consider (?:yourself|yourselves|this) warned|you (?:will|ll) regret (?:this|it)"
            + "|we ll (?:talk|speak) about (?:this|it) elsewhere|when i take (?:this|it) further"
            // Other steps weighed after a deadline ("if it isn't sorted by Friday I'll have to consider my options").
            + "|(?:by|before|until) (?:\\w+ ){1,3}?(?:i ll|ill|i will|i shall) (?:have to |need to |be forced to )?"
            + "(?:consider|look at|look into|explore|weigh up) (?:what )?(?:other|further|my) "
            + "(?:options|steps|avenues)";
    private static final String ES = "esto no se (?:va a quedar|queda|quedara) asi|no (?:lo|la|pienso|voy a) "
            + "(?:voy a )?dejar(?:lo)? asi|ya veremos quien (?:tiene razon|gana|rie)|ya nos veremos$|(?:os vais|se van|"
            + "te vas) a arrepentir|esto no (?:termina|acaba) aqui|no saben con quien (?:estan tratando|se han metido|"
            + "se metieron)|voy a llegar hasta el final|(?:quedais|quedan|queda) avisad[oa]s?"
            + "|ya hablaremos en otro (?:sitio|lugar|lado)|ya hablaremos donde (?:corresponda|haga falta)";
    private static final String PT = "(?:isso|isto) nao vai ficar assim|nao vou deixar (?:isso|isto) (?:assim|passar)|"
            + "(?:isso|isto) nao (?:termina|acaba|fica) (?:aqui|por aqui)|(?:ainda )?(?:vao|vai) se arrepender|"
            + "(?:voces|vcs) vao ver$|nao sabem com quem (?:estao|tao) (?:mexendo|a lidar|lidando)|"
            + "(?:ficam|fica) avisad[oa]s?|vou ate ao fim|vou ate o fim"
            + "|(?:falamos|falaremos|vamos falar) (?:disso |sobre isso )?(?:noutro|em outro|noutra|em outra) "
            + "(?:sitio|lugar|lado|sede|instancia)";
    private static final String FR = "vous aurez de mes nouvelles|vous (?:allez|risquez d) entendre parler de moi|"
            + "on va voir ce qu on va voir|(?:ca|cela) ne va pas (?:se passer|en rester) (?:comme ca|la)|(?:ca|cela) "
            + "n en restera pas la|je (?:ne vais pas|n vais pas|ne compte pas) en rester la|je n en resterai pas la|"
            + "on verra bien qui (?:aura|a) (?:le dernier mot|raison)|vous (?:allez le regretter|le regretterez)|"
            + "(?:vous etes|tenez vous pour) prevenus?|je (?:vais aller|irai) jusqu au bout"
            + "|(?:nous|on) verr(?:ons|a) bien la suite$|(?:nous en|on en) "
            + "(?:reparlerons|reparlera|parlerons|parlera) ailleurs";
    private static final String DE = "(?:das|dies) (?:hat|wird) (?:noch )?(?:ein|einen) nachspiel|(?:ein|einen) "
            + "nachspiel haben|das (?:werden wir|werdet ihr|werden sie) (?:ja |noch |dann )?sehen|das letzte wort "
            + "(?:ist|in dieser sache ist) (?:noch )?nicht gesprochen|(?:dann )?regeln wir das (?:eben |halt )?anders|"
            + "(?:sie werden|ihr werdet) (?:noch )?von mir horen|das (?:lasse|lass) ich mir nicht gefallen|das "
            + "(?:werden sie|werdet ihr) bereuen|(?:sie sind|ihr seid) gewarnt"
            + "|(?:dann )?(?:klaren|klaeren|besprechen) wir das (?:eben |halt )?(?:woanders|an anderer stelle)"
            // Other steps the writer will weigh ("muss ich mir andere Schritte überlegen"), not steps asked about.
            + "|ich mir (?:andere|weitere) schritte (?:uberlegen|uberlegen mussen)|welche (?:weiteren|anderen) "
            + "schritte ich (?:einleite|unternehme|ergreife|gehe)|(?:andere|weitere) schritte in erwagung";
    private static final String IT = "(?:non|nn) finisce (?:qui|mica qui|cosi)|(?:non|nn) (?:la|lo) lascio (?:passare|"
            + "cosi)|(?:ve ne|te ne) (?:pentirete|pentirai)|vi pentirete|avrete (?:presto )?mie notizie|(?:sentirete|"
            + "sentirai) parlare di me|vedremo chi (?:ha ragione|ride)|non sapete con chi avete a che fare|siete "
            + "avvisati|andro fino in fondo"
            + "|ne (?:riparleremo|parleremo) (?:in altra sede|altrove|nelle sedi opportune)";
    private static final String NL = "(?:dit|dat) laat ik (?:er )?niet (?:bij zitten|zo|gebeuren)|(?:daar|hier) "
            + "(?:gaan jullie|ga je|gaat u|krijgen jullie|krijg je|krijgt u) (?:nog )?spijt van|(?:u hoort|jullie "
            + "horen) (?:nog )?van (?:mij|me|mijn advocaat)|we zullen (?:nog )?wel zien wie|dit is (?:nog )?(?:lang )?"
            + "niet (?:voorbij|afgelopen)|(?:jullie|u) (?:bent|zijn) gewaarschuwd"
            + "|dan (?:zoek|zoeken) (?:ik|we) het (?:wel |maar )?hogerop"
            // Other steps weighed or forced on the writer ("moet ik andere stappen overwegen").
            + "|(?:moet|zal|ga) ik (?:\\w+ )?(?:andere|verdere) stappen overwegen|(?:zie ik me|zie ik mij|ik zie me|"
            + "ik zie mij|ben ik) genoodzaakt (?:\\w+ ){0,2}?(?:andere|verdere) (?:stappen|wegen|maatregelen)";

    private VeiledThreats() {
    }

    /** The veiled threats of a language. */
    static NamedPattern[] threats(String code) {
        return new NamedPattern[] {of("veiled", PerLanguage.pick(code, "veiled threats", EN, ES, PT, FR, DE, IT, NL))};
    }
}
