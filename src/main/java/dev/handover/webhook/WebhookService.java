package dev.handover.webhook;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.StoreUnavailableException;
import dev.handover.handover.ConversationProcessor;
import dev.handover.handover.Outcome;
import dev.handover.handover.UnawaitedDeliveryException;
import dev.handover.webhook.SignatureVerifier.SignatureCheck;

/**
 * The path of one webhook: decode, verify, parse, check freshness, process, answer. Refusals are 4xx with a JSON
 * reason; anything a retry could fix is a 429, because HighLevel redelivers only on 429 and drops an event on a 5xx.
 */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);

    private final RequestDecoder decoder;
    private final SignatureVerifier signatures;
    private final HighLevelWebhookParser parser;
    private final ReplayGuard replayGuard;
    private final ConversationProcessor processor;
    private final WebhookResponses responses;

    public WebhookService(RequestDecoder decoder, SignatureVerifier signatures, HighLevelWebhookParser parser,
            ReplayGuard replayGuard, ConversationProcessor processor, WebhookResponses responses) {
        this.decoder = decoder;
        this.signatures = signatures;
        this.parser = parser;
        this.replayGuard = replayGuard;
        this.processor = processor;
        this.responses = responses;
    }

    public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        try {
            RawRequest request = decoder.decode(event);
            SignatureCheck check = signatures.verify(request);
            ParsedWebhook webhook = parser.parse(request.body());
            if (webhook.event().isEmpty()) {
                return responses.outcome(Outcome.ignored("event type " + webhook.type() + " is not handled"), check);
            }
            ConversationEvent message = webhook.event().get();
            boolean onlyIfAwaited = check != SignatureCheck.DISABLED && replayGuard.check(message.occurredAt());
            Outcome outcome;
            try {
                outcome = processor.process(message, onlyIfAwaited);
            } catch (UnawaitedDeliveryException e) {
                throw replayGuard.stale();
            }
            LOG.infof("delivery %s conversation %s: %s %s (%s) -> %d", message.deliveryId(), message.conversationId(),
                    outcome.decision(), outcome.scenario().orElse("-"), outcome.reason(), outcome.status());
            return responses.outcome(outcome, check);
        } catch (WebhookRejectedException e) {
            LOG.infof("refused webhook: %d %s: %s", e.status(), e.error(), e.detail());
            return responses.error(e.status(), e.error(), e.detail());
        } catch (StoreUnavailableException e) {
            LOG.errorf("DynamoDB unavailable, asking for a redelivery: %s", e.getMessage());
            return responses.error(429, "store_unavailable", "state could not be read or written; retry later");
        } catch (RuntimeException e) {
            // A bug must not lose the event: a 5xx is final for HighLevel, a 429 gets it redelivered.
            LOG.error("unexpected failure, asking for a redelivery", e);
            return responses.error(429, "internal_error", "the event could not be processed; retry later");
        }
    }
}
