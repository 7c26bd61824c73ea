package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The models are trained and scored on {@link NgramFeatures#of}, which hashes the grams in place: its ids must be
 * exactly those of hashing each gram as a string, or a model trained with one would be scored with another.
 */
class NgramFeaturesTest {

    @Test
    void everyCorpusText_shouldGetTheIdsOfItsGramsHashedAsStrings() {
        List<String> texts = new ArrayList<>(List.of("", "a", "ab", "ça va? 😀 no  double", "x".repeat(700)));
        Stream.of("contact-request.tsv", "customer-feedback.tsv", "bot-fallback.tsv", "frustration.tsv")
                .flatMap(file -> Corpus.load(file).rows().stream())
                .forEach(row -> texts.add(TextNormalizer.normalize(row.text())));
        assertThat(texts).hasSizeGreaterThan(1000);
        for (String text : texts) {
            assertThat(NgramFeatures.of(text)).as(text).containsExactly(byStrings(text));
        }
    }

    /** The definition, gram by gram. */
    private static int[] byStrings(String normalized) {
        String text = normalized.length() > 600 ? normalized.substring(0, 600) : normalized;
        String padded = " " + text + " ";
        String[] words = text.isEmpty() ? new String[0] : text.split(" ");
        List<Integer> ids = new ArrayList<>();
        for (int length = 2; length <= 5; length++) {
            for (int start = 0; start + length <= padded.length(); start++) {
                ids.add(Math.floorMod(padded.substring(start, start + length).hashCode() * 31 + length,
                        NgramFeatures.DIMENSION));
            }
        }
        for (int i = 0; i < words.length; i++) {
            ids.add(Math.floorMod(("w" + words[i]).hashCode(), NgramFeatures.DIMENSION));
            if (i + 1 < words.length) {
                ids.add(Math.floorMod(("b" + words[i] + " " + words[i + 1]).hashCode(), NgramFeatures.DIMENSION));
            }
        }
        int[] result = ids.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(result);
        return result;
    }
}
