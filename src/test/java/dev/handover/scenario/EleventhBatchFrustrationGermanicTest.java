package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalmByRules;
import static dev.handover.scenario.CategoryAssertions.assertFrustratedByRules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The categories fresh11 showed in English, German and Dutch, in wordings of their own: a forced hand (no choice
 * left, the next steps the writer will have to weigh, another way after a curt "fine"), being worn out, starting
 * over with each new person, praise wrapped round a failure, a trade named in a superlative insult, the press or a
 * review with the verb last, a "one more" ultimatum with a longer object; and the calm look-alikes: questions about
 * next steps, can-no-longer-do, sincere praise, anger at a former provider before a question, "the same again".
 */
class EleventhBatchFrustrationGermanicTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "You're leaving me no other choice here, honestly.",
            "If the refund isn't here by Monday I'll have to think hard about what I do next.",
            "Fine. I'll sort it out another way then.",
            "Sie lassen mir echt keine andere Wahl mehr.",
            "Kommt bis Mittwoch keine Antwort, sehe ich mich gezwungen, rechtliche Schritte zu prüfen.",
            "Wenn das so weitergeht, werde ich mir überlegen müssen, welche Schritte ich unternehme.",
            "Na gut. Dann muss ich mir eben selbst helfen.",
            "Jullie laten me echt geen andere keuze.",
            "Hoor ik niets voor maandag, dan zal ik moeten nadenken over vervolgstappen.",
            "Oké. Dan los ik het wel op een andere manier op."})
    void forcedHand_shouldBeAThreat(String text) {
        assertFrustratedByRules(text, "frustration:threat:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "What do I do next once the form is signed?",
            "Is there another way to pay if my card doesn't work?",
            "Welche Schritte muss ich als Nächstes unternehmen?",
            "Gibt es eine andere Wahl beim Tarif?",
            "Welke vervolgstappen zijn er na de keuring?",
            "Kan ik het ook op een andere manier regelen, bijvoorbeeld via de app?"})
    void nextStepsAskedAbout_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Three cancelled appointments. I'm at the end of what I can take.",
            "I'm simply no longer willing to accept these delays.",
            "I've rung five times and I don't know what else I can do.",
            "Ich kann wirklich nicht mehr. Bitte helfen Sie mir.",
            "Ich bin das alles so leid, seit Wochen kein Warmwasser.",
            "Ehrlich gesagt weiß ich langsam nicht mehr weiter mit Ihnen.",
            "Nach drei Monaten ist meine Geduld jetzt am Ende.",
            "Ik ben het echt beu, alweer geen bezorging.",
            "Ik kan het gewoon niet meer opbrengen om te bellen.",
            "Ik weet het ook echt niet meer met jullie."})
    void wornOut_shouldBeAnger(String text) {
        assertFrustratedByRules(text, "frustration:anger:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm not prepared to pay extra for a Saturday slot, is there a weekday one?",
            "Ich kann nicht mehr auf mein Konto zugreifen, können Sie das prüfen?",
            "Es tut mir leid, ich habe den Termin verwechselt.",
            "Ik weet het niet meer precies, was het dinsdag of woensdag?",
            "Ik ben moe na de reis, kan ik morgen langskomen?"})
    void everydayLookAlikes_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I've told this to four different agents now and nobody has it on file.",
            "Why do I have to start from scratch every single time I call?",
            "Ich habe das schon vier verschiedenen Mitarbeitern erklärt.",
            "Warum muss ich jedes Mal wieder von vorne anfangen?",
            "Ik heb het al aan vier verschillende medewerkers verteld.",
            "Waarom moet ik elke keer opnieuw beginnen met uitleggen?"})
    void startingOver_shouldBeRepeating(String text) {
        assertFrustratedByRules(text, "frustration:repeating:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I explained it to two people at the desk and they were lovely.",
            "Ich habe es meinen Kollegen erklärt, sie kommen morgen mit.",
            "Ik heb het aan twee collega s uitgelegd en die komen ook."})
    void explainingOnce_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Great, the parcel went to the wrong address again. Top service, well done guys.",
            "Lovely, nobody turned up for the survey. Great job everyone.",
            "Na super, die Lieferung ist schon wieder falsch. Läuft bei Ihnen.",
            "Toll, der Techniker hat das Ladekabel vergessen. Gut gemacht, danke auch.",
            "Geweldig, de pakketbezorger is de doos alweer kwijt. Knap werk hoor.",
            "Fijn hoor, de monteur is alweer niet gekomen. Echt vakwerk."})
    void praiseAroundAFailure_shouldBeSarcasm(String text) {
        assertFrustratedByRules(text, "frustration:insult:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Great, the parcel arrived a day early. Well done guys!",
            "Super, alles ist angekommen und funktioniert. Gut gemacht!",
            "Geweldig, de keuken is prachtig geworden. Knap werk!"})
    void sincerePraise_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sie sind echt der inkompetenteste Installateur, den ich kenne.",
            "Ihr seid die größten Pfuscher im ganzen Landkreis.",
            "Dilettanten allesamt, das Dach ist wieder undicht.",
            "Ich werde mich an die Presse wenden, wenn das so weitergeht.",
            "Das schreibe ich genau so in meine Rezension.",
            "Ik stuur dit naar de Telegraaf, kijken wat zij ervan vinden.",
            "One more late delivery and I'm cancelling the whole veg box subscription.",
            "Nog één keer een gemiste afspraak en ik zeg het onderhoudscontract op."})
    void germanicThreatsAndInsults_shouldBeFrustration(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sie sind der erste Kunde heute, der das fragt.",
            "Ich werde mich an die Hausverwaltung wenden, können Sie mir die Nummer geben?",
            "Nog een vraag en dan ben ik klaar: kan ik ook contant betalen?",
            "One more question and then I'll cancel the reminder myself: is parking free?"})
    void germanicLookAlikes_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my old provider were a joke, absolute cowboys. how do I move my number to you?",
            "Mein alter Internetanbieter war eine Frechheit, unfassbar. Wie lange dauert die Umstellung bei Ihnen?",
            "Die vorige garage was echt een stelletje oplichters. Kunnen jullie mijn banden wisselen?",
            "bloody hell that cake was huge. can we order the same again for Sunday?"})
    void angerElsewhereOrCasualOaths_beforeAQuestion_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }
}
