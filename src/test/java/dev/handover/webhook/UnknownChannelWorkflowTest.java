package dev.handover.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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

/**
 * Fail toward a human: a workflow webhook whose channel cannot be found still hands over (assignment, task, tags,
 * pause); only the closing message, which needs the channel, fails, with its reason.
 */
@QuarkusTest
@TestProfile(MultiBotProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class UnknownChannelWorkflowTest extends ConversationTest {

    @Test
    void workflowWebhook_channelUnknown_shouldHandOverWithoutTheClosingMessage() {
        // GIVEN a workflow message without a type, in a conversation of a type the function does not know
        crm.wireMock().register(get(urlPathEqualTo("/conversations/search")).willReturn(okJson(
                "{\"conversations\":[{\"id\":\"" + conversation + "\",\"contactId\":\"" + contact + "\","
                        + "\"lastMessageType\":\"TYPE_ACTIVITY_CONTACT\",\"type\":\"TYPE_SOMETHING_NEW\"}],"
                        + "\"total\":1}")));
        ObjectNode body = Webhooks.workflow(MultiBotFlowTest.LOCATION, contact, "Can I speak to a real person?");
        ((ObjectNode) body.get("message")).remove("type");

        // WHEN it arrives
        Reply reply = Lambda.invoke(Webhooks.workflowEvent(body, Map.of("x-handover-secret", "test-workflow-secret")));

        // THEN the handover runs, and only the closing message fails, saying why
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(reply.body().get("botPaused").asBoolean()).isTrue();
        assertThat(reply.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=failed",
                "tags=done");
        assertThat(reply.body().get("actions").get(2).get("detail").asText()).contains("channel is unknown");
        assertThat(crm.calls()).contains("PUT /contacts/" + contact, "POST /contacts/" + contact + "/tasks",
                "POST /contacts/" + contact + "/tags").noneMatch(call -> call.equals("POST /conversations/messages"));
    }
}
