package dev.handover.scenario.lang;

import java.util.List;

/**
 * Anger the customer reports rather than feels: a relative's, the boss's or a neighbour's ("my boss was raging about
 * the late delivery", "minha sogra ficou brava com o atraso", "Mon voisin est furieux parce que votre camion ...",
 * "Mi madre se enfadó mucho y me pidió que os escribiera"), or the customer's own anger once it is over ("I was
 * really angry last week, but the vet sorted it", "fiquei chateada, mas já passou", "ik was boos, maar het is
 * opgelost"). The detector leaves such a span out before it looks for anger, so any other anger in the message
 * still counts. Not here: anger aimed at the business ("furious with you", "stinksauer auf Sie"), the customer
 * joining in ("my husband and I are furious", "und ich auch", "e eu também"), or past anger that lasts ("I was angry
 * and I still am"): the third party must stand right before the verb, and the past anger needs a "but" that settles
 * it. Someone else's anger counts only beside a calming word (settled, or a request relayed): "my husband is
 * furious, he wants to speak to the manager", which earlier batches label angry, carries the anger to the business.
 * Over normalised text; fresh15 read one such message in every language as anger, fresh16 more with the
 * customer's own calm turn ("but honestly I just want to know", "a mí ustedes nunca me han fallado", "Ik heb er
 * zelf geen last van") or a turn to the business as the better firm ("c'est pour ça qu'on vient vers vous").
 */
public final class ReportedAnger {

    private static final String EN_WHO = "my (?:\\w+ )?(?:husband|wife|partner|boss|manager|mum|mom|mother|dad"
            + "|father|son|daughter|sister|brother|neighbou?r|(?:mother|father|sister|brother) in law|grandma"
            + "|grandad|nan|auntie|aunt|uncle|friend|mate|colleague|flatmate|landlord|girlfriend|boyfriend|parents"
            + "|kids|in laws)";
    private static final String EN_OTHERS = "(?:" + EN_WHO + ") (?:is|was|s|has been|got|went|gets|were|are|is still)"
            + " (?:\\w+ ){0,2}?(?:angry|furious|fuming|livid|raging|mad|seething|cross|irate|apoplectic|incandescent"
            + "|up in arms|beside (?:himself|herself))\\b(?! (?:\\w+ ){0,2}?(?:with|at) (?:you|your|ya)\\b)"
            + "(?!.*\\b(?:and so am i|as am i|and me too|me too|and i am too|and i m (?:\\w+ )?(?:furious|angry|livid)"
            + ")\\b)";
    private static final String EN_OVER = "i was (?:\\w+ ){0,2}?(?:angry|furious|fuming|livid|mad|cross|upset"
            + "|annoyed)\\b(?=(?!.*\\b(?:i m still|i am still|still (?:am|angry|furious|fuming|livid|mad|cross|upset)"
            + ")\\b)"
            + ".*\\b(?:but|though|however)\\b(?: \\w+){0,12}? (?:sorted|resolved|fixed|fine now|all good|put it "
            + "right|sorted it|over it|turned up|showed up)\\b)";
    private static final String ES_OTHERS = "(?:mi|el|la) (?:madre|padre|marido|mujer|esposa|esposo|jefe|jefa|suegr[oa]"
            + "|vecin[oa]|herman[oa]|hij[oa]|novi[oa]|pareja|amig[oa]|abuel[oa]|ti[oa]|cunad[oa]|companer[oa])"
            + " (?:se (?:enfado|ha enfadado|enfada|cabreo|ha cabreado|cabrea|mosqueo|molesto|indigno|puso|ha puesto"
            + "|pone)|esta|estaba|estuvo|quedo|se quedo) (?:\\w+ ){0,2}?(?:furios[oa]|enfadad[oa]|cabread[oa]"
            + "|mosquead[oa]|indignad[oa]|hech[oa] una furia|como una moto|mucho|muchisimo|bastante|fatal)\\b"
            + "(?! (?:\\w+ ){0,2}?(?:con|contra) (?:vosotr[oa]s|ustedes|usted|vuestr\\w+)\\b)(?!.*\\by yo tambien\\b)";
    private static final String ES_OVER = "(?:(?:estaba|estuve) (?:\\w+ ){0,2}?(?:furios[oa]|enfadad[oa]"
            + "|cabread[oa]|molest[oa])|me (?:enfade"
            + "|cabree|mosquee)(?: mucho| muchisimo| bastante)?)\\b(?=(?!.*\\btodavia\\b).*\\b(?:pero"
            + "|aunque)\\b(?: \\w+){0,12}? (?:ya (?:esta|se ha) (?:solucionado"
            + "|resuelto|arreglado)|ya paso|se arreglo|se soluciono|lo (?:solucionaron|arreglaron|resolvieron))\\b)";
    private static final String PT_OTHERS = "(?:o |a )?(?:meu|minha) (?:marido|esposa|esposo|mulher|mae|pai|chefe"
            + "|sogr[oa]|vizinh[oa]|filh[oa]|irma|irmao|soci[oa]|namorad[oa]|amig[oa]|avo|ti[oa]|cunhad[oa]|colega|patrao)"
            + " (?:ficou|fica|ta|tava|esta|estava) (?:\\w+ ){0,2}?(?:brav[oa]|furios[oa]|irritad[oa]|chatead[oa]"
            + "|revoltad[oa]|pistola|possess[oa]|uma fera|nervos[oa]|zangad[oa]|fula)\\b"
            + "(?! (?:\\w+ ){0,2}?com (?:voces|vcs|voce|vc|vos)\\b)(?!.*\\be eu (?:tambem|tb|tbm)\\b)";
    private static final String PT_OVER = "(?:eu )?(?:fiquei|estava) (?:\\w+ ){0,2}?(?:brav[oa]|furios[oa]"
            + "|irritad[oa]|chatead[oa]|zangad[oa])"
            + "\\b(?=(?!.*\\bainda (?:to|estou)\\b).*\\b(?:mas|porem)\\b(?: \\w+){0,12}? (?:ja passou|deu tudo certo"
            + "|resolvid[oa]|resolveram|tudo certo)\\b)";
    private static final String FR_OTHERS = "(?:mon|ma) (?:mari|femme|mere|pere|patron|patronne|chef|voisin|voisine"
            + "|belle mere|beau pere|fils|fille|frere|soeur|copain|copine|ami|amie|collegue|compagnon|compagne"
            + "|grand mere|grand pere) (?:est|etait|a ete|est devenue?) (?:\\w+ ){0,2}?(?:furieux|furieuse"
            + "|en colere|fache|fachee|enerve|enervee|hors de (?:lui|elle)|remonte|remontee|furax)\\b"
            + "(?! (?:\\w+ ){0,2}?contre vous\\b)(?!.*\\bet moi aussi\\b)";
    private static final String FR_OVER = "j etais (?:\\w+ ){0,2}?(?:furieux|furieuse|en colere|fache|fachee"
            + "|enerve|enervee)\\b"
            + "(?=(?!.*\\btoujours\\b).*\\bmais\\b(?: \\w+){0,12}? (?:(?:c est|tout est) (?:regle|resolu|arrange)"
            + "|ca s est arrange|(?:ont|a) (?:tout )?(?:regle|resolu|arrange))\\b)";
    private static final String DE_OTHERS = "(?:mein|meine) (?:mann|frau|mutter|vater|chef|chefin|nachbar|nachbarin"
            + "|schwiegermutter|schwiegervater|sohn|tochter|bruder|schwester|freund|freundin|kollege|kollegin|oma"
            + "|opa|partner|partnerin|eltern) (?:ist|war|wurde|sind|waren) (?:\\w+ ){0,2}?(?:sauer|stinksauer"
            + "|stocksauer|wutend|verargert|emport|ausser sich|auf hundertachtzig|auf 180)\\b"
            + "(?! (?:\\w+ ){0,2}?(?:auf|uber) (?:sie|euch|dich)\\b)(?!.*\\bund ich (?:auch|ebenfalls)\\b)";
    private static final String DE_OVER = "ich war (?:\\w+ ){0,2}?(?:sauer|wutend|verargert"
            + "|stinksauer)\\b(?=(?!.*\\bimmer noch\\b).*\\baber\\b"
            + "(?: \\w+){0,12}? (?:erledigt|geklart|geregelt|gelost|wieder gut|in ordnung)\\b)";
    private static final String IT_OTHERS = "(?:mio|mia|il mio|la mia) (?:marito|moglie|madre|padre|mamma|papa|capo"
            + "|suocer[oa]|vicin[oa]|figli[oa]|fratello|sorella|ragazz[oa]|compagn[oa]|amic[oa]|collega|nonn[oa]"
            + "|zi[oa]|cognat[oa]) (?:e|era|e stat[oa]|si e|si era) (?:\\w+ ){0,2}?(?:arrabbiat[oa]"
            + "|arrabbiatissim[oa]|furios[oa]|furibond[oa]|infuriat[oa]|incazzat[oa]|imbestialit[oa]"
            + "|fuori di se)\\b(?! (?:\\w+ ){0,2}?con (?:voi|lei|te)\\b)(?!.*\\b(?:anch io|pure io|io pure)\\b)";
    private static final String IT_OVER = "(?:ero|mi ero) (?:\\w+ ){0,2}?(?:arrabbiat[oa]|furios[oa]"
            + "|infuriat[oa])\\b(?=(?!.*\\bancora\\b)"
            + ".*\\bma\\b(?: \\w+){0,12}? (?:a posto|risolto|sistemato|passata|passato)\\b)";
    private static final String NL_OTHERS = "(?:mijn|m n) (?:man|vrouw|moeder|vader|baas|buurman|buurvrouw|schoonmoeder"
            + "|schoonvader|zoon|dochter|broer|zus|vriend|vriendin|collega|oma|opa|partner|ouders) (?:is|was|werd"
            + "|zijn|waren) (?:\\w+ ){0,2}?(?:boos|woedend|woest|kwaad|razend|pissig|des duivels|laaiend|furieus"
            + "|ziedend|witheet)\\b(?! (?:\\w+ ){0,2}?(?:op|over) (?:jullie|u|je)\\b)(?!.*\\ben ik (?:ook|ook al)\\b)";
    private static final String NL_OVER = "ik was (?:\\w+ ){0,2}?(?:boos|woedend|kwaad|razend"
            + "|pissig)\\b(?=(?!.*\\bnog steeds\\b).*\\bmaar\\b"
            + "(?: \\w+){0,12}? (?:opgelost|geregeld|in orde|weer goed)\\b)";

    /**
     * What makes someone else's anger reported rather than shared: it is over ("but it's sorted", "mas já passou"),
     * or the customer relays a request or a notice calmly ("asked me to ask", "pediu-me para perguntar", "je vous
     * le signale"). "My husband is furious, he wants to speak to the manager" has neither and stays angry.
     */
    private static final String EN_CALMING = "(?:sorted|resolved|fine now|all good|arrived in time|asked me to"
            + "|wanted me to|message you calmly|just letting you know|just so you know|for next time|asked me for your"
            + "|but (?:\\w+ ){0,2}?i (?:just|only|simply) (?:want|wanted|need)|(?:i m|i am) (?:just )?trying to sort"
            + "|before (?:she|he|they) (?:gets?|get) to you|it doesn t bother me|i m not bothered"
            + "|that s why (?:we|i) (?:re|m|are|am) (?:coming to|contacting) you)";
    private static final String ES_CALMING = "(?:ya (?:esta|se ha) (?:solucionado|resuelto|arreglado)|ya paso"
            + "|se arreglo|me pidio que|me ha pedido que|os lo comento|se lo comento|para la proxima"
            + "|a mi (?:\\w+ )?(?:nunca|no) me (?:han|habeis|ha) fallado|a mi no me (?:molesta|importa)"
            + "|(?:pero|aunque) yo (?:\\w+ )?(?:solo|solamente|simplemente) (?:quer|necesit)\\w*"
            + "|me (?:pidio|ha pedido) (?:vuestro|su|el) (?:numero|contacto|telefono)"
            + "|por eso (?:acudimos|venimos|recurrimos|os escribimos|les escribimos) a (?:vosotros|ustedes))";
    private static final String PT_CALMING = "(?:ja passou|deu tudo certo|tudo certo|chegou a tempo|resolvid[oa]"
            + "|pediu me para|pediu pra|pediu para|queria que soubessem|para a proxima|pra proxima"
            + "|mas eu (?:\\w+ )?(?:so|apenas|somente|simplesmente) (?:queria|quero|preciso|gostaria)"
            + "|eu nao me importo|pediu (?:o )?(?:contato|numero|telefone) de (?:voces|vcs)"
            + "|por isso (?:estamos|estou|viemos|vim) (?:\\w+ )?(?:procurando|a|ate) (?:voces|vcs))";
    private static final String FR_CALMING = "(?:c est (?:regle|resolu|arrange)|tout est (?:regle|arrange)"
            + "|tout s est bien passe|m a demande de|je vous le signale|pour la prochaine"
            + "|(?:mais )?moi je (?:\\w+ )?(?:voulais|veux|voudrais) (?:\\w+ )?(?:simplement|juste|seulement)"
            + "|moi (?:ca|cela) ne me (?:gene|derange) pas|m a demande (?:votre|vos)"
            + "|c est pour ca (?:qu on|que nous|que je) (?:vient|venons|viens|vous contacte\\w*|vous ecri\\w*))";
    private static final String DE_CALMING = "(?:erledigt|geklart|alles gut|hat mich gebeten|nur als hinweis"
            + "|fur nachstes mal|zur info"
            + "|aber ich (?:\\w+ )?(?:will|wollte|mochte) (?:eigentlich )?nur|mich (?:selbst )?stort (?:es|das) nicht"
            + "|hat mich nach (?:ihrer|eurer) (?:nummer|adresse) gefragt"
            + "|deshalb (?:wenden wir uns|wende ich mich|kommen wir|komme ich) (?:jetzt )?(?:an|zu) (?:sie|euch))";
    private static final String IT_CALMING = "(?:tutto a posto|tutto risolto|risolto|mi ha chiesto di"
            + "|vi segnalo|per la prossima"
            + "|mi ha chiesto (?:il vostro|i vostri|un vostro)|ma io (?:\\w+ )?(?:volevo|vorrei|voglio) (?:solo"
            + "|soltanto|semplicemente)|a me non (?:da fastidio|disturba|importa)"
            + "|per questo (?:ci rivolgiamo|mi rivolgo|veniamo|scriviamo) (?:a|da) voi)";
    private static final String NL_CALMING = "(?:opgelost|geregeld|weer goed|vroeg of ik|vroeg me|ik meld het"
            + "|voor de volgende keer"
            + "|ik heb er (?:zelf )?geen last van|maar ik (?:wil|wilde|wou) (?:eigenlijk )?(?:alleen|gewoon)"
            + "|vroeg (?:om )?jullie (?:nummer|gegevens)|daarom (?:komen we|kom ik|kloppen we|klop ik) (?:bij|naar) "
            + "(?:jullie|u))";

    private ReportedAnger() {
    }

    /** Someone else's anger, a span the detector leaves out when the message also has a {@link #calming} word. */
    public static List<NamedPattern> others(String code) {
        return List.of(NamedPattern.of("others", PerLanguage.pick(code, "reported anger", EN_OTHERS, ES_OTHERS,
                PT_OTHERS, FR_OTHERS, DE_OTHERS, IT_OTHERS, NL_OTHERS)));
    }

    /** What makes someone else's anger reported: it is over, or the customer relays a request calmly. */
    public static List<NamedPattern> calming(String code) {
        return List.of(NamedPattern.of("calming", PerLanguage.pick(code, "calming words", EN_CALMING, ES_CALMING,
                PT_CALMING, FR_CALMING, DE_CALMING, IT_CALMING, NL_CALMING)));
    }

    /** The customer's own anger, over and settled: a span the detector always leaves out. */
    public static List<NamedPattern> over(String code) {
        return List.of(NamedPattern.of("over", PerLanguage.pick(code, "settled anger", EN_OVER, ES_OVER, PT_OVER,
                FR_OVER, DE_OVER, IT_OVER, NL_OVER)));
    }
}
