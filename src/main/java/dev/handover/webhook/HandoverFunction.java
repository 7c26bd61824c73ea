package dev.handover.webhook;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import dev.handover.config.HandoverConfig;
import dev.handover.crm.Deadline;
import dev.handover.observe.LogFields;

/**
 * The Lambda entry point: a Function URL / HTTP API v2 event in, the webhook's HTTP answer out. Named as
 * {@code quarkus.lambda.handler} says: Quarkus reads that name only when it finds more than one handler (the tests'
 * class path has the stand-in handler of the start-up test), and then looks handlers up by their {@code @Named}. A
 * singleton: Quarkus looks the handler up for every event, and a dependent bean would be built, and its configuration
 * injected, each time.
 */
@Named("dev.handover.webhook.HandoverFunction")
@Singleton
public class HandoverFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    /** Kept back from the Lambda's remaining time for the checkpoints after the CRM work, and the answer. */
    private static final Duration ANSWER_RESERVE = Duration.ofSeconds(2);
    /**
     * The answer leaves at least this long before the Lambda timeout, which a Function URL answers 502 and HighLevel
     * never retries: DynamoDB calls are cut off then.
     */
    private static final Duration ANSWER_MARGIN = Duration.ofSeconds(1);

    @Inject
    WebhookService webhooks;

    @Inject
    HandoverConfig config;

    @Inject
    ScheduledSweep sweep;

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        LogFields.begin(context == null ? null : context.getAwsRequestId());
        try {
            return ScheduledSweep.isSchedule(event) ? sweep.run(deadline(context))
                    : webhooks.handle(event, deadline(context));
        } finally {
            LogFields.clear();
        }
    }

    private Deadline deadline(Context context) {
        Duration budget = config.crm().timeBudget();
        if (context != null && context.getRemainingTimeInMillis() > 0) {
            Duration lambdaLeft = Duration.ofMillis(context.getRemainingTimeInMillis());
            Duration crmLeft = lambdaLeft.minus(ANSWER_RESERVE);
            return Deadline.in(crmLeft.compareTo(budget) < 0 ? crmLeft : budget, lambdaLeft.minus(ANSWER_MARGIN));
        }
        return Deadline.in(budget);
    }
}
