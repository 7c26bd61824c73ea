package dev.handover.webhook;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.StoreRejectedException;
import dev.handover.conversation.StoreTimeLimit;
import dev.handover.conversation.StoreUnavailableException;
import dev.handover.crm.CrmException;
import dev.handover.crm.Deadline;
import dev.handover.handover.ConversationProcessor;
import dev.handover.handover.Outcome;
import dev.handover.handover.UnawaitedDeliveryException;

/**
 * The path of one request: decode, pick the input shape by path, authenticate and read it, process, answer.
 * Refusals are 4xx with a JSON reason; anything a retry could fix is a 429, because HighLevel redelivers only on 429
 * and drops an event on a 5xx.
 */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);

    private final RequestDecoder decoder;
    private final HighLevelIngress highLevel;
    private final WorkflowIngress workflow;
    private final GenericEventIngress generic;
    private final ReplayGuard replayGuard;
    private final ConversationProcessor processor;
    private final WebhookResponses responses;

    public WebhookService(RequestDecoder decoder, HighLevelIngress highLevel, WorkflowIngress workflow,
            GenericEventIngress generic, ReplayGuard replayGuard, ConversationProcessor processor,
            WebhookResponses responses) {
        this.decoder = decoder;
        this.highLevel = highLevel;
        this.workflow = workflow;
        this.generic = generic;
        this.replayGuard = replayGuard;
        this.processor = processor;
        this.responses = responses;
    }

    /** DynamoDB calls of the request count against its deadline too (see {@link StoreTimeLimit}). */
    public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Deadline deadline) {
        return StoreTimeLimit.within(deadline::storeTimeLeft, () -> answer(event, deadline));
    }

    private APIGatewayV2HTTPResponse answer(APIGatewayV2HTTPEvent event, Deadline deadline) {
        try {
            RawRequest request = decoder.decode(event);
            Admission admission = ingress(request.path()).admit(request, deadline);
            if (admission.event().isEmpty()) {
                return responses.outcome(Outcome.ignored(admission.ignoredBecause()), admission.check());
            }
            ConversationEvent message = admission.event().get();
            Outcome outcome;
            try {
                outcome = processor.process(message, admission.onlyIfAwaited(), deadline);
            } catch (UnawaitedDeliveryException e) {
                throw replayGuard.stale();
            }
            LOG.infof("delivery %s conversation %s: %s %s (%s) -> %d", message.deliveryId(), message.conversationId(),
                    outcome.decision(), outcome.scenario().orElse("-"), outcome.reason(), outcome.status());
            return responses.outcome(outcome, admission.check());
        } catch (WebhookRejectedException e) {
            LOG.infof("refused request: %d %s: %s", e.status(), e.error(), e.detail());
            return responses.error(e.status(), e.error(), e.detail());
        } catch (StoreRejectedException e) {
            // No redelivery can fix an invalid request: a 429 would be answered for ever. Logged for an operator.
            LOG.errorf("DynamoDB REFUSED the request, the event is not processed: %s", e.getMessage());
            return responses.error(422, "store_rejected", "the state store refused the event's update; not retried");
        } catch (StoreUnavailableException e) {
            LOG.errorf("DynamoDB unavailable, asking for a redelivery: %s", e.getMessage());
            return responses.error(429, "store_unavailable", "state could not be read or written; retry later");
        } catch (CrmException e) {
            LOG.errorf("CRM unavailable before anything was recorded, asking for a redelivery: %s", e.getMessage());
            return responses.error(429, "crm_unavailable", e.getMessage());
        } catch (RuntimeException e) {
            // A bug must not lose the event: a 5xx is final for HighLevel, a 429 gets it redelivered.
            LOG.error("unexpected failure, asking for a redelivery", e);
            return responses.error(429, "internal_error", "the event could not be processed; retry later");
        }
    }

    /** {@code /} and {@code /highlevel}: Marketplace webhooks; {@code /workflow}; {@code /events}: generic events. */
    private Ingress ingress(String path) {
        String route = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return switch (route) {
            case "/", "/highlevel" -> highLevel;
            case "/workflow" -> workflow;
            case "/events" -> generic;
            default -> throw new WebhookRejectedException(404, "unknown_path",
                    "POST HighLevel webhooks to /, workflow webhooks to /workflow and generic events to /events");
        };
    }
}
