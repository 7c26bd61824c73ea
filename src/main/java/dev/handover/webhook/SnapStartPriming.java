package dev.handover.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import dev.handover.conversation.ConversationKey;
import dev.handover.conversation.ConversationStore;
import dev.handover.crm.CrmGateway;
import dev.handover.crm.CrmToken;
import dev.handover.crm.Deadline;
import dev.handover.scenario.BotFallbackDetector;
import dev.handover.scenario.ContactRequestDetector;
import dev.handover.scenario.FeedbackDetector;

/**
 * SnapStart priming (CRaC, {@code org.crac} comes with Quarkus's runner): before the snapshot, every path a first
 * request takes runs once (the webhook path with its JSON parsing and both signature checks, the detectors and their
 * models, a DynamoDB read, a CRM read), so classes are loaded and the JIT has seen them when a restored function
 * answers. After the restore the CRM token is read again: a snapshot may be restored long after it was taken.
 * Nothing here writes anything or fails the checkpoint; on a runtime without checkpoints it never runs.
 */
@ApplicationScoped
public class SnapStartPriming implements Resource {

    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);
    /** Ids no real conversation or contact has: the reads find nothing. */
    static final String PRIMING_ID = "snapstart-priming";
    private static final Duration BUDGET = Duration.ofSeconds(3);

    @Inject
    WebhookService webhooks;
    @Inject
    ConversationStore store;
    @Inject
    CrmGateway crm;
    @Inject
    CrmToken token;

    void register(@Observes StartupEvent event) {
        // The global context holds resources weakly: this application-scoped bean keeps itself alive.
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        prime("webhook path", () -> {
            webhooks.handle(signed("x-ghl-signature"), Deadline.in(BUDGET));
            webhooks.handle(signed("x-wh-signature"), Deadline.in(BUDGET));
        });
        prime("detectors", SnapStartPriming::detectors);
        prime("DynamoDB", () -> store.read(new ConversationKey(PRIMING_ID, PRIMING_ID)));
        prime("CRM", () -> crm.contactOwner(PRIMING_ID, Deadline.in(BUDGET)));
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        prime("CRM token", token::reload);
    }

    /** A HighLevel webhook with a signature that cannot match: read, verified and refused 401, nothing stored. */
    static APIGatewayV2HTTPEvent signed(String header) {
        String body = "{\"type\":\"InboundMessage\",\"locationId\":\"" + PRIMING_ID + "\",\"conversationId\":\""
                + PRIMING_ID + "\",\"contactId\":\"" + PRIMING_ID + "\",\"messageType\":\"SMS\",\"direction\":"
                + "\"inbound\",\"body\":\"priming\",\"timestamp\":\"" + Instant.now() + "\",\"webhookId\":\""
                + PRIMING_ID + "\"}";
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRawPath("/");
        event.setBody(Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);
        event.setHeaders(Map.of("content-type", "application/json", header,
                Base64.getEncoder().encodeToString(new byte[64])));
        APIGatewayV2HTTPEvent.RequestContext request = new APIGatewayV2HTTPEvent.RequestContext();
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod("POST");
        http.setPath("/");
        request.setHttp(http);
        event.setRequestContext(request);
        return event;
    }

    private static void detectors() {
        ContactRequestDetector contact = new ContactRequestDetector();
        BotFallbackDetector fallback = new BotFallbackDetector();
        FeedbackDetector feedback = new FeedbackDetector();
        for (String text : List.of("can I talk to a real person please?", "quiero hablar con un agente",
                "je voudrais parler à quelqu'un", "ich möchte mit einem Mitarbeiter sprechen")) {
            contact.detect(text, List.of("talk to agent"));
        }
        fallback.detect("I'm sorry, I don't have that information.");
        feedback.classify("that didn't help, still not working");
    }

    private static void prime(String what, Runnable step) {
        long start = System.nanoTime();
        try {
            step.run();
            LOG.infof("primed %s in %d ms", what, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warnf("priming %s failed (%s); the first request pays for it", what, e.getClass().getSimpleName());
        }
    }
}
