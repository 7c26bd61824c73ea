package dev.handover.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The whole part of a mark, read without a BigDecimal on the claim's path, is the one a BigDecimal reads. */
class MarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"1733100000.1234567891", "-1733100000", "0.0000000011", "1733100000", "-1.5",
            "1.5E3", "123456789012345678.25", "12345678901234567890.5", "-0", "7E-3"})
    void whole_shouldReadWhatABigDecimalReads(String number) {
        assertThat(Mark.whole(number)).isEqualTo(new BigDecimal(number).longValue());
        assertThat(Mark.whole(AttributeValue.fromN(number))).contains(new BigDecimal(number).longValue());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 1733100000L, 1733100000123L})
    void of_shouldKeepItsWholePartAndEndInOne(long whole) {
        String mark = Mark.of(whole);

        assertThat(Mark.whole(mark)).isEqualTo(whole);
        assertThat(mark).endsWith("1");
        assertThat(Mark.same(AttributeValue.fromN(mark), mark)).isTrue();
        assertThat(Mark.same(AttributeValue.fromN(mark), Mark.of(whole))).isFalse();
    }
}
