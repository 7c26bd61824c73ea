package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The named examples, one per row, with the decision and the start of its reason. */
class ContactRequestDetectorTest {

    private static final List<String> DEFAULT_EXAMPLES = ContactRequestCorpusTest.DEFAULT_EXAMPLES;

    private final ContactRequestDetector detector = new ContactRequestDetector();

    static Stream<Arguments> namedExamples() {
        return Stream.of(
                // bare requests
                arguments("agent", true, "rule:en:bare+agent"),
                arguments("human please", true, "rule:en:bare+human"),
                arguments("representative!!", true, "rule:en:bare+representative"),
                // polite and indirect forms
                arguments("is there anyone I could speak with?", true, "rule:en:i-can-talk+anyone"),
                arguments("can I get a real person on the line", true, "rule:en:get+person"),
                arguments("Could someone call me back?", true, "rule:en:callback+someone"),
                arguments("Seriously, is there no one I can talk to?", true, "rule:en:no-one-to-talk-to"),
                // normalisation: case, accents, emoji, repeated letters, chat spellings, one typo
                arguments("HUMAAAAN 😡", true, "rule:en:bare+human"),
                arguments("pls get me a hooman", true, "rule:en:get+human"),
                arguments("real ppl pls", true, "rule:en:bare+people"),
                arguments("I want to talk to a humna", true, "rule:en:talk-to+human"),
                arguments("Pásame con un agente, por favor", true, "rule:es:pasar-con+agente"),
                // negation scope
                arguments("I don't need a human, just the price", false, "negated:en"),
                arguments("I don't want the FAQ, I want a person", true, "rule:en:want+person"),
                // questions about the bot's nature
                arguments("are you a real person?", false, "bot-nature:en"),
                arguments("Are you a bot? If so I'd like a real person", true, "rule:en:want+person"),
                // other senses of the words
                arguments("Do you have a human resources email?", false, "other-sense:en"),
                arguments("My browser's user agent blocks your page", false, "other-sense:en"),
                arguments("the delivery person was late", false, "other-sense:en"),
                arguments("I need to talk to my husband first", false, "no-request"),
                // a person wanted for a service, not for a conversation
                arguments("I need someone to fix my sink", false, "no-request"),
                arguments("can I bring someone with me", false, "no-request"),
                arguments("I need someone to help me with my bill", true, "rule:en:want+someone"),
                arguments("connect me to support", true, "rule:en:connect+support"),
                arguments("Tem alguém aí para me atender?", true, "rule:pt:"),
                arguments("o técnico veio para me atender ontem", false, "no-request"),
                // conditions, quotes, preferences
                arguments("If I need a person later, how do I reach one?", false, "hypothetical:en"),
                arguments("My son typed agent by mistake, ignore that", false, "quoted:en"),
                arguments("I'd rather chat here than talk to a person", false, "comparative:en"),
                // the other supported languages
                arguments("Quiero hablar con una persona", true, "rule:es:hablar-con+persona"),
                arguments("Quero falar com um atendente", true, "rule:pt:falar-com+atendente"),
                arguments("Je veux parler à un conseiller", true, "rule:fr:parler-a+conseiller"),
                arguments("Ich möchte mit einem Mitarbeiter sprechen", true, "rule:de:mit-sprechen+mitarbeiter"),
                arguments("No necesito hablar con nadie, solo el precio", false, "no-request"),
                arguments("Vous êtes un robot ?", false, "bot-nature:fr"),
                arguments("I need help from a person with my order", true, "rule:en:help-from+person"),
                // ignorance or inability framed as a negation is still a request; the wish itself negated is not
                arguments("I don't know how to reach a real person here", true, "rule:en:reach+person"),
                arguments("i cant get through to anyone, connect me", true, "rule:en:"),
                arguments("I don't want to talk to a person", false, "negated:en"),
                // glued words, two typos in a long word, a dropped letter
                arguments("can i talk toa person", true, "rule:en:talk-to+person"),
                arguments("let me speak to a repersentetive", true, "rule:en:talk-to+representative"),
                arguments("can I chat with a staf member", true, "rule:en:talk-to+staff-member"),
                // departments, and a role asked for with please
                arguments("transfer me to accounts receivable", true, "rule:en:connect+accounts-receivable"),
                arguments("the parts department please", true, "rule:en:role-please+parts-department"),
                // questions about hours, numbers, or whether a person is needed
                arguments("what time can I call customer service?", false, "contact-info:en"),
                arguments("do I need to speak to someone to cancel?", false, "contact-info:en"),
                arguments("what is the customer service number", false, "other-sense:en"),
                // the bot's example phrases, when no rule knows the wording
                arguments("I need help right now from a person", true, "example:need help from person"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("namedExamples")
    void detect_namedExample_shouldDecideWithReason(String text, boolean request, String reasonPrefix) {
        Detection detection = detector.detect(text, DEFAULT_EXAMPLES);

        assertThat(detection.matched()).as(text + " (" + detection.reason() + ")").isEqualTo(request);
        assertThat(detection.reason()).startsWith(reasonPrefix);
    }

    @Test
    void detect_unsupportedLanguage_shouldMatchOnlyThroughConfiguredExamples() {
        String polish = "Chcę porozmawiać z konsultantem";
        String swedish = "Jag vill prata med en handläggare";

        assertThat(detector.detect(polish, DEFAULT_EXAMPLES).matched()).isFalse();
        assertThat(detector.detect(swedish, DEFAULT_EXAMPLES).matched()).isFalse();
        assertThat(detector.detect(polish, List.of("porozmawiać z konsultantem")).reason())
                .isEqualTo("example:porozmawiać z konsultantem");
        assertThat(detector.detect(swedish, List.of("prata med handläggare")).reason())
                .isEqualTo("example:prata med handläggare");
    }

    @Test
    void detect_dutch_shouldUseItsOwnRules() {
        assertThat(detector.detect("Ik wil graag met een medewerker spreken", List.of()).reason())
                .startsWith("rule:nl:");
        assertThat(detector.detect("Ik wil niet met een medewerker spreken", List.of()).matched()).isFalse();
    }

    @Test
    void detect_examplePhraseUnderNegation_shouldNotMatch() {
        Detection detection = detector.detect("I don't want to speak to a human", List.of("speak to human"));

        assertThat(detection.matched()).isFalse();
    }

    @Test
    void detect_sameInputTwice_shouldGiveTheSameDecision() {
        String text = "hellooo is there a persoooon I can talk to";

        assertThat(detector.detect(text, DEFAULT_EXAMPLES)).isEqualTo(detector.detect(text, DEFAULT_EXAMPLES));
    }
}
