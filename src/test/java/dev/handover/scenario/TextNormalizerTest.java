package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // accents and case
            "Café CRÈME                     | cafe creme",
            "Ich möchte mit einem Menschen sprechen | ich mochte mit einem menschen sprechen",
            "Hablar con alguien del EQUIPO  | hablar con alguien del equipo",
            // emoji and symbols removed
            "I want a human 🙏🙏             | i want a human",
            "👋 agent 🤖 now                | agent now",
            "human###                       | human",
            // letter runs collapsed
            "pleaseee                       | please",
            "Pleeeeease help                | please help",
            "hellooo                        | hello",
            // contractions and chat spellings expanded
            "dont                           | do not",
            "don't                          | do not",
            "don’t                          | do not",
            "I can't                        | i can not",
            "you mustn't                    | you must not",
            "I'm lost                       | i m lost",
            "pls                            | please",
            "plz help                       | please help",
            "ppl                            | people",
            "real ppl pls                   | real people please",
            "hooman                         | human",
            "talk 2 a hooman plsss          | talk 2 a human please",
            "can u get sum1                 | can u get someone",       // "u" is the English table's spelling
            "wanna talk to sb rn            | want to talk to somebody right now",
            // French and Italian elision split into words
            "J'aimerais parler à quelqu'un  | j aimerais parler a quelqu un",
            "l’équipe                       | l equipe",
            "vorrei parlare con l'operatore | vorrei parlare con l operatore",
            // whitespace
            "   lots    of\tspace   here    | lots of space here"})
    void normalize_shouldGiveCanonicalForm(String text, String expected) {
        assertThat(TextNormalizer.normalize(text)).isEqualTo(expected);
    }

    @Test
    void clauses_shouldSplitAtSentencePunctuation() {
        assertThat(TextNormalizer.clauses("No thanks. I want a HUMAN! Now?"))
                .containsExactly("no thanks", "i want a human", "now");
    }

    @Test
    void clauses_shouldSplitAtCommasSemicolonsColonsAndLineBreaks() {
        assertThat(TextNormalizer.clauses("hi, dont want the bot; need: agent\nasap"))
                .containsExactly("hi", "do not want the bot", "need", "agent", "now");
    }

    @Test
    void clauses_shouldSplitAtSpacedDashesButNotHyphens() {
        assertThat(TextNormalizer.clauses("e-mail me - or get a real person — thanks"))
                .containsExactly("e mail me", "or get a real person", "thanks");
    }

    @Test
    void clauses_shouldSplitAtBracketsAndQuotes() {
        assertThat(TextNormalizer.clauses("I said \"human\" (not bot)"))
                .containsExactly("i said", "human", "not bot");
    }

    @Test
    void clauses_negationInOneClause_shouldNotLeakIntoTheNext() {
        assertThat(TextNormalizer.clauses("I don't need help, but I want a person"))
                .containsExactly("i do not need help", "but i want a person");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "...", "?!?!", "🙏🙏🙏", "' ' '", "- - -"})
    void clauses_nothingButPunctuationOrEmoji_shouldBeEmpty(String text) {
        assertThat(TextNormalizer.clauses(text)).isEmpty();
        assertThat(TextNormalizer.normalize(text)).isEmpty();
    }

    @Test
    void normalize_shouldJoinClausesWithOneSpace() {
        assertThat(TextNormalizer.normalize("Hello!!! Agent, please.")).isEqualTo("hello agent please");
    }
}
