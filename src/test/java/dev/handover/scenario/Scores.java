package dev.handover.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Precision, recall and F1 of one binary decision, overall and per language, with the misclassified rows. */
final class Scores {

    /** Misclassified rows printed, enough to guide a maintainer without flooding the build log. */
    private static final int MAX_PRINTED_ERRORS = 40;

    static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;
        int trueNegatives;

        void add(boolean expected, boolean actual) {
            if (expected && actual) {
                truePositives++;
            } else if (actual) {
                falsePositives++;
            } else if (expected) {
                falseNegatives++;
            } else {
                trueNegatives++;
            }
        }

        double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 1.0 : (double) truePositives / predicted;
        }

        double recall() {
            int actual = truePositives + falseNegatives;
            return actual == 0 ? 1.0 : (double) truePositives / actual;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        int total() {
            return truePositives + falsePositives + falseNegatives + trueNegatives;
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-8s n=%4d  precision %.3f  recall %.3f  F1 %.3f  (tp %d fp %d fn %d)",
                    name, total(), precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
        }
    }

    private final String title;
    private final Counts overall = new Counts();
    private final Map<String, Counts> byLanguage = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();

    Scores(String title) {
        this.title = title;
    }

    void add(Corpus.Row row, boolean expected, boolean actual, String reason) {
        overall.add(expected, actual);
        byLanguage.computeIfAbsent(row.lang(), l -> new Counts()).add(expected, actual);
        if (expected != actual) {
            errors.add(String.format(Locale.ROOT, "  %s line %d [%s/%s] %s -> %s", expected ? "FN" : "FP",
                    row.line(), row.lang(), row.note(), row.text(), reason));
        }
    }

    Counts overall() {
        return overall;
    }

    String report() {
        StringBuilder out = new StringBuilder(title).append('\n').append(overall.line("overall")).append('\n');
        byLanguage.forEach((lang, counts) -> out.append(counts.line(lang)).append('\n'));
        out.append("misclassified: ").append(errors.size()).append('\n');
        errors.stream().limit(MAX_PRINTED_ERRORS).forEach(e -> out.append(e).append('\n'));
        if (errors.size() > MAX_PRINTED_ERRORS) {
            out.append("  ... ").append(errors.size() - MAX_PRINTED_ERRORS).append(" more\n");
        }
        return out.toString();
    }
}
