package dev.handover.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.handover.support.ClassifierProfile;
import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The custom handover type through the handler, with the model-based classifier on and WireMock answering the
 * Bedrock Converse API as the model would (bots of bots-classifier-test.yaml).
 */
@QuarkusTest
@TestProfile(ClassifierProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class ClassifierFlowTest extends ConversationTest {

    static final String LOCATION = "loc-custom-1";
    static final String PLAIN_LOCATION = "loc-custom-2";
    static final String CONDITION = "The customer is angry or threatens to cancel their subscription";
    static final String CONVERSE = "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse";

    @Test
    void modelSaysYes_shouldHandOverForTheCustomScenarioWithItsActions() {
        model(answer("YES"));

        Reply reply = customer("This is the third time you've charged me twice. I'm done, cancel everything!");

        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(reply.body().get("scenario").asText()).isEqualTo("custom");
        assertThat(reply.body().get("reason").asText()).isEqualTo("model:" + ClassifierProfile.MODEL_ID);
        assertThat(reply.pausedUntil()).isEqualTo(seconds(clock.instant().plus(Duration.ofHours(2))));
        assertThat(crm.calls()).containsExactlyInAnyOrder("POST " + CONVERSE, "PUT /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks", "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
        crm.wireMock().verifyThat(putRequestedFor(urlPathEqualTo("/contacts/" + contact))
                .withRequestBody(equalToJson("{\"assignedTo\":\"user-escalations\"}")));
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/contacts/" + contact + "/tasks"))
                .withRequestBody(equalToJson("{\"title\":\"Escalation: custom\",\"assignedTo\":\"user-escalations\"}",
                        true, true)));
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/conversations/messages"))
                .withRequestBody(equalToJson("{\"message\":\"I'm sorry about this. A manager will contact you "
                        + "shortly.\"}", true, true)));
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/contacts/" + contact + "/tags"))
                .withRequestBody(equalToJson("{\"tags\":[\"human_handover\",\"escalation\"]}")));
        // the conversation is paused: the next message does not ask the model again
        assertThat(customer("hello?").body().get("decision").asText()).isEqualTo("paused");
        assertThat(converseRequests()).hasSize(1);
    }

    @Test
    void converseRequest_shouldCarryTheConditionTheDelimitedTextAndASigV4Signature() throws Exception {
        model(answer("NO"));

        customer("What are your opening hours on Saturday?");

        List<LoggedRequest> requests = converseRequests();
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getUrl()).isEqualTo(CONVERSE);
        assertThat(request.getHeader("Authorization"))
                .matches("AWS4-HMAC-SHA256 Credential=AKIDTESTCLASSIFIER/\\d{8}/us-east-1/bedrock/aws4_request, "
                        + "SignedHeaders=.*, Signature=[0-9a-f]{64}");
        JsonNode body = Webhooks.JSON.readTree(request.getBodyAsString());
        assertThat(body.at("/system/0/text").asText()).contains(CONDITION);
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("user");
        assertThat(body.at("/messages/0/content/0/text").asText()).isEqualTo(
                "<customer_message>\nWhat are your opening hours on Saturday?\n</customer_message>");
        assertThat(body.at("/inferenceConfig/temperature").asDouble()).isZero();
        assertThat(body.at("/inferenceConfig/maxTokens").asInt()).isPositive().isLessThanOrEqualTo(10);
    }

    @Test
    void longCustomerText_shouldBeCutBeforeItIsSent() throws Exception {
        model(answer("NO"));
        String text = "I have a question about my invoice. ".repeat(20);

        customer(text);

        JsonNode body = Webhooks.JSON.readTree(converseRequests().get(0).getBodyAsString());
        assertThat(body.at("/messages/0/content/0/text").asText())
                .isEqualTo("<customer_message>\n" + text.substring(0, 200) + "\n</customer_message>");
    }

    @Test
    void modelSaysNo_shouldKeepTheRuleBasedDecision() {
        model(answer("NO"));

        Reply reply = customer("What are your opening hours on Saturday?");

        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
        assertThat(reply.body().get("reason").asText()).endsWith(" custom:no");
        assertThat(crm.calls()).containsExactly("POST " + CONVERSE);
    }

    @Test
    void slowModel_shouldGiveUpAtTheTimeoutAndKeepTheRuleBasedDecision() {
        model(answer("YES").withFixedDelay(4000));

        long started = System.nanoTime();
        Reply reply = customer("I'm furious, cancel my subscription now");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
        assertThat(reply.body().get("reason").asText()).endsWith(" custom:no-answer");
        assertThat(took).isLessThan(Duration.ofMillis(ClassifierProfile.TIMEOUT_MILLIS + 1500));
        // one attempt, no retry; no CRM call
        assertThat(crm.calls()).containsExactly("POST " + CONVERSE);
    }

    @Test
    void modelError_shouldKeepTheRuleBasedDecision() {
        model(aResponse().withStatus(500).withHeader("content-type", "application/json")
                .withHeader("x-amzn-ErrorType", "InternalServerException")
                .withBody("{\"message\":\"The server encountered an internal error\"}"));

        Reply reply = customer("I'm furious, cancel my subscription now");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
        assertThat(reply.body().get("reason").asText()).endsWith(" custom:no-answer");
        assertThat(crm.calls()).containsExactly("POST " + CONVERSE);
    }

    @Test
    void unreadableReply_shouldBeNoAnswer() {
        model(answer("I am not sure."));

        Reply reply = customer("I'm furious, cancel my subscription now");

        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
        assertThat(reply.body().get("reason").asText()).endsWith(" custom:no-answer");
    }

    @Test
    void ruleBasedHandover_shouldWinWithoutAskingTheModel() {
        model(answer("YES"));

        Reply reply = customer("Can I talk to someone from your team?");

        assertThat(reply.body().get("scenario").asText()).isEqualTo("contactRequest");
        assertThat(converseRequests()).isEmpty();
    }

    @Test
    void botMessages_shouldNotBeClassified() {
        model(answer("YES"));

        Reply reply = send(Webhooks.botReply(LOCATION, conversation, contact, "Our opening hours are 9 to 5.",
                clock.instant()));

        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
        assertThat(converseRequests()).isEmpty();
    }

    @Test
    void botWithoutCustomAction_shouldNeverAskTheModel() {
        model(answer("YES"));
        ObjectNode body = Webhooks.inbound(conversation, contact, "I'm furious, cancel my subscription now",
                clock.instant());
        body.put("locationId", PLAIN_LOCATION);

        Reply reply = send(body);

        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
        assertThat(reply.body().get("reason").asText()).doesNotContain("custom:");
        assertThat(converseRequests()).isEmpty();
        assertThat(crm.calls()).isEmpty();
    }

    private void model(ResponseDefinitionBuilder response) {
        crm.wireMock().register(post(urlPathMatching("/model/[^/]+/converse"))
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 .*"))
                .withRequestBody(containing(CONDITION))
                .withHeader("content-type", equalTo("application/json"))
                .willReturn(response));
    }

    private static ResponseDefinitionBuilder answer(String text) {
        return aResponse().withStatus(200).withHeader("content-type", "application/json")
                .withBody("{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":\"" + text
                        + "\"}]}},\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":10,\"outputTokens\":1,"
                        + "\"totalTokens\":11},\"metrics\":{\"latencyMs\":100}}");
    }

    private List<LoggedRequest> converseRequests() {
        return crm.requests().stream().filter(request -> request.getUrl().startsWith("/model/")).toList();
    }

    private Reply customer(String text) {
        ObjectNode body = Webhooks.inbound(conversation, contact, text, clock.instant());
        body.put("locationId", LOCATION);
        return send(body);
    }

    private static Reply send(ObjectNode body) {
        return Lambda.accepted(body);
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
