package dev.handover.crm;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import dev.handover.config.HandoverConfig;

/** Adds the CRM token to every HighLevel request, so no method signature carries it and no log prints it. */
public class BearerTokenFilter implements ClientRequestFilter {

    @Inject
    HandoverConfig config;

    @Override
    public void filter(ClientRequestContext request) {
        String token = config.crm().token().orElseThrow(() -> new CrmException(CrmException.Kind.CONFIGURATION,
                "no CRM token configured (HANDOVER_CRM_TOKEN)"));
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
}
