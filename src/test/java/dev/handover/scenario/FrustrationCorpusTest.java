package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Scores the frustration detector on the project's own rows ({@code frustration.tsv}, written with the rules in view,
 * hard negatives included: mild dissatisfaction, polite complaints, cancellation questions, happy shouting, casual
 * swearing, acronyms and error codes). An upper bound, so the floor is high: a rule change that breaks a designed case
 * fails here first.
 */
class FrustrationCorpusTest {

    private static final double MIN_PRECISION = 0.97;
    private static final double MIN_RECALL = 0.95;

    private final FrustrationDetector detector = new FrustrationDetector();

    @Test
    void projectRows_allLanguages_shouldMeetPrecisionAndRecall() {
        Scores scores = new Scores("frustration.tsv: frustrated");
        for (Corpus.Row row : Corpus.load("frustration.tsv").rows()) {
            Detection detection = detector.detect(row.text());
            scores.add(row, row.label().equals("frustrated"), detection.matched(), detection.reason());
        }
        System.out.println(scores.report());

        assertThat(scores.overall().precision()).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(scores.overall().recall()).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
    }
}
