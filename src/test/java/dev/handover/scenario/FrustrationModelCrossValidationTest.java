package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whether a linear model, trained the way the fallback and feedback models are ({@link ModelTrainer}), would help the
 * frustration rules as a second stage for the messages they leave calm. 5-fold cross-validation over the project rows
 * and both fresh batches: in each fold a model is trained on four fifths and the rules, then the rules or the model
 * at a threshold, score the fifth. The model is left out of the product because at every high threshold it only adds
 * false positives (a calm customer handed to a person) for hardly any frustrated message the rules missed. This test
 * prints the figures and fails when that stops being true, so that whoever adds rows learns when a model would pay.
 */
class FrustrationModelCrossValidationTest {

    private static final int FOLDS = 5;
    private static final double[] THRESHOLDS = {0.9, 0.95, 0.98};
    private static final long SEED = 7;

    private record Row(String text, boolean frustrated) {
    }

    private final FrustrationDetector detector = new FrustrationDetector();

    @Test
    void modelAsSecondStage_atHighThresholds_shouldNotRaiseRecallWithoutLosingPrecision() {
        List<Row> rows = rows();
        Collections.shuffle(rows, new Random(SEED));
        Scores.Counts rules = new Scores.Counts();
        Scores.Counts[] combined = new Scores.Counts[THRESHOLDS.length];
        for (int t = 0; t < THRESHOLDS.length; t++) {
            combined[t] = new Scores.Counts();
        }
        for (int fold = 0; fold < FOLDS; fold++) {
            List<ModelTrainer.Example> training = new ArrayList<>();
            List<Row> held = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (i % FOLDS == fold) {
                    held.add(rows.get(i));
                } else {
                    training.add(ModelTrainer.Example.of(rows.get(i).text(), rows.get(i).frustrated()));
                }
            }
            LinearModel model = ModelTrainer.train(training);
            for (Row row : held) {
                boolean matched = detector.detect(row.text()).matched();
                double probability = model.probability(TextNormalizer.normalize(row.text()));
                rules.add(row.frustrated(), matched);
                for (int t = 0; t < THRESHOLDS.length; t++) {
                    combined[t].add(row.frustrated(), matched || probability >= THRESHOLDS[t]);
                }
            }
        }
        StringBuilder report = new StringBuilder("frustration, 5-fold cross-validation on ").append(rows.size())
                .append(" rows (project, fresh, fresh2)\n").append(rules.line("rules")).append('\n');
        for (int t = 0; t < THRESHOLDS.length; t++) {
            report.append(combined[t].line(String.format(Locale.ROOT, "+m>=%.2f", THRESHOLDS[t]))).append('\n');
        }
        System.out.print(report);

        for (int t = 0; t < THRESHOLDS.length; t++) {
            boolean pays = combined[t].recall() > rules.recall() && combined[t].precision() >= rules.precision();
            assertThat(pays).as("a model at %.2f now raises recall without losing precision: consider adding it"
                    + "\n%s", THRESHOLDS[t], report).isFalse();
        }
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<String> files = new ArrayList<>(List.of("frustration.tsv"));
        for (String lang : FreshCorpusTest.LANGUAGES) {
            files.add("fresh/frustration-" + lang + ".tsv");
            files.add("fresh2/frustration-" + lang + ".tsv");
        }
        for (String file : files) {
            for (Corpus.Row row : Corpus.load(file).rows()) {
                rows.add(new Row(row.text(), row.label().equals("frustrated")));
            }
        }
        return rows;
    }
}
