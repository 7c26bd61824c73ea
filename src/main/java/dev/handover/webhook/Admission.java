package dev.handover.webhook;

import java.util.Optional;

import dev.handover.conversation.ConversationEvent;
import dev.handover.conversation.ConversationKey;
import dev.handover.webhook.SignatureVerifier.SignatureCheck;

/**
 * A request an input shape let in: the event to process, or why there is nothing to do.
 *
 * @param onlyIfAwaited the event is older than the webhook's maximum age: only an awaited redelivery may pass
 * @param check how the request was authenticated
 * @param statusOf a status query of this conversation rather than an event: answered from a read, nothing claimed
 */
public record Admission(Optional<ConversationEvent> event, String ignoredBecause, boolean onlyIfAwaited,
        SignatureCheck check, Optional<ConversationKey> statusOf) {

    static Admission of(ConversationEvent event, boolean onlyIfAwaited, SignatureCheck check) {
        return new Admission(Optional.of(event), "", onlyIfAwaited, check, Optional.empty());
    }

    static Admission ignored(String reason, SignatureCheck check) {
        return new Admission(Optional.empty(), reason, false, check, Optional.empty());
    }

    static Admission status(ConversationKey conversation, SignatureCheck check) {
        return new Admission(Optional.empty(), "", false, check, Optional.of(conversation));
    }
}
