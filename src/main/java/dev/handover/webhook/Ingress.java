package dev.handover.webhook;

import dev.handover.crm.Deadline;

/** One input shape: authenticates a request and reads it into a conversation event, or refuses it with a 4xx. */
public interface Ingress {

    Admission admit(RawRequest request, Deadline deadline);
}
