package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalmByRules;
import static dev.handover.scenario.CategoryAssertions.assertFrustratedByRules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errands that borrow a threat's or an insult's words, seen among ordinary messages: a lawyer who needs a document or
 * handles a purchase, and Thursday in Portuguese and Spanish ("a sessão de quinta"), which the second-rate "de quinta"
 * insult took for an insult after any noun it did not list. The threat and the insult themselves stay, and so does
 * someone else's anger the customer joins in.
 */
class ErrandLookalikesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "My lawyer handles the purchase of the flat, can you send her the floor plan?",
            "my solicitor is dealing with the probate, could you email the invoice to her office",
            "My attorney would like a copy of the treatment notes for the insurance claim.",
            "Mijn advocaat heeft een kopie van het huurcontract nodig, kunnen jullie dat mailen?",
            "Mijn advocaat regelt de overdracht, mag ik zijn e-mailadres doorgeven?",
            "cancela minha sessão de depilação de quinta por favor, depois marco outra",
            "Queria trocar a massagem de quinta para sexta, pode ser?",
            "A limpeza de quinta continua de pé? Obrigada",
            "¿Puedo cambiar la clase de quinta hora al martes?"})
    void errand_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    /** Someone else's anger joined in by the customer is the customer's own, whatever follows it. */
    @ParameterizedTest
    @ValueSource(strings = {
            "My wife is furious and so am I, but I just want to know when you will fix it",
            "My wife is furious and so am I. When will you fix it?",
            "Mi marido está furioso y yo también, ¿cuándo vienen a arreglarlo?",
            "O meu marido está furioso e eu também. Quando vêm reparar?",
            "Mon mari est furieux et moi aussi, vous venez quand ?",
            "Mein Mann ist stinksauer und ich auch, wann kommt endlich jemand?",
            "Mio marito è furioso e anch'io, quando venite?",
            "Mijn man is woedend en ik ook, wanneer komen jullie?"})
    void angerJoinedIn_shouldStayFrustrated(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "My lawyer will be in touch about this mess.",
            "You'll be hearing from my solicitor, I've had enough.",
            "Mijn advocaat gaat hier werk van maken, reken daar maar op.",
            "que empresa de quinta, ninguém resolve nada",
            "atendimento de quinta categoria, vergonha",
            "un servicio de quinta, ni una respuesta en dos semanas"})
    void threatOrInsult_shouldStayFrustrated(String text) {
        assertFrustratedByRules(text);
    }
}
