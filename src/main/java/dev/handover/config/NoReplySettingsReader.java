package dev.handover.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import dev.handover.config.BotsDocument.Action;
import dev.handover.config.NoReplySettings.OnNoReply;
import dev.handover.scenario.lang.Languages;

/**
 * Reads and checks what a handover action does when nobody answers ({@code humanResponseTimeout} and the fields that
 * go with it). Each rule names the field, so that a start-up refused for it says what to change.
 */
final class NoReplySettingsReader {

    /** A person answering after this is not an answer to the handover; a longer timeout is a mistake of unit. */
    static final Duration MAX_TIMEOUT = Duration.ofDays(30);
    /** Every language an episode may be in: those the detection guesses, and none recognised. */
    private static final List<String> LOOKED_AT = Stream.concat(LocalizedTextReader.CODES.stream(),
            Stream.of(Languages.UNKNOWN)).toList();

    private NoReplySettingsReader() {
    }

    /**
     * @param pause the action's pause: {@link Duration#ZERO} for none, empty for until resumed
     * @param finalMessage the action's closing message, in each language it sends one
     * @param problems told the field and the rule of each problem found
     */
    static Optional<NoReplySettings> read(Action action, Optional<Duration> pause, LocalizedText finalMessage,
            BiConsumer<String, String> problems) {
        if (action.humanResponseTimeout() == null) {
            List<String> orphans = new ArrayList<>();
            addIf(orphans, action.humanResponseTimeoutUnit() != null, "humanResponseTimeoutUnit");
            addIf(orphans, action.onNoReply() != null, "onNoReply");
            addIf(orphans, LocalizedTextReader.given(action.noReplyMessage()), "noReplyMessage");
            addIf(orphans, action.escalateToUserId() != null, "escalateToUserId");
            addIf(orphans, action.escalationTag() != null, "escalationTag");
            if (!orphans.isEmpty()) {
                problems.accept("humanResponseTimeout", "is required by " + String.join(", ", orphans)
                        + ": without it nobody's reply is waited for");
            }
            return Optional.empty();
        }
        Optional<Duration> timeout = timeout(action, problems);
        Optional<OnNoReply> onNoReply = action.onNoReply() == null ? Optional.of(OnNoReply.RESUME)
                : OnNoReply.fromId(action.onNoReply());
        if (onNoReply.isEmpty()) {
            problems.accept("onNoReply", "'" + action.onNoReply() + "' is not resume or escalate");
        }
        if (timeout.isEmpty() || onNoReply.isEmpty()) {
            return Optional.empty();
        }
        return onNoReply.get() == OnNoReply.RESUME ? resume(action, timeout.get(), pause, finalMessage, problems)
                : escalate(action, timeout.get(), problems);
    }

    private static Optional<NoReplySettings> resume(Action action, Duration timeout, Optional<Duration> pause,
            LocalizedText finalMessage, BiConsumer<String, String> problems) {
        boolean valid = true;
        if (action.escalateToUserId() != null || action.escalationTag() != null) {
            problems.accept("onNoReply", "is resume, so escalateToUserId and escalationTag would never be used; "
                    + "set onNoReply: escalate for them");
            valid = false;
        }
        if (pause.filter(Duration::isZero).isPresent()) {
            problems.accept("humanResponseTimeout", "with onNoReply: resume needs the action to pause the bot "
                    + "(its sleepTime is 0, so there is no pause to end)");
            valid = false;
        } else if (pause.filter(length -> timeout.compareTo(length) >= 0).isPresent()) {
            problems.accept("humanResponseTimeout", "must be shorter than the action's pause (sleepTime), which "
                    + "would otherwise end first");
            valid = false;
        }
        Optional<LocalizedText> message = LocalizedTextReader.read(action.noReplyMessage(), "noReplyMessage",
                NoReplySettings.DEFAULT_MESSAGE, LocalizedTextReader.Rules.OPTIONAL_MESSAGE, problems);
        List<String> same = message.map(texts -> sameTexts(texts, finalMessage)).orElse(List.of());
        if (!same.isEmpty()) {
            problems.accept("noReplyMessage", "must differ from finalMessage" + (same.size() == LOOKED_AT.size()
                    ? "" : " (for customers writing " + String.join(", ", same).replace(Languages.UNKNOWN,
                            "an unrecognised language") + ")") + ": a repeated send is told "
                    + "from the closing message by its text");
        }
        return valid && message.isPresent() && same.isEmpty() ? Optional.of(new NoReplySettings(timeout,
                OnNoReply.RESUME, message.get(), Optional.empty(), Optional.empty())) : Optional.empty();
    }

    private static Optional<NoReplySettings> escalate(Action action, Duration timeout,
            BiConsumer<String, String> problems) {
        boolean valid = true;
        Optional<String> userId = Optional.ofNullable(action.escalateToUserId()).map(String::strip)
                .filter(id -> !id.isEmpty());
        Optional<String> tag = Optional.ofNullable(action.escalationTag()).map(String::strip);
        Optional<String> badTag = tag.flatMap(PauseSettingsReader::tagRule);
        if (badTag.isPresent()) {
            problems.accept("escalationTag", badTag.get());
            valid = false;
        }
        if (userId.isEmpty() && tag.isEmpty()) {
            problems.accept("onNoReply", "is escalate, which needs escalateToUserId, escalationTag or both");
            valid = false;
        }
        if (LocalizedTextReader.given(action.noReplyMessage())) {
            problems.accept("noReplyMessage", "is sent only with onNoReply: resume; an escalation keeps the bot "
                    + "paused and says nothing to the customer");
            valid = false;
        }
        return valid ? Optional.of(new NoReplySettings(timeout, OnNoReply.ESCALATE, LocalizedText.NONE, userId, tag))
                : Optional.empty();
    }

    private static Optional<Duration> timeout(Action action, BiConsumer<String, String> problems) {
        OptionalLong unit = SleepUnits.seconds(action.humanResponseTimeoutUnit());
        if (unit.isEmpty()) {
            problems.accept("humanResponseTimeoutUnit", "'" + action.humanResponseTimeoutUnit() + "' is not one of "
                    + SleepUnits.NAMES);
            return Optional.empty();
        }
        double seconds = action.humanResponseTimeout() * unit.getAsLong();
        if (!(seconds >= 1) || seconds > MAX_TIMEOUT.toSeconds()) {
            problems.accept("humanResponseTimeout", "must be 1 second to " + MAX_TIMEOUT.toDays() + " days (found "
                    + action.humanResponseTimeout() + " " + (action.humanResponseTimeoutUnit() == null ? "hours"
                            : action.humanResponseTimeoutUnit()) + ")");
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Math.round(seconds)));
    }

    /**
     * The languages whose customer would get the same words from both: one episode sends both in its one language, so
     * texts that differ language by language are enough ({@code und} stands for every language without texts).
     */
    private static List<String> sameTexts(LocalizedText noReply, LocalizedText finalMessage) {
        return LOOKED_AT.stream().filter(language -> noReply.textIn(language).map(String::strip)
                .filter(text -> finalMessage.textIn(language).map(String::strip).filter(text::equals).isPresent())
                .isPresent()).toList();
    }

    private static void addIf(List<String> names, boolean given, String name) {
        if (given) {
            names.add(name);
        }
    }
}
