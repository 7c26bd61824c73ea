package dev.handover.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.handover.crm.CrmToken;
import dev.handover.support.AwsSourcesProfile;
import dev.handover.support.AwsStub;
import dev.handover.support.ConversationTest;
import dev.handover.support.DynamoCallCounter;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * What a deployment reads at run time, through the handler: the CRM token from Secrets Manager (at init, cached, read
 * again once when the CRM refuses it, and after a SnapStart restore) and the bots document from SSM Parameter Store
 * (over 4 KB), with WireMock answering both AWS JSON protocols, and the SnapStart priming before a checkpoint.
 */
@QuarkusTest
@TestProfile(AwsSourcesProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class RuntimeSourcesTest extends ConversationTest {

    private static final String SIGV4 = "AWS4-HMAC-SHA256 Credential=AKIDTESTCLASSIFIER/\\d{8}/us-east-1/%s/"
            + "aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}";

    @Inject
    CrmToken token;
    @Inject
    SnapStartPriming priming;
    @Inject
    WebhookService webhooks;

    private WireMock aws;
    private String current;

    @BeforeEach
    void freshToken() {
        aws = AwsStub.client();
        current = "token-" + UUID.randomUUID();
        AwsStub.secret(aws, current);
        assertThat(token.reload()).isEqualTo(current);
        aws.resetRequests();
    }

    @Test
    void botsDocument_shouldComeFromTheParameterReadOnceAtStartUp() {
        assertThat(AwsStub.botsDocument().length()).isGreaterThan(4096);

        Reply reply = send("can I talk to a person please?");

        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        crm.wireMock().verifyThat(putRequestedFor(urlPathEqualTo("/contacts/" + contact))
                .withRequestBody(equalToJson("{\"assignedTo\":\"" + AwsStub.PARAMETER_ASSIGNEE + "\"}")));
        // read at start-up, never per request
        assertThat(AwsStub.requests(aws, AwsStub.GET_PARAMETER)).isEmpty();
    }

    @Test
    void secretRequest_shouldBeSigV4SignedAwsJson() {
        List<LoggedRequest> reads = reload();

        assertThat(reads).hasSize(1);
        LoggedRequest read = reads.get(0);
        assertThat(read.getHeader("Content-Type")).isEqualTo("application/x-amz-json-1.1");
        assertThat(read.getHeader("Authorization")).matches(String.format(SIGV4, "secretsmanager"));
        assertThat(read.getHeader("X-Amz-Date")).matches("\\d{8}T\\d{6}Z");
        assertThat(read.getBodyAsString()).isEqualTo("{\"SecretId\":\"" + AwsStub.SECRET_ARN + "\"}");
    }

    @Test
    void token_shouldBeTheSecretsAndReadOncePerProcessNotPerRequest() {
        send("agent please");

        assertThat(crm.calls()).containsExactlyInAnyOrder("PUT /contacts/" + contact, "POST /contacts/" + contact
                + "/tasks", "POST /conversations/messages", "POST /contacts/" + contact + "/tags");
        assertThat(crm.requests()).allSatisfy(request ->
                assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + current));
        assertThat(AwsStub.requests(aws, AwsStub.GET_SECRET)).isEmpty();
    }

    @Test
    void refusedToken_shouldBeReadAgainOnceAndTheCallRepeatedWithTheNewOne() {
        String rotated = "token-" + UUID.randomUUID();
        AwsStub.secret(aws, rotated);
        refuse(current);

        Reply reply = send("agent please");

        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(reply.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        assertThat(AwsStub.requests(aws, AwsStub.GET_SECRET)).hasSize(1);
        List<LoggedRequest> requests = crm.requests();
        assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Bearer " + current);
        assertThat(requests.subList(1, requests.size())).hasSize(4).allSatisfy(request ->
                assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + rotated));
        assertThat(requests.get(1).getUrl()).isEqualTo(requests.get(0).getUrl());
    }

    @Test
    void tokenStillRefusedAfterTheReread_shouldKeepTheWorkForTheRedeliveryAndNotReadAgainAtOnce() {
        refuse(current);

        Reply first = send("agent please");
        String firstContact = contact;
        Reply second = sendInNewConversation("agent please");

        assertThat(AwsStub.requests(aws, AwsStub.GET_SECRET)).hasSize(1);
        assertThat(crm.calls()).containsExactly("PUT /contacts/" + firstContact, "PUT /contacts/" + contact);
        for (Reply reply : List.of(first, second)) {
            // an operator fixes the secret; HighLevel redelivers on 429 and the pause is already in place
            assertThat(reply.status()).isEqualTo(429);
            assertThat(reply.body().get("botPaused").asBoolean()).isTrue();
            JsonNode assign = reply.body().get("actions").get(0);
            assertThat(assign.get("action").asText()).isEqualTo("assign");
            assertThat(assign.get("status").asText()).isEqualTo("pending");
            assertThat(assign.get("detail").asText()).isEqualTo("configuration error: assign contact: CRM answered "
                    + "HTTP 401 - check the CRM token and its scopes");
            assertThat(reply.actionStatuses()).containsExactly("assign=pending", "task=pending",
                    "closingMessage=pending", "tags=pending");
        }
    }

    @Test
    void priming_shouldRunEveryPathWithoutWritingAndRestoreShouldReadTheToken() {
        DynamoCallCounter.reset();

        priming.beforeCheckpoint(null);

        assertThat(DynamoCallCounter.calls()).containsExactlyEntriesOf(java.util.Map.of("GetItem", 1));
        assertThat(crm.calls()).containsExactly("GET /contacts/" + SnapStartPriming.PRIMING_ID);
        assertThat(crm.requests().get(0).getHeader("Authorization")).isEqualTo("Bearer " + current);
        assertThat(AwsStub.requests(aws, AwsStub.GET_SECRET)).isEmpty();

        String rotated = "token-" + UUID.randomUUID();
        AwsStub.secret(aws, rotated);
        priming.afterRestore(null);

        assertThat(AwsStub.requests(aws, AwsStub.GET_SECRET)).hasSize(1);
        assertThat(token.current()).isEqualTo(rotated);
    }

    @Test
    void primingWebhooks_shouldReachBothSignatureChecksAndBeRefused() {
        for (String header : List.of("x-ghl-signature", "x-wh-signature")) {
            var answer = webhooks.handle(SnapStartPriming.signed(header), dev.handover.crm.Deadline.in(
                    java.time.Duration.ofSeconds(3)));

            assertThat(answer.getStatusCode()).isEqualTo(401);
            assertThat(answer.getBody()).contains("invalid_signature").contains(header);
        }
        assertThat(crm.calls()).isEmpty();
    }

    private List<LoggedRequest> reload() {
        token.reload();
        return AwsStub.requests(aws, AwsStub.GET_SECRET);
    }

    private void refuse(String refused) {
        crm.wireMock().register(any(anyUrl()).atPriority(1).withHeader("Authorization", equalTo("Bearer " + refused))
                .willReturn(aResponse().withStatus(401).withHeader("content-type", "application/json")
                        .withBody("{\"statusCode\":401,\"message\":\"Invalid JWT\"}")));
    }

    private Reply send(String text) {
        return Lambda.invoke(Webhooks.signedEvent(Webhooks.inbound(conversation, contact, text, Instant.now())));
    }

    private Reply sendInNewConversation(String text) {
        conversation = "conv-" + UUID.randomUUID();
        contact = "contact-" + UUID.randomUUID();
        return send(text);
    }
}
