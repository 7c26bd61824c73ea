package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A fallback family, in every language at once, over normalised text: the bot hands the question to a named role
 * ("let me pass this on to one of our vets", "giro la tua domanda allo chef") or checks it with one ("laissez-moi voir
 * avec la directrice") and a reply is promised later, from that role or from the bot. Both halves are needed and the
 * handing is the bot's own, so "our vet replies to e-mails within a day" and "you can ask the chef at the counter"
 * stay answers.
 */
final class ForwardedQuestions {

    private static final Map<String, NamedPattern[]> CERTAIN = Map.of(
            "en", new NamedPattern[] {of("forwarded-question", "\\b(?:let me|i ll|i will) (?:pass|forward|hand)"
                    + " (?:this|that|it|your (?:question|request|query)) (?:on |over )?to (?:one of )?(?:the|our)"
                    + " \\w+(?: \\w+){0,8}? (?:someone|they|he|she|we|i) (?:will|ll) (?:reply|answer|get back"
                    + "|write|respond|contact you|call you|ring you|message you|confirm|be in touch)\\b")},
            "es", new NamedPattern[] {of("forwarded-question", "\\b(?:dejame|dejeme|deja que|voy a) (?:lo )?"
                    + "(?:confirmar|consultar|ver|comprobar|preguntar)(?:lo)? con (?:el|la|nuestro|nuestra) \\w+"
                    + "(?: \\w+){0,8}? (?:te|le|os) (?:doy|dare|dire|digo) (?:una )?(?:respuesta|algo)\\b"
                    + "|\\b(?:traslado|reenvio|giro|paso) (?:tu|su) (?:consulta|pregunta|duda|solicitud|caso) (?:al|a la"
                    + "|a nuestro|a nuestra|a uno de nuestros|a una de nuestras) \\w+(?: \\w+){0,6}? (?:el|ella)?"
                    + " ?(?:te|le|os) (?:escribira|contestara|respondera|llamara|contactara)\\b")},
            "pt", new NamedPattern[] {of("forwarded-question", "\\b(?:deixe me|deixa me|deixa eu|vou) (?:confirmar"
                    + "|verificar|ver|perguntar) com (?:o|a|nosso|nossa) \\w+(?: \\w+){0,8}? (?:e )?(?:ja )?"
                    + "(?:dou|darei) (?:lhe|te|vos) (?:uma )?resposta\\b|\\b(?:passo|encaminho|reencaminho) a (?:sua"
                    + "|tua) (?:pergunta|questao|duvida|solicitacao) (?:ao|a|para o|para a|a um dos nossos|a uma das"
                    + " nossas|para um dos nossos) \\w+(?: \\w+){0,6}? (?:ele|ela)? ?(?:vai|ira) (?:lhe |te )?"
                    + "(?:responder|escrever|ligar|contactar|contatar)\\b")},
            "fr", new NamedPattern[] {of("forwarded-question", "\\b(?:laissez moi|laisse moi|je vais) (?:voir"
                    + "|verifier|confirmer) (?:ca |cela )?avec (?:le|la|l|notre) \\w+(?: \\w+){0,8}? (?:je )?"
                    + "(?:vous|te) (?:redis|dis|tiens au courant|recontacte|reviens|repondrai)\\b"
                    + "|\\bje (?:transmets|fais suivre|passe) (?:votre|ta|ton) (?:dossier|demande|question) a"
                    + " (?:un de nos|une de nos|l un de nos|notre|nos) \\w+(?: \\w+){0,4}? (?:il|elle|ils|elles)"
                    + " (?:vous|te) (?:rappelle|rappellera|recontacte|recontactera|repond|repondra|ecrira)\\b")},
            "de", new NamedPattern[] {of("forwarded-question", "\\blassen sie mich (?:das )?(?:kurz |mal )?mit"
                    + " (?:dem|der|unserem|unserer) \\w+ (?:ab)?klaren(?: \\w+){0,4}? (?:ich )?(?:melde mich|gebe"
                    + " ihnen bescheid)\\b|\\bich (?:gebe|leite) ihre frage an (?:den|die|unseren|unsere) \\w+"
                    + " weiter(?: \\w+){0,4}? (?:er|sie) (?:meldet sich|antwortet|schreibt)\\b"
                    + "|\\b(?:ihre|deine) (?:frage|anfrage) (?:gebe|leite|reiche) ich an (?:einen|eine|den|die"
                    + "|unseren|unsere) (?:unserer )?\\w+ weiter(?: \\w+){0,4}? (?:er|sie) (?:ruft (?:sie|dich)"
                    + "|meldet sich|antwortet|schreibt)\\b")},
            "it", new NamedPattern[] {of("forwarded-question", "\\b(?:giro|inoltro|passo|trasmetto) la (?:tua|sua"
                    + "|vostra) (?:richiesta|domanda) (?:al|allo|alla|all|ai|a uno dei nostri|a una delle nostre) \\w+(?: \\w+){0,4}?"
                    + " (?:ti|le|vi|la|lo) (?:scrivera|rispondera|ricontattera|richiamera|contattera|fara sapere)\\b")},
            "nl", new NamedPattern[] {of("forwarded-question", "\\bik (?:stuur|zet) (?:je|uw) vraag door (?:naar"
                    + "|aan) (?:de|het|onze|ons|een van onze) \\w+(?: \\w+){0,4}? (?:hij|zij|ze|die) (?:neemt|laat|mailt"
                    + "|belt|antwoordt|reageert)\\b|\\blaat (?:me|mij) (?:even )?(?:checken|navragen) bij (?:de|het"
                    + "|onze) \\w+(?: \\w+){0,4}? (?:dan )?laat ik (?:het )?(?:je|u) weten\\b")});

    private ForwardedQuestions() {
    }

    static NamedPattern[] certain(String language) {
        return CERTAIN.get(language);
    }
}
