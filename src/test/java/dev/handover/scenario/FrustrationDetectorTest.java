package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalm;
import static dev.handover.scenario.CategoryAssertions.assertFrustrated;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The frustration detector's categories and the look-alikes it must leave calm, one message each. */
class FrustrationDetectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            If this isn't fixed today, I will cancel my subscription | frustration:threat:en:ultimatum
                       I'm not going to cancel anything, but I'm reporting you to the BBB | frustration:threat:en:announced
            si no me devuelven el dinero los voy a denunciar | frustration:threat:es:ultimatum
            Ich bin stinksauer | frustration:anger:de:i-am-angry
            stupid bot | frustration:insult:en:bad-thing
            wtf is going on with my order | frustration:swearing:en:what-the
            how many times do I have to explain this | frustration:repeating:en:how-many-times
            Quante volte devo ripeterlo? | frustration:repeating:it:how-many-times
            WHY IS NOBODY ANSWERING THE PHONE AT YOUR OFFICE | frustration:shouting
            I want my MONEY BACK RIGHT NOW | frustration:shouting
            still not working!!! | frustration:shouting:exclamation
            encore un colis perdu. ENCORE. | frustration:shouting:emphasis
            f***ing useless, all of it | frustration:swearing:masked
            😡 where is my money | frustration:anger:emoji
            😤😤 three weeks and the car is still not ready | frustration:anger:emoji
            two hours. two hours and still on hold | frustration:repeating:echo
            get ready for the reviews, every platform will hear about this | frustration:threat:en:review-coming
            you treat your customers like dirt | frustration:anger:en:treated-like
            que bot mas tonto | frustration:insult:es:superlative
            ihr spinnt doch, 900 euro fuer einen oelwechsel | frustration:insult:de:gone-mad
            ich kuendige mit sofortiger wirkung | frustration:threat:de:cancel-now
            chiedo alla banca di bloccare il pagamento | frustration:threat:it:chargeback
            totally unacceptible service | frustration:anger:en:outrage-word
            dit is echt belachlijk | frustration:anger:nl:outrage
            estoy que exploto, llevo dos semanas sin agua caliente | frustration:anger:es:explode
            ik ben jullie smoesjes spuugzat | frustration:anger:nl:explode
            si el viernes no esta arreglado os denuncio | frustration:threat:es:ultimatum
            wenn das bis freitag nicht repariert ist, zeige ich euch an | frustration:threat:de:ultimatum
            ik ga iedereen vertellen hoe slecht jullie werken | frustration:threat:nl:tell-everyone
            """)
    void frustratedMessage_shouldHandOverWithItsCategory(String text, String reason) {
        assertFrustrated(text, reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            that didn't help | calm:dissatisfied
            I'd like to make a complaint about my last order | calm
            I'm a bit annoyed about the delivery time | calm
            I'm not angry, just confused about the bill | calm
            How do I cancel my subscription? | calm
            If I can't make it on Friday, can I cancel? | calm
            THANK YOU SO MUCH!!! YOU GUYS ARE THE BEST | calm:happy
            holy shit that was fast, thanks | calm:happy
            porca vacca, gia arrivato? grandi | calm:casual
            My VPN shows ERROR 0x80070005 on the HP LaserJet | calm
            getting ERROR 404 when i click the booking link | calm
            My lawyer asked me to get a copy of the closing documents | calm
            Is this email a scam? It says it's from you | calm
            ¿Puedo cambiar o cancelar la cita? | calm
            ich raste gleich aus vor Freude, die Küche ist fertig | calm:happy
            WAT EEN TOPSERVICE!!! 😍 | calm:happy
            😤 finally finished my first marathon | calm
            te lo repito por si no llegó: calle Olmo 12 | calm:dissatisfied
            expect my review tomorrow, it'll be five stars | calm
            I'm switching to a different plan, which one is cheaper? | calm
            wann wechsel ich die Versicherung am besten? | calm
            ça fait deux fois que je viens et c'est toujours top | calm:happy
            I'll tell everyone about this place, amazing food | calm:casual
            """)
    void calmLookAlike_shouldNotHandOver(String text, String reason) {
        assertCalm(text, reason);
    }
}
