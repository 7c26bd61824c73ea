package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertFallback;
import static dev.handover.scenario.CategoryAssertions.assertFallbackReasonLacks;
import static dev.handover.scenario.CategoryAssertions.assertNoFallback;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fallback categories fresh13 and fresh14 missed, in the seven languages, with wordings of this project's own: a
 * search that found nothing, a question put to a colleague or a named person first, a doubt given a degree or a
 * hedged guess, and a task or topic beyond the bot (or a bot that lost the thread). Each has look-alikes that must
 * stay answers: a found record, a free slot not found, a check of the bot's own, advice to the customer, certainty,
 * a policy and an instruction.
 */
class FourteenthBatchFallbackTest {

    /** The phrase families this batch added: a look-alike the model still reads must not be theirs. */
    private static final String[] NEW_RULES = {"cannot-find-it", "asks-colleague-first", "graded-doubt",
        "beyond-my-reach", "lost-the-thread", "hedged-guess"};

    private static void assertRow(String row) {
        String[] cell = row.split("\\|", 2);
        assertFallback(cell[1], "fallback:" + cell[0] + ":");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "en|Hmm, I can't seem to find booking 7731-K in our diary.",
            "en|Sorry, couldn't find any account under that phone number.",
            "en|I checked the surname Delaney but nothing is showing up for March.",
            "es|No me sale ningún pedido a nombre de Ruiz, ¿me confirmas el apellido?",
            "es|He buscado la cita del martes pero no la encuentro por ningún lado.",
            "es|No he podido localizar tu reserva con ese número de confirmación.",
            "pt|Não me aparece nenhuma reserva com esse código, pode confirmar?",
            "pt|Não consigo encontrar a sua encomenda com esse número.",
            "pt|Procurei pelo seu apelido mas não encontro a marcação.",
            "fr|Je ne retrouve pas votre réservation pour samedi, pouvez-vous me redonner le nom ?",
            "fr|Désolé, ce dossier est introuvable dans notre système.",
            "de|Ich kann Ihre Reservierung leider im System nicht finden.",
            "de|Ich konnte keinen Auftrag unter Ihrem Namen in unserer Datenbank finden.",
            "it|Non riesco a trovare la tua prenotazione per venerdì sera.",
            "it|Non mi risulta nessun ordine a nome Bianchi.",
            "nl|Ik kan je bestelling met dat nummer helaas niet vinden.",
            "nl|Ik vind geen afspraak op naam van De Vries."})
    void searchThatFoundNothing(String row) {
        assertRow(row);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I found your order, it ships tomorrow.",
            "If you can't find the order number, check your confirmation email.",
            "Sorry, I couldn't find a free slot on Monday, but Tuesday at 10 works.",
            "He buscado tu pedido y no me aparece ninguna incidencia, llegará mañana.",
            "Não consegui encontrar horários livres na sexta, mas sábado às 9 há vaga.",
            "Je ne vois pas de souci avec votre commande, elle arrive demain.",
            "Ich konnte Ihre Buchung im System finden, sie ist bestätigt.",
            "Ich konnte keinen freien Termin im Kalender finden, aber Donnerstag geht.",
            "Non riesco a trovare posti liberi sabato, ma domenica sì.",
            "Se non trovi l'ordine nell'app, aggiorna la pagina.",
            "Ik kan geen vrije afspraak vinden op maandag, dinsdag kan wel."})
    void foundRecordOrFullDiaryStaysAnAnswer(String botText) {
        assertNoFallback(botText);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "en|Let me check with our groomer whether she can fit in a Saturday slot.",
            "en|I'll ask the chef if the risotto can be made dairy-free.",
            "es|Déjame consultarlo con la veterinaria antes de decirte nada.",
            "es|Se lo comento a nuestra coordinadora y te escribe ella.",
            "pt|Vou confirmar isso com o nosso técnico.",
            "pt|Deixe-me verificar com a enfermeira se há vaga.",
            "fr|Je vais voir avec le chef de cuisine pour les allergènes.",
            "de|Ich frage mal bei unserem Tierarzt nach, ob das geht.",
            "de|Ich halte kurz Rücksprache mit der Werkstatt.",
            "it|Fammi sentire con la nostra estetista se il trattamento è adatto.",
            "it|Chiedo al meccanico quanto ci vuole per il tagliando.",
            "nl|Ik vraag het even na bij de monteur of dat onderdeel er is."})
    void colleagueAskedFirst(String row) {
        assertRow(row);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Let me check your booking... it's at 3 pm on Friday.",
            "You can ask the chef at the counter about allergens.",
            "Let me check with the system: your order was shipped yesterday.",
            "Te lo paso al correo que nos diste, revisa la bandeja.",
            "Je vais voir avec vous les options de paiement : carte ou virement.",
            "Fragen Sie am besten bei Ihrer Bank nach.",
            "Fammi controllare al volo: il corso è alle 18.",
            "Je kunt het even navragen bij de receptie."})
    void ownCheckOrAdviceStaysAnAnswer(String botText) {
        assertNoFallback(botText);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "en|Not entirely sure the ferry runs on bank holidays, to be honest.",
            "es|No estoy del todo segura de que el menú incluya postre.",
            "pt|Não tenho a certeza de que o estacionamento seja gratuito.",
            "fr|Je ne suis pas tout à fait sûr que le parking soit inclus.",
            "de|Ich bin mir nicht hundertprozentig sicher, ob der Kurs stattfindet.",
            "it|Forse il museo è aperto anche il lunedì, ma non posso garantirlo.",
            "it|Non sono del tutto sicura che la colazione sia inclusa.",
            "nl|Ik ben er niet 100% zeker van dat het ontbijt inbegrepen is."})
    void gradedDoubtOrHedgedGuess(String row) {
        assertRow(row);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm sure it includes transfers.",
            "If you're not entirely sure about the size, go one up.",
            "Tengo la certeza de que incluye el traslado.",
            "Tenho a certeza de que o pequeno-almoço está incluído.",
            "Je suis sûr que le parking est inclus.",
            "Forse ti interessa anche il corso di yoga del mercoledì."})
    void certaintyOrAdviceStaysAnAnswer(String botText) {
        assertNoFallback(botText);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "en|Refunding a gift card isn't something I can do here, sorry.",
            "en|I'm not sure I understand, sorry.",
            "en|Sorry, I'm not quite sure what you mean by the other thing.",
            "es|Eso queda fuera de mi alcance, lo siento.",
            "es|No tengo forma de ver el saldo de tu tarjeta.",
            "es|Como asistente de la clínica no puedo aconsejarte sobre medicamentos.",
            "pt|Isso já não é comigo, trata-se na secretaria.",
            "pt|Não me é possível alterar o titular do contrato.",
            "fr|Il m'est impossible de modifier votre adresse de facturation.",
            "fr|Je n'ai pas accès à votre dossier médical.",
            "de|Dafür bin ich leider nicht zuständig.",
            "de|Das ist mir leider nicht möglich.",
            "it|Questo va oltre le mie competenze, mi dispiace.",
            "it|Non ho la possibilità di annullare il pagamento.",
            "nl|Dat valt helaas buiten mijn mogelijkheden.",
            "nl|Dat is niet iets wat ik kan regelen via deze chat."})
    void beyondTheBot(String row) {
        assertRow(row);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We can't deliver on Sundays.",
            "You can't change it online, but you can call us.",
            "No es posible cambiar la fecha online, pero puedes llamarnos.",
            "Não é possível alterar a reserva online, mas pode ligar-nos.",
            "Il est impossible de modifier une commande expédiée, mais vous pouvez la retourner.",
            "Es ist uns nicht möglich, sonntags zu liefern.",
            "Non c'è modo di modificarlo online, ma puoi chiamarci.",
            "Schade door water valt buiten de garantie.",
            "Je kan via de chat geen betalingen doen, gebruik de app.",
            "Which branch do you mean, Gent or Brugge?",
            "Welke vestiging bedoel je, Gent of Brugge?",
            "Mi sono perso il tuo ultimo messaggio?"})
    void policyInstructionOrQuestionStaysAnAnswer(String botText) {
        assertNoFallback(botText);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "en|I don't have the opening hours for Easter yet.",
            "de|Die Öffnungszeiten für Ostern habe ich leider noch nicht in meinen Unterlagen."})
    void detailMissingFromTheBotsNotes(String row) {
        assertRow(row);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We don't have the opening hours on Sunday that you mentioned, we're closed.",
            "Die Unterlagen habe ich Ihnen gestern geschickt."})
    void notesSentOrHoursGivenAreNotAGap(String botText) {
        assertFallbackReasonLacks(botText, "not-in-my-data", "no-data-yet");
    }

    // The model scores these high today (a precision matter of its own); the new phrases must not add to it.
    @ParameterizedTest
    @ValueSource(strings = {
            "That room isn't available on those dates.",
            "Ich bin mir sicher, dass der Kurs stattfindet.",
            "Als je niet 100% zeker bent van je maat, neem dan een maat groter.",
            "Wenn Sie nicht hundertprozentig sicher sind, nehmen Sie die größere Größe.",
            "Mit dem Login komme ich leider nicht mit dem Passwort weiter."})
    void lookAlikesTheModelReadsAreNotThisBatchsPhrases(String botText) {
        assertFallbackReasonLacks(botText, NEW_RULES);
    }
}
