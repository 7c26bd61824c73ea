package dev.handover.webhook;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.StartupEvent;

import dev.handover.conversation.StoreWarmup;
import dev.handover.crm.Deadline;

/**
 * Does during init what the first webhook would otherwise do: creates every bean of the function (the signature
 * verifier with its tables, the detectors with their models, the SDK and REST clients), runs a request that is
 * refused for its signature through the whole decoding and answering path (it stores and calls nothing), and reads
 * DynamoDB once and has one conditional update of it refused (nothing written). It makes no CRM call: the REST client is built, but its first connection is the first handover's.
 * Before a SnapStart (CRaC) checkpoint, {@link SnapStartPriming} runs the request paths again, a CRM read included.
 */
@ApplicationScoped
public class Priming {

    private static final Logger LOG = Logger.getLogger(Priming.class);
    private static final String BODY = "{\"type\":\"InboundMessage\",\"locationId\":\"priming\",\"contactId\":\"priming\","
            + "\"conversationId\":\"priming\",\"messageType\":\"SMS\",\"body\":\"priming\",\"webhookId\":\"priming\"}";

    private final BeanManager beans;
    private final RequestDecoder decoder;
    private final HighLevelIngress highLevel;
    private final WebhookResponses responses;
    private final StoreWarmup store;

    public Priming(BeanManager beans, RequestDecoder decoder, HighLevelIngress highLevel, WebhookResponses responses,
            StoreWarmup store) {
        this.beans = beans;
        this.decoder = decoder;
        this.highLevel = highLevel;
        this.responses = responses;
        this.store = store;
    }

    /** After the other start-up observers (the table bootstrap of local runs comes first). */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 900) StartupEvent event) {
        prime();
    }

    /** Safe to run any number of times: it changes no state. */
    public void prime() {
        long started = System.nanoTime();
        createApplicationBeans();
        long created = System.nanoTime();
        // The parts of WebhookService's path, not WebhookService itself: the refusal is neither logged nor counted.
        try {
            highLevel.admit(decoder.decode(refusedRequest()), Deadline.in(Duration.ofSeconds(2)));
            LOG.warn("the priming request was admitted: it should have been refused");
        } catch (WebhookRejectedException expected) {
            responses.error(expected.status(), expected.error(), expected.detail());
        }
        long refused = System.nanoTime();
        store.prime();
        LOG.debugf("priming: beans %d ms, refused request %d ms, DynamoDB read %d ms", (created - started) / 1_000_000,
                (refused - created) / 1_000_000, (System.nanoTime() - refused) / 1_000_000);
    }

    /** Application-scoped beans are created on first use; this makes that use happen now. */
    private void createApplicationBeans() {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            if (bean.getScope() == ApplicationScoped.class && bean.getBeanClass().getName().startsWith("dev.handover.")) {
                Object reference = beans.getReference(bean, Object.class, beans.createCreationalContext(bean));
                ClientProxy.unwrap(reference);
            }
        }
    }

    /** A well-formed HighLevel webhook with a signature of the right length that no key made. */
    private static APIGatewayV2HTTPEvent refusedRequest() {
        String signature = Base64.getEncoder().encodeToString(new byte[64]);
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod("POST");
        http.setPath("/");
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setHttp(http);
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRawPath("/");
        event.setRequestContext(context);
        event.setHeaders(Map.of("content-type", "application/json", SignatureVerifier.ED25519_HEADER, signature));
        event.setBody(BODY);
        event.setIsBase64Encoded(false);
        return event;
    }
}
