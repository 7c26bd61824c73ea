package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * Fallbacks where the bot names the limit of what it holds or may do, in every language at once, over normalised
 * text: the data it has not got (yet), first person with a data noun ("I don't have the prices yet", "non dispongo
 * delle date"), so "we don't have that size" stays an answer and "I have no dates free" (a booking answer) stays
 * out; a task that is not in its hands ("that's not up to me", "eso no está en mi mano", "non è una cosa che posso
 * fare io"); a reference that does not show up in the system ("nicht auffindbar", "non risulta nel nostro
 * sistema"), unless the record is there "as" something (a status, an answer); a topic this chat or channel does not
 * handle ("não são tratadas neste canal"), which needs the negation and the channel so "payments are handled here"
 * stays an answer; and a question the bot could not interpret ("no he sabido interpretar su consulta"). Doubts
 * ({@link #uncertain}) count only when no question follows: a result it cannot guarantee, said in the first person
 * singular, so a policy ("we can't guarantee a slot") stays an answer.
 */
final class OwnLimitFallbacks {

    /** A slot still free is an answer about availability, not missing data. */
    private static final String NOT_FREE = "(?!(?: \\w+){0,3}? (?:available|free|left|disponibles?|libres?|liber[aei]"
            + "|disponive(?:l|is)|livres?|frei|verfugbar|disponibili|liberi|beschikbaar|vrij)\\b)";

    private static final Map<String, NamedPattern[]> CERTAIN = Map.of(
            "en", new NamedPattern[] {
                    of("no-data-yet", "\\bi (?:do not|don t) (?:yet |currently )?have (?:the|those|these) "
                            + "(?:\\w+ ){0,2}?"
                            + "(?:prices|dates|times|hours|figures|rates|fees|costs|schedule|timetable)\\b" + NOT_FREE
                            + "|\\bi (?:have not|haven t) (?:yet )?(?:received|been (?:given|sent)) (?:the|those) "
                            + "(?:\\w+ ){0,2}?(?:prices|dates|times|figures|rates|fees|costs|schedule|timetable)\\b"),
                    of("not-my-call", "\\b(?:that s|that is|it s|it is|this is) not (?:in my hands|up to me"
                            + "|something i (?:can|am able to|m able to) (?:do|change|arrange|sort))\\b"
                            + "|\\bfrom (?:the|this) chat i (?:can not|can t|am not able to|m not able to)\\b|\\bi (?:can not"
                            + "|am not able to|m not able to) \\w+(?: \\w+){0,8}? myself\\b"),
                    of("not-in-system", "\\b(?:does not|doesn t|do not|don t|did not) (?:appear|show up|come up)"
                            + " (?:in|on) (?:our|the) (?:system|records|database)\\b(?! as)|\\bi (?:can not|could not"
                            + "|am unable to|m unable to) (?:locate|trace) (?:it|that|this|the|your|any)\\b"),
                    of("not-this-channel", "\\b(?:is|are) not (?:handled|dealt with|covered|answered) (?:in|on"
                            + "|through|via|by) this (?:chat|channel|service)\\b"),
                    of("could-not-interpret", "\\bi (?:could not|couldn t|was not able to|wasn t able to|can not)"
                            + " (?:interpret|make sense of) (?:your|that|this|the)\\b")},
            "es", new NamedPattern[] {
                    of("no-data-yet", "\\bno (?:dispongo|tengo) (?:todavia |aun |por ahora |de momento )?(?:de )?(?:los"
                            + "|las|esos|esas|estos|estas) (?:\\w+ ){0,1}?(?:precios|tarifas|fechas|horarios|importes"
                            + "|cifras|plazos|costes|costos|calendario)\\b" + NOT_FREE + "|\\b(?:todavia|aun) no me "
                            + "(?:los|las) (?:ha|han) (?:pasado|enviado|dado|facilitado|mandado)\\b"),
                    of("not-my-call", "\\bno (?:esta|esta en|es) (?:en )?(?:mi mano|mis manos)\\b"
                            + "|\\bno depende de mi\\b"
                            + "|\\bdesde (?:aqui|el chat) no (?:te |le |lo |la )?(?:puedo|consigo|es posible)\\b"),
                    of("not-in-system", "\\bno (?:logro|consigo|puedo) (?:ubicar|localizar|encontrar) (?:\\w+ ){0,4}?en"
                            + " (?:el|nuestro) sistema\\b|\\bno (?:aparece|figura|sale) en (?:el|nuestro) sistema"
                            + "\\b(?! como)"),
                    of("not-this-channel", "\\bno se (?:tratan|atienden|gestionan|resuelven|trata|atiende|gestiona)"
                            + " (?:en|por|desde) (?:este|esta) (?:canal|chat|via)\\b"),
                    of("could-not-interpret", "\\bno (?:he sabido|supe|he podido|pude|logro|consigo) interpretar\\b")},
            "pt", new NamedPattern[] {
                    of("no-data-yet", "\\bnao (?:disponho|tenho) (?:ainda |de momento |neste momento |no momento )?"
                            + "(?:d?(?:os|as|esses|essas|estes|estas)) (?:\\w+ ){0,1}?(?:precos|valores|datas"
                            + "|horarios|tarifas|prazos|custos|calendario)\\b" + NOT_FREE + "|\\bainda nao (?:recebi"
                            + "|me (?:passaram|enviaram|mandaram|deram)) (?:os |as |esses |essas )?(?:\\w+ )?(?:precos"
                            + "|valores|datas|horarios|tarifas|prazos|custos|calendario)\\b"),
                    of("not-my-call", "\\bnao (?:esta|ta) nas minhas maos\\b|\\bnao depende de mim\\b|\\b(?:daqui|por aqui|pelo chat)"
                            + " (?:eu )?nao (?:consigo|posso|tenho como)\\b"),
                    of("not-in-system", "\\bnao (?:consigo|conseguimos) (?:localizar|encontrar) (?:\\w+ ){0,4}?n[oa]"
                            + " (?:nosso )?sistema\\b|\\bnao (?:consta|aparece) n[oa] (?:nosso )?sistema\\b(?! como)"),
                    of("not-this-channel", "\\bnao (?:sao|e) (?:tratad|atendid|resolvid)\\w* (?:neste|nesse|por este"
                            + "|por esse|pelo) (?:canal|chat)\\b"),
                    of("could-not-interpret", "\\bnao (?:soube|consegui|consigo) interpretar\\b")},
            "fr", new NamedPattern[] {
                    of("no-data-yet", "\\bje (?:ne dispose pas|n ai pas) (?:encore |pour l instant |pour le moment )?"
                            + "(?:des|les|de ces|ces) (?:\\w+ ){0,1}?(?:prix|tarifs|dates|horaires|montants|delais"
                            + "|couts|calendrier)\\b" + NOT_FREE + "|\\bje n ai pas encore recu (?:les|des) (?:\\w+ )?"
                            + "(?:prix|tarifs|dates|horaires|montants|delais|couts|calendrier)\\b"),
                    of("not-my-call", "\\b(?:ce n est|c est) pas (?:de mon ressort|entre mes mains|moi qui decide)\\b"
                            + "|\\b(?:ca|cela) ne depend pas de moi\\b|\\bje (?:ne )?(?:peux|pourrai) pas\\b"
                            + "(?: \\w+){1,8}? a (?:ta|votre) place\\b|\\b(?:d ici|depuis le chat) je ne (?:peux|pourrai) pas\\b"),
                    of("not-in-system", "\\bn (?:apparait|apparaissent|figure|figurent) pas dans (?:notre|le) "
                            + "systeme\\b(?! comme)|\\bje n arrive pas a (?:le|la|les) (?:trouver|retrouver"
                            + "|localiser)\\b"),
                    of("not-this-channel", "\\bne (?:sont|est) pas (?:traite|gere)\\w* (?:sur|par|dans|via) (?:ce"
                            + "|cette)"
                            + " (?:canal|chat|tchat|messagerie)\\b"),
                    of("could-not-interpret", "\\bje n ai pas (?:su|pu|reussi a) (?:interpreter|comprendre) (?:votre"
                            + "|ta|ton|votre)\\b")},
            "de", new NamedPattern[] {
                    of("no-data-yet", "\\b(?:die|diese) (?:preise|daten|zeiten|tarife|fristen|kosten)(?: \\w+){0,4}?"
                            + " liegen mir (?:\\w+ )?(?:noch )?nicht vor\\b|\\bmir liegen (?:\\w+ ){0,3}?"
                            + "(?:noch )?keine"
                            + " (?:\\w+ )?(?:preise|daten|zeiten|tarife|fristen|kosten|angaben)\\b|\\bich habe (?:die"
                            + "|diese) (?:preise|daten|zeiten|tarife|fristen|kosten) (?:\\w+ ){0,2}?noch nicht\\b"),
                    of("not-my-call", "\\b(?:das|es) liegt (?:\\w+ )?nicht in meiner hand\\b|\\bdas kann ich "
                            + "(?:\\w+ ){0,3}?nicht"
                            + " selbst\\b|\\b(?:von hier aus|uber den chat) kann ich (?:\\w+ ){0,4}?nicht\\b"),
                    of("not-in-system", "\\b(?:im|in unserem) system (?:\\w+ ){0,2}?(?:nicht|nirgends) (?:auffindbar"
                            + "|zu finden|vorhanden)\\b|\\bnicht auffindbar\\b"),
                    of("not-this-channel", "\\b(?:fallt|fallen) nicht in den bereich (?:dieses|des) (?:chats|kanals)\\b"
                            + "|\\bwerden (?:in|uber) diesem (?:chat|kanal) nicht (?:bearbeitet|behandelt"
                            + "|beantwortet)\\b"),
                    of("could-not-interpret", "\\bich (?:konnte|kann) (?:ihre|deine|die) (?:frage|anfrage|nachricht)"
                            + " (?:\\w+ )?nicht (?:deuten|interpretieren|einordnen)\\b")},
            "it", new NamedPattern[] {
                    of("no-data-yet", "\\bnon (?:dispongo|ho) (?:ancora |al momento |per ora |attualmente |in questo "
                            + "momento )?(?:de(?:i|gli|lle)|i|gli|le) (?:\\w+ ){0,1}?(?:prezzi|tariffe|date|orari"
                            + "|importi|costi|tempi|calendari?)\\b" + NOT_FREE + "|\\bnon ho ancora ricevuto (?:i|le"
                            + "|gli) (?:\\w+ )?(?:prezzi|tariffe|date|orari|importi|costi|tempi)\\b"),
                    of("not-my-call", "\\bnon e (?:una cosa|qualcosa) che (?:posso|riesco a) fare io\\b|\\bnon dipende"
                            + " da me\\b|\\bnon e nelle mie mani\\b|\\b(?:da qui|dalla chat) non (?:posso|riesco)\\b"),
                    of("not-in-system", "\\bnon (?:risulta|risultano|compare|appare) nel (?:nostro )?sistema\\b"
                            + "(?! come)|\\bnon riesco a (?:trovarl[oaie]|rintracciarl[oaie])\\b"),
                    of("not-this-channel", "\\bnon (?:vengono|viene|sono|e) (?:trattat|gestit)\\w* (?:in|su|da|tramite)"
                            + " (?:questa chat|questo canale)\\b"),
                    of("could-not-interpret", "\\bnon (?:ho saputo|sono riuscit[oa] a|riesco a) interpretare\\b")},
            "nl", new NamedPattern[] {
                    of("no-data-yet", "\\bik beschik (?:\\w+ ){0,2}?niet over (?:de|die|deze) (?:\\w+ )?(?:prijzen"
                            + "|tarieven|data|tijden|bedragen|kosten)\\b|\\bik heb (?:de|die|deze) (?:prijzen"
                            + "|tarieven|data|tijden|bedragen|kosten) (?:\\w+ ){0,2}?nog niet\\b"),
                    of("not-my-call", "\\b(?:dat|het) ligt (?:\\w+ )?niet in mijn handen\\b|\\b(?:dat"
                            + "|het) is niet aan mij\\b"
                            + "|\\bdat kan ik (?:\\w+ ){0,2}?niet zelf\\b|\\bvanaf hier kan ik (?:\\w+ ){0,4}?niet\\b"
                            + "|\\bvia de chat kan ik (?:\\w+ ){0,6}?niet\\b"),
                    of("not-in-system", "\\b(?:staat|staan|komt|komen) niet (?:voor )?in ons systeem\\b(?! als)"
                            + "|\\bik kan (?:het|hem|dat|dit|deze|die) (?:\\w+ )?niet (?:terug)?vinden\\b"),
                    of("not-this-channel", "\\bworden (?:niet (?:via|in) (?:deze|dit) (?:chat|kanaal)|(?:via|in) "
                            + "(?:deze"
                            + "|dit) (?:chat|kanaal) niet) (?:behandeld|afgehandeld|beantwoord)\\b"),
                    of("could-not-interpret", "\\bik kan (?:uw|je|jouw) (?:vraag|bericht) (?:\\w+ )?niet (?:plaatsen"
                            + "|interpreteren)\\b")});

    private static final Map<String, NamedPattern[]> UNCERTAIN = Map.of(
            "en", new NamedPattern[] {of("cannot-guarantee", "\\bi (?:can not|can t|am not able to) (?:guarantee"
                    + "|promise) (?:you )?that\\b")},
            "es", new NamedPattern[] {of("cannot-guarantee", "\\bno (?:te |le |os )?puedo (?:garantizar|asegurar"
                    + "|prometer)(?:te|le)? que\\b")},
            "pt", new NamedPattern[] {of("cannot-guarantee", "\\bnao (?:te |lhe |vos )?(?:posso|consigo) (?:garantir"
                    + "|prometer|assegurar) que\\b")},
            "fr", new NamedPattern[] {of("cannot-guarantee", "\\bje ne (?:peux|pourrai) pas (?:vous |te )?(?:garantir"
                    + "|promettre|assurer) (?:que|qu)\\b")},
            "de", new NamedPattern[] {of("cannot-guarantee", "\\bich kann (?:ihnen |dir |euch )?(?:\\w+ )?nicht"
                    + " (?:garantieren|versprechen|zusichern) (?:dass|das)\\b")},
            "it", new NamedPattern[] {of("cannot-guarantee", "\\bnon (?:ti |le |vi )?posso (?:garantir|promett|"
                    + "assicurar)(?:e|ti|le|vi) che\\b")},
            "nl", new NamedPattern[] {of("cannot-guarantee", "\\bik kan (?:je |u |jullie )?niet (?:garanderen"
                    + "|beloven) dat\\b")});

    private OwnLimitFallbacks() {
    }

    static NamedPattern[] certain(String language) {
        return CERTAIN.get(language);
    }

    static NamedPattern[] uncertain(String language) {
        return UNCERTAIN.get(language);
    }
}
