package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "human,  human",     // identical
            "human,  humen",     // substitution
            "human,  huma",      // deletion at the end
            "human,  uman",      // deletion at the start
            "human,  humman",    // insertion in the middle
            "human,  humanz",    // insertion at the end
            "human,  hmuan",     // adjacent swap
            "agent,  agnet",     // adjacent swap
            "person, peson",     // deletion in the middle
            "ab,     ba",        // swap of the only two letters
            "a,      b",
            "'',     a"})        // empty vs one letter
    void words_withinOneEdit_shouldBeClose(String a, String b) {
        assertThat(EditDistance.withinOne(a, b)).isTrue();
        assertThat(EditDistance.withinOne(b, a)).as("symmetric").isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({
            "human,  hmn",       // two deletions
            "human,  humanoid",  // three insertions
            "human,  hyman2",    // substitution and insertion
            "human,  nahum",     // far apart
            "agent,  anegt",     // swap of non-adjacent letters
            "human,  hunam",     // two substitutions
            "person, prseon",    // swap plus another change
            "abc,    cba",       // reversal
            "'',     ab"})
    void words_moreThanOneEditApart_shouldNotBeClose(String a, String b) {
        assertThat(EditDistance.withinOne(a, b)).isFalse();
        assertThat(EditDistance.withinOne(b, a)).as("symmetric").isFalse();
    }
}
