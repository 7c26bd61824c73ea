package dev.handover.handover;

import static dev.handover.support.NoReplyBots.LANGUAGES_LOCATION;
import static dev.handover.support.NoReplyBots.calls;
import static dev.handover.support.NoReplyBots.smsMessage;
import static dev.handover.support.NoReplyBots.sweep;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.DynamoFaults;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.NoReplyBots;
import dev.handover.support.NoReplyProfile;
import dev.handover.support.PauseTags;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The closing and the no-reply message in the customer's language, through the handler and the sweep (the
 * languages-resume-bot of bots-noreply-test.yaml: texts for default and es, 2 hours to answer): the sweep sends the
 * no-reply message in the language the handover was triggered in, and a sweep that retries after a crash finds
 * those words in the conversation and sends nothing again.
 */
@QuarkusTest
@TestProfile(NoReplyProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class LocalizedNoReplyFlowTest extends ConversationTest {

    static final String CLOSING_ES = "¡Gracias! Alguien del equipo te responderá aquí.";
    static final String CLOSING_DEFAULT = "Thanks! Someone from the team will answer you here.";
    static final String NO_REPLY_ES = "Perdona la espera; nadie está libre todavía, así que sigo ayudándote yo.";
    static final String NO_REPLY_DEFAULT = "Sorry for the wait; nobody is free yet, so I'm back to help.";
    static final Duration DUE = NoReplyBots.RESUME_TIMEOUT.plusSeconds(1);
    static final Duration LEASE = Duration.ofSeconds(61);

    @AfterEach
    void noDueWorkLeft() {
        DynamoFaults.reset();
        PauseTags.sweepAll(clock, crm);
    }

    @Test
    void spanishCustomer_nobodyReplies_shouldGetBothMessagesInSpanish() {
        assertThat(customer("Quisiera hablar con alguien del equipo, por favor.").body().get("decision").asText())
                .isEqualTo("handover");
        assertThat(calls(crm)).containsExactly(smsMessage(contact, CLOSING_ES));
        crm.wireMock().resetRequests();

        clock.advance(DUE);
        JsonNode swept = sweep();

        assertThat(swept.get("noReplyResumed").asInt()).isEqualTo(1);
        assertThat(calls(crm)).containsExactly(smsMessage(contact, NO_REPLY_ES));
    }

    @Test
    void dutchCustomer_withoutDutchTexts_shouldGetBothDefaults() {
        assertThat(customer("Mag ik alstublieft even iemand van het team spreken?").body().get("decision").asText())
                .isEqualTo("handover");
        assertThat(calls(crm)).containsExactly(smsMessage(contact, CLOSING_DEFAULT));
        crm.wireMock().resetRequests();

        clock.advance(DUE);
        sweep();

        assertThat(calls(crm)).containsExactly(smsMessage(contact, NO_REPLY_DEFAULT));
    }

    @Test
    void crashAfterTheSpanishNoReplyMessage_shouldNotSendItAgain() {
        // GIVEN the stateful CRM, which lists the messages sent to the contact of this conversation
        crm.useFakeHighLevel();
        conversation = contact;
        customer("Quisiera hablar con alguien del equipo, por favor.");
        clock.advance(DUE);
        // the write that ends the pause after the message fails, as DynamoDB going away would
        DynamoFaults.inject(DynamoFaults.Fault.FAIL, "UpdateItem", "REMOVE #paused, #floor, #at", 1);
        JsonNode crashed = sweep();
        assertThat(crashed.get("unfinished").asBoolean()).isTrue();
        assertThat(calls(crm)).endsWith(smsMessage(contact, NO_REPLY_ES));
        crm.wireMock().resetRequests();

        // WHEN the next sweep after the lease tries again
        clock.advance(LEASE);
        JsonNode retried = sweep();

        // THEN it finds the Spanish words it sent, and sends nothing again
        assertThat(retried.get("noReplyResumed").asInt()).isEqualTo(1);
        assertThat(calls(crm)).containsExactly("GET /conversations/" + conversation + "/messages?limit=50");
    }

    private Reply customer(String text) {
        return NoReplyBots.customer(LANGUAGES_LOCATION, conversation, contact, text, clock.instant());
    }
}
