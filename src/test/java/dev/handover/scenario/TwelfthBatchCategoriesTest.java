package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertFallback;
import static dev.handover.scenario.CategoryAssertions.assertFallbackReasonLacks;
import static dev.handover.scenario.CategoryAssertions.assertNoFallback;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fallback categories fixed for fresh12's rows, in the seven languages, with wordings of this project's own: a
 * topic the bot puts outside its role, a look-up that brings back nothing, and a question handed to a named role who
 * will call or write back. Each has look-alikes that must stay answers: the role with a policy or an offer of help,
 * an instruction for when nothing shows, a role that works on its own routine.
 */
class TwelfthBatchCategoriesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "en|As the hotel's booking assistant, legal advice about your lease isn't really my area.",
            "en|As your bank's assistant I can't give investment advice on those shares.",
            "es|Soy el asistente de la tienda y las consultas sobre garantías del fabricante no las puedo tratar.",
            "es|Como asistente de la academia, eso no es de mi competencia.",
            "pt|Sou a assistente da clínica, então dúvidas sobre o plano de saúde não é comigo.",
            "pt|Como assistente da imobiliária, questões fiscais ficam fora da minha alçada.",
            "fr|En tant qu'assistant de la boutique, les démarches douanières sortent de mon domaine.",
            "fr|Je suis l'assistante de l'agence et les questions fiscales ne sont pas de mon ressort.",
            "de|Als Assistent des Autohauses kann ich Ihnen keine Rechtsberatung zu dem Unfall geben.",
            "de|Als Chatbot der Bäckerei darf ich leider keine Empfehlung zu Allergien geben.",
            "it|Sono l'assistente dello studio, quindi pareri legali sul contratto non posso darli.",
            "it|Come assistente del negozio, le pratiche doganali non sono di mia competenza.",
            "nl|Als assistent van de sportschool kan ik geen medisch advies over je knie geven.",
            "nl|Als chatbot van de winkel valt belastingadvies buiten mijn terrein."})
    void topicOutsideTheRole(String row) {
        String[] cell = row.split("\\|", 2);
        // another family may see the limit first ("I can't give advice"); the role rule must not be needed
        assertFallback(cell[1], "fallback:" + cell[0] + ":");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "As the hotel's assistant, I can book you a table for eight tonight.",
            "As your assistant I can't show the full card number, only the last four digits.",
            "Soy el asistente virtual de la tienda, ¿en qué te puedo ayudar?",
            "Sou o assistente da loja e posso ajudar com trocas e devoluções.",
            "En tant qu'assistant du garage, je peux vous proposer un créneau jeudi.",
            "Als Assistent der Praxis kann ich Ihnen einen Termin am Dienstag anbieten.",
            "Sono l'assistente della palestra: i corsi di pilates sono il lunedì alle 18.",
            "Als assistent van de winkel kan ik je bestelling meteen omruilen."})
    void roleWithAnAnswerStaysAnAnswer(String botText) {
        assertNoFallback(botText);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "en|I looked up the voucher code but nothing comes up for it on my side.",
            "en|Sorry, no reservation shows up under the surname Okafor for Friday.",
            "es|He buscado la reserva con ese localizador y no me aparece nada.",
            "pt|Nenhuma reserva no nome de Almeida aparece para sexta, desculpe.",
            "fr|J'ai tapé votre numéro de contrat, mais rien ne remonte.",
            "de|Unter der Kundennummer taucht bei uns leider nichts auf.",
            "it|Ho provato con il codice del buono, ma non mi esce niente.",
            "nl|Op naam van De Vries staat er voor vrijdag geen reservering."})
    void lookUpBringsBackNothing(String row) {
        String[] cell = row.split("\\|", 2);
        assertFallback(cell[1], "fallback:" + cell[0] + ":");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "If no booking shows up in the app, pull down to refresh the list.",
            "Your booking shows up as confirmed for the 12th, table for two.",
            "Si no te aparece nada en la bandeja, revisa la carpeta de spam.",
            "Se nenhum pedido aparece na sua conta, saia e entre de novo.",
            "Si rien ne s'affiche, videz le cache du navigateur.",
            "Wenn nichts angezeigt wird, laden Sie die Seite bitte neu.",
            "Se non compare niente nella app, aggiorna la pagina.",
            "Je reservering voor vrijdag staat er, tafel voor twee om 19 uur."})
    void instructionsAndFoundRecordsStayAnswers(String botText) {
        assertNoFallback(botText);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "en|I'll pass this on to one of our surveyors, they'll confirm the cover and ring you this afternoon.",
            "es|Paso tu solicitud a uno de nuestros asesores, él te llamará esta tarde.",
            "pt|Encaminho a sua solicitação a um dos nossos corretores, ele vai ligar ainda hoje.",
            "fr|Je transmets votre demande à un de nos conseillers, il vous rappelle demain matin.",
            "de|Ihre Anfrage leite ich an einen unserer Berater weiter, er ruft Sie morgen an.",
            "it|Inoltro la sua domanda a uno dei nostri consulenti, la richiamerà entro sera.",
            "nl|Ik stuur je vraag door naar een van onze monteurs, die belt je morgen."})
    void questionHandedToARoleWhoCallsBack(String row) {
        String[] cell = row.split("\\|", 2);
        assertFallback(cell[1], "fallback:" + cell[0] + ":");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Our surveyors visit on weekdays and they'll confirm the date by text.",
            "Puedes pasar tu solicitud a nuestros asesores en la oficina de la calle Mayor.",
            "Os nossos corretores ligam sempre um dia antes da vistoria.",
            "Vous pouvez transmettre votre demande à votre conseiller depuis l'espace client.",
            "Unsere Berater rufen vor jedem Termin kurz an, um ihn zu bestätigen.",
            "I nostri consulenti la richiamano sempre il giorno prima dell'appuntamento.",
            "Onze monteurs bellen je een half uur voor ze aankomen."})
    void rolesOnTheirRoutineStayAnswers(String botText) {
        assertNoFallback(botText);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "en|The deposit for the Elm Street flat isn't anywhere in my notes, sorry.",
            "es|Lo siento, en mis notas no figura el precio del aparcamiento.",
            "pt|Não consta nos meus registos o valor da taxa de limpeza.",
            "fr|Mes informations ne précisent pas si le parking est gratuit.",
            "de|Die Höhe der Kaution steht leider nicht in meinen Unterlagen.",
            "it|Il costo del parcheggio non risulta nei miei dati, mi spiace.",
            "nl|De prijs van de parkeerplaats staat niet in mijn gegevens."})
    void detailMissingFromTheBotsNotes(String row) {
        String[] cell = row.split("\\|", 2);
        assertFallback(cell[1], "fallback:" + cell[0] + ":");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Please keep the receipt in your records for the warranty.",
            "Esa talla no la tengo aquí en tienda, pero llega en dos días.",
            "Esse modelo eu não tenho aqui na loja, só no site.",
            "Le parking figure dans votre confirmation de réservation.",
            "Die Kaution steht in Ihrem Mietvertrag unter Punkt 4.",
            "Quel modello non ce l'ho a disposizione in negozio, ma arriva venerdì.",
            "De prijs staat in je bevestigingsmail, onderaan."})
    void dataTheCustomerHoldsStaysAnAnswer(String botText) {
        // the model reads some stock answers as admissions on its own; this family must not add to that
        assertFallbackReasonLacks(botText, "not-in-my-data");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "en|I believe the spa is open on bank holidays, but I don't know that for sure.",
            "es|Creo que la piscina abre en octubre, pero no lo sé con certeza.",
            "pt|Acho que o parque está incluído, mas não sei ao certo.",
            "fr|Je crois que le parking est gratuit, mais je n'en ai pas la certitude.",
            "de|Ich glaube, der Parkplatz ist kostenlos, aber sicher weiß ich es nicht.",
            "it|Mi pare che il parcheggio sia gratuito, ma non ne ho la certezza.",
            "nl|Volgens mij is parkeren gratis, maar zeker weten doe ik het niet."})
    void hedgedGuessWithoutCertainty(String row) {
        String[] cell = row.split("\\|", 2);
        assertFallback(cell[1], "fallback:" + cell[0] + ":");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I think the blue one suits you better, and it's in stock in your size.",
            "Creo que la piscina abre en octubre, ¿quieres que te reserve hamaca?",
            "Mi pare che tu abbia scelto bene, il parcheggio è gratuito.",
            "Volgens mij bedoel je de grote kamer, die is nog vrij."})
    void beliefWithAnAnswerStaysAnAnswer(String botText) {
        assertNoFallback(botText);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "en|From this chat I can't change the name on the ticket, I'm afraid.",
            "es|Desde el chat no puedo cambiar el titular de la reserva.",
            "pt|Pelo chat eu não consigo alterar o titular da reserva.",
            "fr|Depuis le chat je ne peux pas changer le titulaire du billet.",
            "de|Über den Chat kann ich den Namen auf dem Ticket leider nicht ändern.",
            "it|Dalla chat non posso cambiare l'intestatario del biglietto.",
            "nl|Via de chat kan ik de naam op het ticket helaas niet wijzigen.",
            "en|I need to run this by our head chef before I confirm the menu.",
            "de|Das muss ich erst mit der Küchenchefin abstimmen, bevor ich das Menü bestätige.",
            "it|Devo prima sentire lo chef per confermare il menù.",
            "nl|Dat moet ik eerst afstemmen met de chef-kok."})
    void channelLimitsAndChecksFirst(String row) {
        String[] cell = row.split("\\|", 2);
        assertFallback(cell[1], "fallback:" + cell[0] + ":");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "From the chat you can change the name on the ticket under My bookings.",
            "Desde el chat puedes cambiar el titular en un minuto.",
            "Pelo chat você consegue alterar o titular da reserva.",
            "You need to run this by your bank before the transfer goes through.",
            "Sie müssen das mit Ihrer Bank abstimmen, bei uns ist alles gebucht.",
            "Deve sentire il suo medico per confermare la dieta.",
            "Dat moet je even afstemmen met je werkgever."})
    void customersOwnStepsStayAnswers(String botText) {
        // the model reads some instructions as admissions on its own; these families must not add to that
        assertFallbackReasonLacks(botText, "must-check-with", "not-my-call", "not-via-chat");
    }
}
