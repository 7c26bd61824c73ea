package dev.handover.config;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;

import dev.handover.config.LocalizedText.Text;
import dev.handover.scenario.lang.LanguageRules;
import dev.handover.scenario.lang.Languages;

/**
 * Reads a field that holds "a text, or texts by language code with a {@code default}" ({@code finalMessage},
 * {@code noReplyMessage}, {@code businessHours.afterHoursMessage}) into a {@link LocalizedText}. Problems are
 * reported as (field, rule) pairs, so that start-up lists all of them with the bot's name.
 */
final class LocalizedTextReader {

    /** The language codes a text may be given under: those the detection guesses a message to be in. */
    static final List<String> CODES = Languages.ALL.stream().map(LanguageRules::code).toList();
    private static final Set<String> LANGUAGES = Set.copyOf(CODES);
    private static final String DEFAULT = "default";

    /**
     * What a field allows beyond a non-blank text.
     *
     * @param blankSendsNone a blank text (the plain one, or the {@code default}) means nothing is sent; otherwise
     *        it is refused
     * @param placeholder the one placeholder its texts may hold; empty when the field has no placeholders and any
     *        braces are plain text
     */
    record Rules(boolean blankSendsNone, Optional<String> placeholder) {

        /** A message the customer may be sent or not, with no placeholder. */
        static final Rules OPTIONAL_MESSAGE = new Rules(true, Optional.empty());
    }

    private LocalizedTextReader() {
    }

    /** Whether the field is written at all (an explicit null counts as not written). */
    static boolean given(JsonNode node) {
        return node != null && !node.isNull();
    }

    /**
     * @param absent the text when the field is not written
     * @return the texts; empty when the field is broken (its problems told)
     */
    static Optional<LocalizedText> read(JsonNode node, String field, String absent, Rules rules,
            BiConsumer<String, String> problems) {
        if (!given(node)) {
            return Optional.of(LocalizedText.of(absent));
        }
        if (node.isTextual()) {
            if (rules.blankSendsNone() && node.asText().isBlank()) {
                return Optional.of(LocalizedText.NONE);
            }
            return text(node, field, rules, problems) ? Optional.of(LocalizedText.of(node.asText())) : Optional.empty();
        }
        if (!node.isObject()) {
            problems.accept(field, "must be a text, or texts by language code (en, es, ...) with a default");
            return Optional.empty();
        }
        return byLanguage(node, field, rules, problems);
    }

    private static Optional<LocalizedText> byLanguage(JsonNode node, String field, Rules rules,
            BiConsumer<String, String> problems) {
        boolean valid = true;
        Map<String, Text> texts = new HashMap<>();
        Optional<Text> fallback = Optional.empty();
        var fields = node.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (DEFAULT.equals(key) && rules.blankSendsNone() && value.isTextual() && value.asText().isBlank()) {
                continue;
            }
            if (!text(value, field + "." + key, rules, problems)) {
                valid = false;
            } else if (DEFAULT.equals(key)) {
                fallback = Optional.of(LocalizedText.guessed(value.asText()));
            } else if (LANGUAGES.contains(key)) {
                texts.put(key, new Text(value.asText(), Locale.forLanguageTag(key)));
            } else {
                problems.accept(field + "." + key, "is not a language the detection guesses ("
                        + String.join(", ", CODES) + ") nor default");
                valid = false;
            }
        }
        if (!node.has(DEFAULT)) {
            problems.accept(field + ".default", "is required: the message for customers of any other language");
            valid = false;
        }
        return valid ? Optional.of(new LocalizedText(texts, fallback)) : Optional.empty();
    }

    private static boolean text(JsonNode value, String field, Rules rules, BiConsumer<String, String> problems) {
        if (!value.isTextual() || value.asText().isBlank()) {
            problems.accept(field, "must be a non-blank text");
            return false;
        }
        if (rules.placeholder().isPresent()
                && value.asText().replace(rules.placeholder().get(), "").matches("(?s).*\\{[A-Za-z]+}.*")) {
            problems.accept(field, "has a placeholder other than " + rules.placeholder().get());
            return false;
        }
        return true;
    }
}
