package dev.handover.webhook;

import java.util.Set;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

/** One generated request and the answers it may get, as "status error" (or "200 ignored"); "400 *" is any 400. */
record FuzzCase(String generator, APIGatewayV2HTTPEvent event, Set<String> expected) {
}
