package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build-time models: reproducible from the corpus, byte for byte, and used by the detectors with a reason. */
class LinearModelTest {

    @Test
    void trainer_sameCorpusTwice_shouldWriteTheModelsTheBuildPackaged(@TempDir Path output) throws IOException {
        ModelTrainer.main(new String[] {"src/test/resources/corpus", output.toString()});

        for (ModelTrainer.Task task : ModelTrainer.TASKS) {
            byte[] trained = Files.readAllBytes(output.resolve(task.model() + ".bin"));
            assertThat(trained).as(task.model()).isEqualTo(packaged(task.model()));
        }
    }

    @Test
    void features_sameText_shouldBeTheSameSortedIds() {
        int[] first = NgramFeatures.of("that did not help at all");

        assertThat(NgramFeatures.of("that did not help at all")).isEqualTo(first);
        assertThat(first).isSorted();
        assertThat(java.util.Arrays.stream(first).allMatch(id -> id >= 0 && id < NgramFeatures.DIMENSION)).isTrue();
        assertThat(NgramFeatures.of("")).hasSize(1); // the padded empty text's one bigram
    }

    @Test
    void probability_featuresAcrossBuckets_shouldSumTheWeightsOfTheFeaturesTheTextHolds() {
        int[] text = NgramFeatures.of("did it help or not");
        // Every other distinct feature of the text, plus the two ends of the id space; repeats count each time.
        int[] ids = java.util.stream.IntStream.concat(java.util.stream.IntStream.of(0, NgramFeatures.DIMENSION - 1),
                java.util.Arrays.stream(text).distinct().filter(id -> id % 2 == 0)).distinct().sorted().toArray();
        float[] weights = new float[ids.length];
        for (int i = 0; i < ids.length; i++) {
            weights[i] = (i % 5 - 2) * 0.375f;
        }
        double score = -0.5;
        int matched = 0;
        for (int feature : text) {
            int index = java.util.Arrays.binarySearch(ids, feature);
            if (index >= 0) {
                score += weights[index];
                matched++;
            }
        }
        assertThat(matched).isGreaterThan(10);
        assertThat(new LinearModel(ids, weights, -0.5f).probability("did it help or not"))
                .isEqualTo(1 / (1 + Math.exp(-score)));
        assertThat(new LinearModel(new int[0], new float[0], 0f).probability("anything")).isEqualTo(0.5);
    }

    @Test
    void detectors_modelDecision_shouldSaySoInTheReason() {
        // Worded outside every phrase; the rules call it an answer, the model is sure it is an admission.
        Detection fallback = new BotFallbackDetector().detect("Hmm, pricing for that isn't something my notes cover.");

        assertThat(fallback.reason()).matches("fallback:model:[01]\\.\\d\\d");
        assertThat(new BotFallbackDetector().detect("We open at 9 on Saturdays.").reason()).isEqualTo("answer");
        assertThat(new FeedbackDetector().classify("and what about Sunday?").feedback()).isEqualTo(Feedback.NEUTRAL);
    }

    private static byte[] packaged(String model) throws IOException {
        try (InputStream in = LinearModel.class.getResourceAsStream("/models/" + model + ".bin")) {
            assertThat(in).as("model " + model + " on the classpath").isNotNull();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
