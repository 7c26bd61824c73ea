package dev.handover.webhook;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import dev.handover.conversation.StoreTimeLimit;
import dev.handover.crm.Deadline;
import dev.handover.handover.DueWorkSweeper;
import dev.handover.handover.SweepReport;
import dev.handover.observe.CrmTally;
import dev.handover.observe.LogFields;
import dev.handover.observe.Metrics;

/**
 * The one-minute schedule's invocation (template.yaml: the function's {@code DueWorkSweep} event), told from a
 * Function URL request at the top level of the event: a Function URL (or HTTP API) event always carries
 * {@code requestContext.http}, and what a caller sends is only ever its {@code body}, so no request through the URL
 * can be taken for the schedule. Only a direct invocation, which IAM authorises (the scheduler's role), can.
 */
@ApplicationScoped
public class ScheduledSweep {

    /** The {@code routeKey} of the schedule's input, which no Function URL event has ({@code $default}). */
    public static final String ROUTE_KEY = "human-handover:sweep";
    static final String PATH = "schedule";
    private static final Logger LOG = Logger.getLogger(ScheduledSweep.class);

    private final DueWorkSweeper sweeper;
    private final WebhookResponses responses;
    private final Metrics metrics;

    public ScheduledSweep(DueWorkSweeper sweeper, WebhookResponses responses, Metrics metrics) {
        this.sweeper = sweeper;
        this.responses = responses;
        this.metrics = metrics;
    }

    /** Whether the event is the schedule's: no HTTP request at all, and the schedule's route key. */
    public static boolean isSchedule(APIGatewayV2HTTPEvent event) {
        return event != null && (event.getRequestContext() == null || event.getRequestContext().getHttp() == null)
                && ROUTE_KEY.equals(event.getRouteKey());
    }

    public APIGatewayV2HTTPResponse run(Deadline deadline) {
        long started = System.nanoTime();
        LogFields.put(LogFields.PATH, PATH);
        CrmTally tally = CrmTally.open();
        SweepReport report = StoreTimeLimit.within(deadline::storeTimeLeft, () -> sweeper.sweep(deadline));
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("swept due work in %d ms: %d looked at, %d tags removed, %d still paused, %d retrying, %d failed, "
                + "%d unanswered handovers back to the bot, %d escalated%s", millis, report.looked(),
                report.tagsRemoved(), report.stillPaused(), report.retrying(), report.failed(),
                report.noReplyResumed(), report.noReplyEscalated(),
                report.unfinished() ? ", unfinished (the rest stays due)" : "");
        metrics.crmCalls(tally);
        metrics.latency(PATH, 200, millis);
        return responses.sweep(report);
    }
}
