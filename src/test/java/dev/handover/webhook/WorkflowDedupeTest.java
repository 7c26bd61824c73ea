package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.DynamoCallCounter;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.MultiBotProfile;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Workflow webhooks carry no id: the same content counts once for 10 minutes (the default window) after the copy
 * that was processed, whatever the wall clock's minute, and a processed copy still costs one DynamoDB call.
 */
@QuarkusTest
@TestProfile(MultiBotProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class WorkflowDedupeTest extends ConversationTest {

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Map<String, String> SECRET = Map.of("x-handover-secret", "test-workflow-secret");

    @Test
    void sameContent_0_8sApartAcrossA10MinuteBoundary_shouldCountOnce() {
        // 400 ms before a multiple of 10 minutes since the epoch: where fixed buckets split
        long intoBucket = clock.instant().toEpochMilli() % WINDOW.toMillis();
        clock.advance(Duration.ofMillis(2 * WINDOW.toMillis() - intoBucket - 400));
        String event = event("what are your opening hours?");

        assertThat(decision(event)).isEqualTo("none");
        clock.advance(Duration.ofMillis(800));
        assertThat(decision(event)).isEqualTo("duplicate");
    }

    @Test
    void sameContent_shouldBeADuplicateUntilTheWindowAfterTheProcessedCopyEnds() {
        String event = event("do you take card payments?");

        DynamoCallCounter.reset();
        assertThat(decision(event)).isEqualTo("none");
        assertThat(DynamoCallCounter.calls()).as("a plain message: one DynamoDB call").containsExactly(
                Map.entry("UpdateItem", 1));
        clock.advance(Duration.ofMinutes(9));
        assertThat(decision(event)).isEqualTo("duplicate");
        clock.advance(Duration.ofSeconds(59));
        assertThat(decision(event)).as("9 min 59 s after the processed copy").isEqualTo("duplicate");
        clock.advance(Duration.ofSeconds(2));
        DynamoCallCounter.reset();
        assertThat(decision(event)).as("10 min 1 s after the processed copy").isEqualTo("none");
        assertThat(DynamoCallCounter.calls()).containsExactly(Map.entry("UpdateItem", 1));
        // and the window now runs from this copy
        clock.advance(Duration.ofMinutes(5));
        assertThat(decision(event)).isEqualTo("duplicate");
    }

    @Test
    void differentText_orAGivenMessageId_shouldNotBeTakenForTheSameDelivery() {
        assertThat(decision(event("is parking free?"))).isEqualTo("none");
        assertThat(decision(event("is parking free on Sundays?"))).isEqualTo("none");

        ObjectNode first = body("is parking free?");
        ((ObjectNode) first.get("customData")).put("messageId", "m-1");
        ObjectNode second = body("is parking free?");
        ((ObjectNode) second.get("customData")).put("messageId", "m-2");
        assertThat(decision(Webhooks.workflowEvent(first, SECRET))).isEqualTo("none");
        assertThat(decision(Webhooks.workflowEvent(second, SECRET))).isEqualTo("none");
        clock.advance(Duration.ofHours(1));
        assertThat(decision(Webhooks.workflowEvent(first, SECRET))).as("an id the sender gave is kept for a day")
                .isEqualTo("duplicate");
    }

    private ObjectNode body(String text) {
        ObjectNode body = Webhooks.workflow(MultiBotFlowTest.LOCATION, contact, text);
        ((ObjectNode) body.get("customData")).put("conversationId", conversation);
        return body;
    }

    private String event(String text) {
        return Webhooks.workflowEvent(body(text), SECRET);
    }

    private static String decision(String event) {
        Lambda.Reply reply = Lambda.invoke(event);
        assertThat(reply.status()).as("status: %s", reply.body()).isEqualTo(200);
        return reply.body().get("decision").asText();
    }
}
