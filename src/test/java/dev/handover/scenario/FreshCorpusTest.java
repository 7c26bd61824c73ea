package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores the three detectors on the batches of fresh rows in the seven languages, each written by people who did not
 * see the rules, and prints them beside the figures recorded before the rules were fixed on them. Both batches are
 * development sets: the rules were fixed for the categories their misses revealed, so "now" is optimistic, and the
 * build fails below the floor of each detector per language.
 * <ul>
 * <li>{@code fresh/} (written before the rules were changed for issue 8): before the change
 * ({@code fresh/scores-before.tsv}) | the first pass, written from the categories only
 * ({@code fresh/scores-phase1.tsv}) | now.</li>
 * <li>{@code fresh2/} (a second writer, after the rules were done; held out until its figures were recorded): before,
 * the rules fixed on {@code fresh/} only, the honest figure of that batch ({@code fresh2/scores-before.tsv}) | now.
 * Since then its rows were read to fix the rules' categories, and its feedback rows train the feedback model.</li>
 * <li>{@code fresh5/} (three more writers, held out until the rules fixed on {@code fresh2/} were done): before, the
 * honest figure of that batch ({@code fresh5/scores-before.tsv}) | now. Since then its contact, fallback and feedback
 * rows were read to fix the rules' categories; no model trains on them. Its floors are lower
 * ({@link #FIFTH_BATCH_FLOORS}): the rules do not reach the development floors on it everywhere.</li>
 * <li>{@code fresh6/} (three more writers, held out until the rules fixed on {@code fresh5/} were done): before, the
 * honest figure of that batch ({@code fresh6/scores-before.tsv}) | now. Since then its contact, fallback and feedback
 * rows were read to fix the rules' categories; no model trains on them ({@link #SIXTH_BATCH_FLOORS}).</li>
 * </ul>
 * fresh7/ to fresh16/ (two to four more writers each, held out in turn) are development sets too. A later held-out
 * batch, {@code fresh17/}, is scored by
 * {@link #heldOutRows_everyLanguage_shouldStayAboveTheRegressionFloor} once its files are there: figures only, never
 * its rows, with a lower floor that only catches a regression.
 */
class FreshCorpusTest {

    static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr", "de", "it", "nl");
    /** The held-out batch: never read to write a rule, never used to train a model. */
    static final String HELD_OUT = "fresh17";
    private static final double CONTACT_MIN_PRECISION = 0.95;
    private static final double CONTACT_MIN_RECALL = 0.92;
    private static final double OTHER_MIN_PRECISION = 0.92;
    private static final double OTHER_MIN_RECALL = 0.85;
    private static final double HELD_OUT_CONTACT_MIN_PRECISION = 0.90;
    private static final double HELD_OUT_CONTACT_MIN_RECALL = 0.65;
    private static final double HELD_OUT_OTHER_MIN_PRECISION = 0.75;
    /** fresh16's writer took dissatisfied recall to 0.58 in three languages: the floor guards a collapse only. */
    private static final double HELD_OUT_OTHER_MIN_RECALL = 0.55;
    private static final double[] DEVELOPMENT_FLOORS = {CONTACT_MIN_PRECISION, CONTACT_MIN_RECALL,
            OTHER_MIN_PRECISION, OTHER_MIN_RECALL};

    /**
     * fresh5's floors sit just under what the rules reach on it now, below the development floors: contact precision
     * 0.97 (French: a service look-alike, "il me faudrait quelqu'un aujourd'hui"), contact recall in en, de and nl
     * (0.91-0.94: typos, chat spellings, requests split by a comma or under a condition) and en/es dissatisfied recall
     * (0.75/0.83: a bare "no", unmarked sarcasm) stay below 0.95/0.92 and 0.85, and en resolved precision is 0.92 (see
     * the README's Figures).
     */
    private static final double[] FIFTH_BATCH_FLOORS = {0.96, 0.90, 0.92, 0.74};

    /**
     * fresh6's before-figures ({@code fresh6/scores-before.tsv}) were recorded before anyone read a row; its misses
     * were read and fixed as categories since ({@code SixthBatchCategoriesTest}), so its floors sit just under what
     * the rules reach on it now: contact precision 1.00 and recall 0.91 (German: typos, glued words, Swiss and Austrian
     * dialect), fallback and feedback precision 0.92 (a plain German question the feedback model reads as a
     * complaint, Italian sarcasm with a clap read as praise) and recall 0.83 (Italian dissatisfied: a bare "no", that
     * sarcasm).
     */
    private static final double[] SIXTH_BATCH_FLOORS = {0.98, 0.90, 0.92, 0.83};

    /**
     * fresh7's floors sit under what the rules reached on it when it became a development set, recorded before anyone
     * read a row: contact precision 0.96 (es, pt, de, it) and recall 0.75 (Spanish), fallback and feedback precision
     * 0.83 (Spanish dissatisfied) and recall 0.63 (German fallback).
     */
    private static final double[] SEVENTH_BATCH_FLOORS = {0.96, 0.78, 0.84, 0.81};

    /**
     * fresh8's floors sit under what the rules reached on it when it became a development set, recorded before anyone
     * read a row ({@code fresh8/scores-before.tsv}): contact precision 1.00 and recall 0.72 (es, fr), fallback and
     * feedback precision 0.85 (fr dissatisfied, it and nl resolved) and recall 0.56 (Italian fallback). Raised once its
     * misses were read and fixed as categories ({@code EighthBatchCategoriesTest}) to just under what the rules reach
     * now: contact precision 1.00 and recall 0.75 (French), other precision 0.85 (it and nl resolved) and recall 0.67
     * (Portuguese resolved).
     */
    private static final double[] EIGHTH_BATCH_FLOORS = {0.98, 0.74, 0.84, 0.66};

    /*
     * fresh9's to fresh14's floors sit under what the rules reached on each while it was held out
     * (<batch>/scores-before.tsv, recorded before anyone read a row), as contact precision and recall, then fallback
     * and feedback precision and recall, the lowest language of each: fresh9 0.96 fr, 0.81 fr, 0.85 en/it resolved,
     * 0.67 pt resolved; fresh10 0.91 es, 0.84 de, 0.86 fr resolved, 0.75 fr/de/it dissatisfied; fresh11 0.97 en,
     * 0.78 de, 0.83 it dissatisfied, 0.75 it fallback/nl dissatisfied; fresh12 1.00, 0.84 en/fr, 0.79 pt resolved,
     * 0.63 en/it fallback; fresh13 0.96, 0.78 fr, 0.90 fr resolved, 0.69 it fallback; fresh14 0.96, 0.75 de,
     * 0.91 en resolved, 0.69 it fallback; fresh15 0.96 de, 0.78 de, 0.83 de resolved, 0.67 nl dissatisfied;
     * fresh16 0.93 de, 0.88 de, 0.77 de resolved, 0.58 en/de/nl dissatisfied.
     */
    private static final double[] NINTH_BATCH_FLOORS = {0.95, 0.80, 0.84, 0.66};
    private static final double[] TENTH_BATCH_FLOORS = {0.90, 0.84, 0.85, 0.74};
    private static final double[] ELEVENTH_BATCH_FLOORS = {0.95, 0.77, 0.82, 0.74};
    private static final double[] TWELFTH_BATCH_FLOORS = {0.97, 0.83, 0.78, 0.62};
    private static final double[] THIRTEENTH_BATCH_FLOORS = {0.95, 0.77, 0.89, 0.68};
    private static final double[] FOURTEENTH_BATCH_FLOORS = {0.95, 0.74, 0.90, 0.68};
    private static final double[] FIFTEENTH_BATCH_FLOORS = {0.95, 0.77, 0.82, 0.66};
    private static final double[] SIXTEENTH_BATCH_FLOORS = {0.93, 0.87, 0.76, 0.58};

    private final ContactRequestDetector contact = new ContactRequestDetector();
    private final BotFallbackDetector fallback = new BotFallbackDetector();
    private final FeedbackDetector feedback = new FeedbackDetector();
    private final List<String> table = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<String> recordable = new ArrayList<>();
    /** Recorded figures printed before "now", in order, each with its title; none for the held-out batch. */
    private final List<Map<String, String>> recordedColumns = new ArrayList<>();
    private final List<String> recordedTitles = new ArrayList<>();

    @Test
    void freshRows_everyLanguage_shouldMeetTheFloorOfEachDetector() {
        recordedColumn("before", "fresh/scores-before.tsv");
        recordedColumn("first pass", "fresh/scores-phase1.tsv");
        score("fresh", DEVELOPMENT_FLOORS, true, "fresh rows, a development set (precision/recall): before the rule "
                + "changes | after the first pass, written from the categories only | now");
    }

    @Test
    void secondBatch_everyLanguage_shouldMeetTheFloorOfEachDetector() {
        recordedColumn("before", "fresh2/scores-before.tsv");
        score("fresh2", DEVELOPMENT_FLOORS, true, "fresh2 rows, a development set (precision/recall): before, the "
                + "rules fixed on fresh only (the honest figure of that batch) | now");
    }

    /**
     * The batches held out in turn and read since, each printed beside its figures recorded while it was held out
     * ({@code <batch>/scores-before.tsv}), with the rules it was scored against then.
     */
    static Stream<Arguments> laterBatches() {
        return Stream.of(
                arguments("fresh5", FIFTH_BATCH_FLOORS, "fresh and fresh2"),
                arguments("fresh6", SIXTH_BATCH_FLOORS, "fresh5"),
                arguments("fresh7", SEVENTH_BATCH_FLOORS, "fresh6"),
                arguments("fresh8", EIGHTH_BATCH_FLOORS, "fresh7"),
                arguments("fresh9", NINTH_BATCH_FLOORS, "fresh8"),
                arguments("fresh10", TENTH_BATCH_FLOORS, "fresh9"),
                arguments("fresh11", ELEVENTH_BATCH_FLOORS, "fresh10"),
                arguments("fresh12", TWELFTH_BATCH_FLOORS, "fresh11"),
                arguments("fresh13", THIRTEENTH_BATCH_FLOORS, "fresh12"),
                arguments("fresh14", FOURTEENTH_BATCH_FLOORS, "fresh12"),
                arguments("fresh15", FIFTEENTH_BATCH_FLOORS, "fresh14"),
                arguments("fresh16", SIXTEENTH_BATCH_FLOORS, "fresh15"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laterBatches")
    void laterBatch_everyLanguage_shouldMeetTheFloorOfEachDetector(String batch, double[] floors, String fixedOn) {
        recordedColumn("before", batch + "/scores-before.tsv");
        score(batch, floors, true, batch + " rows, a development set (precision/recall): before, the rules fixed on "
                + fixedOn + " (the honest figure of that batch, held out then) | now");
    }

    /** The held-out batch, once its files are there: its figures are the honest estimate of the rules. */
    @Test
    void heldOutRows_everyLanguage_shouldStayAboveTheRegressionFloor() {
        Assumptions.assumeTrue(FreshCorpusTest.class.getResource("/corpus/" + HELD_OUT + "/contact-request-en.tsv")
                != null, HELD_OUT + "/ is not there yet");
        score(HELD_OUT, new double[] {HELD_OUT_CONTACT_MIN_PRECISION, HELD_OUT_CONTACT_MIN_RECALL,
                HELD_OUT_OTHER_MIN_PRECISION, HELD_OUT_OTHER_MIN_RECALL}, false,
                "held-out rows (" + HELD_OUT + ", never used for rules or training; precision/recall now)");
    }

    private void recordedColumn(String title, String resource) {
        recordedTitles.add(title);
        recordedColumns.add(recorded(resource));
    }

    /**
     * floors: contact precision, contact recall, other precision, other recall; a development set's misses are
     * printed, a held-out set's only counted.
     */
    private void score(String folder, double[] floors, boolean development, String title) {
        SoftAssertions softly = new SoftAssertions();
        for (String lang : LANGUAGES) {
            Scores.Counts request = new Scores.Counts();
            String file = "contact-request-" + lang + ".tsv";
            for (Corpus.Row row : Corpus.load(folder + "/" + file).rows()) {
                Detection detection = contact.detect(row.text(), ContactRequestCorpusTest.DEFAULT_EXAMPLES);
                add(request, row, row.label().equals("1"), detection.matched(), detection.reason());
            }
            check(softly, folder, file, lang, request, floors[0], floors[1]);

            Scores.Counts admitted = new Scores.Counts();
            file = "bot-fallback-" + lang + ".tsv";
            for (Corpus.Row row : Corpus.load(folder + "/" + file).rows()) {
                Detection detection = fallback.detect(row.text());
                add(admitted, row, row.label().equals("1"), detection.matched(), detection.reason());
            }
            check(softly, folder, file, lang, admitted, floors[2], floors[3]);

            Scores.Counts dissatisfied = new Scores.Counts();
            Scores.Counts resolved = new Scores.Counts();
            file = "customer-feedback-" + lang + ".tsv";
            for (Corpus.Row row : Corpus.load(folder + "/" + file).rows()) {
                FeedbackDetection detection = feedback.classify(row.text());
                String reason = detection.feedback() + " " + detection.reason();
                add(dissatisfied, row, row.label().equals("dissatisfied"),
                        detection.feedback() == Feedback.DISSATISFIED, reason);
                add(resolved, row, row.label().equals("resolved"), detection.feedback() == Feedback.RESOLVED, reason);
            }
            check(softly, folder, file, lang + ":dis", dissatisfied, floors[2], floors[3]);
            check(softly, folder, file, lang + ":res", resolved, floors[2], floors[3]);
        }
        System.out.println(title + "\n" + String.join("\n", table));
        System.out.println("as recorded (file, key, tp, fp, fn, tn, precision, recall):\n"
                + String.join("\n", recordable));
        // Held-out rows are counted, not shown: reading them would make them development data.
        System.out.println("misclassified " + folder + " rows: " + errors.size());
        if (development) {
            errors.forEach(System.out::println);
        }
        softly.assertAll();
    }

    private void add(Scores.Counts counts, Corpus.Row row, boolean expected, boolean actual, String reason) {
        counts.add(expected, actual);
        if (expected != actual) {
            errors.add(String.format(Locale.ROOT, "  %s [%s/%s] %s -> %s", expected ? "FN" : "FP", row.lang(),
                    row.note(), row.text(), reason));
        }
    }

    private void check(SoftAssertions softly, String folder, String file, String key, Scores.Counts counts,
            double minPrecision, double minRecall) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-28s %-7s n=%3d ", file, key,
                counts.total()));
        for (int i = 0; i < recordedColumns.size(); i++) {
            line.append(' ').append(recordedTitles.get(i)).append(' ')
                    .append(recordedColumns.get(i).getOrDefault(file + "|" + key, "-")).append(" |");
        }
        table.add(line.append(String.format(Locale.ROOT, " now %.3f/%.3f", counts.precision(), counts.recall()))
                .toString());
        recordable.add(String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%d\t%d\t%.3f\t%.3f", file, key,
                counts.truePositives, counts.falsePositives, counts.falseNegatives, counts.trueNegatives,
                counts.precision(), counts.recall()));
        softly.assertThat(counts.precision()).as(folder + "/" + file + " " + key + " precision").isGreaterThanOrEqualTo(minPrecision);
        softly.assertThat(counts.recall()).as(folder + "/" + file + " " + key + " recall").isGreaterThanOrEqualTo(minRecall);
    }

    /** file|key to "precision/recall" from a recorded score file (file, key, tp, fp, fn, tn, precision, recall). */
    static Map<String, String> recorded(String resource) {
        Map<String, String> scores = new HashMap<>();
        try (InputStream in = FreshCorpusTest.class.getResourceAsStream("/corpus/" + resource)) {
            if (in == null) {
                return scores;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split("\t");
                if (cells.length == 8) {
                    scores.put(cells[0] + "|" + cells[1], cells[6] + "/" + cells[7]);
                }
            }
            return scores;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
