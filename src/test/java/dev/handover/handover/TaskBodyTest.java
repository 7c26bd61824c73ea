package dev.handover.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.handover.config.TaskTemplate;
import dev.handover.crm.ConversationMessage;
import dev.handover.crm.ConversationMessage.From;

/** The task description: placeholders, the reason in words, and the cuts that keep it within its limit. */
class TaskBodyTest {

    static final TaskBody.Facts FACTS = new TaskBody.Facts("failedToResolveIssue",
            "failed-attempt 2/2 customer:dissatisfied:en:still-broken", 2, "SMS", "contact-1", "conv-1");

    static ConversationMessage message(From from, String text, String at) {
        return new ConversationMessage(from, text, Optional.of(Instant.parse(at)));
    }

    @Test
    void defaultTemplate_showsScenarioReasonInWordsAttemptsChannelAndMessages() {
        String body = TaskBody.render(TaskTemplate.DEFAULT, FACTS, Optional.of(List.of(
                message(From.CUSTOMER, "my router\nkeeps dropping", "2025-03-03T10:00:00Z"),
                message(From.BOT, "Please restart it.", "2025-03-03T10:01:00Z"))), ZoneOffset.UTC, TaskBody.MAX_CHARS);

        assertThat(body).isEqualTo("The bot handed this conversation to a person (failedToResolveIssue).\n"
                + "Why: The bot did not resolve the customer's issue after 2 attempts (the bot allows 2); the last "
                + "one: the customer said the bot's answer did not help.\n"
                + "Failed attempts of the bot: 2\n"
                + "Channel: SMS\n"
                + "\n"
                + "Last messages, oldest first:\n"
                + "2025-03-03 10:00 Z Customer: my router keeps dropping\n"
                + "2025-03-03 10:01 Z Bot: Please restart it.");
        assertThat(body).doesNotContain("dissatisfied:en");
    }

    @Test
    void unreadableMessages_sayTheyCouldNotBeRead() {
        String body = TaskBody.render(TaskTemplate.DEFAULT, FACTS, Optional.empty(), ZoneOffset.UTC,
                TaskBody.MAX_CHARS);

        assertThat(body).endsWith("Last messages, oldest first:\n" + TaskBody.UNREADABLE);
    }

    @Test
    void longMessages_areCut_andTheOldestLeftOutToFitTheLimit() {
        List<ConversationMessage> messages = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            messages.add(message(From.CUSTOMER, i + " " + "x".repeat(1000), "2025-03-03T10:00:00Z"));
        }

        String body = TaskBody.render(TaskTemplate.DEFAULT, FACTS, Optional.of(messages), ZoneOffset.UTC,
                TaskBody.MAX_CHARS);

        assertThat(body.length()).isLessThanOrEqualTo(TaskBody.MAX_CHARS);
        assertThat(body).contains("Customer: 49 xxx").doesNotContain("Customer: 0 xxx");
        assertThat(body).containsPattern("\\(\\d+ earlier messages left out\\)");
        assertThat(body.lines().filter(line -> line.contains("Customer:")))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(
                        "2025-03-03 10:00 Z Customer: ".length() + TaskBody.MAX_MESSAGE_CHARS));
    }

    @Test
    void placeholdersInMessageText_areNotFilledIn() {
        String body = TaskBody.render("{messages} / {reason}", FACTS, Optional.of(List.of(
                message(From.CUSTOMER, "what is {contactId}?", "2025-03-03T10:00:00Z"))), ZoneOffset.UTC, 4000);

        assertThat(body).startsWith("2025-03-03 10:00 Z Customer: what is {contactId}? / The bot did not");
    }

    @Test
    void plainDescription_staysAsItWas() {
        assertThat(TaskBody.render("will be created by AI", FACTS, Optional.of(List.of()), ZoneOffset.UTC, 4000))
                .isEqualTo("will be created by AI");
        assertThat(TaskBody.render("Call {contactId} about {conversationId}", FACTS, Optional.of(List.of()),
                ZoneOffset.UTC, 4000)).isEqualTo("Call contact-1 about conv-1");
    }

    @Test
    void cut_neverSplitsASurrogatePair() {
        assertThat(TaskBody.cut("ab😀cd", 4)).isEqualTo("ab…");
        assertThat(TaskBody.cut("abc", 3)).isEqualTo("abc");
    }

    @Test
    void everyReason_readsAsASentence_neverAsItsCode() {
        assertThat(ReasonWords.of("rule:en:talk-to+person")).isEqualTo("The customer asked to talk to a person.");
        assertThat(ReasonWords.of("example:talk to agent")).contains("example phrases");
        assertThat(ReasonWords.of("bot:fallback:de:no-info")).isEqualTo(
                "The bot replied that it does not have the information the customer asked for.");
        assertThat(ReasonWords.of("bot:answered=false")).contains("could not answer");
        assertThat(ReasonWords.of("bot:confidence 0.32 < 0.5")).contains("0.32").contains("0.5");
        assertThat(ReasonWords.of("failed-attempt 2/2 customer:repeated-question"))
                .endsWith("the customer asked the same question again.");
        assertThat(ReasonWords.of("failed-attempt 3/3 bot:fallback:en:no-info"))
                .endsWith("the bot replied that it does not have the information the customer asked for.");
        assertThat(ReasonWords.of("model:anthropic.claude")).contains("handover condition");
        assertThat(ReasonWords.of("something:new")).doesNotContain("something");
    }
}
