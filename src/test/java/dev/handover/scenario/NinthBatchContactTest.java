package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertContact;
import static dev.handover.scenario.CategoryAssertions.assertNoContact;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contact-request categories fresh9's misses revealed, in the seven languages, with the look-alikes that must
 * stay negative. Wordings written for this test, none a corpus row; about half of the requests were missed before
 * these categories, so the test fails without them.
 */
class NinthBatchContactTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // courtesy that is no condition: gratitude, not wanting to bother, feasibility, a purpose asking a question
            "I'd be really grateful if someone from your team could go over the quote with me",
            "If it isn't too much hassle, could one of the planners jump on here?",
            "If that's doable, can I speak with one of the surveyors about the damp report",
            "Si no es mucha molestia, me gustaría hablarlo con alguno de los asesores",
            "Le agradecería si alguien del equipo me pudiera llamar",
            "Para saber si la garantía lo cubre, quiero hablar con un técnico",
            "Se não for incómodo, queria tratar isto com alguém da loja",
            "Agradeceria muito se um dos seus técnicos me pudesse ligar amanhã",
            "Para saber se a garantia cobre isto, quero falar com um técnico",
            "Si ce n'est pas trop demander, je voudrais parler à un conseiller",
            "Je vous serais très reconnaissante si quelqu'un pouvait me rappeler cet après-midi",
            "Est-ce que je peux parler à un technicien pour voir si la pièce est encore sous garantie ?",
            "Ich wäre sehr dankbar, wenn einer Ihrer Berater kurz mit mir sprechen könnte",
            "Wenn es nicht zu viel Mühe macht, würde ich gern mit einem Mitarbeiter sprechen",
            "Wenn das machbar ist, möchte ich mit einem Berater sprechen",
            "Se non è troppo disturbo, vorrei parlare con uno dei vostri consulenti",
            "Le sarei grato se una persona dell'ufficio potesse richiamarmi domani",
            "Sarei molto grata se potessi parlare con un operatore",
            "Als het niet te veel gevraagd is, wil ik graag een medewerker spreken",
            "Kan een van jullie adviseurs mij even te woord staan?",
            "Ik zou het waarderen als iemand mij persoonlijk te woord kan staan",
            "If it's no trouble, I'd like to talk to one of your advisers",
            "Se non è un disturbo, vorrei parlare con qualcuno dell'ufficio",
            "Nos vendría mejor hablarlo con uno de vuestros técnicos",
            "Agradeceríamos que alguien del departamento se pusiera en contacto conmigo",
            "Ik zou het fijn vinden als een medewerker contact met mij opneemt",
            "Prefiro tratar da fatura com uma pessoa da loja",
            "On voudrait savoir si c'est couvert. Je peux parler à quelqu'un du service ?",
            // a callback asked for by a noun or a causative, and being called again
            "Could I book a callback from the service desk for tomorrow",
            "Quiero que me devuelvan la llamada lo antes posible",
            "Pouvez-vous me faire rappeler par un conseiller demain ?",
            "Je souhaiterais être rappelée en fin de journée",
            // a real person asked for, there or of flesh and blood
            "is there anyone real out there",
            "I want someone of flesh and blood, not this bot",
            "¿Hay alguien de verdad ahí?",
            "quiero una persona de carne y hueso",
            "tem alguém de verdade aí?",
            "quero falar com alguém de carne e osso",
            "y a-t-il quelqu'un de vrai ?",
            "j'ai besoin de quelqu'un en chair et en os",
            "Ist hier jemand Echtes?",
            "ich brauche jemanden aus Fleisch und Blut",
            "c'è qualcuno di vero?",
            "vorrei una persona in carne e ossa",
            "is er iemand echt?",
            "ik wil iemand van vlees en bloed spreken",
            "gibt es bei euch auch einen echten Mitarbeiter?",
            "gibts hier noch nen richtigen menschen zum reden bitte",
            "hebben jullie ook een echte medewerker?",
            "hebbie n echte medewerker",
            "gwn een medewerker aub",
            "slt c possible davoir un conseiller",
            "alguem pd me ligar amanha?",
            // a contact already standing, then a request in the same clause
            "I have been in touch with billing but I want to talk to a manager",
            "Ich habe schon mit dem Kundenservice telefoniert, jetzt möchte ich mit dem Chef sprechen",
            "Je suis en contact avec votre service client et je voudrais parler à un responsable",
            // chat spellings and shorthand
            "cn i tlk to an agent",
            "wanna tlk w sum1 real",
            "jvoudrai parler a un conseiller",
            "ya qlq1 pour me repondre?",
            "cerco qlc1 cn cui parlare",
            "mens spreken graag",
            "brauch mal jemanden vom Support zum Reden",
            // the trades a repair business sends out, after a contact verb
            "Can I speak to the plumber who came on Tuesday",
            "Je voudrais parler au plombier",
            "Posso parlare con l'idraulico?",
            "Kan ik de loodgieter even spreken?",
            "Ich möchte bitte mit dem Klempner sprechen",
            "Quiero hablar con el electricista",
            "Posso falar com o canalizador?",
            // a contact verb glued to its preposition
            "can i talkto a human",
            "quiero hablarcon una persona",
            "quero falarcom um atendente",
            "je veux parleravec un conseiller",
            "ich möchte mitjemandem sprechen",
            "voglio parlarecon un operatore",
            "ik wil pratenmet een medewerker"})
    void request_shouldBeDetected(String text) {
        assertContact(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // courtesy around something else, negated asks, the plural-role look-alikes
            "I'd be grateful if you could email me the invoice",
            "If it's not too much bother, could you resend the link?",
            "could one of the options be cheaper",
            "I never requested a callback from your sales team",
            "Si no es mucho pedir, ¿me puede mandar la factura por correo?",
            "No quiero comentarlo con alguno de los vecinos",
            "No es necesario que me devuelvan la llamada",
            "Se não for muito trabalho, envie-me a fatura por email",
            "Não quero tratar isto com uma pessoa da loja",
            "Si ce n'est pas trop demander, envoyez-moi la facture",
            "Je serais reconnaissant si vous pouviez m'envoyer le devis",
            "Je ne souhaite pas être rappelé",
            "Wenn es nicht zu viel Mühe macht, schicken Sie mir bitte die Rechnung",
            "Ich wäre dankbar, wenn Sie mir die Unterlagen mailen könnten",
            "Sarei grata se mi mandaste il preventivo",
            "Se non è un problema, mi mandate la fattura via mail?",
            "Non voglio parlarne con uno degli altri clienti",
            "Als het niet te veel moeite is, stuur me de factuur",
            "Een van uw medewerkers heeft mij gisteren al te woord gestaan",
            "is there someone real nice at the shop who can recommend a wine",
            // an embedded question or a real condition, a negated wish
            "Quería saber si alguien ha encontrado mis gafas en la tienda",
            "Je voulais savoir si quelqu'un a trouvé mes lunettes",
            "Volevo sapere se qualcuno ha trovato i miei occhiali",
            "Gostaria de saber se alguém encontrou os meus óculos",
            "Queríamos saber si hay alguien que hable inglés en el hotel",
            "On voudrait savoir si quelqu'un peut garder le chien pendant le séjour",
            "If it's no trouble, please send the invoice again",
            "Se non è un disturbo, mandatemi il preventivo",
            "No me vendría mejor comentarlo con uno de vuestros asesores",
            "Le agradecería que me enviara la factura",
            "Iemand heeft gisteren contact met mij opgenomen",
            "Ik wil niet dat iemand contact met mij opneemt",
            "Não quero tratar do reembolso com uma pessoa da equipe",
            "Wenn sich jemand bei mir meldet, bin ich ab 17 Uhr erreichbar",
            // a real person in another sense
            "hay alguien de verdad interesado en comprar mi coche usado",
            "tem alguém de verdade que usa esse produto e recomenda",
            "il y a quelqu'un de vrai dans ce film",
            "gibt es jemand echten Bedarf für dieses Produkt",
            "qualcuno di vero talento ha disegnato il vostro logo",
            "is er iemand echt tevreden over dit product",
            "I've been in touch with your billing team twice already, nothing changed",
            "gibt es einen echten Grund dafür",
            "hebben jullie ook een echte leren tas",
            // a contact already standing or a call already made
            "He estado en contacto con su agente desde el martes",
            "Estive em contacto com o vosso técnico ontem",
            "Je suis déjà en relation avec votre conseiller depuis mars",
            "Ich hatte gestern bereits mit Ihrem Kollegen telefoniert",
            "Ich hab gestern schon mit der Werkstatt telefoniert, alles klar",
            "Sono già in contatto con il vostro tecnico",
            "Ik heb al contact met de klantenservice gehad",
            "tlk soon, thanks for the help",
            // chat look-alikes
            "mens erger je niet",
            "brauch nichts vom Support, danke",
            "I need a plumber to fix my sink",
            // a trade wanted for a service, or not turning up
            "the electrician didn't show up",
            "Necesito un fontanero para arreglar el grifo",
            "Preciso de um canalizador para arranjar a torneira",
            "J'ai besoin d'un plombier pour réparer l'évier",
            "Ich brauche einen Klempner für den Wasserhahn",
            "Mi serve un idraulico per il lavandino",
            "Ik heb een loodgieter nodig voor de kraan",
            "i never want to talkto a bot again",
            // glued words in a refusal or a real future
            "il parlera au directeur demain"})
    void lookAlike_shouldNotBeARequest(String text) {
        assertNoContact(text);
    }
}
