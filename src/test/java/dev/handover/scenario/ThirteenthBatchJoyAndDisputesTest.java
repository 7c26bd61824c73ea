package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalmByRules;
import static dev.handover.scenario.CategoryAssertions.assertFrustratedByRules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The calm messages fresh13 and fresh14 showed the rules firing on, in wordings of their own and in all seven
 * languages: good news shouted in capitals (a record at the gym, tickets, keys, a party, a fast delivery), an oath of
 * surprise, of delight or at the customer's own mishap before praise or a plain request, and a charge disputed with
 * the business itself, civilly and with a term; and the look-alikes that stay angry: capitals of anger, praise taken
 * back by a last "NOT", oaths at the business, and chargebacks announced or taken to the bank.
 */
class ThirteenthBatchJoyAndDisputesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "NEW PERSONAL BEST ON THE SQUAT THIS MORNING!!! the programme is paying off",
            "WE GOT THE KEYS!!! moving in on saturday",
            "¡¡HE CORRIDO MI PRIMERA MEDIA MARATÓN!! gracias al club por los entrenos",
            "¡¡YA TENEMOS FECHA PARA LA BODA!! el 3 de octubre, ¿os queda libre el salón?",
            "GANHEI O SORTEIO DA ACADEMIA!!! um ano de mensalidade grátis",
            "A FIBRA FOI INSTALADA EM MEIA HORA!!! o técnico foi um amor",
            "J'AI DÉCROCHÉ MON CDI!!! merci pour les conseils sur le CV",
            "NOUVEAU RECORD PERSO AU 10 KM CE MATIN!!! le coach avait raison",
            "BESTER GEBURTSTAG MEINES LEBENS!!! die Torte war der Hammer",
            "DIE NEUE HEIZUNG IST DRIN UND ALLES LÄUFT!!! endlich warme Füße",
            "NUOVO RECORD PERSONALE DI STACCO OGGI!!! dite a Luca che il programma funziona",
            "CE L'ABBIAMO FATTA, ABBIAMO PRESO CASA!!! il mutuo è passato",
            "WAT EEN SNELLE BEZORGING!!! vanochtend besteld, nu al binnen",
            "ONZE EERSTE MARATHON UITGELOPEN!!! iedereen was weg van de begeleiding"})
    void goodNewsInCapitals_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WHERE ARE MY KEYS? YOU SAID THE LOCKSMITH WOULD COME AT NINE!!!",
            "BEST SERVICE EVER, NOT.",
            "my order arrived smashed and nobody answers the phone. GREAT JOB!!!",
            "¿¿DÓNDE ESTÁ MI PEDIDO?? LLEVO UNA SEMANA ESPERANDO!!",
            "CADÊ O TÉCNICO??? ESTOU ESPERANDO DESDE AS OITO!!!",
            "OÙ EST MA COMMANDE ??? ÇA FAIT DIX JOURS !!!",
            "Toller Service, NICHT!",
            "ALLES LÄUFT SCHIEF BEI EUCH, WO BLEIBT MEIN GELD!!!",
            "DOVE È FINITO IL MIO PACCO??? NESSUNO RISPONDE!!!",
            "top service hoor... NIET",
            "WAAR BLIJFT MIJN BESTELLING!!! AL TWEE WEKEN NIKS"})
    void angryOrRetractedCapitals_shouldStayFrustrated(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "bloody hell, is it really that cheap? sign me up for the yearly plan",
            "shit, I left my phone in the changing room, could someone check locker 12",
            "hostia, qué pasada de terraza, reservadme para el viernes",
            "joder, me he dejado las llaves en la taquilla, ¿alguien puede mirarlo?",
            "caramba, o carro novo tá voando, obrigado pela revisão",
            "porra, esqueci a senha de novo, como recupero?",
            "putain, deux fois moins cher que chez mon ancien opérateur, je signe où ?",
            "merde, j'ai encore oublié mon badge, vous pouvez m'ouvrir ?",
            "Heilige Scheiße, die Küche ist ja schon da! Wann kommt der Monteur?",
            "Scheiße, ich hab meinen Schlüssel im Spind liegen lassen, kann jemand nachschauen?",
            "cavolo, non pensavo che la nuova bici andasse così veloce, grazie del consiglio",
            "porca miseria, ho lasciato le chiavi nell'armadietto, qualcuno può controllare?",
            "verdorie, pas weer vergeten, kan ik een nieuwe aanvragen?",
            "shit, ik heb mijn jas in de zaal laten liggen, kan iemand even kijken?"})
    void oathOfSurpriseOrAtOwnSlip_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "fucking useless, where is my refund",
            "fuck, you lost my keys, this is a joke",
            "joder, otra vez sin internet, ya está bien",
            "porra, de novo sem luz, vocês são uma piada",
            "merde, encore en panne !",
            "putain, c'est deux fois plus cher que le devis, vous vous foutez de moi",
            "Scheiße, schon wieder kaputt, das ist doch eine Frechheit",
            "cazzo, di nuovo senza linea, siete degli incompetenti",
            "shit, jullie zijn mijn bestelling alweer vergeten",
            "verdomme, weer geen bezorging, wat een mooie service"})
    void oathAtTheBusiness_shouldStayFrustrated(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I dispute the charge of 29.99 on 14 June, I never renewed. Please refund it and confirm by email.",
            "still no refund for the boots you got back on 2 May, please pay it back within 10 days",
            "Disputo el cargo de 15 euros del 2 de abril, no lo autoricé. Les ruego que lo devuelvan.",
            "Contesto a cobrança de R$ 59,90 do dia 8, não reconheço. Peço o estorno por escrito.",
            "Je conteste la facture de 24 € du 2 mars, je n'ai pas commandé cette option. Remboursez-la svp.",
            "toujours pas de remboursement du colis reçu le 3 mars, merci de faire le virement sous 8 jours",
            "Ich widerspreche der Abbuchung von 19,99 € vom 4. Mai. Bitte erstatten Sie mir den Betrag.",
            "immer noch keine Erstattung für die Rücksendung vom 3. März, bitte innerhalb von 7 Tagen überweisen",
            "Contesto l'addebito di 9,90 € del 2 giugno, il servizio era disattivato. Chiedo il rimborso.",
            "Ik betwist de afschrijving van 12 euro van 3 mei, die dienst had ik opgezegd. Graag terugstorten.",
            "nog steeds geen terugbetaling voor de retour van 2 april, graag binnen 14 dagen overmaken"})
    void civilDisputeOfACharge_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm going to dispute the charge with my card issuer, this is theft",
            "I'll do a chargeback with my bank",
            "voy a pedir el contracargo al banco, sois unos ladrones",
            "vou contestar no cartão e no Procon",
            "je vais faire opposition",
            "je vais contester le prélèvement auprès de ma banque",
            "ich lasse das zurückbuchen",
            "contesterò l'addebito con la banca",
            "contesto l'addebito con la mia banca, basta",
            "ik laat het bedrag terugboeken via mijn bank",
            "still no refund and nobody answers. unbelievable",
            "nog steeds geen terugbetaling, graag binnen 7 dagen, anders stap ik naar de rechter"})
    void chargebackThreatOrExasperatedWait_shouldStayFrustrated(String text) {
        assertFrustratedByRules(text);
    }
}
