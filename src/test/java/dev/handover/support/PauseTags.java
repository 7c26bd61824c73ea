package dev.handover.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.handover.support.Lambda.Reply;

/**
 * The tagged bots of bots-test.yaml ({@code tagged-bot}: pause tag {@code ai_off}, a contact request pauses it 30
 * minutes, a person's reply 2 hours), the schedule's invocation of the sweep, and the checks the pause tag tests
 * share: the calls about one contact, each validated against HighLevel's OpenAPI documents.
 */
public final class PauseTags {

    public static final String LOCATION = "loc-tagged-1";
    public static final String BOT = "tagged-bot";
    public static final String SECRET = "tagged-event-secret";
    public static final String TAG = "ai_off";
    public static final Duration HANDOVER_PAUSE = Duration.ofMinutes(30);
    /** The schedule's input (template.yaml, the function's DueWorkSweep event). */
    public static final String SCHEDULE_EVENT = "{\"routeKey\":\"human-handover:sweep\"}";

    private static final OpenApiRequests API = new OpenApiRequests();

    private PauseTags() {
    }

    /** Invokes the function as the one-minute schedule does and returns its sweep report. */
    public static Reply sweep() {
        return Lambda.invoke(SCHEDULE_EVENT);
    }

    /** Sweeps everything that may be due in the next ten years, so that no test's due work reaches the next test. */
    public static void sweepAll(TestClock clock, Crm crm) {
        crm.reset();
        clock.advance(Duration.ofDays(3660));
        for (int i = 0; i < 3; i++) {
            sweep();
            clock.advance(Duration.ofMinutes(2));
        }
    }

    /** A signed command of the tagged bot on /events, stamped with the function's clock. */
    public static Reply command(String conversation, String contact, String command, java.time.Instant now,
            Map<String, Object> fields) {
        return Lambda.invoke(commandEvent(conversation, contact, command, now, fields));
    }

    /** The invocation event of {@link #command}, for a test that hands it to the function bean itself. */
    public static String commandEvent(String conversation, String contact, String command, java.time.Instant now,
            Map<String, Object> fields) {
        ObjectNode body = Webhooks.generic(LOCATION, BOT, conversation, contact, "user", "", now);
        body.remove("role");
        body.remove("text");
        body.put("command", command);
        fields.forEach((name, value) -> body.set(name, Webhooks.JSON.valueToTree(value)));
        return Webhooks.genericEvent(body, SECRET);
    }

    /** "METHOD path body" of every request about this contact, in order, each checked against the published API. */
    public static List<String> callsAbout(Crm crm, String contact) {
        List<LoggedRequest> requests = crm.requests().stream().filter(r -> r.getUrl().contains(contact)).toList();
        for (LoggedRequest request : requests) {
            OpenApiRequests.Verdict verdict = API.check(new OpenApiRequests.Request(request.getMethod().getName(),
                    request.getUrl().split("\\?")[0], request.getHeader("Version"), request.getBodyAsString()));
            assertThat(verdict.problems()).as("%s %s", request.getMethod(), request.getUrl()).isEmpty();
        }
        return requests.stream().map(r -> (r.getMethod().getName() + " " + r.getUrl() + " "
                + r.getBodyAsString()).strip()).toList();
    }

    /** The add of the pause tag as HighLevel's Add Tags takes it. */
    public static String added(String contact) {
        return "POST /contacts/" + contact + "/tags {\"tags\":[\"" + TAG + "\"]}";
    }

    /** The add of a handover's tags with the pause tag, in one call, as HighLevel's Add Tags takes it. */
    public static String addedWith(String contact, String handoverTag) {
        return "POST /contacts/" + contact + "/tags {\"tags\":[\"" + handoverTag + "\",\"" + TAG + "\"]}";
    }

    /** The removal of the pause tag as HighLevel's Remove Tags takes it. */
    public static String removed(String contact) {
        return "DELETE /contacts/" + contact + "/tags {\"tags\":[\"" + TAG + "\"]}";
    }
}
