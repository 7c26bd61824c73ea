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
                + "\"scenario\":null,\"reason\":\"no-request\",\"lang\":\"en\"}\n");
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

    @Test
    void classifier_asBot_shouldPrintLackOfInformationOrNull() throws IOException {
        StringWriter out = new StringWriter();
        ClassifyCommand.LineClassifier classifier = ClassifyCommand.classifier(new String[] {"--as", "bot"});

        classifier.write(out, "I don't have that information, sorry.");
        classifier.write(out, "We open at 9 on Saturdays.");

        assertThat(out.toString()).isEqualTo("{\"text\":\"I don't have that information, sorry.\","
                + "\"scenario\":\"lackOfInformation\",\"reason\":\"fallback:en:no-info\",\"lang\":\"en\"}\n"
                + "{\"text\":\"We open at 9 on Saturdays.\",\"scenario\":null,\"reason\":\"answer\",\"lang\":\"en\"}\n");
    }

    @Test
    void classifier_asReply_shouldPrintTheFeedback() throws IOException {
        StringWriter out = new StringWriter();
        ClassifyCommand.LineClassifier classifier = ClassifyCommand.classifier(new String[] {"--as", "reply"});

        classifier.write(out, "that didn't help");
        classifier.write(out, "that worked, thanks!");
        classifier.write(out, "and what about Sunday?");

        assertThat(out.toString().lines().toList()).containsExactly(
                "{\"text\":\"that didn't help\",\"feedback\":\"dissatisfied\","
                        + "\"reason\":\"dissatisfied:en:did-not-help\",\"lang\":\"en\"}",
                "{\"text\":\"that worked, thanks!\",\"feedback\":\"resolved\","
                        + "\"reason\":\"resolved:en:worked\",\"lang\":\"en\"}",
                "{\"text\":\"and what about Sunday?\",\"feedback\":\"neutral\","
                        + "\"reason\":\"neutral:question\",\"lang\":\"en\"}");
    }

    @Test
    void classifier_asFrustration_shouldPrintTheScenarioOrNull() throws IOException {
        StringWriter out = new StringWriter();
        ClassifyCommand.LineClassifier classifier = ClassifyCommand.classifier(new String[] {"--as", "frustration"});

        classifier.write(out, "you are completely useless");
        classifier.write(out, "that didn't help");

        assertThat(out.toString().lines().toList()).containsExactly(
                "{\"text\":\"you are completely useless\",\"scenario\":\"frustration\","
                        + "\"reason\":\"frustration:insult:en:you-are\",\"lang\":\"en\"}",
                "{\"text\":\"that didn't help\",\"scenario\":null,\"reason\":\"calm:dissatisfied\","
                        + "\"lang\":\"en\"}");
    }

    @Test
    void classifier_unknownMode_shouldBeRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ClassifyCommand.classifier(new String[] {"--as", "robot"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer, bot, reply or frustration");
    }

    @Test
    void messages_givenAfterTheOptions_shouldBeClassifiedInsteadOfStdin() {
        assertThat(ClassifyCommand.messages(new String[] {"--as", "bot", "first", "--second"}))
                .containsExactly("first", "--second");
        assertThat(ClassifyCommand.messages(new String[] {"I want a person"})).containsExactly("I want a person");
        assertThat(ClassifyCommand.messages(new String[] {"--as", "reply"})).isEmpty();
    }

    @Test
    void options_unknownOrIncomplete_shouldBeRefusedNamingTheOptions() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ClassifyCommand.messages(new String[] {"--lang", "de", "hallo"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--as customer|bot|reply|frustration");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ClassifyCommand.classifier(new String[] {"--as"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer, bot, reply or frustration");
    }
}
