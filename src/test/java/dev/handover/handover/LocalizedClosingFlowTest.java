package dev.handover.handover;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.handover.support.NoReplyBots.calls;
import static dev.handover.support.NoReplyBots.smsMessage;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.CrashingActionExecutor;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.RichTaskProfile;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The closing message in the customer's language, through the handler (the languages-bot of bots-task-test.yaml:
 * texts for default, es and de): the language is the one of the message that triggered the handover, and a resumed
 * handover keeps it whatever language the event that resumes it is in, so that the look at the CRM before a repeat
 * compares the words that were sent.
 */
@QuarkusTest
@TestProfile(RichTaskProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class LocalizedClosingFlowTest extends ConversationTest {

    static final String LOCATION = "loc-lang-1";
    static final String SPANISH = "¡Gracias! Una persona del equipo te escribirá aquí en breve.";
    static final String DEFAULT = "Thank you! A teammate will write to you here shortly.";

    @Inject
    CrashingActionExecutor executor;

    @BeforeEach
    void setUp() {
        executor.disarm();
    }

    @AfterEach
    void tearDown() {
        executor.disarm();
    }

    @Test
    void spanishCustomer_shouldGetTheSpanishClosingMessage() {
        Reply reply = customer("¿Me pasas con alguien de atención al cliente, por favor? Quiero hablar con una "
                + "persona.");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(reply.actionStatuses()).containsExactly("closingMessage=done");
        assertThat(calls(crm)).containsExactly(smsMessage(contact, SPANISH));
    }

    @Test
    void dutchCustomer_withoutADutchText_shouldGetTheDefault() {
        Reply reply = customer("Kan ik alstublieft met een echte medewerker van jullie praten?");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.actionStatuses()).containsExactly("closingMessage=done");
        assertThat(calls(crm)).containsExactly(smsMessage(contact, DEFAULT));
    }

    @Test
    void resumedByAnEnglishMessage_afterTheSpanishOneWasSent_shouldFindItAndNotSendAgain() {
        // GIVEN the stateful CRM, which lists the messages sent to the contact of this conversation, and a Spanish
        // handover whose closing message reached the CRM before the invocation crashed
        crm.useFakeHighLevel();
        conversation = contact;
        executor.crashAfterCrmCall(HandoverAction.CLOSING_MESSAGE);
        assertThat(customer("Necesito hablar con una persona de verdad, por favor.").status()).isEqualTo(429);
        assertThat(calls(crm)).containsExactly(smsMessage(contact, SPANISH));
        crm.wireMock().resetRequests();

        // WHEN the customer writes again, in English, while the handover is still open
        Reply resumed = customer("Hello? Is anybody there at all?");

        // THEN the episode's own language picks the words: the Spanish message is found, nothing is sent again
        assertThat(resumed.status()).as(resumed.body().toString()).isEqualTo(200);
        assertThat(resumed.body().get("reason").asText()).startsWith("resumed:");
        assertThat(resumed.actionStatuses()).containsExactly("closingMessage=done");
        assertThat(calls(crm)).containsExactly("GET /conversations/" + conversation + "/messages?limit=50");
    }

    @Test
    void resumedByAnEnglishMessage_afterTheSpanishOneFailed_shouldSendTheSpanishOne() {
        // GIVEN a Spanish handover whose closing message the CRM refused for now
        crm.useFakeHighLevel();
        conversation = contact;
        crm.wireMock().register(post(urlPathEqualTo("/conversations/messages")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        Reply first = customer("Necesito hablar con una persona de verdad, por favor.");
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.actionStatuses()).containsExactly("closingMessage=pending");
        crm.useFakeHighLevel();

        // WHEN the customer writes again, in English
        Reply resumed = customer("Hello? Is anybody there at all?");

        // THEN the look finds nothing, and the message sent is the Spanish one, once
        assertThat(resumed.status()).as(resumed.body().toString()).isEqualTo(200);
        assertThat(calls(crm)).containsExactly("GET /conversations/" + conversation + "/messages?limit=50",
                smsMessage(contact, SPANISH));
    }

    /** The customer's message, answered 200 or, when the handover is left unfinished, 429. */
    private Reply customer(String text) {
        ObjectNode body = Webhooks.inbound(conversation, contact, text, clock.instant());
        body.put("locationId", LOCATION);
        return Lambda.invoke(Webhooks.signedEvent(body));
    }
}
