package dev.handover.handover;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With the assignment off, the task goes to whoever owns the contact (README: "whoever ends up owning it"). */
@QuarkusTest
@TestProfile(TaskOwnerTest.AssignmentOff.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class TaskOwnerTest extends ConversationTest {

    /** The default bot without its assignment action. */
    public static class AssignmentOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("handover.bot.assign.enabled", "false");
        }
    }

    @Test
    void assignmentOff_contactWithOwner_shouldGiveTheTaskToTheOwner() {
        // GIVEN a contact owned by a user, and a bot that does not assign
        crm.contact("owner-7");

        // WHEN the customer asks for a person
        Reply reply = Lambda.accepted(Webhooks.inbound(conversation, contact, "I want to speak to a human",
                clock.instant()));

        // THEN the owner is read, not changed, and gets the task
        assertThat(reply.actionStatuses()).containsExactly("task=done", "closingMessage=done", "tags=done");
        assertThat(crm.calls()).containsExactlyInAnyOrder("GET /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks", "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/contacts/" + contact + "/tasks"))
                .withRequestBody(equalToJson("{\"assignedTo\":\"owner-7\"}", true, true)));
    }

    @Test
    void assignmentOff_contactWithoutOwner_shouldLeaveTheTaskUnassigned() {
        // GIVEN a contact without an owner
        // WHEN the customer asks for a person
        Lambda.accepted(Webhooks.inbound(conversation, contact, "I want to speak to a human", clock.instant()));

        // THEN the task is created without an assignee
        assertThat(crm.requests()).filteredOn(r -> r.getUrl().endsWith("/tasks")).singleElement()
                .satisfies(task -> assertThat(Webhooks.JSON.readTree(task.getBodyAsString()).has("assignedTo"))
                        .isFalse());
    }
}
