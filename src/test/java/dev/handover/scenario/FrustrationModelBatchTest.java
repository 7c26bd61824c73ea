package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * How the frustration model does on a batch it was not trained on: for each of the later batches, a model is trained
 * exactly as the build trains it ({@link ModelTrainer#TASKS}) but without that batch, and scored alone at the
 * detector's threshold on the batch's rows, language by language. The rules were fixed on these batches, so the rules'
 * own figures here are optimistic; the model's are not, which is what shows whether it generalises. The build fails
 * when the model alone falls below a floor under what it measured when it was added (pooled precision 0.98-1.00,
 * recall 0.56-0.69 on the four batches), so a corpus change that makes it guess is caught. Its hits on ordinary
 * traffic are counted on the public development set, customer messages it never trained on.
 */
class FrustrationModelBatchTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final List<String> LEFT_OUT = List.of("fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
            "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16");
    private static final double MIN_PRECISION = 0.90;
    private static final double MIN_RECALL = 0.45;

    @Test
    void modelAlone_onABatchLeftOutOfTraining_shouldStayAboveTheFloor() throws IOException {
        ModelTrainer.Task task = ModelTrainer.TASKS.stream()
                .filter(candidate -> candidate.model().equals(FrustrationDetector.MODEL)).findFirst().orElseThrow();
        List<String> report = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        for (String batch : LEFT_OUT) {
            List<String> batches = new ArrayList<>(task.batches());
            assertThat(batches.remove(batch)).as(batch + " is a training batch").isTrue();
            ModelTrainer.Task without = task.withBatches(batches);
            LinearModel model = ModelTrainer.train(ModelTrainer.examples(CORPUS, without), without.epochs(),
                    without.positiveWeight());
            Scores.Counts pooled = new Scores.Counts();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-7s", batch));
            for (String lang : FreshCorpusTest.LANGUAGES) {
                Scores.Counts counts = new Scores.Counts();
                for (Corpus.Row row : Corpus.load(batch + "/frustration-" + lang + ".tsv").rows()) {
                    boolean sure = model.probability(TextNormalizer.normalize(row.text()))
                            >= FrustrationDetector.MODEL_THRESHOLD;
                    counts.add(row.label().equals("frustrated"), sure);
                    pooled.add(row.label().equals("frustrated"), sure);
                }
                line.append(String.format(Locale.ROOT, " %s %.2f/%.2f", lang, counts.precision(), counts.recall()));
            }
            report.add(line.append(String.format(Locale.ROOT, " | all %.2f/%.2f", pooled.precision(),
                    pooled.recall())).toString());
            softly.assertThat(pooled.precision()).as(batch + " precision").isGreaterThanOrEqualTo(MIN_PRECISION);
            softly.assertThat(pooled.recall()).as(batch + " recall").isGreaterThanOrEqualTo(MIN_RECALL);
        }
        System.out.println("frustration model alone, each batch left out of its training (precision/recall at "
                + FrustrationDetector.MODEL_THRESHOLD + "):\n" + String.join("\n", report));
        softly.assertAll();
    }

    @Test
    void model_onThePublicCustomerMessages_shouldAddAtMostFourHandoversToTheRules() {
        FrustrationDetector detector = new FrustrationDetector();
        int rules = 0;
        int added = 0;
        List<Corpus.Row> rows = Corpus.loadDevelopmentSet("contact-request-dev.tsv").rows();
        for (Corpus.Row row : rows) {
            boolean byRules = detector.byRules(row.text()).matched();
            rules += byRules ? 1 : 0;
            added += !byRules && detector.detect(row.text()).matched() ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "frustration on %d public customer messages: rules %d, the model adds %d%n",
                rows.size(), rules, added);
        // Measured when the model was added: the rules 6 (insults and oaths, all meant), the model 1 more. Since the
        // training rows of frustration-j to -l the model adds 4, all complaints a person would take: an extra fee
        // nobody mentioned ("next time maybe let people know"), a deposit still not there, a delivery that cannot be
        // tracked, no call service any more. Left out of training in turn, those rows took recall on fresh7-fresh11
        // from 0.886 to 0.905 at precision 0.974 to 0.973.
        assertThat(added).isLessThanOrEqualTo(4);
    }
}
