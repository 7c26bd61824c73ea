package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Scores the feedback detector on customer messages labelled dissatisfied, resolved or neutral, as two one-against-
 * the-rest decisions. Dissatisfied counts a failed attempt towards a handover; resolved starts the count again, so
 * both need high precision; neutral is everything else.
 */
class CustomerFeedbackCorpusTest {

    private static final double MIN_PRECISION = 0.90;
    private static final double MIN_RECALL = 0.85;

    private final FeedbackDetector detector = new FeedbackDetector();

    @Test
    void corpus_allLanguages_shouldMeetPrecisionAndRecallForDissatisfiedAndResolved() {
        Scores dissatisfied = new Scores("customer-feedback.tsv: dissatisfied");
        Scores resolved = new Scores("customer-feedback.tsv: resolved");
        for (Corpus.Row row : Corpus.load("customer-feedback.tsv").rows()) {
            FeedbackDetection detection = detector.classify(row.text());
            String expected = row.label().toUpperCase(Locale.ROOT);
            String reason = detection.feedback() + " " + detection.reason();
            dissatisfied.add(row, expected.equals("DISSATISFIED"), detection.feedback() == Feedback.DISSATISFIED,
                    reason);
            resolved.add(row, expected.equals("RESOLVED"), detection.feedback() == Feedback.RESOLVED, reason);
        }
        System.out.println(dissatisfied.report());
        System.out.println(resolved.report());

        assertThat(dissatisfied.overall().precision()).as("dissatisfied precision")
                .isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(dissatisfied.overall().recall()).as("dissatisfied recall").isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(resolved.overall().precision()).as("resolved precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(resolved.overall().recall()).as("resolved recall").isGreaterThanOrEqualTo(MIN_RECALL);
    }
}
