package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalmByRules;
import static dev.handover.scenario.CategoryAssertions.assertFrustratedByRules;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The categories fresh9's rows showed the rules missing or misreading, with the look-alikes beside them: an ultimatum
 * whose cancellation is said in the present tense (either-or, one more failure, if not fixed); a deadline with an
 * "after that" ("je vous laisse deux jours. Après, ..."); an oath that admires a
 * result ("Scheiße, ist das schön geworden"); a thousand times that belongs to a thanks ("merci mille fois"); a "why"
 * that explains ("which is why we came to you") and a colleague or the last firm of a trade as the third party that
 * anger before a question is aimed at. Wordings written for this test, none a corpus row; judged by the rules alone,
 * as the model only ever adds to them.
 */
class NinthBatchFrustrationTest {

    private final FrustrationDetector detector = new FrustrationDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            either you send someone who knows what they're doing this week or I cancel the support contract
            one more cancelled class and I cancel my membership
            if it's not fixed by Monday I cancel the maintenance contract, simple as that
            o me arregláis la caldera antes del viernes o rescindo el contrato
            una cancelación más y me doy de baja del gimnasio
            si el jueves no está arreglado cancelo el seguro, así de claro
            ou vocês resolvem a internet até segunda ou cancelo o contrato
            mais uma falha e cancelo a assinatura
            se até sexta não estiver resolvido cancelo o contrato
            soit vous réparez la box avant vendredi, soit je résilie mon abonnement
            encore une annulation et je résilie mon abonnement
            entweder ihr schickt diese woche einen techniker oder ich kündige den vertrag
            noch eine absage und ich kündige mein abo
            o mi mandate un tecnico entro venerdì o disdico l'abbonamento
            ancora un ritardo e disdico l'abbonamento
            of jullie sturen deze week een monteur of ik zeg het contract op
            nog een storing en ik zeg mijn abonnement op
            """)
    void presentTenseUltimatum_shouldBeAThreat(String text) {
        assertFrustratedByRules(text, "frustration:threat:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            if it's not convenient on Monday I cancel the appointment and rebook
            one more question and I cancel the old card, right?
            one more thing and then I close the account, right?
            if it's not fixed by Friday, can I cancel my contract?
            o el martes o el jueves, como os venga mejor
            si no puedo ir el lunes cancelo la cita y os llamo
            una pregunta más y cancelo el contrato, ¿vale?
            o cancelo el pedido o lo cambio por otro, ¿qué es mejor?
            ou segunda ou terça, como for melhor para vocês
            mais uma pergunta e cancelo o contrato, certo?
            soit mardi soit jeudi, comme vous voulez
            encore une question et je résilie le contrat, c'est bien ça ?
            entweder Dienstag oder Mittwoch, ich kündige den Vertrag sowieso im Mai
            noch eine Frage: kündige ich den Vertrag per Mail?
            ancora una domanda e disdico l'abbonamento, giusto?
            of dinsdag of woensdag, wat jullie het beste uitkomt
            nog een vraag en dan zeg ik het abonnement op, klopt dat?
            """)
    void choiceOrQuestionAboutCancelling_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I'm giving you until Friday. After that I go elsewhere.
            les doy de plazo hasta el lunes. Después no pienso seguir hablando con ustedes.
            dou-lhes prazo até sexta. Depois disso falo com outra pessoa.
            je vous donne deux jours. Après, je passe à autre chose.
            ich gebe Ihnen bis Freitag Zeit. Danach rede ich nicht mehr mit Ihnen.
            vi do tempo fino a lunedì, dopo non vi scrivo più
            ik geef jullie tot vrijdag de tijd, daarna stap ik over
            """)
    void deadlineWithAnAfterThat_shouldBeAThreat(String text) {
        assertFrustratedByRules(text, "frustration:threat:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            you have until 5, then I'll come by
            ¿tenéis hasta qué hora abierto? después me paso
            vocês têm até que horas aberto? depois passo aí
            vous êtes ouverts jusqu'à quelle heure ? après je passe
            Sie haben bis 18 Uhr offen, danach komme ich vorbei
            avete fino a che ora aperto? dopo le 19 passo
            jullie hebben tot 17 uur open, daarna kom ik langs
            """)
    void openingHoursAndAVisitAfter_shouldStayCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fucking hell, how gorgeous is that kitchen now, send me the invoice
            joder, qué vistas desde la terraza, repetimos seguro
            joder tío, el fisio me ha dejado la rodilla como nueva
            caralho, que vista linda dessa varanda, vamos voltar
            putain, quelle vue depuis la chambre, on revient l'an prochain
            putain qu'elle est belle cette cuisine
            heilige scheiße, seid ihr schnell, der drucker läuft schon wieder
            verdammt, seid ihr flott, das Paket ist schon da
            Scheiße, ist das schön geworden! Die Küche erkennt man nicht wieder.
            cazzo che vista dalla camera, torniamo sicuro
            shit wat zijn die kittens schattig op de foto
            godsamme wat een uitzicht vanaf het balkon, we komen zeker terug
            """)
    void oathAdmiringTheResult_shouldBeCasual(String text) {
        assertCalmByRules(text, "calm:casual");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fuck this, what a joke
            joder, qué desastre
            caralho que porcaria
            putain, quelle arnaque
            Scheiße, ist das schon wieder kaputt
            scheiße, seid ihr langsam
            cazzo che schifo
            godver wat een puinhoop
            shit wat zijn jullie traag
            """)
    void oathAtTheResult_shouldStayAngry(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            les invités ont demandé la recette, merci mille fois | false
            j'ai demandé mille fois le remboursement | true
            ho chiesto il conto, grazie mille volte per la cena | false
            ho chiesto mille volte il rimborso | true
            pedí la receta, gracias mil veces por todo | false
            he pedido mil veces que me llaméis | true
            pedi a receita, obrigada mil vezes | false
            já pedi mil vezes o reembolso | true
            """)
    void aThousandTimes_shouldBeThanksAfterAThanks(String text, boolean angry) {
        assertThat(detector.byRules(text).matched()).as(text).isEqualTo(angry);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            My husband was livid with the last garage, which is why we've come to you. Can you check the brakes on Friday?
            my friend is livid with the previous agency, which is why I'm asking: is the deposit refundable?
            Mi compañero está harto de la última aseguradora, por eso pregunto: ¿cubrís la rotura de cristales?
            A minha amiga ficou furiosa com a última imobiliária, por isso pergunto: a vistoria está incluída?
            Il mio collega è furioso con l'ultimo idraulico, ecco perché chiedo: fate preventivi gratuiti?
            Mein Kollege ist stinksauer auf seinen letzten Handwerker, deshalb frage ich: machen Sie Festpreise?
            Mijn collega is woedend op zijn vorige loodgieter, daarom vraag ik: werken jullie met een vaste prijs?
            Ma collègue est furieuse contre son ancien plombier, c'est pourquoi je demande : vous passez le samedi ?
            """)
    void colleagueAngryAtAFormerFirm_beforeAQuestion_shouldBeElsewhere(String text) {
        assertCalmByRules(text, "calm:third-party");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            My husband is furious, which is why I'm writing: you lost our booking again
            estoy furiosa con la última empresa que me mandasteis, ¿por qué tardáis tanto?
            O meu colega ficou furioso com vocês, por que ninguém atende?
            Mon collègue est furieux, c'est pourquoi je vous écris : vous avez encore perdu mon colis
            Il mio collega è furioso con voi, ecco perché scrivo: avete perso di nuovo il pacco
            """)
    void angerAtTheBusiness_shouldStayAngry(String text) {
        assertFrustratedByRules(text);
    }
}
