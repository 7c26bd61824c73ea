package dev.handover.crm;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Adds the CRM token to every HighLevel request, so no method signature carries it and no log prints it. */
public class BearerTokenFilter implements ClientRequestFilter {

    @Inject
    CrmToken token;

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.current());
    }
}
