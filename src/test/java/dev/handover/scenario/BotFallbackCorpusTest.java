package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Scores the bot-fallback detector on bot replies labelled 1 (the bot cannot answer) or 0 (an answer). A false
 * positive here counts a failed attempt that was not one, and hands over early; a false negative lets the bot go on
 * guessing. Precision is held higher than recall because the lack-of-information scenario fires on a single reply.
 */
class BotFallbackCorpusTest {

    private static final double MIN_PRECISION = 0.90;
    private static final double MIN_RECALL = 0.85;

    private final BotFallbackDetector detector = new BotFallbackDetector();

    @Test
    void corpus_allLanguages_shouldMeetPrecisionAndRecall() {
        Scores scores = new Scores("bot-fallback.tsv");
        for (Corpus.Row row : Corpus.load("bot-fallback.tsv").rows()) {
            Detection detection = detector.detect(row.text());
            scores.add(row, row.label().equals("1"), detection.matched(), detection.reason());
        }
        System.out.println(scores.report());

        assertThat(scores.overall().precision()).as("overall precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(scores.overall().recall()).as("overall recall").isGreaterThanOrEqualTo(MIN_RECALL);
    }
}
