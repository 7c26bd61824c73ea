package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertContact;
import static dev.handover.scenario.CategoryAssertions.assertNoContact;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * fresh13's and fresh14's contact misses, as categories in the seven languages, with the look-alikes that must stay
 * negative. Wordings written for this test, none a corpus row: someone of the business wondered about ("I was
 * wondering if", "wäre es möglich, dass"), the business asked to call back, a department or a named role asked for
 * bare, and a human around who could read the message. Last, talks only supposed or already had that were read as
 * requests: a supposition ("supposons que"), a self-service way offered beside the question, a talk a relative had.
 */
class FourteenthBatchContactTest {

    /**
     * Someone of the business who could answer, call or take the conversation over, wondered about or asked whether
     * it would be possible.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "I was wondering if somebody from the dental office could talk to me about the invoice",
            "hi, just wondering if one of your advisers could jump on a call with me this week",
            "Would it be possible for a member of staff to take over this chat?",
            "Me preguntaba si alguien del gimnasio podría llamarme esta tarde",
            "Buenas, me pregunto si alguna persona de la agencia podría responderme por aquí",
            "¿Sería posible que alguien de la academia me atendiera hoy?",
            "Será que alguém da clínica podia falar comigo sobre o orçamento?",
            "Estava a pensar se um funcionário da loja poderia ligar-me amanhã",
            "Je me demande si un conseiller de l'agence pourrait me rappeler demain",
            "Bonjour, je me demandais si une personne du secrétariat pouvait s'occuper de ma demande",
            "Ich wollte mal fragen, ob mich jemand aus Ihrem Team zurückrufen könnte",
            "Wäre es denkbar, dass mich ein Mitarbeiter heute noch anruft?",
            "Könnte sich bitte eine Kollegin mein Anliegen ansehen?",
            "Mi chiedevo se qualcuno della palestra potesse richiamarmi oggi",
            "Buongiorno, mi domandavo se un operatore potesse occuparsi della mia pratica",
            "Ik vroeg me af of een medewerker van jullie mij vandaag kan terugbellen",
            "Zou het mogelijk zijn dat een collega mij even terugbelt?"})
    void wonderingWhetherSomeoneCouldTakeTheCustomerOn(String message) {
        assertContact(message);
    }

    /**
     * The business's hours, a service booked with a person, someone's own experience or find, a delivery: no person
     * taken on.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "I was wondering if the pool is open on bank holidays",
            "would it be possible to book someone for a massage on Friday",
            "I was wondering if someone has already reported this outage",
            "Me preguntaba si abrís los domingos",
            "Será que alguém já encontrou uma carteira aí na loja?",
            "Je me demandais si quelqu'un avait oublié un parapluie chez vous",
            "Ich wollte fragen, ob Sie auch samstags geöffnet haben",
            "Wäre es möglich, dass die Lieferung schon morgen kommt?",
            "Mi chiedevo se qualcuno avesse già provato questo trattamento",
            "Ik vroeg me af of er iemand een sleutelbos heeft gevonden"})
    void wonderingAboutAnythingElseStaysOut(String message) {
        assertNoContact(message);
    }

    /** The business itself asked to call the customer, named as a place or as "you". */
    @ParameterizedTest
    @ValueSource(strings = {
            "Could the clinic please give me a ring this afternoon?",
            "can the salon call me back about my appointment",
            "Can you give us a bell tomorrow?",
            "Rappelez-moi demain matin s'il vous plaît",
            "Est-ce que vous pourriez me rappeler vers 14h ?",
            "Faites-moi appeler par le magasin",
            "Könnt ihr mich heute Nachmittag zurückrufen?",
            "Können Sie mich bitte morgen anrufen?",
            "Rufen Sie mich bitte zurück",
            "Kan de praktijk mij morgen terugbellen?",
            "Kunnen jullie me vandaag even bellen?",
            "Een telefoontje terug graag",
            "Fatemi richiamare dal negozio, per favore"})
    void theBusinessAskedToCallBack(String message) {
        assertContact(message);
    }

    /**
     * Someone else to be called (a relative, the courier), a reminder ("rappelez-moi le prix"), a negation, a
     * condition.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "can the hospital ring my daughter instead?",
            "could the shop call the courier for me?",
            "Rappelez-moi le prix de la séance",
            "pouvez-vous me rappeler votre adresse ?",
            "Könnt ihr mich nicht anrufen, ich bin im Büro",
            "Kan de bezorger mij bellen als hij er is?",
            "Don't give me a call, email is better",
            "Ne me rappelez pas, je préfère les mails"})
    void someoneElseCalledOrAReminderStaysOut(String message) {
        assertNoContact(message);
    }

    /** A department or a named role as the whole clause, with a verb of passing or wanting, or with "please". */
    @ParameterizedTest
    @ValueSource(strings = {
            "I need customer service please",
            "I'd like the accounts payable department",
            "Billing, please.",
            "¿Me pones con facturación?",
            "Pásame con contabilidad, por favor",
            "Contabilidade, por favor",
            "Pode me passar para o jurídico?",
            "Je voudrais le service facturation",
            "Pouvez-vous me passer le secrétariat ?",
            "Ich brauche die Buchhaltung",
            "Geben Sie mir den Schichtleiter, bitte",
            "Verbinden Sie mich bitte mit der Personalabteilung",
            "Mi passa l'ufficio reclami?",
            "Vorrei il responsabile, per favore",
            "Ik wil de klantenservice spreken",
            "Kan ik mevrouw Jansen even spreken?"})
    void aDepartmentOrANamedRoleAskedForBare(String message) {
        assertContact(message);
    }

    /**
     * A detail or a document of the department ("billing details"), a service bought, a named person's hours, a
     * language spoken.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "I need billing details for my tax return",
            "I need the billing address you have on file",
            "is Dr Okafor in on Thursdays?",
            "¿Cuál es el horario de facturación?",
            "Je veux le service comptabilité pour ma petite entreprise",
            "Ich brauche die Abrechnung vom März",
            "Mi serve la segreteria telefonica, come la attivo?",
            "Is dokter Janssen morgen aanwezig?",
            "O financeiro já aprovou o reembolso?",
            "Kan ik hier ook Engels spreken?"})
    void theDepartmentAsAThingOrAnAvailabilityStaysOut(String message) {
        assertNoContact(message);
    }

    /** A human or one of the staff, there to read, understand or answer the message. */
    @ParameterizedTest
    @ValueSource(strings = {
            "is there a real person who can read this please",
            "Is there anybody human about who could help me?",
            "¿Hay alguna persona que me pueda atender?",
            "hay algun humano por ahi",
            "Tem algum atendente aí?",
            "Existe algum operador do outro lado?",
            "Est-ce qu'il y a un humain qui peut me répondre ?",
            "y a t il quelqu'un de vivant qui pourrait me comprendre",
            "Gibt es da einen Menschen, der das liest?",
            "Ist jemand vom Support gerade erreichbar?",
            "Mi serve qualcuno che mi ascolti davvero",
            "C'è un essere umano che legga?",
            "Is er hier een mens die dit kan lezen?"})
    void aHumanAroundWhoCouldReadTheMessage(String message) {
        assertContact(message);
    }

    /** Someone who has done or knows something, an errand, a discount, lost property. */
    @ParameterizedTest
    @ValueSource(strings = {
            "is there anyone who has tried the keto plan?",
            "is there anyone who can recommend a good plumber",
            "¿Hay alguien que haya pedido este sofá en gris?",
            "Tem algum desconto para estudantes?",
            "Il y a quelqu'un qui a trouvé mes lunettes ?",
            "Serve una persona per ritirare il pacco?",
            "Is er iemand die dit product al heeft gebruikt?"})
    void someoneWithAnExperienceOrAnErrandStaysOut(String message) {
        assertNoContact(message);
    }

    /** A talk needed or supposed with a self-service way beside it, or already had by a relative. */
    @ParameterizedTest
    @ValueSource(strings = {
            "do I need to talk to someone to change my plan?",
            "¿Tengo que llamar a alguien para cancelar o lo hago por aquí?",
            "Supposons que la commande soit perdue, il y aurait quelqu'un à appeler ?",
            "Meine Frau hat mit Ihrer Praxis letzte Woche wegen des Termins telefoniert"})
    void aTalkSupposedOrAlreadyHadStaysOut(String message) {
        assertNoContact(message);
    }
}
