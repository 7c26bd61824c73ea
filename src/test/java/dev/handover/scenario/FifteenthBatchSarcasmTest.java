package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalmByRules;
import static dev.handover.scenario.CategoryAssertions.assertFrustratedByRules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sarcasm fresh15 showed that reads as happy to both the rules and the model, in wordings of our own in the
 * seven languages: praise wrapped round a concrete failure, thanks or "no problem" for what did not happen, and a
 * greeting called into the void after waiting; and the calm look-alikes of each (sincere praise with a good detail or
 * a small remark played down, thanks for a reply that was quick, a plain "no problem", a greeting before a question).
 */
class FifteenthBatchSarcasmTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Great work on the new bathroom, honestly. The shower leaks into the kitchen now.",
            "Well done lads, the kitchen ceiling is flooded after your plumber left.",
            "my fringe looks like a toddler did it with safety scissors. amazing work really",
            "Enhorabuena por la reforma, ahora tenemos goteras en el salón.",
            "Qué servicio tan rápido, de verdad: una hora y media para una pizza fría.",
            "Parabéns pela pintura, já há bolor na parede do quarto.",
            "Excelente trabalho, a sério. Deixaram-me o cabelo laranja.",
            "Bravo pour la livraison, le vase est arrivé en morceaux.",
            "Génial la nouvelle appli, elle plante dès que j'ouvre mon compte.",
            "Super gemacht, das neue Dach ist undicht und es tropft ins Schlafzimmer.",
            "Das Handy stürzt jede Stunde ab. Sehr professionell.",
            "Complimenti per la ristrutturazione, c'è già la muffa in bagno.",
            "Bellissima la camera, soprattutto gli scarafaggi sotto il letto.",
            "Gefeliciteerd, de nieuwe douche lekt al na een week.",
            "Top hoor, het servies kwam in scherven aan. Echt een aanrader.",
            "Came out with stripes like a zebra after the highlights. Top work guys.",
            "Salí con rayas de cebra después de las mechas. Un trabajo de diez.",
            "Ik kwam thuis met strepen als een tijger. Top werk hoor."})
    void praiseAroundAConcreteFailure_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Great job on the panels, they produce more than promised!",
            "Lovely hotel, the pool was a bit cold but we loved it",
            "Great work on the roof, the leak in the attic is fixed at last",
            "Enhorabuena por la reforma, el baño ha quedado precioso.",
            "Parabéns pela pintura, ficou um pouco de tinta no chão mas está tudo lindo.",
            "Bravo pour la livraison, tout est arrivé intact.",
            "Super gemacht, das Dach ist endlich dicht und nichts tropft mehr.",
            "Complimenti per l'impianto, produce più di quanto promesso.",
            "Bellissimo l'hotel, la piscina era un po' fredda ma ci siamo divertiti.",
            "Gefeliciteerd met de opening, het ziet er prachtig uit.",
            "Top hoor, alles heel aangekomen, geen scherven.",
            "Brilliant, someone is coming tomorrow to fix the leak.",
            "Genial, mañana vienen a reparar las goteras.",
            "Super, morgen kommt jemand, um den Schimmel zu beheben.",
            "Geweldig, morgen komen ze de lekkage repareren."})
    void praiseWithAGoodDetailOrAPassingRemark_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Thanks for the speedy reply, it's only been six weeks.",
            "Thanks for your 'we'll call you right back'. Still waiting.",
            "They said within 5 working days. We're on day 19.",
            "Gracias por la rapidez, solo llevo tres meses esperando el reembolso.",
            "No pasa nada, me encanta esperar en casa a un técnico que nunca viene.",
            "Obrigado pela rapidez, só três semanas para um e-mail.",
            "Merci pour votre réactivité, à peine deux mois pour un devis.",
            "Merci de m'avoir répondu comme promis. Ah non, zut.",
            "Danke für die schnelle Antwort, hat ja nur drei Wochen gedauert.",
            "Kein Problem, wir sitzen halt auf dem Boden, bis das Sofa endlich kommt.",
            "Grazie per la tempestività, solo tre settimane per una risposta.",
            "Nessun problema, tanto la nonna può aspettare ancora. Mica ha freddo.",
            "Bedankt voor de snelle reactie, pas zes weken later.",
            "Geen probleem hoor, we koken wel op de camping tot het fornuis er is.",
            "Geweldig, binnen 3 werkdagen zeiden jullie. We zitten op dag 15.",
            "Wow, so quick, five weeks to answer one email.",
            "Qué eficiencia, cuatro semanas para mandar una factura.",
            "Nossa, que agilidade, dois meses pra trocar uma lâmpada.",
            "Quelle réactivité, trois semaines pour un simple accusé de réception.",
            "Wie schnell, sechs Wochen für eine Kündigungsbestätigung.",
            "Che rapidità, due mesi per un preventivo.",
            "Wat snel zeg, vier weken voor een simpele offerte.",
            "Brilliant, six weeks for one window. The door next year, I suppose?",
            "Genial, cinco semanas para una ventana. La puerta el año que viene, supongo.",
            "Super, drei Wochen für ein Fenster. Die Tür dann nächstes Jahr, oder?",
            "Geweldig, acht weken voor een dakgoot. De schoorsteen volgend jaar zeker?"})
    void thanksForWhatDidNotHappen_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "thanks for the quick answer, only 2 minutes!",
            "No problem, I can wait until Monday.",
            "Gracias por la rapidez, solo diez minutos y ya está resuelto.",
            "Sin problema, puedo esperar al lunes.",
            "Obrigada pela rapidez, só cinco minutos!",
            "Merci pour votre réactivité, à peine une heure pour une réponse complète.",
            "Danke für die schnelle Antwort, nur zwei Stunden, super!",
            "Kein Problem, ich warte gern bis Montag.",
            "Grazie per la rapidità, solo mezz'ora!",
            "Bedankt voor de snelle reactie, maar tien minuten!",
            "Geen probleem, ik wacht wel tot maandag.",
            "Wow, so quick, the parcel came in two days!",
            "Qué eficiencia, en diez minutos estaba todo resuelto.",
            "Wat snel zeg, binnen een uur geleverd.",
            "Geweldig, zes weken voor de hele keuken. Volgend jaar komen we terug voor de badkamer!",
            "Great, six weeks for the extension, and the garden next year as planned."})
    void sincereThanksOrAPlainNoProblem_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hello? hello?? anyone?? I've been asking about my refund since nine",
            "hola? hola? hay alguien? llevo toda la mañana escribiendo",
            "Olá? Alguém? Já escrevi ontem e anteontem.",
            "Allô ? Il y a quelqu'un ? J'écris depuis ce matin.",
            "Hallo? Ich warte hier schon seit Stunden. Ist da überhaupt jemand?",
            "Pronto? C'è qualcuno? Scrivo da stamattina.",
            "Hallo?? Is daar iemand? Ik wacht al sinds vanochtend."})
    void greetingCalledIntoTheVoid_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hello? is this the right chat for bookings?",
            "Hola, ¿alguien me puede decir el horario de mañana?",
            "Olá, alguém pode confirmar a reserva de sábado?",
            "Bonjour, quelqu'un peut m'aider pour un devis ?",
            "Hallo, kann mir jemand sagen, ob Samstag offen ist?",
            "Ciao, qualcuno sa se domenica siete aperti?",
            "Hallo, kan iemand mij vertellen of jullie zaterdag open zijn?"})
    void greetingBeforeAPlainQuestion_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }
}
