package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The categories fresh10 showed in German, English and Dutch, in wordings of their own: other steps weighed after a
 * deadline (a veiled threat) and anger at a courier, a rail company, a traffic jam or a former insurer before a
 * question to the business (not about the business), a story handed to a named tabloid or consumer programme ("an die
 * Bild", "bij Radar melden"). Each with the look-alikes that must keep their answer.
 */
class TenthBatchFrustrationGermanicTest {

    private final FrustrationDetector detector = new FrustrationDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "Wenn bis Montag nichts kommt, ziehe ich andere Schritte in Erwägung.",
            "Falls das bis Ende des Monats nicht erledigt ist, muss ich mir andere Schritte überlegen.",
            "Ich werde dann prüfen, welche weiteren Schritte ich einleite.",
            "If the order hasn't arrived by Monday I will have to explore my options.",
            "if nobody calls me before the weekend ill have to look into other avenues",
            "Als het morgen niet geregeld is, ben ik genoodzaakt verdere stappen te zetten.",
            "Krijg ik voor maandag geen antwoord, dan moet ik wel andere stappen overwegen.",
            "Ik zie me genoodzaakt andere maatregelen te nemen als dit zo doorgaat."})
    void otherStepsWeighed_shouldBeAThreat(String text) {
        assertThat(detector.byRules(text).reason()).as(text).startsWith("frustration:threat:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Welche weiteren Schritte muss ich unternehmen, um den Antrag abzuschließen?",
            "Können Sie mir sagen, welche weiteren Schritte ich unternehmen muss?",
            "Ich möchte die weiteren Schritte mit Ihnen besprechen.",
            "What other options do I have for the delivery?",
            "By Monday I will know if I can come, otherwise there are other options.",
            "Welke stappen moet ik nog zetten voor mijn aanvraag?",
            "Moet ik andere stappen nemen om mijn account te activeren?",
            "Ik ben genoodzaakt de afspraak te verzetten, kan dat?"})
    void stepsAskedAbout_shouldStayCalm(String text) {
        assertThat(detector.byRules(text).matched()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mein alter Versicherer war eine Frechheit, ich könnte schreien. Können Sie mir ein Angebot schicken?",
            "Die Post ist eine Frechheit, ich dreh durch. Kann ich das Paket in der Filiale abholen?",
            "my old insurer was a joke, I'm fuming. can you quote me for the car?",
            "the courier threw it over the fence, I'm so angry. can you send the next one to my office?",
            "een file bij de Coentunnel, ik word er gek van. kan ik een uur later komen?",
            "de bezorger is een idioot, ik word er gek van. kunnen jullie het pakket opnieuw sturen?"})
    void angerAtACourierOrAFormerProvider_beforeAQuestion_shouldNotCount(String text) {
        assertThat(detector.byRules(text).reason()).as(text).isEqualTo("calm:third-party");
        assertThat(detector.detect(text).matched()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ihr seid eine Frechheit, ich dreh durch. Kann ich das Paket in der Filiale abholen?",
            "you lot are a joke, I'm fuming. can you quote me for the car?",
            "jullie zijn idioten, ik word er gek van. kunnen jullie het pakket opnieuw sturen?"})
    void angerAtTheBusiness_beforeAQuestion_shouldStayAngry(String text) {
        assertThat(detector.byRules(text).matched()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ich gebe die ganze Geschichte an die Bild weiter.",
            "Ich schicke das alles an RTL, mal sehen was die dazu sagen.",
            "Ik ga dit aan de krant voorleggen.",
            "Als dit niet snel opgelost is, ga ik het bij Kassa melden."})
    void storyHandedToTheMedia_shouldBeAThreat(String text) {
        assertThat(detector.byRules(text).reason()).as(text).startsWith("frustration:threat:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ich schicke Ihnen das Bild vom Schaden per Mail.",
            "Kann ich das Bild an die Werkstatt schicken?",
            "Ich melde mich bei der Bank wegen der Überweisung.",
            "Moet ik dit bij de politie melden?",
            "Ik heb dit bij de gemeente gemeld, kunnen jullie ook kijken?",
            "Ik las het bij Radar, klopt dat van die actie?"})
    void picturesAndOtherOffices_shouldStayCalm(String text) {
        assertThat(detector.byRules(text).matched()).as(text).isFalse();
    }
}
