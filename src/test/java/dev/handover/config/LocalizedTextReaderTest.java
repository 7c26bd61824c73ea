package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * "A text, or texts by language code with a default", as {@link LocalizedTextReader} reads it for the closing, the
 * no-reply and the after-hours message: both forms, what a blank text means, and every problem named by its field.
 */
class LocalizedTextReaderTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final LocalizedTextReader.Rules AFTER_HOURS = new LocalizedTextReader.Rules(false,
            Optional.of("{nextOpening}"));

    final List<String> problems = new ArrayList<>();

    @Test
    void notWritten_shouldGiveTheFieldsDefaultToEveryone() {
        LocalizedText absent = read(null, LocalizedTextReader.Rules.OPTIONAL_MESSAGE).orElseThrow();

        assertThat(absent).isEqualTo(LocalizedText.of("The usual words for everyone."));
        assertThat(absent.textIn("es")).contains("The usual words for everyone.");
        assertThat(read(YAML.nullNode(), LocalizedTextReader.Rules.OPTIONAL_MESSAGE)).contains(absent);
    }

    @Test
    void oneText_shouldBeSentInEveryLanguage_writtenInTheLanguageItReadsAs() {
        LocalizedText one = read(yaml("'Gracias, una persona del equipo te escribirá muy pronto.'"),
                LocalizedTextReader.Rules.OPTIONAL_MESSAGE).orElseThrow();

        assertThat(one.textIn("nl")).contains("Gracias, una persona del equipo te escribirá muy pronto.");
        assertThat(one.in("und").orElseThrow().locale()).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(problems).isEmpty();
    }

    @Test
    void textsByLanguage_shouldGiveEachLanguageItsOwn_andTheOthersTheDefault() {
        LocalizedText texts = read(yaml("{default: 'A person will write soon.', es: 'Una persona te escribirá.', "
                + "de: 'Jemand meldet sich.'}"), LocalizedTextReader.Rules.OPTIONAL_MESSAGE).orElseThrow();

        assertThat(texts.textIn("es")).contains("Una persona te escribirá.");
        assertThat(texts.in("de").orElseThrow().locale()).isEqualTo(Locale.GERMAN);
        assertThat(texts.textIn("nl")).contains("A person will write soon.");
        assertThat(texts.textIn("und")).contains("A person will write soon.");
        assertThat(problems).isEmpty();
    }

    @Test
    void blankText_shouldSendNone_whereTheFieldAllowsNone() {
        assertThat(read(yaml("'  '"), LocalizedTextReader.Rules.OPTIONAL_MESSAGE)).contains(LocalizedText.NONE);

        LocalizedText onlySpanish = read(yaml("{default: '', es: 'Te escribimos pronto.'}"),
                LocalizedTextReader.Rules.OPTIONAL_MESSAGE).orElseThrow();
        assertThat(onlySpanish.textIn("es")).contains("Te escribimos pronto.");
        assertThat(onlySpanish.in("fr")).isEmpty();
        assertThat(onlySpanish.isEmpty()).isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void blankText_shouldBeRefused_whereSomethingMustBeSaid() {
        assertThat(read(yaml("''"), AFTER_HOURS)).isEmpty();
        assertThat(read(yaml("{default: ' '}"), AFTER_HOURS)).isEmpty();

        assertThat(problems).containsExactly("message must be a non-blank text", "message.default must be a "
                + "non-blank text");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a number            | 42                                  | message must be a text, or texts by language code (en, es, ...) with a default",
        "a list              | [hello, hola]                       | message must be a text, or texts by language code (en, es, ...) with a default",
        "no default          | {es: 'Hola'}                        | message.default is required: the message for customers of any other language",
        "unknown language    | {default: 'Hi', ja: 'Konnichiwa'}   | message.ja is not a language the detection guesses (en, es, pt, fr, de, it, nl) nor default",
        "region, not a code  | {default: 'Hi', es-MX: 'Hola'}      | message.es-MX is not a language the detection guesses (en, es, pt, fr, de, it, nl) nor default",
        "blank language text | {default: 'Hi', fr: ''}             | message.fr must be a non-blank text",
        "nested texts        | {default: 'Hi', it: {a: 'Ciao'}}    | message.it must be a non-blank text"})
    void brokenTexts_shouldBeRefusedNamingTheField(String rule, String value, String problem) {
        assertThat(read(yaml(value), LocalizedTextReader.Rules.OPTIONAL_MESSAGE)).isEmpty();

        assertThat(problems).containsExactly(problem);
    }

    @Test
    void placeholders_shouldBeCheckedOnlyWhereTheFieldHasThem() {
        assertThat(read(yaml("{default: 'Back {nextOpening}', pt: 'Voltamos {amanha}'}"), AFTER_HOURS)).isEmpty();
        assertThat(problems).containsExactly("message.pt has a placeholder other than {nextOpening}");

        assertThat(read(yaml("'Your case {urgent} is with the team.'"), LocalizedTextReader.Rules.OPTIONAL_MESSAGE)
                .orElseThrow().textIn("en")).contains("Your case {urgent} is with the team.");
    }

    private Optional<LocalizedText> read(JsonNode node, LocalizedTextReader.Rules rules) {
        return LocalizedTextReader.read(node, "message", "The usual words for everyone.", rules,
                (field, rule) -> problems.add(field + " " + rule));
    }

    private static JsonNode yaml(String value) {
        try {
            return YAML.readTree("message: " + value).get("message");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
