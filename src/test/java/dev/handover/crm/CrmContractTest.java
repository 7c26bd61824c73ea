package dev.handover.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.OpenApiRequests;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every request the function sends to the CRM, on every channel and for every action, first attempts, retries and
 * the look-ups of a resumed handover, conforms to HighLevel's published OpenAPI documents: the operation exists,
 * the {@code Version} header is the operation's, and the body validates against its request schema.
 */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class CrmContractTest extends ConversationTest {

    /** Webhook {@code messageType}s of every channel that takes a text reply, and Google Business Profile. */
    static final List<String> CHANNELS = List.of("SMS", "RCS", "Email", "WhatsApp", "IG", "FB", "Live Chat",
            "TIKTOK", "Custom", "GMB");

    final OpenApiRequests api = new OpenApiRequests();
    /** The requests of this test so far; the CRM's journal is cleared between handovers. */
    final List<LoggedRequest> journal = new ArrayList<>();

    @Test
    void everyRequestOnEveryChannel_shouldConformToThePublishedApi() {
        // GIVEN a handover on every channel, and one whose actions fail once (503), so that a redelivery resumes it
        List<Reply> replies = new ArrayList<>();
        for (String channel : CHANNELS) {
            replies.add(Lambda.invoke(Webhooks.signedEvent(contactRequest(channel, "contact-" + UUID.randomUUID()))));
        }
        String resumedContact = "contact-" + UUID.randomUUID();
        crm.wireMock().register(post(urlPathMatching("/(contacts/" + resumedContact + "/.*|conversations/messages)"))
                .atPriority(1).willReturn(aResponse().withStatus(503)));
        String resumed = Webhooks.signedEvent(contactRequest("Email", resumedContact));
        assertThat(Lambda.invoke(resumed).status()).isEqualTo(429);
        journal.addAll(crm.requests());
        crm.reset();
        replies.add(Lambda.invoke(resumed));
        journal.addAll(crm.requests());

        // WHEN every request the CRM received is checked against the API documents
        Map<String, List<String>> problems = new TreeMap<>();
        TreeSet<String> operations = new TreeSet<>();
        TreeSet<String> sendTypes = new TreeSet<>();
        for (LoggedRequest request : journal) {
            OpenApiRequests.Verdict verdict = api.check(new OpenApiRequests.Request(request.getMethod().getName(),
                    request.getUrl().split("\\?")[0], request.getHeader("Version"), request.getBodyAsString()));
            operations.add(verdict.operation());
            if (!verdict.problems().isEmpty()) {
                problems.put(request.getMethod().getName() + " " + request.getUrl() + " " + request.getBodyAsString(),
                        verdict.problems());
            }
            if (request.getUrl().equals("/conversations/messages")) {
                sendTypes.add(read(request.getBodyAsString()).path("type").asText());
            }
        }

        // THEN none breaks it, and every operation and send type was exercised
        assertThat(journal).hasSizeGreaterThan(40);
        assertThat(problems).isEmpty();
        assertThat(operations).contains("get-contact", "update-contact", "create-task", "get-all-tasks", "add-tags",
                "send-a-new-message", "get-messages");
        assertThat(sendTypes).containsExactlyInAnyOrder("SMS", "RCS", "Email", "WhatsApp", "IG", "FB", "Live_Chat",
                "TIKTOK", "Custom");
        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(200));
        // Google Business Profile: the handover runs, the closing message fails for good with its reason
        Reply gmb = replies.get(CHANNELS.indexOf("GMB"));
        assertThat(gmb.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=failed",
                "tags=done");
        assertThat(gmb.body().get("actions").get(2).get("detail").asText()).contains("Google Business Profile");
    }

    @Test
    void requestTheApiDoesNotTake_shouldBeCaught() {
        // The validator itself: an invented send type, an undeclared field and a wrong Version are each reported.
        assertThat(api.check(new OpenApiRequests.Request("POST", "/conversations/messages", "2021-04-15",
                "{\"type\":\"GMB\",\"contactId\":\"c\",\"message\":\"hi\"}")).problems()).isNotEmpty();
        assertThat(api.check(new OpenApiRequests.Request("POST", "/contacts/c/tags", "2021-07-28",
                "{\"tags\":[\"a\"],\"color\":\"red\"}")).problems()).isNotEmpty();
        assertThat(api.check(new OpenApiRequests.Request("PUT", "/contacts/c", "2021-04-15",
                "{\"assignedTo\":\"u\"}")).problems()).singleElement().asString().contains("Version");
        assertThat(api.check(new OpenApiRequests.Request("POST", "/contacts/c/tasks", "2021-07-28",
                "{\"title\":\"t\",\"dueDate\":\"2026-01-01T00:00:00Z\",\"completed\":false}")).problems()).isEmpty();
    }

    private ObjectNode contactRequest(String channel, String contactId) {
        journal.addAll(crm.requests());
        crm.wireMock().resetRequests();
        ObjectNode body = Webhooks.inbound("conv-" + UUID.randomUUID(), contactId, "I want to talk to a person",
                clock.instant());
        body.put("messageType", channel);
        if (channel.equals("Email")) {
            body.put("subject", "Opening hours");
            body.put("threadId", "thread-" + UUID.randomUUID());
        }
        return body;
    }

    private static JsonNode read(String json) {
        try {
            return Webhooks.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
