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
