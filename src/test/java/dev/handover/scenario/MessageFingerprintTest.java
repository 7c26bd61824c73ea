package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageFingerprintTest {

    private static final String SALT = "loc-1/conv-1";
    private static final MessageFingerprint FINGERPRINTS = new MessageFingerprint("unit-test-secret-salt");

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "How much does the premium plan cost?       | how much does the PREMIUM plan cost",
            "Can I book a café table for Friday?        | can i book a cafe table for friday!!!",
            "Where is my order number 4711?             | WHERE IS MY ORDER NUMBER 4711",
            "Is the shop open on Sunday?                | Is the shop open on Sunday? Is the shop open?",
            "what time do you open tomorrow             | Tomorrow, what time do you open?"})  // order does not count
    void sameQuestion_differentCasePunctuationOrAccents_shouldBeNearDuplicate(String first, String second) {
        assertThat(nearDuplicate(first, second)).isTrue();
        assertThat(nearDuplicate(second, first)).as("symmetric").isTrue();
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            "How much does the premium plan cost?       | When does the premium plan renew each year?",
            "Can I book a table for Friday?             | Can I cancel my booking for Saturday?",
            "Where is my order?                         | What is your refund policy?"})
    void differentQuestion_reworded_shouldNotBeNearDuplicate(String first, String second) {
        assertThat(nearDuplicate(first, second)).isFalse();
        assertThat(nearDuplicate(second, first)).as("symmetric").isFalse();
    }

    @Test
    void similarity_atSeventyPercent_shouldBeNearDuplicateAndBelowNot() {
        // GIVEN seven words, then the same seven plus three (7/10 shared) or plus four (7/11 shared)
        String seven = "alpha bravo charlie delta echo foxtrot golf";

        assertThat(nearDuplicate(seven, seven + " hotel india juliet")).isTrue();
        assertThat(nearDuplicate(seven, seven + " hotel india juliet kilo")).isFalse();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "hello?               | hello?",
            "price please         | Price, please!",
            "?!                   | ?!",
            "''                   | ''",
            "opening hours        | What are your opening hours today?"})
    void message_withFewerThanThreeWords_shouldNeverBeNearDuplicate(String first, String second) {
        assertThat(nearDuplicate(first, second)).isFalse();
        assertThat(nearDuplicate(second, first)).isFalse();
    }

    @Test
    void fingerprint_shouldHoldHashesAndNoneOfTheWords() {
        String text = "My secret invoice number is 4711, Mr Smith from Zürich";

        String fingerprint = FINGERPRINTS.of(text, SALT);

        List<String> tokens = Arrays.asList(fingerprint.split(" "));
        assertThat(tokens).hasSize(10).allMatch(token -> token.matches("[0-9a-f]{10}"));
        assertThat(tokens).doesNotContainAnyElementsOf(Arrays.asList(TextNormalizer.normalize(text).split(" ")));
        assertThat(fingerprint).doesNotContainIgnoringCase("secret").doesNotContainIgnoringCase("invoice")
                .doesNotContainIgnoringCase("smith").doesNotContainIgnoringCase("zurich");
    }

    @Test
    void fingerprint_sameWords_shouldBeEqualWhateverTheOrderOrRepetition() {
        assertThat(FINGERPRINTS.of("Is the shop open on Sunday?", SALT))
                .isEqualTo(FINGERPRINTS.of("sunday: is THE shop open on, the sunday", SALT));
    }

    @Test
    void fingerprint_otherConversation_shouldHashTheSameWordsDifferently() {
        String question = "Is the shop open on Sunday?";

        assertThat(FINGERPRINTS.of(question, SALT)).isNotEqualTo(FINGERPRINTS.of(question, "loc-1/conv-2"));
    }

    @Test
    void fingerprint_otherSecret_shouldHashTheSameWordsDifferently() {
        String question = "Is the shop open on Sunday?";

        assertThat(FINGERPRINTS.of(question, SALT))
                .isNotEqualTo(new MessageFingerprint("another-deployment-salt").of(question, SALT));
    }

    @Test
    void secret_shorterThanSixteenCharacters_shouldBeRefused() {
        assertThatThrownBy(() -> new MessageFingerprint("short-salt")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 16 characters").hasMessageNotContaining("short-salt");
        assertThatThrownBy(() -> new MessageFingerprint(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MessageFingerprint("                    "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean nearDuplicate(String first, String second) {
        return MessageFingerprint.nearDuplicate(FINGERPRINTS.of(first, SALT), FINGERPRINTS.of(second, SALT));
    }
}
