package dev.handover.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationItems;
import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.MultiBotProfile;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A bot whose settings changed while one of its episodes was open: an action the settings no longer have fails for
 * good, the others run, and the conversation is not answered 429 for ever.
 */
@QuarkusTest
@TestProfile(MultiBotProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class ChangedSettingsTest extends ConversationTest {

    private static final String LOCATION = "loc-multi-1";

    @Inject
    DynamoDbClient dynamo;

    @Test
    void episodeOpenedWithAnAssigneeTheBotNoLongerHas_shouldFailThatActionAndRunTheRest() {
        // GIVEN an open lack-of-information episode of support-bot, planned when that action still assigned
        // (support-bot's lack-of-information action now has assign: false)
        long now = clock.instant().getEpochSecond();
        ConversationItems.put(dynamo, LOCATION, conversation, Map.of(
                "episodeId", AttributeValue.fromS("episode-changed-1"),
                "episodeScenario", AttributeValue.fromS("lackOfInformation"),
                "episodeReason", AttributeValue.fromS("bot:fallback"),
                "episodeStartedAt", AttributeValue.fromN(Long.toString(now)),
                "episodeOpen", AttributeValue.fromBool(true),
                "episodePlanned", AttributeValue.fromL(List.of(AttributeValue.fromS("assign"),
                        AttributeValue.fromS("closingMessage"), AttributeValue.fromS("tags"))),
                "episodeDone", AttributeValue.fromM(Map.of()),
                "episodeFailed", AttributeValue.fromM(Map.of()),
                "episodeLeaseUntil", AttributeValue.fromN("0"),
                "pausedUntil", AttributeValue.fromN(Long.toString(now + 86_400))));

        // WHEN the conversation's next message arrives
        ObjectNode body = Webhooks.inbound(conversation, contact, "hello?", clock.instant());
        body.put("locationId", LOCATION);
        Reply reply = Lambda.invoke(Webhooks.signedEvent(body));

        // THEN the assignment fails for good with its reason, the rest is done, and the answer is 200
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        assertThat(reply.actionStatuses()).containsExactly("assign=failed", "closingMessage=done", "tags=done");
        assertThat(reply.body().get("actions").get(0).get("detail").asText()).contains("no longer");
        assertThat(crm.calls().stream().filter(call -> !call.startsWith("GET ")).toList())
                .containsExactlyInAnyOrder("POST /conversations/messages", "POST /contacts/" + contact + "/tags");
        assertThat(ConversationItems.get(dynamo, LOCATION, conversation).get("episodeOpen").bool()).isFalse();
    }
}
