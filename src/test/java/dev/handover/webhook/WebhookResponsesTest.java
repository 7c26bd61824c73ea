package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.handover.handover.ActionReport;
import dev.handover.handover.Outcome;
import dev.handover.webhook.SignatureVerifier.SignatureCheck;

class WebhookResponsesTest {

    private final ObjectMapper json = new ObjectMapper();
    private final WebhookResponses responses = new WebhookResponses(json);

    @Test
    void signaturesSwitchedOff_shouldSayItInEveryAnswer() throws Exception {
        APIGatewayV2HTTPResponse response = responses.outcome(Outcome.ignored("test"), SignatureCheck.DISABLED);

        assertThat(json.readTree(response.getBody()).get("signatureCheck").asText()).isEqualTo("disabled");
    }

    @Test
    void verifiedSignature_shouldNotMentionTheCheck() throws Exception {
        APIGatewayV2HTTPResponse response = responses.outcome(Outcome.ignored("test"), SignatureCheck.ED25519);

        assertThat(json.readTree(response.getBody()).has("signatureCheck")).isFalse();
    }

    @Test
    void handover_shouldCarryTheDocumentedFields() throws Exception {
        Outcome outcome = new Outcome(200, "handover", Optional.of("contactRequest"), "rule:en:talk-to+human", true,
                Optional.of(Instant.parse("2026-11-27T10:00:00Z")), List.of(ActionReport.done("task", "task-1")),
                false, Optional.empty());

        APIGatewayV2HTTPResponse response = responses.outcome(outcome, SignatureCheck.ED25519);
        JsonNode body = json.readTree(response.getBody());

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("content-type", "application/json");
        assertThat(body.get("decision").asText()).isEqualTo("handover");
        assertThat(body.get("scenario").asText()).isEqualTo("contactRequest");
        assertThat(body.get("botPaused").asBoolean()).isTrue();
        assertThat(body.get("pausedUntil").asText()).isEqualTo("2026-11-27T10:00:00Z");
        assertThat(body.get("actions").get(0).get("status").asText()).isEqualTo("done");
        // exactly the documented fields of an action
        java.util.List<String> fields = new java.util.ArrayList<>();
        body.get("actions").get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("action", "status", "detail");
    }

    @Test
    void indefinitePause_shouldReadIndefinite() throws Exception {
        Outcome outcome = new Outcome(200, "paused", Optional.empty(), "r", true, Optional.of(Instant.MAX), List.of(),
                false, Optional.empty());

        JsonNode body = json.readTree(responses.outcome(outcome, SignatureCheck.ED25519).getBody());

        assertThat(body.get("pausedUntil").asText()).isEqualTo("indefinite");
    }

    @Test
    void error_shouldBeJsonWithErrorAndDetail() throws Exception {
        APIGatewayV2HTTPResponse response = responses.error(400, "invalid_json", "the body is not valid JSON");

        assertThat(response.getStatusCode()).isEqualTo(400);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("error").asText()).isEqualTo("invalid_json");
        assertThat(body.get("detail").asText()).isEqualTo("the body is not valid JSON");
    }
}
