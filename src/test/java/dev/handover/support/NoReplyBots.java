package dev.handover.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.handover.support.Lambda.Reply;

/**
 * The bots of bots-noreply-test.yaml and what the no-reply tests share: a handover, a person's reply, a resume by
 * hand, the sweep's report, and every CRM request as "METHOD url body", each validated against HighLevel's OpenAPI.
 */
public final class NoReplyBots {

    public static final String RESUME_LOCATION = "loc-noreply-1";
    public static final String ESCALATE_LOCATION = "loc-noreply-2";
    public static final String HOURS_LOCATION = "loc-noreply-3";
    public static final String SHADOW_LOCATION = "loc-noreply-4";
    public static final String LANGUAGES_LOCATION = "loc-noreply-5";
    public static final String RESUME_SECRET = "noreply-event-secret";
    public static final Duration RESUME_TIMEOUT = Duration.ofHours(2);
    public static final Duration ESCALATE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration PAUSE = Duration.ofHours(24);
    public static final String NO_REPLY_MESSAGE = "Sorry, nobody from the team is free right now. I'm back to help!";

    private static final OpenApiRequests API = new OpenApiRequests();

    private NoReplyBots() {
    }

    /** A customer asks for a person: the handover, answered 200. */
    public static Reply handover(String location, String conversation, String contact, Instant now) {
        ObjectNode body = Webhooks.inbound(conversation, contact, "Can I talk to a real person please?", now);
        body.put("locationId", location);
        Reply reply = Lambda.accepted(body);
        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        return reply;
    }

    public static Reply customer(String location, String conversation, String contact, String text, Instant now) {
        ObjectNode body = Webhooks.inbound(conversation, contact, text, now);
        body.put("locationId", location);
        return Lambda.accepted(body);
    }

    /** A person of the team answers from the CRM. */
    public static Reply staffReply(String location, String conversation, String contact, Instant now) {
        return Lambda.accepted(Webhooks.staffReply(location, conversation, contact, "Hi, Jo from the team here.",
                now));
    }

    /** A signed resume command of the resume bot on /events. */
    public static Reply resumeByHand(String conversation, String contact, Instant now) {
        ObjectNode body = Webhooks.generic(RESUME_LOCATION, "resume-bot", conversation, contact, "user", "", now);
        body.remove("role");
        body.remove("text");
        body.put("command", "resume");
        return Lambda.invoke(Webhooks.genericEvent(body, RESUME_SECRET));
    }

    /** A signed status query of the resume bot on /events. */
    public static Reply status(String conversation, Instant now) {
        ObjectNode body = Webhooks.JSON.createObjectNode();
        body.put("command", "status");
        body.put("locationId", RESUME_LOCATION);
        body.put("botId", "resume-bot");
        body.put("conversationId", conversation);
        body.put("timestamp", now.toString());
        return Lambda.invoke(Webhooks.genericEvent(body, RESUME_SECRET));
    }

    /** The schedule's sweep, its report. */
    public static JsonNode sweep() {
        Reply reply = PauseTags.sweep();
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().get("sweep");
    }

    /** "METHOD url body" of every CRM request since the journal was reset, each checked against the published API. */
    public static List<String> calls(Crm crm) {
        List<LoggedRequest> requests = crm.requests();
        for (LoggedRequest request : requests) {
            OpenApiRequests.Verdict verdict = API.check(new OpenApiRequests.Request(request.getMethod().getName(),
                    request.getUrl().split("\\?")[0], request.getHeader("Version"), request.getBodyAsString()));
            assertThat(verdict.problems()).as("%s %s", request.getMethod(), request.getUrl()).isEmpty();
        }
        return requests.stream().map(r -> (r.getMethod().getName() + " " + r.getUrl() + " "
                + r.getBodyAsString()).strip()).toList();
    }

    /** A message of the bot (closing or no-reply) as HighLevel's Send Message takes it, on SMS. */
    public static String smsMessage(String contact, String text) {
        return "POST /conversations/messages {\"type\":\"SMS\",\"contactId\":\"" + contact + "\",\"message\":\""
                + text + "\"}";
    }
}
