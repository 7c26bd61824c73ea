package dev.handover.webhook;

import static dev.handover.webhook.FuzzEnvelopes.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.HandoverTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The control of {@link FuzzRefusalTest}: the valid messages its generators start from, sent unmutated, are
 * processed, written and handed over. Without it, "nothing written, nothing sent to the CRM" could hold only because
 * those checks cannot see a processed message.
 */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class FuzzBaseTest extends FuzzHarness {

    @Test
    void unmutatedBase_shouldBeProcessed() {
        // GIVEN the valid messages the generators start from, not mutated
        FuzzEnvelopes envelopes = new FuzzEnvelopes(new FuzzDraws(new Random(FuzzDraws.seed())), now);
        int itemsBefore = FuzzChecks.itemCount(dynamo);
        int handovers = 0;

        // WHEN a few are sent as they are
        for (int i = 0; i < 8; i++) {
            ObjectNode message = envelopes.validMessage();
            if (i < 4) {
                message.put("type", "InboundMessage");
                message.put("body", "Can I talk to a real person please?");
                message.put("messageType", "SMS");
            }
            byte[] body = bytes(message);
            APIGatewayV2HTTPResponse response = function.handleRequest(
                    envelopes.request("POST", envelopes.highLevelPath(), envelopes.signedHeaders(body), body), null);

            // THEN each is processed and answered 200 with a decision, never refused
            JsonNode answer = FuzzChecks.json(response.getBody());
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
            assertThat(answer.path("decision").asText()).isIn("handover", "none", "paused");
            if (answer.path("decision").asText().equals("handover")) {
                handovers++;
            }
        }

        // AND the checks of the fuzz test can see what a processed message does: an item each, and CRM calls
        assertThat(FuzzChecks.itemCount(dynamo)).isEqualTo(itemsBefore + 8);
        assertThat(handovers).isGreaterThanOrEqualTo(4);
        assertThat(crm.calls()).isNotEmpty();
    }
}
