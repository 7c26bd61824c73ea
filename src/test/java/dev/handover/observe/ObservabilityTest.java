package dev.handover.observe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.EmfDocuments;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.MdcLog;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The log fields of every line of an invocation and the EMF documents it writes, through the handler. */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class ObservabilityTest extends ConversationTest {

    private static final String TEXT = "Can I talk to a real person please? my code is 4411";

    @Inject
    EmfDocuments emf;

    @BeforeEach
    void noDocuments() {
        emf.clear();
    }

    @Test
    void handover_everyLineCarriesTheInvocationsFields_andTheDecisionLineTheDecision() {
        crm.wireMock().register(post(urlPathEqualTo("/conversations/messages")).willReturn(aResponse().withStatus(422)
                .withHeader("content-type", "application/json").withBody("{\"message\":\"no\"}")));
        Reply reply;
        List<MdcLog.Line> lines;
        try (MdcLog log = MdcLog.start()) {
            reply = send(TEXT);
            lines = log.lines();
        }

        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        // The handover's lines, the closing message's failure on an action thread among them, and the decision line.
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        String requestId = lines.get(0).mdc().get("requestId");
        assertThat(requestId).isNotBlank();
        for (MdcLog.Line line : lines) {
            assertThat(line.mdc()).as(line.message()).containsEntry("requestId", requestId)
                    .containsEntry("path", "/").containsEntry("locationId", Webhooks.LOCATION)
                    .containsEntry("botId", "default").containsEntry("conversationId", conversation)
                    .containsKey("deliveryId");
            assertThat(line.message() + line.mdc()).doesNotContain("real person", "4411", "test-token");
        }
        assertThat(lines).anyMatch(line -> line.message().contains("failed for good")
                && line.mdc().get("conversationId").equals(conversation));
        MdcLog.Line decision = lines.get(lines.size() - 1);
        assertThat(decision.message()).startsWith("answered 200: handover contactRequest");
        assertThat(decision.mdc()).containsEntry("decision", "handover").containsEntry("scenario", "contactRequest")
                .containsEntry("reason", reply.body().get("reason").asText()).containsEntry("status", "200")
                .containsEntry("actions", "assign=done,task=done,closingMessage=failed,tags=done")
                .containsKey("durationMs").doesNotContainKey("shadow");
        assertThat(Long.parseLong(decision.mdc().get("durationMs"))).isGreaterThanOrEqualTo(0);
    }

    @Test
    void handover_writesEmfDocumentsOfTheDecisionTheHandoverTheCrmCallsAndTheLatency() {
        send(TEXT);

        List<JsonNode> docs = emf.all();
        for (JsonNode doc : docs) {
            JsonNode directive = doc.get("_aws").get("CloudWatchMetrics").get(0);
            assertThat(directive.get("Namespace").asText()).isEqualTo("HumanHandover");
            assertThat(doc.get("_aws").get("Timestamp").asLong()).isPositive();
            assertThat(doc.get("requestId").asText()).isNotBlank();
        }
        JsonNode decisions = only("Decisions");
        assertThat(dimensions(decisions)).containsExactly(List.of("Decision", "Mode"));
        assertThat(decisions.get("Decision").asText()).isEqualTo("handover");
        assertThat(decisions.get("Mode").asText()).isEqualTo("live");
        assertThat(decisions.get("Decisions").asDouble()).isEqualTo(1);
        assertThat(metric(decisions, "Decisions").get("Unit").asText()).isEqualTo("Count");

        JsonNode handovers = only("Handovers");
        assertThat(dimensions(handovers)).containsExactly(List.of("Scenario", "Mode"),
                List.of("Scenario", "BotId", "Mode"));
        assertThat(handovers.get("Scenario").asText()).isEqualTo("contactRequest");
        assertThat(handovers.get("BotId").asText()).isEqualTo("default");

        List<String> crmCalls = new ArrayList<>();
        for (JsonNode doc : emf.withMetric("CrmCalls")) {
            assertThat(dimensions(doc)).containsExactly(List.of("Action", "Status"));
            assertThat(doc.has("CrmFailures")).isFalse();
            crmCalls.add(doc.get("Action").asText() + "=" + doc.get("Status").asText());
        }
        assertThat(crmCalls).containsExactlyInAnyOrder("read contact=ok", "assign contact=ok", "create task=ok",
                "send message=ok", "add tags=ok");

        JsonNode latency = only("Latency");
        assertThat(dimensions(latency)).containsExactly(List.of("Path"));
        assertThat(latency.get("Path").asText()).isEqualTo("/");
        assertThat(metric(latency, "Latency").get("Unit").asText()).isEqualTo("Milliseconds");
        assertThat(emf.withMetric("Answered429")).isEmpty();
        assertThat(emf.withMetric("EpisodesFailed")).isEmpty();
        assertThat(docs.stream().map(JsonNode::toString)).noneMatch(text -> text.contains("real person"));
    }

    @Test
    void crmDown_countsTheFailuresByActionAndStatus_andThe429AndWhy() {
        crm.wireMock().register(post(urlPathMatching("/contacts/[^/]+/tasks")).willReturn(aResponse().withStatus(503)));

        Reply reply = send(TEXT);

        assertThat(reply.status()).isEqualTo(429);
        // One document per action and status, counting the attempts (with their retries) of the invocation.
        JsonNode failures = only("CrmFailures");
        assertThat(failures.get("Action").asText()).isEqualTo("create task");
        assertThat(failures.get("Status").asText()).isEqualTo("503");
        assertThat(failures.get("CrmFailures").asDouble()).isEqualTo(failures.get("CrmCalls").asDouble())
                .isEqualTo((double) crm.calls().stream()
                        .filter(call -> call.startsWith("POST") && call.endsWith("/tasks")).count());
        JsonNode answered = only("Answered429");
        assertThat(dimensions(answered)).containsExactly(List.of("Reason"));
        assertThat(answered.get("Reason").asText()).isEqualTo("actions_pending");
    }

    @Test
    void failedAction_countsTheEpisodeFailed() {
        crm.wireMock().register(post(urlPathMatching("/contacts/[^/]+/tags")).willReturn(aResponse().withStatus(422)));

        send(TEXT);

        assertThat(only("EpisodesFailed").get("Scenario").asText()).isEqualTo("contactRequest");
        assertThat(emf.withMetric("CrmFailures")).singleElement()
                .satisfies(doc -> assertThat(doc.get("Status").asText()).isEqualTo("422"));
    }

    @Test
    void refusedRequest_isLoggedWithItsErrorAndCountedByPath() {
        Reply reply;
        List<MdcLog.Line> lines;
        try (MdcLog log = MdcLog.start()) {
            reply = Lambda.invoke(Webhooks.event("/nowhere/" + TEXT, "{}", Map.of()));
            lines = log.lines();
        }

        assertThat(reply.status()).isEqualTo(404);
        MdcLog.Line refused = lines.get(lines.size() - 1);
        assertThat(refused.mdc()).containsEntry("path", "unknown").containsEntry("error", "unknown_path")
                .containsEntry("status", "404");
        assertThat(only("Latency").get("Path").asText()).isEqualTo("unknown");
        assertThat(emf.withMetric("Decisions")).isEmpty();
    }

    private JsonNode only(String metric) {
        List<JsonNode> docs = emf.withMetric(metric);
        assertThat(docs).as("documents with %s in %s", metric, emf.all()).hasSize(1);
        return docs.get(0);
    }

    private static List<List<String>> dimensions(JsonNode doc) {
        List<List<String>> sets = new ArrayList<>();
        doc.get("_aws").get("CloudWatchMetrics").get(0).get("Dimensions").forEach(set -> {
            List<String> names = new ArrayList<>();
            set.forEach(name -> names.add(name.asText()));
            sets.add(names);
        });
        return sets;
    }

    private static JsonNode metric(JsonNode doc, String name) {
        for (JsonNode metric : doc.get("_aws").get("CloudWatchMetrics").get(0).get("Metrics")) {
            if (metric.get("Name").asText().equals(name)) {
                return metric;
            }
        }
        throw new AssertionError(name + " is not declared in " + doc);
    }

    private Reply send(String text) {
        return Lambda.invoke(Webhooks.signedEvent(Webhooks.inbound(conversation, contact, text, clock.instant())));
    }
}
