package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalm;
import static dev.handover.scenario.CategoryAssertions.assertCalmByRules;
import static dev.handover.scenario.CategoryAssertions.assertFrustratedByRules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The false positives fresh12 showed in English, German and Dutch, in wordings of their own: anger vented at a
 * courier, a neighbour or a football club in the sentences before a calm question or a turn back to the business
 * (capitals and angry emoji included), an oath at the customer's own good news, at relief or at moving photos, and
 * capitals beside a promise to come back; and the look-alikes that stay angry.
 */
class TwelfthBatchFrustrationGermanicTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "So annoyed with my neighbour, his skip is blocking the drive AGAIN 🤬 could the fitter park on the road?",
            "The Yodel driver threw the box in the hedge AGAIN, total muppet. Anyway the tiles are in, so Monday stays on",
            "My team lost again, I'm absolutely fuming 😤 Can I move my haircut to Friday at 10?",
            "Ich dreh durch, der Hermes-Fahrer hat alles WIEDER beim Nachbarn gelassen 🤬 Passt Dienstag trotzdem?",
            "Der BVB hat schon wieder verloren, ich bin bedient 😤 Geht mein Termin auch am Montag um 9?",
            "Der DPD-Bote hat das Paket einfach vor die Tür geworfen, echt unfassbar. Egal, die Montage am Freitag passt",
            "Ik word gek van de DPD bezorger, hij heeft het WEER bij de buren gelegd 🤬 kan de plaatsing vrijdag?",
            "Feyenoord verliest weer, ik ben er klaar mee 😤 kan mijn afspraak naar dinsdag?"})
    void angerAtAThirdPartyBeforeTheBusiness_shouldStayCalm(String text) {
        assertCalm(text, "calm:third-party");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "My husband is FURIOUS. You lost our booking AGAIN. Can you call me?",
            "The courier was lovely. Your shop sent the wrong sofa AGAIN 🤬 can someone ring me?",
            "Der DHL-Fahrer war nett. Ihr habt WIEDER das falsche Sofa geschickt 🤬 Ruft mich jemand an?",
            "Mein Mann ist stinksauer. Sie haben WIEDER den Termin vergessen. Können Sie zurückrufen?",
            "Mijn man is woedend. Jullie zijn de afspraak WEER vergeten 🤬 bellen jullie me?"})
    void angerAtTheBusinessBesideAThirdParty_shouldStayFrustrated(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Jesus Christ, I passed my driving test!!! first go!!!",
            "Goddamn that storm last night, luckily the roof was already done. Invoice by email please",
            "Scheiße, ich hab die Prüfung bestanden!!! Danke an meinen Fahrlehrer",
            "Verdammt, was für ein Sturm gestern, zum Glück war alles schon abgedichtet",
            "Verdomme, ik ben geslaagd!!! eerste poging!!!",
            "verdomme wat een prachtige foto's van ons feest, ik zit hier te huilen van geluk"})
    void oathAtGoodNews_shouldStayCalm(String text) {
        assertCalm(text, "calm:casual");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Goddamn, your driver passed my house twice and never stopped",
            "Scheiße, zum Glück hab ich Fotos, Ihr Monteur hat alles kaputt gemacht",
            "verdomme, weer geen bezorging, wat een mooie service"})
    void oathWithoutGoodNews_shouldStayFrustrated(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Bester Kaiserschmarrn der Stadt, WIRKLICH JETZT!!! Kommen bestimmt wieder",
            "Wat een avond, ECHT NU!!! Komen zeker terug"})
    void capitalsBesideAPromiseToComeBack_shouldStayCalm(String text) {
        assertCalmByRules(text, "calm:happy");
    }
}
