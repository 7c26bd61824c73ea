package dev.handover.handover;

import static dev.handover.support.NoReplyBots.ESCALATE_LOCATION;
import static dev.handover.support.NoReplyBots.HOURS_LOCATION;
import static dev.handover.support.NoReplyBots.NO_REPLY_MESSAGE;
import static dev.handover.support.NoReplyBots.RESUME_LOCATION;
import static dev.handover.support.NoReplyBots.SHADOW_LOCATION;
import static dev.handover.support.NoReplyBots.calls;
import static dev.handover.support.NoReplyBots.handover;
import static dev.handover.support.NoReplyBots.smsMessage;
import static dev.handover.support.NoReplyBots.sweep;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.NoReplyBots;
import dev.handover.support.NoReplyProfile;
import dev.handover.support.PauseTags;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A handover nobody answers (bots-noreply-test.yaml), through the handler and the schedule's sweep with the clock
 * driven: the bot takes the conversation back (the pause ends, its tag comes off, the bot's message goes out), or
 * the handover is escalated (a lead assigned and tagged, the pause kept until its end); a person's reply in time,
 * or a resume by hand, leaves it alone; business hours count; a shadow bot never acts.
 */
@QuarkusTest
@TestProfile(NoReplyProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class NoReplyFlowTest extends ConversationTest {

    static final String TAG_REMOVED = "DELETE /contacts/%s/tags {\"tags\":[\"ai_off\"]}";
    /** The deadline is rounded up to the second the table keeps, and the test clock has milliseconds. */
    static final Duration ROUNDED_UP = Duration.ofSeconds(1);

    @AfterEach
    void noDueWorkLeft() {
        PauseTags.sweepAll(clock, crm);
    }

    @Test
    void nobodyReplies_shouldHandTheConversationBackToTheBot_atTheTimeout_once() {
        handover(RESUME_LOCATION, conversation, contact, clock.instant());
        crm.wireMock().resetRequests();

        clock.advance(NoReplyBots.RESUME_TIMEOUT.minusMinutes(1));
        assertThat(sweep().get("looked").asInt()).as("a minute early").isZero();
        clock.advance(Duration.ofMinutes(1).plus(ROUNDED_UP));
        JsonNode swept = sweep();

        assertThat(swept.get("noReplyResumed").asInt()).isEqualTo(1);
        assertThat(calls(crm)).containsExactly(smsMessage(contact, NO_REPLY_MESSAGE),
                String.format(TAG_REMOVED, contact));
        crm.wireMock().resetRequests();
        assertThat(sweep().get("looked").asInt()).isZero();
        clock.advance(NoReplyBots.PAUSE);
        assertThat(sweep().get("looked").asInt()).as("no look left at the old pause end").isZero();
        assertThat(NoReplyBots.customer(RESUME_LOCATION, conversation, contact, "what are your hours?",
                clock.instant()).body().get("decision").asText()).isEqualTo("none");
        assertThat(calls(crm)).isEmpty();
    }

    @Test
    void nobodyReplies_withEscalation_shouldAssignAndTagTheLead_thenEndThePauseAtItsOwnEnd() {
        handover(ESCALATE_LOCATION, conversation, contact, clock.instant());
        crm.wireMock().resetRequests();

        // WHEN the 30 minutes run out, well before the 24-hour pause ends
        clock.advance(NoReplyBots.ESCALATE_TIMEOUT.plus(ROUNDED_UP));
        JsonNode escalated = sweep();

        // THEN the lead is assigned and tagged, the pause stays, and its end is the next look
        assertThat(escalated.get("noReplyEscalated").asInt()).isEqualTo(1);
        assertThat(escalated.get("stillPaused").asInt()).isEqualTo(1);
        assertThat(calls(crm)).containsExactly("PUT /contacts/" + contact + " {\"assignedTo\":\"user-lead\"}",
                "POST /contacts/" + contact + "/tags {\"tags\":[\"no_reply\"]}");
        crm.wireMock().resetRequests();
        clock.advance(NoReplyBots.PAUSE.minus(NoReplyBots.ESCALATE_TIMEOUT).minus(ROUNDED_UP).minusMinutes(1));
        assertThat(sweep().get("looked").asInt()).isZero();
        clock.advance(Duration.ofMinutes(1));
        JsonNode atPauseEnd = sweep();
        assertThat(atPauseEnd.get("tagsRemoved").asInt()).isEqualTo(1);
        assertThat(atPauseEnd.get("noReplyEscalated").asInt()).isZero();
        assertThat(calls(crm)).containsExactly(String.format(TAG_REMOVED, contact));
    }

    @Test
    void personRepliesInTime_shouldLeaveTheHandoverAlone() {
        crm.useFakeHighLevel();
        handover(RESUME_LOCATION, conversation, contact, clock.instant());
        clock.advance(Duration.ofMinutes(90));
        NoReplyBots.staffReply(RESUME_LOCATION, conversation, contact, clock.instant());
        crm.wireMock().resetRequests();

        // WHEN the sweep looks at the timeout the reply came before
        clock.advance(Duration.ofMinutes(31));
        JsonNode atTimeout = sweep();

        // THEN no message and no resume: the person's pause (24 hours from the reply) goes on, its tag made sure of
        assertThat(atTimeout.get("noReplyResumed").asInt()).isZero();
        assertThat(atTimeout.get("stillPaused").asInt()).isEqualTo(1);
        assertThat(calls(crm)).containsExactly("GET /contacts/" + contact);
        assertThat(NoReplyBots.customer(RESUME_LOCATION, conversation, contact, "hello?", clock.instant()).body()
                .get("decision").asText()).isEqualTo("paused");
    }

    @Test
    void statusQuery_shouldTellWhenTheWaitForAPersonRunsOut_untilAPersonReplies() {
        Instant started = clock.instant();
        handover(RESUME_LOCATION, conversation, contact, started);

        Reply waiting = NoReplyBots.status(conversation, clock.instant());
        assertThat(waiting.status()).as(waiting.body().toString()).isEqualTo(200);
        Instant until = Instant.parse(waiting.body().get("awaitingReplyUntil").asText());
        // the deadline is kept to the second, rounded up
        assertThat(until).isBetween(started.plus(NoReplyBots.RESUME_TIMEOUT),
                started.plus(NoReplyBots.RESUME_TIMEOUT).plus(ROUNDED_UP));

        clock.advance(Duration.ofMinutes(10));
        NoReplyBots.staffReply(RESUME_LOCATION, conversation, contact, clock.instant());
        assertThat(NoReplyBots.status(conversation, clock.instant()).body().get("awaitingReplyUntil").isNull())
                .as("a person replied: nothing is awaited").isTrue();
    }

    @Test
    void pauseResumedByHand_shouldLeaveTheHandoverAlone() {
        handover(RESUME_LOCATION, conversation, contact, clock.instant());
        clock.advance(Duration.ofMinutes(10));
        assertThat(NoReplyBots.resumeByHand(conversation, contact, clock.instant()).body().get("decision").asText())
                .isEqualTo("resumed");
        crm.wireMock().resetRequests();

        clock.advance(NoReplyBots.RESUME_TIMEOUT.plus(ROUNDED_UP));
        JsonNode swept = sweep();

        assertThat(swept.get("looked").asInt()).isZero();
        assertThat(calls(crm)).isEmpty();
    }

    @Test
    void handoverOnFridayEvening_shouldRunOutOnMondayAtOpeningPlusTwoOpenHours() {
        // Friday 2030-01-04 at 18:30 in Berlin, after closing; Monday 2030-01-07 opens at 09:00
        at("2030-01-04T18:30");
        handover(HOURS_LOCATION, conversation, contact, clock.instant());
        crm.wireMock().resetRequests();

        at("2030-01-07T10:59");
        assertThat(sweep().get("looked").asInt()).as("Monday 10:59").isZero();
        at("2030-01-07T11:00");
        JsonNode swept = sweep();

        assertThat(swept.get("noReplyResumed").asInt()).isEqualTo(1);
        assertThat(calls(crm)).containsExactly(smsMessage(contact, "The team is still busy; I'm back to help."));
        assertThat(NoReplyBots.customer(HOURS_LOCATION, conversation, contact, "ok, and the price?",
                clock.instant()).body().get("decision").asText()).isEqualTo("none");
    }

    @Test
    void shadowBot_shouldNeverAct() {
        handover(SHADOW_LOCATION, conversation, contact, clock.instant());

        clock.advance(NoReplyBots.RESUME_TIMEOUT.plus(ROUNDED_UP));
        JsonNode swept = sweep();

        assertThat(swept.get("looked").asInt()).isZero();
        assertThat(crm.requests()).isEmpty();
    }

    private void at(String berlinTime) {
        Instant target = LocalDateTime.parse(berlinTime).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }
}
