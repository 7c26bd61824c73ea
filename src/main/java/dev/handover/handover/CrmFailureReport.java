package dev.handover.handover;

import org.jboss.logging.Logger;

import dev.handover.crm.CrmException;

/** The report of an action whose CRM call failed: pending when a redelivery can finish it, else failed for good. */
final class CrmFailureReport {

    private static final Logger LOG = Logger.getLogger(CrmFailureReport.class);

    private CrmFailureReport() {
    }

    static ActionReport of(String action, String episodeId, CrmException e) {
        if (e.retryable()) {
            LOG.warnf("handover %s: %s pending, a redelivery will retry it: %s", episodeId, action, e.getMessage());
            return ActionReport.pending(action, e.getMessage());
        }
        if (e.kind() == CrmException.Kind.CONFIGURATION) {
            // A rejected token is fixed by an operator, not by the customer: keep the work for the redelivery.
            LOG.errorf("handover %s: %s pending on a CONFIGURATION ERROR: %s", episodeId, action, e.getMessage());
            return ActionReport.pending(action, "configuration error: " + e.getMessage());
        }
        LOG.errorf("handover %s: %s failed for good: %s", episodeId, action, e.getMessage());
        return ActionReport.failed(action, e.getMessage());
    }
}
