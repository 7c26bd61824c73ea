package dev.handover.handover;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The time budget is a deadline: a CRM that answers correctly but slowly (4.5 s a call, within its 5 s read timeout)
 * must not carry an invocation past the budget (8 s here), which on AWS would run into the Lambda timeout and a 502
 * that HighLevel never retries. The invocation answers 429 in time, with what it did checkpointed, and a
 * redelivery finishes the handover with every action carried out once.
 */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class DeadlineTest extends ConversationTest {

    static final Duration BUDGET = Duration.ofSeconds(8);
    static final int SLOW_MS = 4500;
    /** The checkpoints and the answer after the deadline: a few fast DynamoDB writes. */
    static final Duration GRACE = Duration.ofSeconds(1);

    @BeforeEach
    void warmUp() {
        // The first invocation of a fresh application also loads classes outside the handler: keep that out of
        // the measured time, which is the function's own.
        Lambda.accepted(Webhooks.inbound("warm-up-" + conversation, "warm-up-" + contact, "What time do you open?",
                clock.instant()));
        crm.wireMock().resetRequests();
    }

    @AfterEach
    void fastAgain() {
        crm.wireMock().setGlobalFixedDelayVariable(0);
    }

    @Test
    void resumedHandover_crmSlowButCorrect_shouldAnswer429WithinTheBudgetAndFinishOnRedelivery() {
        // GIVEN a handover whose assignment failed (503), so every action is still to do
        crm.wireMock().register(put(urlPathMatching("/contacts/[^/]+")).willReturn(aResponse().withStatus(503)));
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, "I want to talk to a person",
                clock.instant()));
        Reply first = Lambda.invoke(event);
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.actionStatuses()).containsExactly("assign=pending", "task=pending",
                "closingMessage=pending", "tags=pending");

        // WHEN the CRM then answers every call correctly, but 4.5 s late, and HighLevel redelivers
        crm.reset();
        crm.wireMock().setGlobalFixedDelayVariable(SLOW_MS);
        long started = System.nanoTime();
        Reply slow = Lambda.invoke(event);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // THEN it answers 429 inside the budget (and its checkpoint grace), not after ~18 s of CRM calls
        assertThat(slow.status()).isEqualTo(429);
        assertThat(took).isLessThan(BUDGET.plus(GRACE));
        assertThat(slow.body().get("decision").asText()).isEqualTo("handover");
        assertThat(slow.actionStatuses()).allMatch(status -> status.endsWith("=pending") || status.endsWith("=done"));

        // AND the next redelivery, with the CRM answering at its usual pace, finishes the handover
        crm.wireMock().setGlobalFixedDelayVariable(0);
        Reply last = Lambda.invoke(event);
        assertThat(last.status()).isEqualTo(200);
        assertThat(last.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        assertThat(crm.calls()).filteredOn(call -> call.startsWith("POST") || call.startsWith("PUT"))
                .containsExactlyInAnyOrder("PUT /contacts/" + contact, "POST /contacts/" + contact + "/tasks",
                        "POST /conversations/messages", "POST /contacts/" + contact + "/tags");
    }

    @Test
    void newHandover_crmSlowButCorrect_shouldAnswer429WithinTheBudget() {
        // GIVEN a CRM that answers every call correctly, 4.5 s late
        crm.wireMock().setGlobalFixedDelayVariable(SLOW_MS);

        // WHEN a customer asks for a person
        long started = System.nanoTime();
        Reply reply = Lambda.invoke(Webhooks.signedEvent(Webhooks.inbound(conversation, contact,
                "Can I talk to a real person please?", clock.instant())));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // THEN the invocation ends on time with the rest left to the redelivery
        assertThat(reply.status()).isEqualTo(429);
        assertThat(took).isLessThan(BUDGET.plus(GRACE));
        assertThat(reply.actionStatuses()).contains("assign=pending");
    }
}
