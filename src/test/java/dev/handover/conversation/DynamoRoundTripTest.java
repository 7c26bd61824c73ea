package dev.handover.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.handover.support.ConversationTest;
import dev.handover.support.DynamoCallCounter;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import dev.handover.webhook.Priming;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The DynamoDB round trips each kind of event costs: a plain message exactly one. */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class DynamoRoundTripTest extends ConversationTest {

    @Inject
    Priming priming;

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
    void handover_shouldCostClaimEpisodeCheckpointsAndClose() {
        // claim, open the episode with the pause, one checkpoint per action (4), close
        assertThat(roundTrips("I want to talk to a human")).containsExactly(Map.entry("UpdateItem", 7));
    }

    @Test
    void priming_shouldReadOnceAndWriteAndCallNothing() {
        // GIVEN the init-time priming run again (as before a SnapStart checkpoint)
        DynamoCallCounter.reset();

        priming.prime();

        // THEN one read of a key no item has, no write, and no CRM call
        assertThat(DynamoCallCounter.calls()).containsExactly(Map.entry("GetItem", 1));
        assertThat(crm.calls()).isEmpty();
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
