package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalmByRules;
import static dev.handover.scenario.CategoryAssertions.assertFrustratedByRules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * fresh12's false positives in Spanish, Portuguese, French and Italian, as categories with their look-alikes: anger
 * at the post, a match, a road accident or the tow truck before a question to the business (a furious face
 * included), an oath or capitals at one's own good news or relief, praise with its verb ("quanto è
 * buona"), and coming back said with a day. Wordings written for this test, none a corpus row; judged by the rules
 * alone, as the model only ever adds to them.
 */
class TwelfthBatchFrustrationRomanceTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Correos ha vuelto a perder mi carta certificada, qué rabia 🤬 ¿tenéis sobres acolchados?",
            "Vaya partido más malo el de anoche, estoy que echo humo. ¿Abrís el domingo por la mañana?",
            "os Correios extraviaram a encomenda, que raiva. vocês fazem entregas ao sábado?",
            "Que jogo ridículo ontem, tô furiosa 🤬 enfim, tem horário na quinta de manhã?",
            "La Poste a perdu ma lettre recommandée, je suis furieuse. Vous ouvrez samedi ?",
            "Quel match lamentable hier soir, j'en suis malade 🤬 sinon, vous avez un créneau mardi ?",
            "Poste Italiane ha perso la raccomandata, che rabbia. Siete aperti sabato?",
            "Che partita orribile ieri, sono furioso 🤬 comunque, avete posto giovedì alle 10?"
    })
    void angerAtThePostOrAMatch_beforeAQuestion_shouldBeCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Correos dice que nunca lo enviasteis y el pedido sigue sin llegar, qué rabia, ¿dónde está?",
            "Os Correios dizem que vocês nunca enviaram nada e a encomenda continua sem chegar, que raiva, onde está?",
            "La Poste dit que vous n'avez rien envoyé et le colis n'est toujours pas arrivé, je suis furieuse, il est où ?",
            "Il corriere dice che non avete spedito niente e il pacco non è ancora arrivato, che rabbia, dov'è?"
    })
    void angerAtTheBusiness_besideThePost_shouldStayFrustrated(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Joder, he aprobado el examen teórico!!! Gracias a la academia",
            "Hostia, menos mal que ya estaba el toldo puesto con la tormenta. Mandadme la factura",
            "CARALHO PASSEI NO EXAME!!! obrigado pela paciência toda",
            "Merda de granizo, ainda bem que o carro já estava na garagem. Podem enviar o orçamento",
            "PUTAIN J'AI EU MON PERMIS!!! merci pour tout",
            "Bordel, heureusement que le toit était fini avant l'orage. Vous m'envoyez la facture ?",
            "CAVOLO HO SUPERATO L'ESAME!!! grazie mille a tutti"
    })
    void oathsAtOwnGoodNews_shouldBeCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Joder, no he aprobado el examen porque el simulador de la academia no funcionaba!!!",
            "Porra, não passei na prova porque vocês cancelaram as aulas, que merda!!!",
            "Putain, vous avez annulé la leçon et du coup j'ai raté mon permis, c'est n'importe quoi !!!",
            "Cazzo, non ho passato l'esame perché avete annullato le guide, siete ridicoli!!!"
    })
    void oathsAtAFailureTheBusinessCaused_shouldStayFrustrated(String text) {
        assertFrustratedByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "joder qué rica que estaba la tarta, mañana pido otra",
            "caramba como estava bom o bolo, amanhã encomendo outro",
            "putain qu'il était bon ce gâteau, j'en recommande un demain",
            "minchia quanto era buono il tiramisù, ne ordino un altro per sabato",
            "LA MEJOR PAELLA DEL PUEBLO!!! volvemos mañana seguro",
            "O MELHOR BACALHAU DO PORTO!!! voltamos amanhã com certeza"
    })
    void praiseWithItsVerbOrAReturnByDay_shouldBeCalm(String text) {
        assertCalmByRules(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NÃO VOLTAMOS NUNCA MAIS!!! a pior pizza da cidade",
            "NO VOLVEMOS NUNCA MÁS!!! vaya servicio de pena"
    })
    void shoutedRefusalToReturn_shouldStayFrustrated(String text) {
        assertFrustratedByRules(text);
    }
}
