package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalm;
import static dev.handover.scenario.CategoryAssertions.assertFrustratedByRules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The threats fresh15 showed that the rules and the model both missed, in wordings of their own for all seven
 * languages: a cancellation on a failed condition or said as final beside having had enough, a case taken to a named
 * regulator, court, review site or consumer programme, the staff called fools in everyday idiom, an indirect threat
 * (who laughs last, don't come complaining, a lawyer with a "just saying") and a weary last attempt; and the calm
 * look-alikes of each: a plain cancellation, a condition with no failure, a regulator or programme merely mentioned,
 * clowns at a party, a connection that recommended the business.
 */
class FifteenthBatchThreatsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "If the boiler isn't fixed by Thursday I'm cancelling the service plan and getting my money back",
            "if nobody turns up tomorrow I will cancel the whole order",
            "Please cancel my membership. I'm done with this place, third broken machine this month",
            "si mañana no han venido a arreglar la persiana, cancelo el contrato de mantenimiento",
            "Cancelen mi pedido ahora mismo y no me escriban más, llevo tres semanas esperando",
            "se até sexta não me devolverem o dinheiro, cancelo o plano e faço queixa",
            "Podem cancelar a minha inscrição no ginásio. Nunca mais ponho lá os pés depois disto",
            "si personne ne passe demain matin, j'annule la commande de la cuisine",
            "Annulez mon abonnement, j'en ai marre de payer pour des cours qui n'ont jamais lieu",
            "Wenn der Techniker bis Freitag nicht da ist, kündige ich den Wartungsvertrag.",
            "Ich storniere den Auftrag. Dreimal vertröstet, mir reicht's.",
            "se entro domani non arriva il tecnico, disdico il contratto di assistenza",
            "Annullo l'ordine, non ne posso più di aspettare un divano che non arriva mai",
            "als de monteur morgen niet komt, annuleer ik de hele opdracht",
            "Ik zeg mijn abonnement op. Ik ben er helemaal klaar mee na drie maanden storingen."})
    void aCancellationWithAGrievance_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text, "frustration:threat");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm reporting this to Ofgem, five months of estimated bills",
            "I will be complaining to the Financial Ombudsman about the way my claim was handled",
            "Voy a poner una reclamación en la OMIC por el cobro de la matrícula",
            "Ya presenté una queja ante Profeco, su tienda no respeta la garantía",
            "Vou registrar uma reclamação no Procon contra a vossa loja",
            "Vou mandar as fotos da obra mal feita pro Reclame Aqui e pro Fantástico",
            "Je vais signaler votre agence à la DGCCRF, ces frais cachés sont illégaux",
            "Ich beschwere mich jetzt bei der Verbraucherzentrale über Ihre versteckten Gebühren",
            "Das melde ich der Bundesnetzagentur, seit drei Wochen kein Internet",
            "Segnalo tutto all'AGCOM, sono un mese senza linea",
            "Faccio ricorso all'Arbitro Bancario Finanziario per quell'addebito",
            "Ik ga een klacht indienen bij de Geschillencommissie over die offerte",
            "Ik stap naar de Consumentenbond met dit verhaal"})
    void aCaseTakenToANamedBody_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text, "frustration:threat");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I've spoken to a solicitor about the flooded basement and you'll be getting a letter",
            "I'll see you in small claims court then",
            "Les voy a poner una demanda por la reforma del baño",
            "Isto segue para tribunal se não me devolverem a caução",
            "Vou avançar com um processo contra a vossa empresa",
            "Je vais vous mettre en demeure de rembourser l'acompte",
            "J'ai transmis le dossier à ma protection juridique",
            "Ich habe den Fall an meine Rechtsschutzversicherung weitergegeben.",
            "Riceverete presto una diffida dal mio legale",
            "Mijn rechtsbijstandsverzekering is ingeschakeld voor de schade aan mijn auto",
            "I'll post a review on Google to warn other parents about this nursery",
            "Voy a dejar una reseña en Google para avisar a otros clientes",
            "Vou deixar uma avaliação para alertar outras pessoas",
            "Ich schreibe eine Bewertung, um andere zu warnen",
            "Lascio una recensione su Tripadvisor per avvisare gli altri",
            "Ik schrijf een review om anderen te waarschuwen",
            "I bet the local news would love to see photos of this kitchen",
            "Enjoy those five stars on Tripadvisor while it lasts",
            "Seguro que a la prensa local le interesaría saber cómo tratan a los mayores",
            "Aposto que o Fantástico ia adorar esta história",
            "Profitez bien de vos 5 étoiles tant qu'elles durent",
            "Vielleicht interessiert sich ja die Lokalzeitung für Ihre Baustelle",
            "Freut euch schon mal auf meine Bewertung bei Google",
            "Godetevi le vostre cinque stelle finché durano",
            "Misschien is Radar wel geïnteresseerd in dit verhaal",
            "Right, we're done. Cancel my subscription, three months of missing boxes"})
    void aLegalStepOrAWarningReview_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text, "frustration:threat");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "your fitters are a bunch of cowboys, the tiles are already cracking",
            "are you lot really that thick? I asked for a window seat twice",
            "son unos chapuceros, el grifo gotea peor que antes",
            "que cambada de incompetentes, trocaram as peças erradas",
            "votre plombier c'est un vrai guignol, la fuite est toujours là",
            "Ihr seid doch echt Witzfiguren, das dritte Mal das falsche Teil",
            "siete proprio dei cialtroni, la caldaia è di nuovo ferma",
            "wat een stelletje prutsers, de kraan lekt nog steeds",
            "your electrician is an absolute cowboy, the sockets spark",
            "Ihr seid echt zu doof, eine Lieferadresse abzuschreiben"})
    void theStaffCalledFoolsInIdiom_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text, "frustration:insult");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "fine, we'll see who's laughing at the end of this",
            "bueno, ya veremos quién ríe el último",
            "tá bom, vamos ver quem ri por último",
            "très bien, on verra bien qui rira le dernier",
            "Na gut, wir werden ja sehen, wer zuletzt lacht.",
            "se non mi rimborsate, poi non lamentatevi di quello che succede",
            "luego no vengan a quejarse cuando les llegue la carta",
            "Mijn zoon is jurist en hij vond die kleine lettertjes ook vreemd. Ik zeg het maar even.",
            "My sister is a solicitor and she had a look at your terms. Just saying."})
    void anIndirectThreat_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text, "frustration:threat");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ok last attempt. I've explained this to four of your colleagues already",
            "vale, último intento: el pedido llegó roto y nadie me contesta",
            "pronto, última tentativa. já expliquei isto três vezes",
            "bon, dernière tentative. j'ai déjà tout expliqué à votre collègue",
            "ich gebe es auf, zu erklären. Lesen Sie einfach die letzten Nachrichten",
            "ok ultimo tentativo, l'ho già spiegato a due operatori",
            "oké, laatste poging. ik heb het al drie keer uitgelegd"})
    void aWearyLastAttempt_shouldBeFrustrated(String text) {
        assertFrustratedByRules(text, "frustration:anger");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "please cancel my order, I found it cheaper, thanks",
            "if it rains on Saturday, can I cancel the tour?",
            "I saw you on Fantástico, congratulations!",
            "my neighbour works at a law firm and recommended you",
            "can I leave a review on Trustpilot?",
            "the clowns at my son's party were great",
            "si llueve el sábado, ¿puedo cancelar la excursión?",
            "Cancelen mi reserva del viernes, por favor, me ha surgido un viaje",
            "Vi a reportagem do Fantástico sobre vocês, parabéns!",
            "Podem cancelar a encomenda? Já comprei noutra loja, obrigado",
            "Je voudrais annuler ma commande, j'ai trouvé moins cher ailleurs, merci",
            "s'il pleut samedi, je peux annuler la sortie ?",
            "Mon mari est un amateur de vin, vous avez des coffrets cadeaux ?",
            "Ich storniere die Bestellung bitte, ich habe es woanders günstiger gefunden. Danke!",
            "Meine Schwägerin arbeitet in einer Anwaltskanzlei und hat Sie empfohlen",
            "Annullo l'ordine, l'ho trovato a meno altrove. Grazie mille",
            "Mijn buurvrouw werkt bij een advocatenkantoor en raadde jullie aan",
            "Ik annuleer de bestelling, ik heb hem al ergens anders gevonden. Bedankt!",
            "ok last attempt at the card payment worked, thanks",
            "My solicitor handles the purchase of the flat, could you send her the invoice?",
            "Ist meine Rechtsschutzversicherung auch im Ausland gültig?",
            "Is mijn rechtsbijstandsverzekering nog geldig als ik verhuis?",
            "Adorei o atendimento, posso deixar uma avaliação no Google?",
            "Puis-je laisser un avis sur Trustpilot ?",
            "I read about your bakery in the local paper, do you do birthday cakes?",
            "4.8 on Google, well deserved! Can I book for Friday?",
            "Done! The form is sent, can you cancel the old direct debit?"})
    void theLookAlikes_shouldStayCalm(String text) {
        assertCalm(text);
    }
}
