package dev.handover.conversation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.handover.config.HandoverConfig;
import dev.handover.support.ConversationTest;
import dev.handover.support.DynamoCallCounter;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import dev.handover.webhook.Priming;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The DynamoDB round trips each kind of event costs: a plain message exactly one, a handover three. */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class DynamoRoundTripTest extends ConversationTest {

    @Inject
    Priming priming;

    @Inject
    DynamoDbClient dynamo;

    @Inject
    HandoverConfig config;

    @Test
    void plainMessage_shouldCostOneConditionalWrite() {
        // the first message of a conversation creates its item in the same single write
        assertThat(roundTrips("What are your opening hours?")).containsExactly(Map.entry("UpdateItem", 1));
        assertThat(roundTrips("Do you have parking?")).containsExactly(Map.entry("UpdateItem", 1));
    }

    @Test
    void pausedConversation_shouldCostOneConditionalWrite() {
        send("I want to talk to a human");

        assertThat(roundTrips("hello?")).containsExactly(Map.entry("UpdateItem", 1));
    }

    @Test
    void duplicate_shouldCostTheRefusedClaimAndOneReadOfThePause() {
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, "Do you have parking?",
                clock.instant()));
        Lambda.invoke(event);

        DynamoCallCounter.reset();
        Reply again = Lambda.invoke(event);

        assertThat(again.body().get("decision").asText()).isEqualTo("duplicate");
        assertThat(DynamoCallCounter.calls()).containsOnly(Map.entry("UpdateItem", 1), Map.entry("GetItem", 1));
    }

    @Test
    void handover_shouldCostTheClaimTheEpisodeAndOneCheckpoint() {
        // claim, open the episode with the pause, then one checkpoint of all four actions that closes the episode
        assertThat(roundTrips("I want to talk to a human")).containsExactly(Map.entry("UpdateItem", 3));
    }

    @Test
    void handoverLeftToARedelivery_shouldCostFourThenThree() {
        // GIVEN a CRM that refuses the task for now (503)
        crm.wireMock().register(post(urlPathMatching("/contacts/[^/]+/tasks")).willReturn(aResponse().withStatus(503)));
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, "I want to talk to a human",
                clock.instant()));

        // WHEN the handover runs: claim, open the episode, one checkpoint of the three actions done that releases the
        // lease, and the delivery given back for the redelivery
        DynamoCallCounter.reset();
        Reply first = Lambda.invoke(event);

        assertThat(first.status()).isEqualTo(429);
        assertThat(first.actionStatuses()).containsExactly("assign=done", "task=pending", "closingMessage=done",
                "tags=done");
        assertThat(DynamoCallCounter.calls()).containsExactly(Map.entry("UpdateItem", 4));

        // WHEN the CRM takes tasks again and HighLevel redelivers: claim, take the lease, one checkpoint that closes
        crm.reset();
        DynamoCallCounter.reset();
        Reply redelivered = Lambda.invoke(event);

        assertThat(redelivered.status()).isEqualTo(200);
        assertThat(redelivered.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        assertThat(DynamoCallCounter.calls()).containsExactly(Map.entry("UpdateItem", 3));
        assertThat(crm.calls()).containsExactly("GET /contacts/" + contact + "/tasks",
                "POST /contacts/" + contact + "/tasks");
    }

    @Test
    void priming_shouldReadOnceBeRefusedOnceAndWriteNothing() {
        // GIVEN the init-time priming run again (as before a SnapStart checkpoint)
        DynamoCallCounter.reset();

        priming.prime();

        // THEN one read of a key no item has, one update of it that its condition refuses, and no CRM call
        assertThat(DynamoCallCounter.calls()).containsExactly(Map.entry("GetItem", 1), Map.entry("UpdateItem", 1));
        assertThat(crm.calls()).isEmpty();
        // AND nothing was written: the key still has no item
        assertThat(dynamo.getItem(request -> request.tableName(config.table().name()).consistentRead(true)
                .key(Map.of(ConversationItem.PK, AttributeValue.fromS("priming#")))).hasItem()).isFalse();
    }

    private Map<String, Integer> roundTrips(String text) {
        DynamoCallCounter.reset();
        send(text);
        return DynamoCallCounter.calls();
    }

    private void send(String text) {
        Reply reply = Lambda.invoke(Webhooks.signedEvent(Webhooks.inbound(conversation, contact, text,
                clock.instant())));
        assertThat(reply.status()).isEqualTo(200);
    }
}
