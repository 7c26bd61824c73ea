package dev.handover.webhook;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.handover.conversation.ReplyWatch;
import dev.handover.handover.ConversationStatus;
import dev.handover.handover.Outcome;
import dev.handover.handover.SweepReport;
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
        body.put("pausedUntil", pausedUntil(outcome));
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

    /**
     * The answer to a {@code status} query: {@code decision}, {@code botPaused}, {@code pausedUntil}, the open
     * episode ({@code id}, {@code scenario}, {@code startedAt}, {@code remainingActions}), the last handover
     * ({@code scenario}, {@code at}) and {@code awaitingReplyUntil} (when a handover's wait for a person runs out,
     * see humanResponseTimeout), each null when there is none.
     */
    public APIGatewayV2HTTPResponse status(ConversationStatus.Status status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", status.outcome().decision());
        body.put("botPaused", status.outcome().botPaused());
        body.put("pausedUntil", pausedUntil(status.outcome()));
        body.put("openEpisode", status.state().openEpisode().map(episode -> {
            Map<String, Object> open = new LinkedHashMap<>();
            open.put("id", episode.id());
            open.put("scenario", episode.scenario());
            open.put("startedAt", episode.startedAt().toString());
            open.put("remainingActions", episode.remaining());
            return open;
        }).orElse(null));
        body.put("lastHandover", status.state().episode().map(episode -> Map.of("scenario", episode.scenario(),
                "at", episode.startedAt().toString())).orElse(null));
        body.put("awaitingReplyUntil", status.state().replyWatch().flatMap(ReplyWatch::deadline).map(Instant::toString)
                .orElse(null));
        return response(200, body);
    }

    /** What one sweep of due work did, for the log of a scheduled invocation (the scheduler reads no answer). */
    public APIGatewayV2HTTPResponse sweep(SweepReport report) {
        return response(200, Map.of("sweep", report));
    }

    private static String pausedUntil(Outcome outcome) {
        return outcome.pausedUntil().map(until -> until.equals(Instant.MAX) ? "indefinite" : until.toString())
                .orElse(null);
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
