package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalm;
import static dev.handover.scenario.CategoryAssertions.assertFrustrated;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The families of phrasing that the third batch's misses revealed, each in wordings of its own (none is a corpus row)
 * and in several languages, with the look-alikes each family must leave calm: exposure (posting to a platform or an
 * audience, the press, a review the business will get, "just you wait"), leaving for another provider, cancelling on
 * the spot, a complaint filed, name-calling from the insult lexicon, rude indifference, "are you kidding", a count of
 * any repeated act, and a negation that belongs to a condition.
 */
class FrustrationFamiliesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            i'm going to share the whole chat on my local community page | frustration:threat:en:post-to
            voy a subir las capturas a twitter para que vean como atienden | frustration:threat:es:post-to
            vou postar tudo no grupo do condominio | frustration:threat:pt:post-to
            je vais balancer vos messages sur facebook | frustration:threat:fr:post-to
            ich poste das heute abend in der elterngruppe | frustration:threat:de:post-to
            vado a raccontare tutto sul gruppo whatsapp della scuola | frustration:threat:it:announced
            ik plaats dit morgen in de groepsapp van de straat | frustration:threat:nl:post-to
            i'm ringing the local paper about this tomorrow | frustration:threat:en:press-contact
            escribo al periodico del barrio hoy mismo | frustration:threat:es:press-contact
            j'appelle le journal de la region demain | frustration:threat:fr:press-contact
            chiamo la stampa locale domani mattina | frustration:threat:it:press-contact
            wait till you see the review i'm writing tonight | frustration:threat:en:review-threat
            bekommt ihr von mir eine bewertung, die sich gewaschen hat | frustration:threat:de:review-threat
            just you wait | frustration:threat:en:just-you-wait
            ya vereis lo que pasa | frustration:threat:es:just-you-wait
            i'm taking my car to a different garage after this | frustration:threat:en:leave-for-other
            me paso a otra aseguradora el mes que viene | frustration:threat:es:leave-for-other
            je passe chez un autre assureur des lundi | frustration:threat:fr:leave-for-other
            wir wechseln zu einer anderen versicherung | frustration:threat:de:leave-for-other
            terminate this contract immediately | frustration:threat:en:cancel-now
            cloturez mon compte tout de suite | frustration:threat:fr:cancel-now
            opzeggen, mijn abonnement per direct | frustration:threat:nl:cancel-now
            presento una reclamacion formal ante consumo | frustration:threat:es:complaint-filed
            ik dien morgen een formele klacht in bij de gemeente | frustration:threat:nl:complaint-filed
            thanks for the update. morons | frustration:insult:en:name-calling
            cialtroni, la lavatrice e ancora rotta | frustration:insult:it:name-calling
            faalhazen zijn jullie | frustration:insult:nl:name-calling
            encore en retard, bande de branquignols | frustration:insult:fr:you-are
            a ustedes les importa un pepino el cliente | frustration:insult:es:no-care
            das ist euch doch voellig egal | frustration:insult:de:no-care
            ma state scherzando? di nuovo la bolletta sbagliata | frustration:insult:it:kidding
            houden jullie me voor de gek? | frustration:insult:nl:kidding
            i have submitted the form five times now | frustration:repeating:en:n-times
            ik heb het formulier 3 keer ingevuld | frustration:repeating:nl:n-times
            if this isn't sorted by friday i'll tell the whole street | frustration:threat:en:post-to
            wtf, where is my order? | frustration:swearing:en:what-the
            porca miseria, ancora nessuna risposta? | frustration:swearing:it:swear
            """)
    void familyMember_shouldHandOver(String text, String reason) {
        assertFrustrated(text, reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            i saw your post on facebook about the open day, is it still on?
            can i move my appointment to another day?
            me paso a otra talla, la M me queda chica
            vou trocar para outro tamanho, pode ser?
            kann ich zu einer anderen filiale gehen?
            avete posto per due stasera?
            i read about you in the local paper, do you still do home visits?
            i'll send the paper form back tomorrow
            what time do you close today?
            si je resilie mon contrat maintenant, y a des frais ?
            if i do not cancel before friday, will i be charged?
            sorry, i'm such an idiot, i forgot my card
            la OCU dice que hay que pedir la factura, me la mandas?
            die Stiftung Warentest empfiehlt das Modell, habt ihr es da?
            kut, ik ben mijn sleutels vergeten, mag ik even binnen wachten?
            de app geeft FOUT: CODE ONBEKEND bij het inloggen, wat moet ik doen?
            you'll see the confirmation in your inbox
            """)
    void lookAlike_shouldStayCalm(String text) {
        assertCalm(text);
    }

    /**
     * The families the fourth batch's misses revealed: an ordinal put on a contact, a promise counted, "keep ignoring
     * me", no more ways to explain, patience run out, nobody caring there, the worst of one's life, thanks for
     * nothing, praise beside another automated reply or a failure closed on "geniuses", a new excuse every week,
     * "someone competent" asked to answer, a review to remember, a switch announced, the matter in the news, everyone
     * told how the business treats people, an audience asked to judge it, and dialect states.
     */
    @ParameterizedTest
    @CsvFileSource(resources = "/corpus/frustration-families-subtle.psv", delimiter = '|', numLinesToSkip = 1)
    void subtleFamilyMember_shouldHandOver(String text, String reason) {
        assertFrustrated(text, reason);
    }

    /**
     * Their look-alikes: a first follow-up, counts of orders or of days, thanks for patience, switches asked about,
     * someone competent in a field, a child in the school paper.
     */
    @ParameterizedTest
    @CsvFileSource(resources = "/corpus/frustration-families-subtle-calm.psv", delimiter = '|', numLinesToSkip = 1)
    void subtleLookAlike_shouldStayCalm(String text) {
        assertCalm(text);
    }

    /**
     * The families the fifth batch revealed: a count of earlier messages put in a formal reminder, a lawyer in the
     * family who already has an opinion, and oaths at the business that stay angry beside a slip of its own.
     */
    @ParameterizedTest
    @CsvFileSource(resources = "/corpus/frustration-families-fresh5.psv", delimiter = '|', numLinesToSkip = 1)
    void fifthBatchFamilyMember_shouldHandOver(String text, String reason) {
        assertFrustrated(text, reason);
    }

    /**
     * Their look-alikes: an oath at one's own slip or at a bargain, product names in capitals before a model number,
     * Thursday in Portuguese ("de quinta"), one earlier email referred to, a lawyer relative with no opinion.
     */
    @ParameterizedTest
    @CsvFileSource(resources = "/corpus/frustration-families-fresh5-calm.psv", delimiter = '|', numLinesToSkip = 1)
    void fifthBatchLookAlike_shouldStayCalm(String text) {
        assertCalm(text);
    }
}
