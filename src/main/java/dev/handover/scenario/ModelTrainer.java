package dev.handover.scenario;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Trains the detectors' linear models at build time (Maven's process-classes phase) from the labelled corpus:
 * {@code <corpus>/<kind>.tsv} and the development batches' {@code <kind>-*.tsv} its task lists ({@code fresh/} for
 * both, {@code fresh2/} for the feedback model too), never {@code fresh5/} (a development set for the rules only)
 * nor a held-out batch such as {@code fresh6/}. Deterministic: the same corpus gives the same bytes. Arguments: the corpus folder and the output folder.
 */
public final class ModelTrainer {

    /** What each model learns: its name, the corpus it reads and the label it learns to recognise. */
    record Task(String model, String corpus, String positiveLabel, List<String> batches) {
    }

    // fresh2/'s feedback rows joined the training data once that batch became a development set; its fallback rows
    // were already all right with the rules and stay out, so the fallback model is the one that was measured.
    static final List<Task> TASKS = List.of(
            new Task(BotFallbackDetector.MODEL, "bot-fallback", "1", List.of("fresh")),
            new Task(FeedbackDetector.MODEL, "customer-feedback", "dissatisfied", List.of("fresh", "fresh2")));

    // Chosen by 5-fold cross-validation on the training rows (rules plus model, threshold 0.9): strong L2 keeps the
    // probabilities calibrated, so "0.9" means sure; weaker settings overfit and fired on ordinary answers.
    private static final int EPOCHS = 5;
    private static final double LEARNING_RATE = 0.05;
    private static final double L2 = 1e-2;
    private static final long SEED = 42;

    /** One labelled row as the trainer sees it: the features of its normalised text, 1 for the positive label. */
    record Example(int[] features, int label) {

        static Example of(String text, boolean positive) {
            return new Example(NgramFeatures.of(TextNormalizer.normalize(text)), positive ? 1 : 0);
        }
    }

    private ModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ModelTrainer <corpus folder> <output folder>");
        }
        Path corpus = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        for (Task task : TASKS) {
            List<Example> examples = examples(corpus, task);
            LinearModel model = train(examples);
            try (OutputStream out = Files.newOutputStream(output.resolve(task.model() + ".bin"))) {
                model.write(out);
            }
            System.out.printf("[model] %s: trained on %d rows%n", task.model(), examples.size());
        }
    }

    private static List<Example> examples(Path corpus, Task task) throws IOException {
        List<Path> files = new ArrayList<>(List.of(corpus.resolve(task.corpus() + ".tsv")));
        for (String batch : task.batches()) {
            try (Stream<Path> fresh = Files.list(corpus.resolve(batch))) {
                fresh.filter(file -> file.getFileName().toString().startsWith(task.corpus() + "-"))
                        .sorted().forEach(files::add);
            }
        }
        List<Example> examples = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                if (cells.length >= 2 && !cells[1].isBlank()) {
                    examples.add(Example.of(cells[1], cells[0].equals(task.positiveLabel())));
                }
            }
        }
        return examples;
    }

    /** Plain stochastic gradient descent on the log loss, with L2 on the weights a row touches. */
    static LinearModel train(List<Example> examples) {
        double[] weights = new double[NgramFeatures.DIMENSION];
        double bias = 0;
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (Example example : order) {
                double score = bias;
                for (int feature : example.features()) {
                    score += weights[feature];
                }
                double gradient = 1 / (1 + Math.exp(-score)) - example.label();
                for (int feature : example.features()) {
                    weights[feature] -= LEARNING_RATE * (gradient + L2 * weights[feature]);
                }
                bias -= LEARNING_RATE * gradient;
            }
        }
        TreeMap<Integer, Float> kept = new TreeMap<>();
        for (int feature = 0; feature < weights.length; feature++) {
            if (weights[feature] != 0) {
                kept.put(feature, (float) weights[feature]);
            }
        }
        int[] features = kept.keySet().stream().mapToInt(Integer::intValue).toArray();
        float[] values = new float[features.length];
        int i = 0;
        for (float value : kept.values()) {
            values[i++] = value;
        }
        return new LinearModel(features, values, (float) bias);
    }
}
