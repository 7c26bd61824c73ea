package dev.handover.webhook;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.conversation.ConversationEvent;
import dev.handover.crm.Deadline;
import dev.handover.webhook.SignatureVerifier.SignatureCheck;

/** HighLevel Marketplace webhooks: signed by HighLevel, replay-checked by their timestamp. */
@ApplicationScoped
public class HighLevelIngress implements Ingress {

    private final SignatureVerifier signatures;
    private final HighLevelWebhookParser parser;
    private final ReplayGuard replayGuard;

    public HighLevelIngress(SignatureVerifier signatures, HighLevelWebhookParser parser, ReplayGuard replayGuard) {
        this.signatures = signatures;
        this.parser = parser;
        this.replayGuard = replayGuard;
    }

    @Override
    public Admission admit(RawRequest request, Deadline deadline) {
        SignatureCheck check = signatures.verify(request);
        ParsedWebhook webhook = parser.parse(request.body());
        if (webhook.event().isEmpty()) {
            return Admission.ignored("event type " + webhook.type() + " is not handled", check);
        }
        ConversationEvent event = webhook.event().get();
        boolean onlyIfAwaited = check != SignatureCheck.DISABLED && replayGuard.check(event.occurredAt());
        return Admission.of(event, onlyIfAwaited, check);
    }
}
