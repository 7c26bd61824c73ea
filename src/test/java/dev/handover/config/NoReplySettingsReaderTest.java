package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.handover.config.NoReplySettings.OnNoReply;
import dev.handover.scenario.Scenario;

/** An action's {@code humanResponseTimeout} and the fields that go with it, read through the bots document reader. */
class NoReplySettingsReaderTest {

    @Test
    void timeoutAlone_shouldResumeWithTheDefaultMessage_inHoursByDefault() {
        assertThat(noReply("        humanResponseTimeout: 2\n")).contains(new NoReplySettings(Duration.ofHours(2),
                OnNoReply.RESUME, LocalizedText.of(NoReplySettings.DEFAULT_MESSAGE), Optional.empty(),
                Optional.empty()));
    }

    @Test
    void resumeWithAMessageOfItsOwn_orNone() {
        assertThat(noReply("""
                        humanResponseTimeout: 90
                        humanResponseTimeoutUnit: minutes
                        onNoReply: resume
                        noReplyMessage: I'm back!
                """)).contains(new NoReplySettings(Duration.ofMinutes(90), OnNoReply.RESUME,
                LocalizedText.of("I'm back!"), Optional.empty(), Optional.empty()));
        assertThat(noReply("        humanResponseTimeout: 1\n        noReplyMessage: ''\n").orElseThrow().message())
                .isEqualTo(LocalizedText.NONE);
    }

    @Test
    void escalate_shouldTakeTheUserAndTheTag_strippedAndEitherAlone() {
        assertThat(noReply("""
                        humanResponseTimeout: 30
                        humanResponseTimeoutUnit: minutes
                        onNoReply: escalate
                        escalateToUserId: ' user-lead '
                        escalationTag: ' no_reply '
                """)).contains(new NoReplySettings(Duration.ofMinutes(30), OnNoReply.ESCALATE, LocalizedText.NONE,
                Optional.of("user-lead"), Optional.of("no_reply")));
        assertThat(noReply("        humanResponseTimeout: 1\n        onNoReply: escalate\n        escalationTag: late\n")
                .orElseThrow().escalateToUserId()).isEmpty();
    }

    @Test
    void noTimeout_shouldWaitForNobody() {
        assertThat(noReply("")).isEmpty();
    }

    @Test
    void escalationTag_shouldBeKeptApartFromThePauseTag() {
        assertThatThrownBy(() -> read("    pauseTag: late\n", """
                        humanResponseTimeout: 1
                        onNoReply: escalate
                        escalationTag: late
                """)).isInstanceOfSatisfying(BotConfigException.class, e -> assertThat(e.problems()).containsExactly(
                "bot 'bot-1': pauseTag 'late' is also a tag of a handover action; the pause tag is removed when the "
                        + "pause ends, so it must differ from the tags that stay"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "zero                | humanResponseTimeout: 0                                          | humanResponseTimeout must be 1 second to 30 days (found 0.0 hours)",
        "negative            | humanResponseTimeout: -1                                         | humanResponseTimeout must be 1 second to 30 days (found -1.0 hours)",
        "too long            | humanResponseTimeout: 31, humanResponseTimeoutUnit: days          | humanResponseTimeout must be 1 second to 30 days (found 31.0 days)",
        "unknown unit        | humanResponseTimeout: 2, humanResponseTimeoutUnit: weeks          | humanResponseTimeoutUnit 'weeks' is not one of seconds, minutes, hours, days",
        "unknown way out     | humanResponseTimeout: 2, onNoReply: wait                          | onNoReply 'wait' is not resume or escalate",
        "no timeout          | onNoReply: escalate, escalationTag: late                         | humanResponseTimeout is required by onNoReply, escalationTag: without it nobody's reply is waited for",
        "pause ends first    | humanResponseTimeout: 24                                         | humanResponseTimeout must be shorter than the action's pause (sleepTime), which would otherwise end first",
        "no pause            | humanResponseTimeout: 2, sleepTime: 0                            | humanResponseTimeout with onNoReply: resume needs the action to pause the bot (its sleepTime is 0, so there is no pause to end)",
        "resume escalates    | humanResponseTimeout: 2, escalateToUserId: u-1                   | onNoReply is resume, so escalateToUserId and escalationTag would never be used; set onNoReply: escalate for them",
        "same as closing     | humanResponseTimeout: 2, noReplyMessage: ' Thank you! Someone from the team will get back to you.' | noReplyMessage must differ from finalMessage: a repeated send is told from the closing message by its text",
        "escalate to nobody  | humanResponseTimeout: 2, onNoReply: escalate                     | onNoReply is escalate, which needs escalateToUserId, escalationTag or both",
        "escalate with words | humanResponseTimeout: 2, onNoReply: escalate, escalationTag: x, noReplyMessage: hi | noReplyMessage is sent only with onNoReply: resume; an escalation keeps the bot paused and says nothing to the customer",
        "bad escalation tag  | humanResponseTimeout: 2, onNoReply: escalate, escalationTag: 'a,b' | escalationTag must be 1 to 64 characters without a comma (found 3 characters)"})
    void brokenSettings_shouldBeRefusedNamingTheBotTheActionAndTheRule(String rule, String fields, String problem) {
        StringBuilder lines = new StringBuilder();
        for (String field : fields.split(", ")) {
            lines.append("        ").append(field.strip()).append('\n');
        }
        assertThatThrownBy(() -> read("", lines.toString()))
                .isInstanceOfSatisfying(BotConfigException.class, e -> assertThat(e.problems())
                        .containsExactly("bot 'bot-1': actions[0]." + problem));
    }

    private static Optional<NoReplySettings> noReply(String fields) {
        return read("", fields).handover(Scenario.CONTACT_REQUEST).orElseThrow().noReply();
    }

    /** A bot whose contact-request action pauses 24 hours, with the given action fields. */
    private static BotProfile read(String botFields, String actionFields) {
        return new BotProfileReader(name -> null).read(BotDirectory.parse("""
                bots:
                  - botId: bot-1
                """ + botFields + """
                    actions:
                      - handoverType: contactRequest
                        sleepTime: 24
                """ + actionFields)).get(0);
    }
}
