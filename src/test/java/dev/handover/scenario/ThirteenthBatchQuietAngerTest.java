package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalmByRules;
import static dev.handover.scenario.CategoryAssertions.assertFrustratedByRules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quiet anger fresh13 and fresh14 showed the rules missing, and the model too while it had not seen them, in
 * wordings of our own for all seven languages: sarcastic praise of a grievance, threats through whom the writer knows
 * or a visit in person, cancellations said as the last word, idiomatic name-calling, resignation too tired to fight,
 * a named paper and an announced lawyer; and beside each, the calm look-alikes that share its words.
 */
class ThirteenthBatchQuietAngerTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Oh I just love paying £60 a month for a gym where half the treadmills are broken",
            "So same day delivery means next Thursday for you. Good to know.",
            "The engineer overslept and turned up three hours late. Top service.",
            "Thanks so much for the heads up, I found out from the neighbour that the pool is shut",
            "Me encanta pagar 30 euros por una clase donde el monitor ni aparece.",
            "El técnico llegó tarde y se fue sin arreglar nada. Un lujo, de verdad.",
            "Muchas gracias por avisar, me enteré por el vecino de que cortabais el agua.",
            "Adoro pagar 50 euros por mês por um ginásio onde metade das máquinas está avariada.",
            "O técnico nunca apareceu e ninguém ligou. Serviço de primeira.",
            "Obrigado por avisar, soube pelo vizinho que a piscina fechava mais cedo.",
            "J'adore payer 40 euros pour un cours où le prof regarde son téléphone.",
            "Le technicien est venu en retard et n'a rien réparé. Du grand art.",
            "Merci pour la communication, j'ai découvert la fermeture par une affiche sur la porte.",
            "Ich zahle natürlich gerne 80 Euro für eine Stunde, in der der Trainer telefoniert.",
            "Der Techniker ist nicht gekommen und keiner hat angerufen. Weltklasse Service.",
            "Danke für die Info, ich habe vom Nachbarn erfahren, dass das Bad zu ist.",
            "Adoro pagare 50 euro al mese per una palestra dove metà delle macchine è rotta.",
            "Il corriere è arrivato in ritardo di tre giorni. Un record.",
            "Grazie per l'avviso, ho saputo del cambio d'orario da un cartello.",
            "Ik betaal natuurlijk graag 30 euro voor een les waarin de instructeur zit te appen.",
            "Jullie hebben me twee uur laten wachten en toen kwam er niemand. Knap hoor.",
            "Bedankt voor het laten weten, ik heb van de buren gehoord dat de bus niet meer stopt.",
            "You rebooked me onto the same cancelled train. Want a medal?",
            "Me habéis cobrado dos veces la cuota. ¿Queréis una medalla?",
            "Cobraram a mensalidade duas vezes. Querem uma medalha?",
            "Trois semaines pour un remboursement. Vous voulez une médaille ?",
            "Drei Wochen für eine Antwort. Wollt ihr einen Orden?",
            "Tre settimane per rispondere a una mail. Volete una medaglia?",
            "Drie weken voor een antwoord. Willen jullie een medaille?"})
    void sarcasticPraiseOfAGrievance_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text, "frustration:insult:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Great service, honestly, thank you so much!",
            "I love paying by card, it's so quick",
            "The driver was late because of the snow but still so friendly. Top service.",
            "I heard about you from my neighbour, do you do Saturday lessons?",
            "Me encanta pagar con el móvil, es comodísimo.",
            "Llegó un poco tarde por el tráfico, pero aun así un lujo de verdad.",
            "Me enteré por el vecino de que hacéis descuentos, ¿es verdad?",
            "Soube pelo vizinho do vosso ginásio, ainda têm vagas?",
            "Le technicien est arrivé en retard mais il a tout réparé, du grand art.",
            "J'ai appris votre existence par une voisine, vous êtes ouverts dimanche ?",
            "Natürlich zahle ich gerne die 80 Euro Anzahlung, wenn ihr mir die IBAN schickt.",
            "Ich zahle gerne 20 Euro mehr für den Expressversand.",
            "Il corriere era in ritardo ma gentilissimo, grazie mille.",
            "Topservice, dank jullie wel!",
            "Ik betaal natuurlijk graag 30 euro voorschot zodat de datum vastligt.",
            "De monteur was te laat door de file, maar toch knap hoor.",
            "My son won a medal at the swim gala, can he get the photos?"})
    void sincerePraiseAndPayment_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "My sister-in-law works at Trading Standards. I'd think twice about how you deal with this.",
            "I'll be at your Leeds office at 9 tomorrow and we can sort this out in front of your customers.",
            "Keep ignoring my emails and then don't complain about what comes next.",
            "Mi cuñada trabaja en Sanidad, así que pensadlo bien antes de contestar.",
            "Mañana me planto en la tienda a primera hora y ya veremos.",
            "Seguid así con las facturas y luego no os quejéis.",
            "O meu primo trabalha na câmara municipal, pensem bem no que vão fazer.",
            "Amanhã apareço pessoalmente na loja e vamos ver se vocês têm coragem de me dizer isso.",
            "Continuem a ignorar-me e depois não reclamem.",
            "Ma sœur travaille à la préfecture. Je vous conseille de bien réfléchir à la suite.",
            "Demain je passe en personne à l'agence, et on verra si vous osez me dire ça.",
            "Continuez à m'ignorer, et après ne venez pas vous plaindre.",
            "Mein Bruder arbeitet beim Ordnungsamt. An Ihrer Stelle würde ich mir das gut überlegen.",
            "Dann komme ich morgen halt persönlich vorbei. Mal sehen, wie das ausgeht.",
            "Macht ruhig so weiter, aber beschwert euch dann nicht.",
            "Mia sorella lavora all'ASL, quindi pensateci bene.",
            "Domani mi presento di persona allo sportello e vediamo chi ha ragione.",
            "Continuate pure a ignorarmi, poi non lamentatevi.",
            "Mijn oom werkt bij de gemeente. Denk goed na voordat je antwoordt.",
            "Morgen sta ik persoonlijk aan de balie, kijken hoe dat dan gaat.",
            "Ga zo maar door en kom dan achteraf niet klagen.",
            "My aunt sits on the council and she will be very interested in how you treat pensioners.",
            "Sigan así y ya verán lo que pasa.",
            "Continuem assim e vão ver o que acontece.",
            "Continuez comme ça et vous allez voir ce qui va se passer.",
            "Mein Onkel sitzt im Stadtrat, der interessiert sich bestimmt dafür, wie ihr mit Mietern umgeht.",
            "Continuate così e vedrete come va a finire.",
            "Ga maar zo door, je merkt vanzelf wel wat er gebeurt."})
    void threatThroughConnectionsOrPresence_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text, "frustration:threat:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "My cousin works there too, small world!",
            "I'll come by the branch tomorrow at 8 to pick it up.",
            "Mi primo trabaja en vuestra tienda de Zaragoza, ¡qué pequeño es el mundo!",
            "Mañana me paso por la tienda a recoger el pedido.",
            "A minha irmã também trabalha aí, mundo pequeno!",
            "Amanhã passo na loja para levantar a encomenda.",
            "Mon frère travaille chez vous aussi, le monde est petit.",
            "Je passe à l'agence demain pour signer, on verra si le modèle me plaît.",
            "Mein Schwager arbeitet auch bei Ihnen, kleine Welt!",
            "Ich komme morgen persönlich vorbei, dann sehen wir mal, welche Farbe passt.",
            "Mio cugino lavora da voi a Torino, che piccolo il mondo.",
            "Domani passo di persona in filiale e vediamo se c'è la taglia.",
            "Mijn zus werkt ook bij jullie, kleine wereld!",
            "Ik kom morgen langs aan de balie, kijken hoe het staat met mijn pas."})
    void connectionsAndVisits_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm cancelling my membership today. I've had enough.",
            "One more bill like that and I'm gone.",
            "Me doy de baja del gimnasio, hasta aquí hemos llegado.",
            "Una factura más así y me largo.",
            "Vou cancelar a assinatura, perdi toda a confiança em vocês.",
            "Mais uma cobrança dessas e vou embora.",
            "Je résilie mon abonnement, j'en ai assez.",
            "Encore une facture comme ça et je m'en vais.",
            "Ich kündige meine Mitgliedschaft, mir reicht's.",
            "Noch so eine Rechnung und ich bin weg.",
            "Disdico il contratto, non ho più nessuna fiducia in voi.",
            "Ancora un addebito così e me ne vado.",
            "Ik zeg mijn abonnement op, dit pik ik niet meer.",
            "Nog één keer zo'n fout en we zijn weg."})
    void cancellationAsTheLastWord_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text, "frustration:threat:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Please cancel my plan from July, thanks.",
            "I'm cancelling my membership because I'm moving abroad, thanks for everything.",
            "Quiero darme de baja a partir de julio, gracias.",
            "Cancelo la suscripción porque me mudo, gracias por todo.",
            "Vou cancelar o plano a partir de julho, obrigada.",
            "Je résilie mon abonnement car je déménage, merci pour tout.",
            "Ich kündige zum Monatsende, weil ich umziehe. Danke für alles!",
            "Disdico l'abbonamento perché mi trasferisco, grazie di tutto.",
            "Ik wil mijn abonnement per juli opzeggen omdat ik verhuis, bedankt voor alles."})
    void calmCancellation_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "This bot is thick as a brick.",
            "I'm too tired to even argue any more.",
            "I'm sending the whole thread to the Guardian.",
            "Expect to hear from my solicitor.",
            "Este bot es más tonto que un zapato.",
            "Estoy tan cansada de todo esto, hagan lo que quieran.",
            "Voy a mandarlo a La Sexta con todas las fotos.",
            "Este robô é mais burro que uma porta.",
            "Estou tão cansada disto, façam o que quiserem.",
            "Vou mandar isto para a SIC.",
            "Ce bot est bête comme ses pieds.",
            "Je suis tellement lasse de cette histoire, faites ce que vous voulez.",
            "J'envoie tout au Parisien.",
            "Vous aurez des nouvelles de mon avocat.",
            "Der Bot ist dumm wie Bohnenstroh.",
            "Ich bin es so leid, macht doch, was ihr wollt.",
            "Ich wende mich an die Presse.",
            "Ich lasse das anwaltlich prüfen.",
            "Questo chatbot è un somaro.",
            "Sono stufa di questa storia, fate come vi pare.",
            "Mando tutto a Striscia la Notizia.",
            "Avrete notizie dal mio avvocato.",
            "Die bot is zo dom als een ezel.",
            "Ik ben er klaar mee, doe maar wat jullie willen.",
            "Ik stuur dit naar de Telegraaf."})
    void idiomInsultsResignationPressAndCounsel_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I read about you in the Guardian, do you deliver to Leeds?",
            "I'm so tired after the move, can you deliver on Saturday instead?",
            "Expect to hear from my wife about the pickup time.",
            "Do what you think is best with the old sofa.",
            "Leí sobre ustedes en el Heraldo, ¿tienen plazas?",
            "Estoy cansada del viaje, ¿pueden venir mañana?",
            "Vi o vosso anúncio na TVI, ainda há vagas?",
            "Foi um grosso erro meu, desculpem.",
            "J'ai vu votre reportage sur TF1, bravo !",
            "Ich habe in der Bild über euch gelesen, habt ihr noch Plätze?",
            "Ich bin so müde nach der Schicht, passt ein Termin am Samstag?",
            "La capra del presepe è arrivata rotta, potete sostituirla?",
            "Ik las over jullie in de Telegraaf, hebben jullie nog plek?",
            "Ik ben zo moe na de verhuizing, kan de levering zaterdag?"})
    void pressReadersAndTiredCustomers_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }
}
