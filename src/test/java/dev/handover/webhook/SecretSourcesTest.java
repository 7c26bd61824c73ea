package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import dev.handover.scenario.MessageFingerprint;
import dev.handover.support.AwsSourcesProfile;
import dev.handover.support.AwsStub;
import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The secrets a deployment reads from Secrets Manager at start-up, through the handler, with WireMock answering the
 * AWS JSON protocol ({@link AwsStub}): the fingerprint salt ({@code HANDOVER_FINGERPRINT_SALT_SECRET_ARN}) and the
 * bot's {@code eventSecret} (a key of a JSON secret) and {@code workflowSecret} (a secret by name) of the bots
 * document in SSM. Each is used as read, and none is read again per request. (Unreadable secrets failing the
 * start-up: {@code SecretReaderTest}, {@code UnreadableBotSecretStartupTest}, {@code FingerprintProducerTest}.)
 */
@QuarkusTest
@TestProfile(AwsSourcesProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class SecretSourcesTest extends ConversationTest {

    private static final String BOT = "parameter-bot";

    @Inject
    MessageFingerprint fingerprints;

    private WireMock aws;

    @BeforeEach
    void freshJournal() {
        aws = AwsStub.client();
        aws.resetRequests();
    }

    @Test
    void genericEvent_signedWithTheEventSecretFromSecretsManager_shouldBeAccepted() {
        Reply reply = Lambda.invoke(Webhooks.genericEvent(event("what time do you open?"), AwsStub.BOT_EVENT_SECRET));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
        assertThat(AwsStub.requests(aws, AwsStub.GET_SECRET)).isEmpty();
    }

    @Test
    void genericEvent_signedWithAnotherSecret_shouldBeRefused() {
        Reply reply = Lambda.invoke(Webhooks.genericEvent(event("what time do you open?"), "test-event-secret"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().get("error").asText()).isEqualTo("invalid_signature");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void workflowWebhook_withTheWorkflowSecretFromSecretsManager_shouldBeAcceptedAndAnotherRefused() {
        String body = Webhooks.workflow(Webhooks.LOCATION, contact, "what time do you open?").toString();

        Reply accepted = Lambda.invoke(Webhooks.event("/workflow", body.replace("\"customData\":{}",
                "\"customData\":{\"conversationId\":\"" + conversation + "\"}"),
                Map.of("x-handover-secret", AwsStub.BOT_WORKFLOW_SECRET)));
        Reply refused = Lambda.invoke(Webhooks.event("/workflow", body, Map.of("x-handover-secret",
                "test-workflow-secret")));

        assertThat(accepted.status()).as("%s", accepted.body()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(AwsStub.requests(aws, AwsStub.GET_SECRET)).isEmpty();
    }

    @Test
    void fingerprints_shouldBeKeyedWithTheSaltFromSecretsManager() {
        String text = "my order has not arrived yet";

        assertThat(fingerprints.of(text, conversation))
                .isEqualTo(new MessageFingerprint(AwsStub.SALT).of(text, conversation))
                .isNotEqualTo(new MessageFingerprint("test-fingerprint-salt-not-a-secret").of(text, conversation));
    }

    private com.fasterxml.jackson.databind.node.ObjectNode event(String text) {
        return Webhooks.generic(Webhooks.LOCATION, BOT, conversation, contact, "user", text);
    }
}
