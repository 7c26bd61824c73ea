package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalmByRules;
import static dev.handover.scenario.CategoryAssertions.assertFrustratedByRules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quiet anger fresh16 showed that neither the rules nor the model caught, in wordings of our own: the writer's
 * standing followed by a hint to draw conclusions, the newsroom, board or forum the story goes to, insults by noun and
 * sarcastic thanks; and the calm look-alikes that share their words (a board member asking for a quote, a relative who
 * recommended the business, the paper read, a review asked about, an answer that really was quick).
 */
class SixteenthBatchQuietAngerTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm the chair of the tenants' association, 80 flats. I think you can see what that means.",
            "I sit on the parish council board. Draw your own conclusions.",
            "Soy el presidente de la asociación de vecinos y somos 200 familias. Usted verá lo que hace.",
            "Sou a síndica do condomínio, 40 apartamentos. Pense duas vezes antes de me mandar outra mensagem padrão.",
            "Je suis la présidente du club de tennis, 300 adhérents. Je n'en dis pas plus.",
            "Je connais beaucoup de monde dans le quartier. Réfléchissez bien avant de me répondre comme ça.",
            "Ich sitze im Elternrat der Grundschule. Sie wissen sicher, wie viele Eltern bei Ihnen bestellen.",
            "Meine Tochter ist Anwältin und hat sich Ihren Vertrag angesehen. Mehr sage ich dazu jetzt nicht.",
            "Ho segnato la targa del vostro furgone che mi ha rigato la macchina. Non dico altro.",
            "Ik ben voorzitter van de ouderraad en ken hier heel wat mensen. Trek uw eigen conclusies.",
            "Ik vertel mijn cursisten graag hoe jullie met klanten omgaan.",
            "Volgende week is de ledenvergadering. Zou jammer zijn als u daar de hoofdrol speelt."})
    void standingWithAHint_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm the president of the residents' association, could you quote for the stairwell cleaning?",
            "My son-in-law is a tax adviser and recommended you.",
            "Soy la presidenta de la comunidad de propietarios, ¿nos pasan presupuesto para el portal?",
            "Je siège au conseil syndical, pouvez-vous nous envoyer le devis pour les parties communes ?",
            "Mein Schwiegersohn ist Steuerberater und hat Sie empfohlen.",
            "Ich bin morgen nicht da, nur damit Sie Bescheid wissen.",
            "Ik geef les aan de hogeschool, kan de afspraak na vieren?"})
    void standingAlone_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The local radio is collecting stories about landlords who keep deposits. I think I'll write to them.",
            "El programa de la tarde está recopilando casos de gimnasios que no devuelven cuotas. ¿Les paso el mío?",
            "France Bleu recueille justement des témoignages sur les garages. Je vais leur envoyer le mien.",
            "Der Falter würde sich bestimmt für eine Hausverwaltung interessieren, die Heizkosten doppelt verrechnet.",
            "Ich gehe damit zur Schlichtungsstelle, die Rechnung stimmt hinten und vorne nicht.",
            "Ik ga ermee naar de Geschillencommissie, dit klopt gewoon niet.",
            "Ik post dit op Tripadvisor en op elk forum dat ik ken.",
            "Je le poste sur tous les forums de voyageurs, personne ne devrait réserver chez vous.",
            "Ich habe mich über meine Rechtsschutzversicherung beraten lassen. Zahlen Sie bis Freitag, ansonsten "
                    + "leite ich das Verfahren ein.",
            "Ho chiesto un parere legale: rimborsatemi entro dieci giorni, altrimenti si va per vie legali."})
    void storyTakenToAnOutlet_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I saw you in the Kronen Zeitung, congratulations!",
            "Ich habe Sie in der Kronen Zeitung gesehen, Gratulation!",
            "Can I leave a review on Zoover?",
            "Kan ik een review op Zoover zetten?",
            "Mijn rechtsbijstandsverzekering vraagt om een kopie van de factuur."})
    void outletMentionedCalmly_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "So ein Saftladen, schon wieder kein Techniker gekommen.",
            "Ihre Monteure sind schlampig und dazu noch unverschämt.",
            "Uw loodgieter is een onbeschofte hork.",
            "Die nieuwe planner van jullie is echt een klungel.",
            "Gopferdammi, scho wieder kei Paket!",
            "Your receptionist is a rude, arrogant woman who hung up on me.",
            "Merci pour votre réponse si rapide, à peine trois semaines.",
            "Thanks again for your speedy reply, only nine days.",
            "Danke für die schnelle Antwort, nur zwei Wochen.",
            "Danke für die automatische Antwort, die lege ich zu den anderen drei.",
            "Merci d'avoir pensé à nous envoyer les billets, le lendemain du concert.",
            "Qué detalle que se acordaran de mandarme la factura al día siguiente de cerrar el trimestre.",
            "Je vous ai envoyé le RIB trois fois. Vous le voulez gravé dans le marbre ?",
            "Drie keer gestuurd. Moet ik het soms in steen beitelen?",
            "pff, alweer niks. ik heb gewoon geen puf meer om boos te worden."})
    void nounInsultsAndSarcasticThanks_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Thanks for the quick answer, only eleven minutes!",
            "Merci pour votre réponse si rapide, à peine dix minutes !",
            "The clowns at the party were great.",
            "Les noms gravés dans le marbre sont superbes, merci.",
            "Danke für die automatische Bestätigung, dann warte ich auf den Termin."})
    void quickThanksAndTradesLookAlikes_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }
}
