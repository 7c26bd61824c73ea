package dev.handover.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled TSV corpus from src/test/resources/corpus: a header, then label, text, lang, note per line; the public
 * development set has label, text, source, licence instead, and is English.
 */
record Corpus(List<Row> rows) {

    record Row(int line, String label, String text, String lang, String note) {
    }

    static Corpus load(String name) {
        return load(name, false);
    }

    /** The public development set: its third column is the source, its language English. */
    static Corpus loadDevelopmentSet(String name) {
        return load(name, true);
    }

    private static Corpus load(String name, boolean developmentSet) {
        String resource = "/corpus/" + name;
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line = reader.readLine(); // header
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < 4) {
                    throw new IllegalStateException(resource + ":" + number + " has " + cells.length + " cells");
                }
                rows.add(developmentSet ? new Row(number, cells[0], cells[1], "en", cells[2])
                        : new Row(number, cells[0], cells[1], cells[2], cells[3]));
            }
            return new Corpus(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
