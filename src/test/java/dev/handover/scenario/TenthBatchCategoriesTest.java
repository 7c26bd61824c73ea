package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertFallback;
import static dev.handover.scenario.CategoryAssertions.assertFeedback;
import static dev.handover.scenario.CategoryAssertions.assertNoFallback;
import static dev.handover.scenario.CategoryAssertions.assertNotFeedback;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The categories fresh10's fallback and feedback misses revealed, in the seven languages, with look-alikes that must
 * stay answers, or stay out of the feedback they resemble. Wordings written for this test, none a corpus row.
 */
class TenthBatchCategoriesTest {

    static Stream<Arguments> fallbacks() {
        return Stream.of(
                // a hedged guess the bot will not stand behind
                arguments("I think the pool reopens on Monday, but I can't guarantee it.", "fallback:en:hedged-guess"),
                arguments("Normally the courier comes before noon, but I can't promise that.",
                        "fallback:en:"),
                arguments("Me parece que la tienda abre el domingo, pero no lo puedo asegurar.",
                        "fallback:es:hedged-guess"),
                arguments("Julgo que a loja abre ao domingo, mas não tenho certeza absoluta.", "fallback:pt:"),
                arguments("Penso que o ginásio fecha às 22h, mas não tenho a certeza.", "fallback:pt:hedged-guess"),
                arguments("Je crois que la piscine rouvre lundi, mais je ne peux pas le promettre.",
                        "fallback:fr:hedged-guess"),
                arguments("Normalerweise kommt der Techniker vormittags, ich kann es aber nicht versprechen.",
                        "fallback:de:hedged-guess"),
                arguments("Credo che il negozio apra domenica, ma non lo posso garantire.", "fallback:it:hedged-guess"),
                arguments("Volgens mij is de winkel zondag open, maar ik kan het niet garanderen.",
                        "fallback:nl:hedged-guess"),
                // not knowing what the customer is talking about
                arguments("Sorry, I don't know what you're talking about.", "fallback:en:not-talking-about"),
                arguments("Perdona, no sé de qué me hablas.", "fallback:es:not-talking-about"),
                arguments("Desculpe, não sei do que você está falando.", "fallback:pt:not-talking-about"),
                arguments("Pardon, je ne sais pas de quoi tu parles.", "fallback:fr:not-talking-about"),
                arguments("Entschuldigung, ich weiß nicht, wovon Sie sprechen.", "fallback:de:not-talking-about"),
                arguments("Scusa, non capisco di cosa stai parlando.", "fallback:it:"),
                arguments("Sorry, ik weet niet waar u het over heeft.", "fallback:nl:not-talking-about"),
                // a check the bot must first make with a named trade or role
                arguments("I need to check this with our electrician first.", "fallback:en:must-check-with"),
                arguments("Tengo que consultarlo con la veterinaria, mañana te digo algo.", "fallback:es:must-check-with"),
                arguments("Preciso confirmar isso com o mecânico antes de responder.", "fallback:pt:must-check-with"),
                arguments("Je dois d'abord vérifier avec le chef de cuisine.", "fallback:fr:must-check-with"),
                arguments("Ich muss das erst mit dem Hausmeister abklären.", "fallback:de:must-check-with"),
                arguments("Devo verificarlo con il responsabile del negozio.", "fallback:it:"),
                arguments("Ik moet het eerst overleggen met de planner.", "fallback:nl:"),
                // a person of the team announced to call or message back
                arguments("One of our agents will call you this afternoon.", "fallback:en:team-will-reply"),
                arguments("Ik heb gezocht, maar er komt niets uit voor die code.", "fallback:nl:search-found-nothing"),
                arguments("Your case is with a specialist who will follow up tomorrow.",
                        "fallback:en:team-will-reply"),
                arguments("Un asesor del departamento de ventas te llamará esta tarde.", "fallback:es:team-will-reply"));
    }

    @ParameterizedTest
    @MethodSource("fallbacks")
    void fallbackCategories(String botText, String reasonPrefix) {
        assertFallback(botText, reasonPrefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We can't guarantee delivery on Sundays.",
            "I think this model suits you best, it has the larger battery.",
            "No podemos garantizar la entrega en domingo.",
            "Acho que este modelo é o melhor para si, tem mais bateria.",
            "Je pense que ce forfait vous conviendra, il inclut 100 Go.",
            "Ich glaube, das kleinere Modell reicht Ihnen völlig.",
            "Credo che questo abbonamento faccia al caso tuo.",
            "Volgens mij past dit abonnement het best bij u.",
            "I know what you're talking about: the spring offer ends on Friday.",
            "Je vois de quoi vous parlez, l'offre se termine vendredi.",
            "Ich weiß, wovon Sie sprechen: das Angebot endet am Freitag.",
            "You need to check this with your bank first.",
            "Sie müssen das mit Ihrer Bank abklären.",
            "The parcel will reach you tomorrow.",
            "The clinic will call you the day before your appointment.",
            "El equipo te llamará el lunes para fijar la entrega."})
    void lookAlikesStayAnswers(String botText) {
        assertNoFallback(botText);
    }

    static Stream<Arguments> dissatisfied() {
        return Stream.of(
                arguments("Why do you keep taking me back to the same options?", "dissatisfied:en:same-menu"),
                arguments("You sent me to the FAQ again, that's not what I asked.", "dissatisfied:en:"),
                arguments("Otra vez me mandas al mismo menú de antes", "dissatisfied:es:same-menu"),
                arguments("Sempre me manda para o mesmo menu inicial", "dissatisfied:pt:same-menu"),
                arguments("Je retombe toujours sur le même menu", "dissatisfied:fr:same-menu"),
                arguments("Merci, vous me redirigez de nouveau vers le site.", "dissatisfied:fr:sent-to-site-again"),
                arguments("Ich bin schon wieder im selben Menü gelandet.", "dissatisfied:de:same-menu"),
                arguments("Torno sempre allo stesso menu iniziale", "dissatisfied:it:same-menu"),
                arguments("Grazie, mi hai rimandato ancora sul sito.", "dissatisfied:it:sent-to-site-again"),
                arguments("Ik kom steeds weer in hetzelfde menu terecht", "dissatisfied:nl:same-menu"),
                arguments("Bedankt, ik word weer doorverwezen naar de website.", "dissatisfied:nl:sent-to-site-again"),
                // an eye roll with no question
                arguments("Amazing support as always 🙄", "dissatisfied:"),
                arguments("Vaya nivel 🙄", "dissatisfied:eye-roll"),
                arguments("Muito bom, parabéns 🙄", "dissatisfied:"),
                arguments("Chapeau l'artiste 🙄", "dissatisfied:eye-roll"),
                arguments("Na toll 🙄", "dissatisfied:"),
                arguments("Bella risposta davvero 🙄", "dissatisfied:"),
                arguments("Heel knap hoor 🙄", "dissatisfied:eye-roll"),
                // what was not asked, in the past progressive, against what the customer wanted to know
                arguments("I wasn't asking about the fee, I wanted to know the date.", "dissatisfied:en:asked-not-but"),
                arguments("No preguntaba por el precio, quería saber el horario.", "dissatisfied:es:"),
                arguments("Eu não estava perguntando o preço, queria saber o horário.", "dissatisfied:pt:"),
                arguments("Je ne demandais pas les horaires, je voulais savoir le tarif.",
                        "dissatisfied:fr:asked-not-but"),
                arguments("Non chiedevo il prezzo, volevo sapere gli orari.", "dissatisfied:it:"));
    }

    @ParameterizedTest
    @MethodSource("dissatisfied")
    void dissatisfiedCategories(String message, String reasonPrefix) {
        assertFeedback(message, Feedback.DISSATISFIED, reasonPrefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I always end up at the same café on Fridays.",
            "You sent me to the right page, thanks.",
            "Siempre acabo en el mismo restaurante los viernes.",
            "Ich lande immer wieder im selben Hotel, weil es so schön ist.",
            "Finisco sempre nello stesso ristorante il venerdì.",
            "Ik kom steeds weer bij dezelfde kapper terecht.",
            "Do you open on Sundays? 🙄",
            "Je ne demandais pas grand-chose, merci beaucoup pour votre aide."})
    void loopLookAlikesAreNotDissatisfied(String message) {
        assertNotFeedback(message, Feedback.DISSATISFIED);
    }

    static Stream<Arguments> resolved() {
        return Stream.of(
                arguments("Got it, I'll wait for the text message then.", "resolved:en:accepted-wait"),
                arguments("Vale, perfecto, esperaré a que me llamen.", "resolved:es:accepted-wait"),
                arguments("Ok, entendi, vou aguardar o email.", "resolved:pt:accepted-wait"),
                arguments("D'accord, compris, j'attendrai le SMS.", "resolved:fr:accepted-wait"),
                arguments("Ok, verstanden. Dann warte ich auf den Rückruf.", "resolved:de:accepted-wait"),
                arguments("D'accordo, aspetto la mail allora.", "resolved:it:accepted-wait"),
                arguments("Prima, dan wacht ik op de bevestiging.", "resolved:nl:accepted-wait"),
                arguments("oke snap het nu", "resolved:nl:understood-now"));
    }

    @ParameterizedTest
    @MethodSource("resolved")
    void resolvedCategories(String message, String reasonPrefix) {
        assertFeedback(message, Feedback.RESOLVED, reasonPrefix);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ok, I'll wait for the email, but this is the third time I'm asking.",
            "Vale, esperaré, pero todavía no me ha llegado nada.",
            "Ok, vou esperar, mas ainda não recebi nada.",
            "D'accord, j'attendrai encore, mais ça fait une semaine.",
            "Dann warte ich halt noch länger auf die Mail.",
            "Ok, aspetto la mail, ma non è ancora arrivata.",
            "Dan wacht ik nog maar een week op de bevestiging.",
            "snap het nu nog steeds niet"})
    void waitLookAlikesAreNotResolved(String message) {
        assertNotFeedback(message, Feedback.RESOLVED);
    }
}
