package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second pass over fresh9's misses, with the look-alikes beside them: one person called a boor or a fool, a
 * superlative of incompetence "I have ever" met, a dumb bot; "no hurry" followed by who suffers and for how little;
 * vague threats that the matter will go elsewhere or higher up; and two readings that were wrongly threats in
 * Italian (a storno asked of the business, a bad review the customer read). Wordings written for this test, none a
 * corpus row; judged by the rules alone, as the model only ever adds to them.
 */
class NinthBatchFrustrationMoreTest {

    private final FrustrationDetector detector = new FrustrationDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the receptionist you sent is a rude muppet
            the dumbest help desk I've ever phoned
            what a dumb bot, get me a human
            el instalador que mandasteis es un patán
            el servicio más inútil que he tenido en mi vida
            vaya bot descerebrado, no sé para qué lo tenéis
            o estafeta foi um grosseiro com a minha avó
            a loja mais incompetente que já vi
            este bot inútil não percebe nada
            votre livreur est un vrai goujat
            le garage le plus incompétent que j'ai jamais vu
            ce bot débile ne comprend rien
            Ihr Monteur ist ein Flegel
            der dümmste Kundendienst, den ich je erlebt habe
            blöder Bot, ich will einen Menschen
            la vostra cassiera è una zotica
            il tecnico più incompetente che abbia mai visto
            questo bot inutile non capisce niente
            die bezorger van jullie is een hufter
            de domste helpdesk die ik ooit gebeld heb
            wat een domme bot zeg
            """)
    void rudeWord_shouldBeAnInsult(String text) {
        Detection detection = detector.byRules(text);

        assertThat(detection.matched()).as(text).isTrue();
        assertThat(detection.reason()).as(text).startsWith("frustration:insult:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            probably the dumbest question I've ever asked, but where do I park
            the stupidest mistake I ever made was booking two rooms for the same night
            la pregunta más tonta que he hecho: ¿abrís el domingo
            a pergunta mais burra que já fiz: abrem ao domingo
            la question la plus bête que j'ai jamais posée : vous ouvrez le dimanche
            der dümmste Fehler, den ich je gemacht habe, war die falsche Adresse
            la domanda più stupida che abbia mai fatto: aprite la domenica
            de domste vraag die ik ooit stelde: zijn jullie zondag open
            the tour guide was a real character, the kids loved him
            """)
    void selfMockingSuperlativeOrAKindWord_shouldStayCalm(String text) {
        assertThat(detector.byRules(text).matched()).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            no rush, my dad's only 91 and freezing
            take your time, we've only been 5 days without water
            sin prisa, eh. Mi abuela solo tiene 92 años
            con calma, que solo llevamos tres semanas sin agua
            sem pressa, a minha avó só tem 90 anos
            rien ne presse, ma grand-mère n'a que 93 ans
            keine Eile, meine Oma ist ja erst 88 Jahre alt
            lassen Sie sich Zeit, wir sind ja nur seit drei Wochen ohne Warmwasser
            nessuna fretta, mio nonno ha solo 90 anni
            geen haast hoor, mijn vader is pas 90 jaar
            neem vooral de tijd, we zitten maar drie dagen zonder warm water
            """)
    void noHurryBeforeWhoSuffers_shouldBeSarcasm(String text) {
        Detection detection = detector.byRules(text);

        assertThat(detection.matched()).as(text).isTrue();
        assertThat(detection.reason()).as(text).startsWith("frustration:insult:");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            no rush, I only need it by Friday
            no hurry, she's only 5 minutes from you
            sin prisa, solo necesito la factura antes del viernes
            sem pressa, só preciso disto na sexta
            rien ne presse, je pense que vendredi ira
            keine Eile, ich brauche es erst am Freitag
            con calma, mi serve solo entro venerdì
            geen haast, ik heb het pas vrijdag nodig
            """)
    void noHurryBeforeADeadline_shouldStayCalm(String text) {
        assertThat(detector.byRules(text).matched()).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fine, we'll talk about this elsewhere | true
            we'll talk about this on Monday at the meeting | false
            muy bien, ya hablaremos en otro lugar | true
            ya hablaremos el lunes de la reforma | false
            ok, falamos disso noutro lugar | true
            falamos disso na segunda-feira | false
            d'accord. On verra bien la suite. | true
            on verra bien la suite du programme demain | false
            gut, dann klären wir das woanders | true
            dann klären wir das am Montag | false
            va bene, ne riparleremo in altra sede | true
            ne riparleremo lunedì | false
            oké, dan zoek ik het wel hogerop | true
            dan zoek ik het wel op in de handleiding | false
            """)
    void matterTakenElsewhere_shouldBeAVagueThreat(String text, boolean threat) {
        assertThat(detector.byRules(text).matched()).as(text).isEqualTo(threat);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            chiedo lo storno della quota pagata due volte | false
            se non mi rimborsate chiedo lo storno alla mia banca | true
            ho letto una recensione negativa su di voi, è vero che chiudete? | false
            vi lascio una recensione negativa ovunque | true
            """)
    void stornoAndReviewInItalian_shouldBeReadAsMeant(String text, boolean angry) {
        assertThat(detector.byRules(text).matched()).as(text).isEqualTo(angry);
    }
}
