package dev.handover.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;


import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.MultiBotProfile;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The three scenarios, per-bot actions and the pause, through the handler, with the bots of bots-test.yaml. */
@QuarkusTest
@TestProfile(MultiBotProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class MultiBotFlowTest extends ConversationTest {

    static final String LOCATION = "loc-multi-1";
    static final String FAQ_LOCATION = "loc-multi-2";


    @Test
    void contactRequest_shouldUseTheActionsOfThatScenario() {
        Reply reply = customer("Can I talk to someone from your team?");

        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(reply.body().get("scenario").asText()).isEqualTo("contactRequest");
        assertThat(reply.pausedUntil()).isEqualTo(seconds(clock.instant().plus(Duration.ofMinutes(30))));
        assertThat(crm.calls()).containsExactlyInAnyOrder("PUT /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks", "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
        crm.wireMock().verifyThat(putRequestedFor(urlPathEqualTo("/contacts/" + contact))
                .withRequestBody(equalToJson("{\"assignedTo\":\"user-sales\"}")));
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/conversations/messages"))
                .withRequestBody(equalToJson("{\"type\":\"SMS\",\"contactId\":\"" + contact + "\","
                        + "\"message\":\"A teammate will reply shortly.\"}")));
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/contacts/" + contact + "/tags"))
                .withRequestBody(equalToJson("{\"tags\":[\"human_handover\",\"contact_request\"]}")));
    }

    @Test
    void botsOwnExamplePhrase_shouldHandOver() {
        Reply reply = customer("Hola, quiero hablar con alguien por favor");

        assertThat(reply.body().get("scenario").asText()).isEqualTo("contactRequest");
    }

    @Test
    void twoFailedAttempts_shouldHandOverAsFailedToResolveAndPauseUntilResumed() {
        customer("My router keeps dropping the connection every hour");
        bot("Please restart the router and wait two minutes.");

        Reply first = customer("That didn't help");
        assertThat(first.body().get("decision").asText()).isEqualTo("none");
        assertThat(first.body().get("reason").asText()).startsWith("failed-attempt 1/2");
        bot("Then try resetting it to factory settings.");
        assertThat(crm.calls()).isEmpty();

        Reply second = customer("still not working");

        assertThat(second.body().get("decision").asText()).isEqualTo("handover");
        assertThat(second.body().get("scenario").asText()).isEqualTo("failedToResolveIssue");
        assertThat(second.body().get("pausedUntil").asText()).isEqualTo("indefinite");
        crm.wireMock().verifyThat(putRequestedFor(urlPathEqualTo("/contacts/" + contact))
                .withRequestBody(equalToJson("{\"assignedTo\":\"user-support\"}")));
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/contacts/" + contact + "/tasks"))
                .withRequestBody(equalToJson("{\"body\":\"The bot failed twice\",\"assignedTo\":\"user-support\"}",
                        true, true)));
        assertThat(crm.calls()).hasSize(4);

        // an indefinite pause outlasts any clock
        clock.advance(Duration.ofDays(30));
        assertThat(customer("hello?").body().get("decision").asText()).isEqualTo("paused");
    }

    @Test
    void customerRepeatsTheQuestion_shouldCountAsFailedAttempts() {
        customer("How much does the premium plan cost per month?");
        bot("We have several plans, all listed on our website.");
        Reply first = customer("how much does the PREMIUM plan cost per month??");
        assertThat(first.body().get("reason").asText()).isEqualTo("failed-attempt 1/2 customer:repeated-question");
        bot("Our plans start at 10 dollars.");

        Reply second = customer("How much does the premium plan cost per month");

        assertThat(second.body().get("scenario").asText()).isEqualTo("failedToResolveIssue");
    }

    @Test
    void resolutionAndQuietPeriod_shouldStartTheCountAgain() {
        bot("Try clearing your browser cache.");
        assertThat(customer("that didn't help").body().get("reason").asText()).startsWith("failed-attempt 1/2");
        bot("Then try another browser.");
        assertThat(customer("thanks, that worked").body().get("decision").asText()).isEqualTo("none");
        bot("Glad to help!");
        assertThat(customer("that didn't help").body().get("reason").asText()).startsWith("failed-attempt 1/2");

        // WHEN the conversation is quiet for longer than failedAttemptsResetMinutes (60)
        clock.advance(Duration.ofMinutes(61));
        bot("Is there anything else?");
        Reply afterQuiet = customer("you're not understanding me");

        // THEN the earlier failure no longer counts
        assertThat(afterQuiet.body().get("decision").asText()).isEqualTo("none");
        assertThat(afterQuiet.body().get("reason").asText()).startsWith("failed-attempt 1/2");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void botFallbackReply_shouldHandOverForLackOfInformation() {
        customer("Do you offer payment plans for implants?");

        Reply reply = bot("I'm sorry, I don't have that information.");

        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(reply.body().get("scenario").asText()).isEqualTo("lackOfInformation");
        assertThat(reply.pausedUntil()).isEqualTo(seconds(clock.instant().plus(Duration.ofDays(1))));
        // assign and task are off for this scenario
        assertThat(crm.calls()).containsExactlyInAnyOrder("POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/conversations/messages"))
                .withRequestBody(equalToJson("{\"message\":\"Let me get someone who knows.\"}", true, true)));
    }

    @Test
    void humanReplyFromTheCrm_shouldPauseTheBotAndExtendAShorterPause() {
        customer("I want to speak to a human");
        crm.wireMock().resetRequests();
        Instant handoverPauseEnd = seconds(clock.instant().plus(Duration.ofMinutes(30)));

        // WHEN a person replies from the CRM (sleepOnManualMessage, 2 hours)
        Reply staff = send(Webhooks.staffReply(LOCATION, conversation, contact, "Hi, I'm Jo, how can I help?",
                clock.instant()));

        assertThat(staff.body().get("decision").asText()).isEqualTo("paused");
        Instant extended = staff.pausedUntil();
        assertThat(extended).isEqualTo(seconds(clock.instant().plus(Duration.ofHours(2)))).isAfter(handoverPauseEnd);
        assertThat(customer("ok thanks").body().get("decision").asText()).isEqualTo("paused");

        // WHEN the pause has run out, THEN the bot answers again with the count at zero
        clock.advance(Duration.ofHours(2).plusSeconds(1));
        bot("Anything else I can help with?");
        Reply after = customer("that didn't help");
        assertThat(after.body().get("decision").asText()).isEqualTo("none");
        assertThat(after.body().get("botPaused").asBoolean()).isFalse();
        assertThat(after.body().get("reason").asText()).startsWith("failed-attempt 1/2");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void humanReplyWithoutAnyHandover_shouldPauseTheBot() {
        Reply staff = send(Webhooks.staffReply(LOCATION, conversation, contact, "Hello from the team",
                clock.instant()));

        assertThat(staff.body().get("decision").asText()).isEqualTo("paused");
        assertThat(customer("can I talk to a human?").body().get("decision").asText()).isEqualTo("paused");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void resumeEvent_shouldEndAnIndefinitePauseWithTheCountAtZero() {
        bot("Try turning it off and on.");
        customer("that didn't help");
        bot("Try again please.");
        assertThat(customer("still not working").body().get("scenario").asText()).isEqualTo("failedToResolveIssue");
        crm.wireMock().resetRequests();

        ObjectNode resume = Webhooks.generic(LOCATION, "support-bot", conversation, contact, "user", "");
        resume.remove("role");
        resume.put("command", "resume");
        Reply resumed = Lambda.invoke(Webhooks.genericEvent(resume, "test-event-secret"));

        assertThat(resumed.body().get("decision").asText()).isEqualTo("resumed");
        assertThat(resumed.body().get("botPaused").asBoolean()).isFalse();
        bot("Welcome back, how can I help?");
        Reply after = customer("that didn't help");
        assertThat(after.body().get("decision").asText()).isEqualTo("none");
        assertThat(after.body().get("reason").asText()).startsWith("failed-attempt 1/2");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void otherBot_shouldUseItsOwnActions() {
        Reply reply = send(Webhooks.botReply(FAQ_LOCATION, conversation, contact,
                "Unfortunately I can't help with that.", clock.instant()));

        assertThat(reply.body().get("scenario").asText()).isEqualTo("lackOfInformation");
        // skip-if-assigned reads the owner first; no task, the default closing message, its own tag
        assertThat(crm.calls()).containsExactlyInAnyOrder("GET /contacts/" + contact, "PUT /contacts/" + contact,
                "POST /conversations/messages", "POST /contacts/" + contact + "/tags");
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/contacts/" + contact + "/tags"))
                .withHeader("Version", equalTo("2021-07-28"))
                .withRequestBody(equalToJson("{\"tags\":[\"needs_answer\"]}")));
    }

    @Test
    void contactRequestToABotWithoutThatAction_shouldNotHandOver() {
        ObjectNode body = Webhooks.inbound(conversation, contact, "let me talk to a human", clock.instant());
        body.put("locationId", FAQ_LOCATION);

        Reply reply = send(body);

        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void locationWithoutBot_shouldBeIgnored() {
        ObjectNode body = Webhooks.inbound(conversation, contact, "human please", clock.instant());
        body.put("locationId", "loc-unknown");

        Reply reply = send(body);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("ignored");
        assertThat(reply.body().get("reason").asText()).contains("loc-unknown");
        assertThat(crm.calls()).isEmpty();
    }

    private Reply customer(String text) {
        ObjectNode body = Webhooks.inbound(conversation, contact, text, clock.instant());
        body.put("locationId", LOCATION);
        return send(body);
    }

    private Reply bot(String text) {
        return send(Webhooks.botReply(LOCATION, conversation, contact, text, clock.instant()));
    }

    private static Reply send(ObjectNode body) {
        return Lambda.accepted(body);
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
