package dev.handover.forward;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static dev.handover.forward.GateRequests.LOCATION;
import static dev.handover.forward.GateRequests.QUESTION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.handover.support.BotWebhook;
import dev.handover.support.ConversationTest;
import dev.handover.support.EmfDocuments;
import dev.handover.support.ForwardProfile;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.LogCapture;
import dev.handover.support.Webhooks;
import dev.handover.webhook.HandoverFunction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A bot behind the function that does not take its message: what a retry can fix is retried within the invocation,
 * then answered 429 so that HighLevel redelivers, and the redelivery forwards; a refusal is a configuration error;
 * two invocations of one delivery forward it once.
 */
@QuarkusTest
@TestProfile(ForwardProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class ForwardFailureTest extends ConversationTest {

    private final BotWebhook bot = new BotWebhook();

    @Inject
    EmfDocuments emf;

    @Inject
    HandoverFunction function;

    @BeforeEach
    void freshBot() {
        bot.reset();
        emf.clear();
    }

    @Test
    void botAnswering503_isRetriedThenAnswered429_andTheRedeliveryForwardsOnce() {
        bot.answers(aResponse().withStatus(503));
        String event = Webhooks.signedEvent(GateRequests.inbound(LOCATION, conversation, contact, QUESTION,
                clock.instant()));

        Reply failed = Lambda.invoke(event);

        assertThat(failed.status()).isEqualTo(429);
        assertThat(failed.body().get("decision").asText()).isEqualTo("none");
        assertThat(failed.body().get("forwarded").asBoolean()).isFalse();
        assertThat(failed.body().get("forwardError").asText()).isEqualTo("attempts 503=3; no attempt left");
        List<LoggedRequest> attempts = bot.requests();
        assertThat(attempts).hasSize(3);
        assertThat(attempts).allSatisfy(attempt -> {
            assertThat(attempt.getBodyAsString()).isEqualTo(attempts.get(0).getBodyAsString());
            GateRequests.assertSigned(attempt, GateRequests.SECRET);
        });
        assertThat(emf.withMetric("Forwards")).singleElement().satisfies(doc -> {
            assertThat(doc.get("Status").asText()).isEqualTo("503");
            assertThat(doc.get("BotId").asText()).isEqualTo("gated-bot");
            assertThat(doc.get("Forwards").asInt()).isEqualTo(3);
        });
        assertThat(emf.withMetric("Answered429")).singleElement()
                .satisfies(doc -> assertThat(doc.get("Reason").asText()).isEqualTo("forward_failed"));

        // HighLevel redelivers ten minutes later, with the original timestamp; the bot is back.
        clock.advance(Duration.ofMinutes(10));
        bot.reset();
        Reply redelivered = Lambda.invoke(event);

        assertThat(redelivered.status()).as(redelivered.body().toString()).isEqualTo(200);
        assertThat(redelivered.body().get("forwarded").asBoolean()).isTrue();
        assertThat(bot.requests()).singleElement().satisfies(forward -> assertThat(GateRequests.json(forward)
                .get("eventId")).isEqualTo(GateRequests.json(attempts.get(0)).get("eventId")));

        // Another copy after the forward that succeeded (past the webhook's age, no longer awaited) is refused: the
        // bot gets nothing more.
        Reply again = Lambda.invoke(event);
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.body().get("error").asText()).isEqualTo("stale_timestamp");
        assertThat(bot.requests()).hasSize(1);
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void botAnswering429WithRetryAfter_isRetriedAfterTheWait() {
        bot.register(BotWebhook.hook().atPriority(1).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("free"));
        bot.register(BotWebhook.hook().atPriority(1).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(aResponse().withStatus(200)));

        Reply reply = Lambda.invoke(Webhooks.signedEvent(GateRequests.inbound(LOCATION, conversation, contact,
                QUESTION, clock.instant())));

        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        assertThat(reply.body().get("forwarded").asBoolean()).isTrue();
        List<LoggedRequest> attempts = bot.requests();
        assertThat(attempts).hasSize(2);
        assertThat(Duration.between(attempts.get(0).getLoggedDate().toInstant(),
                attempts.get(1).getLoggedDate().toInstant())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void silentBot_timesOutEachAttempt_thenAnswered429() {
        bot.answers(aResponse().withStatus(200).withFixedDelay(1_500));

        Reply reply = Lambda.invoke(Webhooks.signedEvent(GateRequests.inbound(LOCATION, conversation, contact,
                QUESTION, clock.instant())));

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.body().get("forwardError").asText()).startsWith("attempts timeout=3;");
        assertThat(bot.requests()).hasSize(3);
    }

    @Test
    void unreachableBot_connectionRefused_thenAnswered429() {
        Reply reply = Lambda.invoke(Webhooks.signedEvent(GateRequests.inbound(GateRequests.UNREACHABLE_LOCATION,
                conversation, contact, QUESTION, clock.instant())));

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
        assertThat(reply.body().get("forwardError").asText()).isEqualTo("attempts unreachable=3; no attempt left");
        assertThat(emf.withMetric("Forwards")).singleElement()
                .satisfies(doc -> assertThat(doc.get("Status").asText()).isEqualTo("unreachable"));
    }

    @Test
    void botRefusingTheForward_isAConfigurationError_notRetried_andAnswered429() {
        bot.answers(aResponse().withStatus(401).withBody("{\"error\":\"bad signature\"}"));

        Reply reply;
        String log;
        try (LogCapture capture = LogCapture.start()) {
            reply = Lambda.invoke(Webhooks.signedEvent(GateRequests.inbound(LOCATION, conversation, contact,
                    QUESTION, clock.instant())));
            log = capture.text();
        }

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.body().get("forwarded").asBoolean()).isFalse();
        assertThat(reply.body().get("forwardError").asText()).isEqualTo("CONFIGURATION ERROR, check the bot's "
                + "forwardTo and eventSecret: attempts 401=1; the bot answered HTTP 401");
        assertThat(bot.requests()).hasSize(1);
        assertThat(log).contains("CONFIGURATION ERROR: bot gated-bot refused the forward").doesNotContain("Saturday",
                GateRequests.SECRET, "bad signature");
        assertThat(emf.withMetric("Forwards")).singleElement()
                .satisfies(doc -> assertThat(doc.get("Status").asText()).isEqualTo("401"));
    }

    @Test
    void twoInvocationsOfOneDelivery_atOnce_forwardItOnce() throws Exception {
        // The bot takes a moment, so that both invocations are under way together.
        bot.answers(aResponse().withStatus(202).withFixedDelay(400));
        String event = Webhooks.signedEvent(GateRequests.inbound(LOCATION, conversation, contact, QUESTION,
                clock.instant()));
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<JsonNode>> invocations = List.of(invokeAt(start, event), invokeAt(start, event));

        List<JsonNode> answers = invocations.stream().map(future -> future.orTimeout(20, TimeUnit.SECONDS).join())
                .toList();

        assertThat(answers).extracting(answer -> answer.get("decision").asText())
                .containsExactlyInAnyOrder("none", "duplicate");
        assertThat(answers).filteredOn(answer -> answer.has("forwarded"))
                .singleElement().satisfies(answer -> assertThat(answer.get("forwarded").asBoolean()).isTrue());
        assertThat(bot.requests()).hasSize(1);
    }

    private CompletableFuture<JsonNode> invokeAt(CyclicBarrier start, String event) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await(10, TimeUnit.SECONDS);
                return Webhooks.JSON.readTree(function.handleRequest(Webhooks.event(event), null).getBody());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
