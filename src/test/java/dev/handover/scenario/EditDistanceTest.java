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

    @ParameterizedTest(name = "{0} ~2 {1}: {2}")
    @CsvSource({
            "representative, repersentative, true",   // one swap
            "representative, reprsentativ,   true",   // two deletions
            "representative, represantetive, true",   // two substitutions
            "representative, rprsntative,    false",  // three deletions
            "receptionist,   recepshunist,   false",  // three edits
            "supervisor,     supervisor,     true",
            "a,              abc,            true",
            "'',             abc,            false"})
    void within_twoEdits_shouldCountSwapsAsOne(String a, String b, boolean close) {
        assertThat(EditDistance.within(a, b, 2)).isEqualTo(close);
        assertThat(EditDistance.within(b, a, 2)).as("symmetric").isEqualTo(close);
    }
}
