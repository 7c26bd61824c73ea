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
import dev.handover.handover.ConversationStatus;
import dev.handover.handover.Outcome;
import dev.handover.handover.UnawaitedDeliveryException;
import dev.handover.observe.CrmTally;
import dev.handover.observe.InvocationReport;
import dev.handover.observe.LogFields;

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
    private final InvocationReport invocations;
    private final ConversationStatus status;

    public WebhookService(RequestDecoder decoder, HighLevelIngress highLevel, WorkflowIngress workflow,
            GenericEventIngress generic, ReplayGuard replayGuard, ConversationProcessor processor,
            WebhookResponses responses, InvocationReport invocations, ConversationStatus status) {
        this.invocations = invocations;
        this.status = status;
        this.decoder = decoder;
        this.highLevel = highLevel;
        this.workflow = workflow;
        this.generic = generic;
        this.replayGuard = replayGuard;
        this.processor = processor;
        this.responses = responses;
    }

    /**
     * DynamoDB calls of the request count against its deadline too (see {@link StoreTimeLimit}). The caller has
     * started the invocation's log fields ({@link LogFields#begin}); this adds the event's and ends with one decision
     * line and the invocation's metrics.
     */
    public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event, Deadline deadline) {
        long started = System.nanoTime();
        String route = route(event == null ? null : event.getRawPath());
        LogFields.put(LogFields.PATH, route);
        CrmTally.open();
        Answer answer = StoreTimeLimit.within(deadline::storeTimeLeft, () -> answer(event, deadline));
        long millis = (System.nanoTime() - started) / 1_000_000;
        int status = answer.response().getStatusCode();
        invocations.answered(route, answer.outcome(), answer.error(), status, millis);
        if (answer.outcome() != null) {
            Outcome outcome = answer.outcome();
            LOG.infof("answered %d: %s %s (%s)%s", status, outcome.decision(), outcome.scenario().orElse("-"),
                    outcome.reason(), outcome.shadow() ? " [shadow]" : "");
        } else {
            LOG.infof("refused request: %d %s: %s", status, answer.error(), answer.detail());
        }
        return answer.response();
    }

    private Answer answer(APIGatewayV2HTTPEvent event, Deadline deadline) {
        try {
            RawRequest request = decoder.decode(event);
            Admission admission = ingress(request.path()).admit(request, deadline);
            if (admission.statusOf().isPresent()) {
                LogFields.put(LogFields.LOCATION_ID, admission.statusOf().get().locationId());
                LogFields.put(LogFields.CONVERSATION_ID, admission.statusOf().get().conversationId());
                ConversationStatus.Status current = status.of(admission.statusOf().get());
                return new Answer(responses.status(current), current.outcome(), null, null);
            }
            if (admission.event().isEmpty()) {
                Outcome ignored = Outcome.ignored(admission.ignoredBecause());
                return new Answer(responses.outcome(ignored, admission.check()), ignored, null, null);
            }
            ConversationEvent message = admission.event().get();
            LogFields.put(LogFields.LOCATION_ID, message.locationId());
            LogFields.put(LogFields.CONVERSATION_ID, message.conversationId());
            LogFields.put(LogFields.DELIVERY_ID, message.deliveryId());
            Outcome outcome;
            try {
                outcome = processor.process(message, admission.onlyIfAwaited(), deadline);
            } catch (UnawaitedDeliveryException e) {
                throw replayGuard.stale();
            }
            return new Answer(responses.outcome(outcome, admission.check()), outcome, null, null);
        } catch (WebhookRejectedException e) {
            return refused(e.status(), e.error(), e.detail());
        } catch (StoreRejectedException e) {
            // No redelivery can fix an invalid request: a 429 would be answered for ever. Logged for an operator.
            LOG.errorf("DynamoDB REFUSED the request, the event is not processed: %s", e.getMessage());
            return refused(422, "store_rejected", "the state store refused the event's update; not retried");
        } catch (StoreUnavailableException e) {
            LOG.errorf("DynamoDB unavailable, asking for a redelivery: %s", e.getMessage());
            return refused(429, "store_unavailable", "state could not be read or written; retry later");
        } catch (CrmException e) {
            LOG.errorf("CRM unavailable before anything was recorded, asking for a redelivery: %s", e.getMessage());
            return refused(429, "crm_unavailable", e.getMessage());
        } catch (RuntimeException e) {
            // A bug must not lose the event: a 5xx is final for HighLevel, a 429 gets it redelivered.
            LOG.error("unexpected failure, asking for a redelivery", e);
            return refused(429, "internal_error", "the event could not be processed; retry later");
        }
    }

    private Answer refused(int status, String error, String detail) {
        return new Answer(responses.error(status, error, detail), null, error, detail);
    }

    /** The answer and what it says: the outcome of an event, or the error of a refused or failed request. */
    private record Answer(APIGatewayV2HTTPResponse response, Outcome outcome, String error, String detail) {
    }

    /** The path as a metric dimension: one of the four the function serves, never what a caller made up. */
    static String route(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        String route = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return switch (route) {
            case "/", "/highlevel", "/workflow", "/events" -> route;
            default -> "unknown";
        };
    }

    /** {@code /} and {@code /highlevel}: Marketplace webhooks; {@code /workflow}; {@code /events}: generic events. */
    private Ingress ingress(String path) {
        return switch (route(path)) {
            case "/", "/highlevel" -> highLevel;
            case "/workflow" -> workflow;
            case "/events" -> generic;
            default -> throw new WebhookRejectedException(404, "unknown_path",
                    "POST HighLevel webhooks to /, workflow webhooks to /workflow and generic events to /events");
        };
    }
}
