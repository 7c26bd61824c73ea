package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalmByRules;
import static dev.handover.scenario.CategoryAssertions.assertFrustratedByRules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The calm messages fresh16 read as frustration, in wordings of their own across the seven languages: someone
 * else's anger reported before the customer's own calm turn, capitals of achievement or delight, a capital "NOT"
 * telling two models apart, oaths of delight, surprise or at one's own slip, and a formal complaint that claims
 * what a passenger-rights rule grants. It must not let through the look-alikes that stay frustrated: the customer
 * joining the anger or aiming it at the business, thanks refused to the business, an oath at a fault that repeats,
 * a regulator named, and a contrast shouted with "!!!".
 */
class SixteenthBatchCalmTest {

    /** Someone else's anger, then the customer's own calm turn: a wish to sort it, a plain question, praise of the
     * business or a turn to it as the better firm; and the customer's own anger once it is over. */
    @ParameterizedTest
    @ValueSource(strings = {
            "My sister is furious about the double booking, so I'm trying to sort it before she gets to you 😅 Could we move it to Friday?",
            "My dad is fuming about the leak, but honestly I just want to know when the plumber can come.",
            "I was livid about the lost parcel last week, but it turned up this morning so all good. Can I still get the voucher?",
            "Mi hermana está furiosa porque su peluquera la dejó plantada; a mí ustedes nunca me han fallado. ¿Tendrían hueco para ella?",
            "Mi jefe está muy cabreado con la gestoría de antes, pero yo solo quería saber vuestras tarifas.",
            "Minha mãe ficou muito brava com a outra loja, mas eu só queria saber se vocês entregam no sábado.",
            "Ma voisine est furieuse contre son ancien plombier, c'est pour ça qu'on vient vers vous. Vous passez le mardi ?",
            "Mon père est très fâché contre sa banque, mais moi je voulais juste savoir vos horaires.",
            "Meine Nachbarin ist stinksauer auf ihren Steuerberater, aber ich wollte eigentlich nur fragen, ob Sie noch Mandanten nehmen.",
            "Il mio capo è furioso con il vecchio fornitore e mi ha chiesto il vostro listino. Fate consegne a Bologna?",
            "Mijn zus is woest op haar oude kapper. Ik heb er zelf geen last van, maar heeft u nog plek op zaterdag?"})
    void reportedAngerWithTheCustomersOwnCalmTurn_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    /** An exam passed, a home bought, a tree's first fruit, shouted for joy. */
    @ParameterizedTest
    @ValueSource(strings = {
            "GOT MY DRIVING LICENCE TODAY, PASSED MY TEST FIRST GO!!! Tell Sam he's a legend",
            "¡¡LA CASA YA ES NUESTRA!!! Mañana firmamos, gracias por todo",
            "O APARTAMENTO É NOSSO!!! Recebemos as chaves hoje",
            "L'APPART EST À NOUS !!! On a signé ce matin",
            "DAS HAUS GEHÖRT JETZT UNS!!! Schlüssel heute abgeholt",
            "HO PRESO LA PATENTE AL PRIMO COLPO!!! SONO FELICISSIMA",
            "HET HUIS IS VAN ONS!!! Wat een dag",
            "MY LEMON TREE HAS ITS FIRST FRUIT!!! SO HAPPY WITH IT"})
    void capitalsOfAchievementOrDelight_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    /** One capital negation between two models of a product in a question: which one is meant. */
    @ParameterizedTest
    @ValueSource(strings = {
            "I need a case for the iPhone 15 Pro, NOT the Pro Max. Do you have it?",
            "Busco la funda del Galaxy S23, NO el S23 Ultra. ¿La tenéis?",
            "Ich brauche ein Display für das Pixel 7a, NICHT das Pixel 7. Haben Sie das?"})
    void aCapitalNegationTellingTwoModelsApart_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    /** Oaths at a party the guests still talk about, at a thing that was great, at one's own forgotten key or at a date
     * that crept up. */
    @ParameterizedTest
    @ValueSource(strings = {
            "¡Qué chulada de fiesta, joder! Los invitados siguen comentando la tarta.",
            "heilige scheiße war das konzert gestern gut",
            "Scheiße, hab meine Karte im Kurs liegen lassen. Ist noch jemand da?",
            "Ach du Scheiße, die Taufe ist ja schon in zwei Wochen 😅 Können wir das Menü noch ändern?",
            "minchia che torta!! gli ospiti ne stanno ancora parlando"})
    void oathsOfDelightSurpriseOrOwnSlip_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    /** A formal complaint to the business itself that claims what a passenger-rights rule grants. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Under EU261 we're entitled to compensation, and I want to be clear this is a formal complaint. Please confirm receipt.",
            "Esto es una reclamación formal: el vuelo llegó con cuatro horas de retraso y tenemos derecho a una compensación.",
            "Isto é uma reclamação formal: o voo atrasou quatro horas e temos direito a uma indemnização.",
            "Ceci est une réclamation formelle : notre vol avait quatre heures de retard et nous avons droit à une indemnisation.",
            "Dies ist eine formelle Beschwerde. Unser Flug hatte vier Stunden Verspätung, nach der Fluggastrechteverordnung steht uns eine Entschädigung zu.",
            "Questo è un reclamo formale: il volo è arrivato con quattro ore di ritardo e abbiamo diritto a un risarcimento.",
            "Dit is een formele klacht. Onze vlucht had vier uur vertraging en volgens EU261 hebben we recht op compensatie."})
    void aFormalComplaintClaimingARight_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    /**
     * The look-alikes: anger shared or aimed at the business, thanks refused, a fault again, a regulator named, a
     * contrast shouted, an exam failed through the business's fault.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "my wife is furious and so am I",
            "My husband is furious, he wants to speak to the manager",
            "Mi madre está furiosa con ustedes, pero yo solo quería saber cuándo llega",
            "Mon mari est furieux contre vous, mais moi je voulais juste savoir pourquoi",
            "PASSED MY TEST NO THANKS TO YOU!!!",
            "HET HUIS IS VAN ONS, NIET DANKZIJ JULLIE!!!",
            "joder, otra vez sin postre",
            "Scheiße, schon wieder kaputt!",
            "I will report you to the CAA under UK261",
            "I'm lodging a formal complaint with the CAA, we're entitled to compensation",
            "I SAID THE S21 FE, NOT THE S21!!!",
            "Scheiße, Prüfung nicht bestanden, weil euer Simulator kaputt war!!!",
            "Cazzo, non ho passato l'esame perché il vostro simulatore non funzionava!!!",
            "Verdomme, examen niet gehaald omdat jullie simulator kapot was!!!"})
    void lookAlikes_shouldStayFrustrated(String text) {
        assertFrustratedByRules(text);
    }
}
