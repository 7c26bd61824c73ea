package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Scores the contact-request detector on the public, human-written development set (see corpus/README.md for its
 * sources and licences). The rules were tuned to the categories it reveals, so this is a development figure; the
 * sealed two thirds of the same set are scored from outside.
 */
class DevelopmentSetTest {

    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.92;

    @Test
    void developmentSet_withDefaultExamples_shouldMeetTheFloor() {
        ContactRequestDetector detector = new ContactRequestDetector();
        Scores scores = new Scores("contact-request-dev.tsv (public, human-written; examples: "
                + ContactRequestCorpusTest.DEFAULT_EXAMPLES + ")");
        for (Corpus.Row row : Corpus.loadDevelopmentSet("contact-request-dev.tsv").rows()) {
            Detection detection = detector.detect(row.text(), ContactRequestCorpusTest.DEFAULT_EXAMPLES);
            scores.add(row, row.label().equals("1"), detection.matched(), detection.reason());
        }
        System.out.println(scores.report());

        assertThat(scores.overall().total()).as("rows").isEqualTo(275);
        assertThat(scores.overall().precision()).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(scores.overall().recall()).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
    }
}
