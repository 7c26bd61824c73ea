package dev.handover.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Reads and checks a bot's pause settings ({@code pauseTag}) from the bots document. */
final class PauseSettingsReader {

    /** Longer tags are surely a mistake; HighLevel's own are short words. */
    static final int MAX_TAG_LENGTH = 64;

    private PauseSettingsReader() {
    }

    /**
     * @param handoverTags the tags the bot's handover actions add: they stay on the contact, so the pause tag, which
     *        comes off when the pause ends, must be another one
     * @param problems told the field and the rule of each problem found
     */
    static PauseSettings read(String pauseTag, List<String> handoverTags, BiConsumer<String, String> problems) {
        if (pauseTag == null) {
            return PauseSettings.NONE;
        }
        String tag = pauseTag.strip();
        Optional<String> rule = tagRule(tag);
        if (rule.isPresent()) {
            problems.accept("pauseTag", rule.get());
            return PauseSettings.NONE;
        }
        String lower = tag.toLowerCase(Locale.ROOT);
        if (handoverTags.stream().anyMatch(other -> other != null && other.strip().toLowerCase(Locale.ROOT).equals(lower))) {
            problems.accept("pauseTag", "'" + tag + "' is also a tag of a handover action; the pause tag is removed "
                    + "when the pause ends, so it must differ from the tags that stay");
            return PauseSettings.NONE;
        }
        return new PauseSettings(Optional.of(tag));
    }

    /** The rule a tag the function adds breaks, if any; HighLevel takes a comma as the end of a tag. */
    static Optional<String> tagRule(String tag) {
        if (tag.isEmpty() || tag.length() > MAX_TAG_LENGTH || tag.contains(",")) {
            return Optional.of("must be 1 to " + MAX_TAG_LENGTH + " characters without a comma (found "
                    + tag.length() + " characters)");
        }
        return Optional.empty();
    }
}
