package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertContact;
import static dev.handover.scenario.CategoryAssertions.assertFallback;
import static dev.handover.scenario.CategoryAssertions.assertFeedback;
import static dev.handover.scenario.CategoryAssertions.assertFeedbackReasonLacks;
import static dev.handover.scenario.CategoryAssertions.assertNoContact;
import static dev.handover.scenario.CategoryAssertions.assertNoFallback;
import static dev.handover.scenario.CategoryAssertions.assertNotFeedback;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The categories fresh5's contact, fallback and feedback misses revealed, in the seven languages, with look-alikes that
 * must stay negative or neutral. Wordings written for this test, none a corpus row.
 */
class FifthBatchCategoriesTest {

    static Stream<Arguments> replies() {
        return Stream.of(
                arguments("sure, as if I hadn't read the manual", Feedback.DISSATISFIED, "dissatisfied:en:as-if"),
                arguments("vale, como si no supiera dónde está el botón", Feedback.DISSATISFIED, "dissatisfied:es:as-if"),
                arguments("certo, como se eu não soubesse ligar o aparelho", Feedback.DISSATISFIED,
                        "dissatisfied:pt:as-if"),
                arguments("merci, comme si je ne savais pas lire", Feedback.DISSATISFIED, "dissatisfied:fr:as-if"),
                arguments("danke, als ob ich das Handbuch nie gelesen hätte", Feedback.DISSATISFIED,
                        "dissatisfied:de:as-if"),
                arguments("ok, come se non avessi mai provato", Feedback.DISSATISFIED, "dissatisfied:it:as-if"),
                arguments("top, alsof ik dat zelf niet wist", Feedback.DISSATISFIED, "dissatisfied:nl:as-if"),
                arguments("great, a page I already read twice", Feedback.DISSATISFIED, "dissatisfied:en:already-read"),
                arguments("gracias, de nuevo las preguntas frecuentes", Feedback.DISSATISFIED,
                        "dissatisfied:es:already-read"),
                arguments("super, le lien que j'ai déjà lu hier", Feedback.DISSATISFIED, "dissatisfied:fr:already-read"),
                arguments("danke für überhaupt nichts", Feedback.DISSATISFIED, "dissatisfied:de:thanks-for-nothing"),
                arguments("merci pour absolument rien", Feedback.DISSATISFIED, "dissatisfied:fr:thanks-for-nothing"),
                arguments("das habe ich doch eben geschrieben", Feedback.DISSATISFIED, "dissatisfied:de:said-just-now"),
                arguments("dat had ik hierboven al geschreven", Feedback.DISSATISFIED, "dissatisfied:nl:said-just-now"),
                arguments("je viens de le préciser", Feedback.DISSATISFIED, "dissatisfied:fr:said-just-now"),
                arguments("non, ti sbagli, era martedì", Feedback.DISSATISFIED, "dissatisfied:it:mistaken"),
                arguments("nee, u vergist zich, het was de 3e", Feedback.DISSATISFIED, "dissatisfied:nl:mistaken"),
                arguments("wer hat dich danach gefragt", Feedback.DISSATISFIED, "dissatisfied:de:who-asked"),
                arguments("okay, then I'll bring the receipt tomorrow", Feedback.RESOLVED,
                        "resolved:en:plan-after-ack"),
                arguments("vale, entonces paso mañana por la tienda", Feedback.RESOLVED, "resolved:es:plan-after-ack"),
                arguments("ok, então levo o comprovante", Feedback.RESOLVED, "resolved:pt:plan-after-ack"),
                arguments("très bien, alors je passe lundi", Feedback.RESOLVED, "resolved:fr:plan-after-ack"),
                arguments("alles klar, dann bringe ich das Rad morgen vorbei", Feedback.RESOLVED,
                        "resolved:de:"),
                arguments("ok, quindi porto il libretto", Feedback.RESOLVED, "resolved:it:plan-after-ack"),
                arguments("prima, dan breng ik de fiets vrijdag", Feedback.RESOLVED, "resolved:nl:plan-after-ack"),
                arguments("ah, I get what you mean", Feedback.RESOLVED, "resolved:en:see-what-you-mean"),
                arguments("ahora entiendo lo que quieres decir", Feedback.RESOLVED, "resolved:es:"),
                arguments("ik snap wat je bedoelt", Feedback.RESOLVED, "resolved:nl:see-what-you-mean"),
                arguments("unplugged it as you told me and the signal is back", Feedback.RESOLVED,
                        "resolved:en:back-as-advised"),
                arguments("apagué el router como me dijiste y volvió la señal", Feedback.RESOLVED,
                        "resolved:es:back-as-advised"));
    }

    static Stream<Arguments> fallbacks() {
        return Stream.of(
                arguments("I can't change the delivery address via this chat.", "fallback:en:not-via-chat"),
                arguments("No puedo cancelar pedidos por este canal.", "fallback:es:not-via-chat"),
                arguments("Je ne peux pas modifier une commande par ce chat.", "fallback:fr:not-via-chat"),
                arguments("Das kann ich über den Chat leider nicht ändern.", "fallback:de:not-via-chat"),
                arguments("Ik kan je abonnement niet via deze chat opzeggen.", "fallback:nl:not-via-chat"),
                arguments("I'm only the booking assistant.", "fallback:en:only-assistant"),
                arguments("Ich bin nur der Terminassistent.", "fallback:de:only-assistant"),
                arguments("Sono solo l'assistente delle prenotazioni.", "fallback:it:only-assistant"),
                arguments("Ik leg je vraag even voor aan de monteur.", "fallback:nl:"),
                arguments("Ik laat dat even nakijken door een collega.", "fallback:nl:have-it-checked"),
                arguments("Lo hago revisar y te escribo.", "fallback:es:have-it-checked"),
                arguments("Non so cosa intendi con quella sigla.", "fallback:it:not-what-you-mean"));
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                arguments("hay alguien que me pueda asesorar con la hipoteca", "rule:es:someone-who-could"),
                arguments("ci sarebbe qualcuno che mi potrebbe seguire per la pratica", "rule:it:someone-who-could"),
                arguments("is er misschien iemand die even mee kan kijken naar mijn aanvraag",
                        "rule:nl:someone-who-could"),
                arguments("i would appreciate being called back about the quote", "rule:en:be-contacted"),
                arguments("vorrei essere richiamata per il preventivo", "rule:it:be-contacted"),
                arguments("je souhaiterais être recontactée pour mon devis", "rule:fr:"),
                arguments("no hay nadie ahí con quien hablar", "rule:es:"),
                arguments("il n'y a personne chez vous à qui parler", "rule:fr:no-one-to-talk-to"),
                arguments("kann mir jemand aus der Werkstatt per WhatsApp schreiben", "rule:de:app-message"),
                arguments("zet er een collega op alsjeblieft", "rule:nl:someone-else-on-it"));
    }

    @ParameterizedTest
    @MethodSource("replies")
    void reply_shouldBeClassifiedWithItsReason(String text, Feedback expected, String reason) {
        assertFeedback(text, expected, reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok, then I'll go with another company",
            "I don't see what you mean", "the error is back like you said and it still fails",
            "no rush, next week works too", "sin prisa, el lunes me vale", "geen haast, morgen is ook goed",
            "deixa eu pensar um pouco", "I already read the contract and want to sign it"})
    void lookAlike_shouldNotResolveOrComplainWrongly(String text) {
        assertNotFeedback(text, Feedback.RESOLVED);
        assertFeedbackReasonLacks(text, "plan-after-ack", "already-read", "gave-up");
    }

    @ParameterizedTest
    @MethodSource("fallbacks")
    void fallback_shouldBeDetectedWithItsReason(String text, String reason) {
        assertFallback(text, reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"For security reasons I can't show the full card number, but you can see it in the app.",
            "Lo siento, no aceptamos pagos con cheque.", "We do not ship to islands, sorry.",
            "You can't pay via this chat, but the link below works.", "I can help you with that via this chat."})
    void answer_shouldNotBeAFallback(String text) {
        assertNoFallback(text);
    }

    @ParameterizedTest
    @MethodSource("requests")
    void request_shouldBeDetectedWithItsReason(String text, String reason) {
        assertContact(text, reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hay alguien que pueda recoger el paquete mañana", "is there anyone who can sign for it",
            "kann mir jemand sagen, ob WhatsApp geht"})
    void lookAlike_shouldNotBeARequest(String text) {
        assertNoContact(text);
    }
}
