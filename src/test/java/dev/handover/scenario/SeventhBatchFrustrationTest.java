package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalmByRules;
import static dev.handover.scenario.CategoryAssertions.assertFrustratedByRules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The categories fresh7's calm frustration rows (and fresh8's, the last rows below each list) showed the rules reading
 * as anger, with the angry messages beside
 * them that must stay angry: a second occurrence calmly reported, anger at a third party before a question to the
 * business, a promise to come back, an oath inside praise, a product name in capitals. Wordings written for this
 * test, none a corpus row; judged by the rules alone, as the model only ever adds to them.
 */
class SeventhBatchFrustrationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            This is the second time the cleaner skipped the upstairs bathroom. Please let her know for Thursday. | calm
            Es la segunda vez que me llega la factura sin el descuento, por favor corregidla | calm
            C'est la deuxième fois que le coiffeur décale mon créneau, merci de me confirmer celui de mardi | calm
            Zum zweiten Mal fehlt die Quittung im Paket, bitte schicken Sie sie per Mail | calm
            Voor de tweede keer staat de verkeerde naam op de factuur, graag aanpassen | calm
            my landlord is driving me up the wall with this damp, could you send someone to quote for a dehumidifier? | calm:third-party
            que raiva do meu chefe hoje, vocês ainda têm horário pra massagem às 18h? | calm:third-party
            mon ex me rend dingue, je suis furieuse. vous faites les déménagements le samedi ? | calm:third-party
            mi vecino me tiene harta con la música, ¿hacéis insonorización de paredes? | calm:third-party
            we'll definitely be back, THE BEST BRUNCH IN TOWN | calm:happy
            Die Torte war der HAMMER!!! Wir bestellen sicher wieder | calm:happy
            que pizza de puta madre, la próxima semana repetimos | calm:casual
            ce burger, putain qu'est-ce que c'était bon | calm:casual
            is the GALAXY WATCH ULTRA compatible with my phone | calm
            quanto costa il tagliando per una FIAT PANDA CROSS | calm
            we'll see if Friday works for my husband | calm
            no worries, I'll wait for your email tomorrow | calm
            Kein Problem, ich warte auf Ihren Rückruf morgen | calm
            ya veremos qué día nos viene mejor, os digo algo | calm
            tudo bem, fico aguardando o orçamento por e-mail | calm
            tranquilos, me quedo esperando vuestra llamada | calm
            geen probleem, ik wacht wel op de monteur | calm
            on verra bien samedi s'il fait beau pour la séance photo | calm
            verdammt, die Wohnung war noch nie so sauber | calm:casual
            how the hell did you get it done so fast, amazing work | calm
            I'm cancelling my Tuesday class today, can I move it to Thursday? | calm
            I'm cancelling my class today, can I rebook for next week? | calm
            joder, qué bien ha quedado la cocina, mil gracias | calm
            bloody hell, my skin has never felt so smooth | calm:casual
            shit vergeten mijn pasje mee te nemen, ik kom het morgen halen | calm:casual
            """)
    void calmLookAlike_shouldStayCalm(String text, String reason) {
        assertCalmByRules(text, reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            This is the third time the cleaner skipped the bathroom | frustration:repeating:en:nth-time
            È la terza volta che sbagliate la consegna | frustration:repeating:it:nth-time
            my husband is furious, you lost our booking again | frustration:anger:en:i-am-angry
            que raiva de vocês, ninguém atende esse telefone? | frustration:anger:pt:rage
            we won't be back, THE WORST BRUNCH IN TOWN | frustration:shouting
            wir kommen nicht wieder, das war der LETZTE MIST!!! | frustration:insult:de
            la LAVATRICE NUOVA È GIÀ ROTTA, vergognatevi | frustration:anger:it
            la LAVATRICE NUOVA È GIÀ ROTTA DI NUOVO | frustration:shouting
            you'll be hearing from me, believe me | frustration:threat:en:veiled
            Mark my words, this is not over | frustration:threat:en:veiled
            esto no se va a quedar así, que lo sepan | frustration:threat:es:veiled
            isto não vai ficar assim, podem ter a certeza | frustration:threat:pt:veiled
            vous allez entendre parler de moi, croyez-moi | frustration:threat:fr:veiled
            Das lasse ich mir nicht gefallen. | frustration:threat:de:veiled
            ve ne pentirete amaramente | frustration:threat:it:veiled
            Dit laat ik er niet bij zitten | frustration:threat:nl:veiled
            no problem at all, I'll just keep paying for a gym with no hot water | frustration:anger:en:passive-resignation
            sin prisa, yo sigo pagando la cuota igual | frustration:anger:es:passive-resignation
            keine Sorge, ich zahle ja gerne weiter für nichts | frustration:anger:de:passive-resignation
            nessun problema, continuo a pagare per niente | frustration:anger:it:passive-resignation
            kut, jullie zijn mijn afspraak alweer vergeten | frustration:
            me tenéis harta, la otra vez igual, ¿cuándo vais a venir? | frustration:anger:es
            I'm fed up, my last order was late too, when will this one come? | frustration:anger:en
            verdammt, noch nie so einen Mist erlebt | frustration:
            where the hell is the plumber, it's past noon | frustration:swearing:en:what-the
            unless the fee is refunded I'm cancelling the entire membership | frustration:threat:en:
            if it isn't sorted by Monday I'm cancelling it today, not next month | frustration:threat:en:
            NO. VOGLIO. PARLARE. CON. QUALCUNO. | frustration:shouting
            """)
    void angryMessage_shouldStayAngry(String text, String reason) {
        assertFrustratedByRules(text, reason);
    }
}
