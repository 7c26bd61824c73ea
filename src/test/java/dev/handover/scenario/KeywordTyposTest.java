package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Long key words are corrected one typo away; short ones and known words are left alone. */
class KeywordTyposTest {

    private final KeywordTypos typos = new KeywordTypos(List.of("ridiculous", "unacceptable", "furious"),
            List.of("ridiculousness"));

    @Test
    void longKeywordOneTypoAway_shouldBeCorrected() {
        assertThat(typos.apply("this is ridiculus")).isEqualTo("this is ridiculous");
        assertThat(typos.apply("totally unacceptible service")).isEqualTo("totally unacceptable service");
    }

    @Test
    void shortKeyword_shouldNotBeCorrected() {
        // "furious" is under the minimum length: "curious" must not turn angry.
        assertThat(typos.apply("i am curious about the price")).isEqualTo("i am curious about the price");
        assertThat(typos.apply("im furius")).isEqualTo("im furius");
    }

    @Test
    void knownWordOrTwoEditsAway_shouldBeLeftAlone() {
        assertThat(typos.apply("ridiculousness")).isEqualTo("ridiculousness");
        assertThat(typos.apply("ridiculously")).isEqualTo("ridiculously");
    }
}
