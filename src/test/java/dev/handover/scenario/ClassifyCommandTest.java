package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The classify command's output lines: one JSON object per input line, strings escaped by hand. */
class ClassifyCommandTest {

    @Test
    void writeDecision_request_shouldPrintScenarioReasonAndLanguage() throws IOException {
        StringWriter out = new StringWriter();

        ClassifyCommand.writeDecision(out, "agent please", Detection.match("rule:en:bare+agent"));

        assertThat(out.toString()).isEqualTo("{\"text\":\"agent please\",\"scenario\":\"contactRequest\","
                + "\"reason\":\"rule:en:bare+agent\",\"lang\":\"en\"}\n");
    }

    @Test
    void writeDecision_specialCharacters_shouldEscapeThem() throws IOException {
        StringWriter out = new StringWriter();

        ClassifyCommand.writeDecision(out, "say \"hi\" \\ tab\there \u0001 😀", Detection.noMatch("no-request"));

        assertThat(out.toString()).isEqualTo("{\"text\":\"say \\\"hi\\\" \\\\ tab\\there \\u0001 😀\","
                + "\"scenario\":null,\"reason\":\"no-request\",\"lang\":\"und\"}\n");
    }

    @Test
    void writeDecision_emptyLine_shouldStillPrintOneObject() throws IOException {
        StringWriter out = new StringWriter();

        ClassifyCommand.writeDecision(out, "", new ContactRequestDetector().detect("", java.util.List.of()));

        assertThat(out.toString()).isEqualTo(
                "{\"text\":\"\",\"scenario\":null,\"reason\":\"no-request\",\"lang\":\"und\"}\n");
    }

    @Test
    void examples_commaSeparated_shouldBeTrimmedAndSkipBlanks() {
        assertThat(ClassifyCommand.examples(" speak to human, ,talk to agent ")).containsExactly("speak to human",
                "talk to agent");
    }
}
