package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Scores the contact-request detector on the labelled corpus (label 1 = asks for a person now) and keeps the corpus
 * honest. The figures are printed for the README and for maintainers; the build fails below the thresholds.
 */
class ContactRequestCorpusTest {

    static final List<String> DEFAULT_EXAMPLES = List.of("speak to human", "talk to agent", "need help from person");
    private static final double MIN_PRECISION = 0.95;
    private static final double MIN_RECALL = 0.90;

    private final Corpus corpus = Corpus.load("contact-request.tsv");
    private final ContactRequestDetector detector = new ContactRequestDetector();

    @Test
    void corpus_withDefaultExamples_shouldMeetPrecisionAndRecall() {
        Scores scores = new Scores("contact-request.tsv (examples: " + DEFAULT_EXAMPLES + ")");
        for (Corpus.Row row : corpus.rows()) {
            Detection detection = detector.detect(row.text(), DEFAULT_EXAMPLES);
            scores.add(row, row.label().equals("1"), detection.matched(), detection.reason());
        }
        System.out.println(scores.report());

        assertThat(scores.overall().precision()).as("overall precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(scores.overall().recall()).as("overall recall").isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void corpus_asWritten_shouldMeetItsOwnRules() {
        List<Corpus.Row> rows = corpus.rows();
        Map<String, Long> perLanguage = rows.stream()
                .collect(Collectors.groupingBy(Corpus.Row::lang, Collectors.counting()));
        long hardNegatives = rows.stream()
                .filter(row -> row.label().equals("0") && row.note().startsWith("neg-")
                        && !row.note().equals("neg-ordinary"))
                .count();

        assertThat(rows).as("rows").hasSizeGreaterThanOrEqualTo(800);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.label()).isIn("0", "1");
            assertThat(row.text()).isNotBlank();
        });
        assertThat(perLanguage.keySet()).containsExactlyInAnyOrder("en", "es", "pt", "fr", "de");
        perLanguage.forEach((lang, count) -> {
            if (!lang.equals("en")) {
                assertThat(count).as("rows in " + lang).isGreaterThanOrEqualTo(100);
            }
        });
        assertThat((double) hardNegatives / rows.size()).as("share of hard negatives").isGreaterThanOrEqualTo(0.40);
    }
}
