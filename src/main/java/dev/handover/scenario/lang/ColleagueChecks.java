package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A fallback family, in every language at once, over normalised text: the bot puts the question to a colleague or a
 * named person before it answers, with no reply promised in the same breath ("let me check with our vet", "Da frag
 * ich lieber bei Frau Dr. Huber nach", "Laissez-moi vérifier auprès du Dr Lambert", "Even navragen bij de keuken").
 * The asking is the bot's own and the one asked is a third party: "let me check your booking", "you can ask the chef
 * at the counter", "je vais voir avec vous", "je kunt het even navragen bij de receptie" stay answers. Tools the bot
 * checks itself (the system, the app) are no colleague.
 */
final class ColleagueChecks {

    /** What follows "with the" when the bot looks something up alone, or speaks to the customer. */
    private static final String NO_PERSON = "(?!(?:system|systeem|sistema|systeme|website|site|app|webseite"
            + "|usted|ustedes|senhor|senhora|voce|vous|te|lei|voi|volo|che|question|questions)\\b)";

    private static final Map<String, NamedPattern[]> CERTAIN = Map.of(
            "en", new NamedPattern[] {of("asks-colleague-first", "\\b(?:let me|i ll|i will|i d better|i m going to"
                    + "|i am going to) (?:quickly |just |first )?(?:check|confirm|verify|double check) (?:this |that "
                    + "|it )?with (?:the|our|my) " + NO_PERSON + "\\w+|\\b(?:let me|i ll|i will|i d better)"
                    + " (?:quickly |just |first )?ask (?:the|our|my) " + NO_PERSON + "\\w+")},
            "es", new NamedPattern[] {of("asks-colleague-first", "\\b(?:voy a|dejame|dejeme|deja que|permiteme"
                    + "|permitame|tengo que|tendria que|he de) (?:lo )?(?:verificar|confirmar|consultar|comprobar"
                    + "|preguntar|revisar|mirar|hablar)(?:lo|la|selo|sela)? (?:antes |primero )?(?:con|a)"
                    + " (?:el|la|los|las|nuestro|nuestra|nuestros|nuestras|mi|mis) " + NO_PERSON + "\\w+"
                    // "se lo paso al email" sends the customer something: a channel is no colleague
                    + "|\\bse lo (?:paso|traslado|comento|consulto|pregunto) (?:al|a la|a los|a las|a nuestro"
                    + "|a nuestra|a nuestros|a nuestras) (?!(?:correo|email|mail|movil|telefono|whatsapp)\\b)\\w+")},
            "pt", new NamedPattern[] {of("asks-colleague-first", "\\b(?:vou|deixe me|deixa me|deixa eu|deixe eu"
                    + "|tenho de|tenho que|preciso de|preciso) (?:ja |primeiro |antes )?(?:confirmar|verificar"
                    + "|perguntar|consultar|checar|ver|falar)(?: isso| isto)? (?:com|junto d[oa]) (?:o|a|os|as|nosso"
                    + "|nossa|nossos|nossas) " + NO_PERSON + "\\w+")},
            "fr", new NamedPattern[] {of("asks-colleague-first", "\\b(?:laissez moi|laisse moi|permettez moi de"
                    + "|je vais|je prefere) (?:d abord |rapidement |vite )?(?:verifier|voir|confirmer|demander|valider"
                    + "|me renseigner|en parler)(?: ca| cela| ce point)? (?:aupres (?:du|de la|de l|des|de)|avec"
                    + " (?:le|la|l|notre|nos|les)) " + NO_PERSON + "\\w+|\\bje me renseigne aupres (?:du|de la|de l"
                    + "|des|de)\\b")},
            "de", new NamedPattern[] {of("asks-colleague-first", "\\b(?:ich (?:frag|frage)|(?:frag|frage) ich)"
                    + " (?:\\w+ ){0,3}?(?:bei|beim) (?!(?:ihnen|dir|euch)\\b)(?:\\w+ ){1,4}?nach\\b|\\bich (?:frage"
                    + "|frag) (?:mal |kurz |gern |gerne |lieber |schnell |eben )*(?:unsere[nmr]?|unser|den|die)"
                    + " \\w+(?: \\w+)? ob\\b|\\bich (?:halte|nehme) (?:kurz |mal |dazu |dafur )*rucksprache"
                    + " (?:mit|bei)\\b|\\bich erkundige mich (?:kurz |mal |gern |gerne )*(?:bei|beim)\\b")},
            "it", new NamedPattern[] {of("asks-colleague-first", "\\b(?:lasciami|fammi|lascia che|mi lasci)"
                    + " (?:prima |un attimo |subito )?(?:verificare|controllare|sentire|chiedere|confermare|parlarne)"
                    + " (?:con|al|alla|allo|all|ai|agli|presso) (?:il |la |l |lo |i |gli |le |nostro |nostra "
                    + "|nostri |nostre )?" + NO_PERSON + "\\w+|\\bchiedo (?:subito |un attimo |prima |velocemente )?"
                    + "(?:al|allo|alla|all|ai|agli|alle) (?:nostro |nostra |nostri |nostre |mio |mia )?" + NO_PERSON
                    + "\\w+ (?:se|come|quando|quanto|e ti|e le|e vi)\\b"
                    // a question handed on, not a request put through: "passo la richiesta al magazzino" processes
                    + "|\\b(?:giro|inoltro|passo|trasmetto) la (?:tua|sua|vostra) domanda (?:al|allo|alla|all|ai"
                    + "|agli|a uno dei nostri|a una delle nostre) \\w+")},
            // the second person and a modal in front make it advice: "je kunt het even navragen bij de receptie"
            "nl", new NamedPattern[] {of("asks-colleague-first", "(?<!\\b(?:je|u|jij|jullie|kunt|kun|kan|moet"
                    + "|moeten|wilt|best|gerust|zelf) )(?<!\\b(?:je|u|jij|kunt|kun|kan|moet|wilt|best|gerust|zelf)"
                    + " (?:het|dat|dit) )\\b(?:even|eventjes|eerst) (?:checken|navragen|nagaan|overleggen|vragen"
                    + "|nakijken) (?:bij|met) (?:de|het|onze|ons|mijn) \\w+|\\bik (?:vraag|check|controleer"
                    + "|overleg) (?:het |dat |dit )?(?:even |eerst |snel |kort )*(?:na )?(?:bij|met) (?:de|het|onze"
                    + "|ons|mijn) \\w+")});

    private ColleagueChecks() {
    }

    static NamedPattern[] certain(String language) {
        return CERTAIN.get(language);
    }
}
