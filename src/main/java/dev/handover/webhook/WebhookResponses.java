package dev.handover.webhook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.handover.handover.Outcome;
import dev.handover.webhook.SignatureVerifier.SignatureCheck;

/** Writes the function's JSON answers: the outcome of an event, or {@code {error, detail}} for a refused request. */
@ApplicationScoped
public class WebhookResponses {

    private final ObjectMapper json;

    public WebhookResponses(ObjectMapper json) {
        this.json = json;
    }

    public APIGatewayV2HTTPResponse outcome(Outcome outcome, SignatureCheck check) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", outcome.decision());
        body.put("scenario", outcome.scenario().orElse(null));
        body.put("reason", outcome.reason());
        body.put("botPaused", outcome.botPaused());
        body.put("pausedUntil", outcome.pausedUntil()
                .map(until -> until.equals(Instant.MAX) ? "indefinite" : until.toString()).orElse(null));
        body.put("actions", outcome.actions());
        if (outcome.shadow()) {
            body.put("shadow", true);
        }
        outcome.gate().ifPresent(gate -> {
            switch (gate.result()) {
                case "held" -> body.put("held", true);
                case "forwarded" -> body.put("forwarded", true);
                default -> {
                    body.put("forwarded", false);
                    body.put("forwardError", gate.detail());
                }
            }
        });
        if (check == SignatureCheck.DISABLED) {
            body.put("signatureCheck", "disabled");
        }
        return response(outcome.status(), body);
    }

    public APIGatewayV2HTTPResponse error(int status, String error, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("detail", detail);
        return response(status, body);
    }

    private APIGatewayV2HTTPResponse response(int status, Map<String, Object> body) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response cannot be written as JSON", e);
        }
        APIGatewayV2HTTPResponse response = new APIGatewayV2HTTPResponse();
        response.setStatusCode(status);
        response.setHeaders(Map.of("content-type", "application/json"));
        response.setBody(text);
        response.setIsBase64Encoded(false);
        return response;
    }
}
