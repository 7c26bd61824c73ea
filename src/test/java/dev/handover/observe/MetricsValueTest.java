package dev.handover.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dimension values: what EMF refuses (blank, non-ASCII, very long) becomes {@code other}, never a lost metric. */
class MetricsValueTest {

    @Test
    void value_shouldKeepPlainIds_andReplaceWhatEmfWouldRefuse() {
        assertThat(Metrics.value("demo-bot")).isEqualTo("demo-bot");
        assertThat(Metrics.value(null)).isEqualTo("other");
        assertThat(Metrics.value("  ")).isEqualTo("other");
        assertThat(Metrics.value("bot-é")).isEqualTo("other");
        assertThat(Metrics.value("x".repeat(300))).isEqualTo("other");
    }
}
