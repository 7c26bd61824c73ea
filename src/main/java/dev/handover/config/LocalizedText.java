package dev.handover.config;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.handover.scenario.LanguageGuess;
import dev.handover.scenario.lang.Languages;

/**
 * A text the bot sends the customer, written once or once per language: the customer gets the text of the language
 * their message was guessed to be in, else the default one. Which one is picked depends on the stored language of
 * the episode only, so that every attempt of one handover sends the same words.
 *
 * @param byLanguage the texts given under a language code
 * @param fallback the text for a customer whose language has none of its own; empty sends such a customer nothing
 */
public record LocalizedText(Map<String, Text> byLanguage, Optional<Text> fallback) {

    /** Nothing to send, in any language. */
    public static final LocalizedText NONE = new LocalizedText(Map.of(), Optional.empty());

    /**
     * One text and the locale it is written in (dates and times put into it are written the same way).
     *
     * @param locale the language code the text is given under, or for a default one the language it reads as
     */
    public record Text(String text, Locale locale) {

        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(locale, "locale");
        }
    }

    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
        Objects.requireNonNull(fallback, "fallback");
    }

    /** The same text for every customer; a blank one sends nothing. */
    public static LocalizedText of(String text) {
        return text == null || text.isBlank() ? NONE : new LocalizedText(Map.of(), Optional.of(guessed(text)));
    }

    /** A text without a language key is written in the language it reads as; English when that is unclear. */
    static Text guessed(String text) {
        String language = LanguageGuess.of(text);
        return new Text(text, Locale.forLanguageTag(Languages.UNKNOWN.equals(language) ? "en" : language));
    }

    /** What a customer whose messages read as {@code language} (a code, or {@code und}) is sent, if anything. */
    public Optional<Text> in(String language) {
        Text own = byLanguage.get(language);
        return own != null ? Optional.of(own) : fallback;
    }

    /** The words alone of {@link #in}. */
    public Optional<String> textIn(String language) {
        return in(language).map(Text::text);
    }

    /** Whether no customer is sent anything. */
    public boolean isEmpty() {
        return byLanguage.isEmpty() && fallback.isEmpty();
    }
}
