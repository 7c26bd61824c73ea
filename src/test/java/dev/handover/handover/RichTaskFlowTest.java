package dev.handover.handover;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.OpenApiRequests;
import dev.handover.support.RichTaskProfile;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A handover a person can act on, through the handler: the task's description tells why and shows the latest
 * messages read from the CRM; a failed read still creates the task; a bot's own description; a note beside or
 * instead of the task, written once even when the episode is resumed. Every request conforms to HighLevel's API.
 */
@QuarkusTest
@TestProfile(RichTaskProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class RichTaskFlowTest extends ConversationTest {

    static final String LOCATION = "loc-task-1";
    static final String MESSAGES = "{\"messages\":{\"lastMessageId\":\"m4\",\"nextPage\":false,\"messages\":["
            + "{\"id\":\"m5\",\"direction\":\"inbound\",\"body\":\"Can I talk to a person please?\","
            + "\"dateAdded\":\"2030-01-07T10:03:00.000Z\",\"messageType\":\"TYPE_SMS\"},"
            + "{\"id\":\"m4\",\"direction\":\"outbound\",\"body\":\"Please restart the router.\","
            + "\"dateAdded\":\"2030-01-07T10:02:00.000Z\",\"messageType\":\"TYPE_SMS\"},"
            + "{\"id\":\"m3\",\"direction\":\"outbound\",\"body\":\"Appointment booked\","
            + "\"dateAdded\":\"2030-01-07T10:01:30.000Z\",\"messageType\":\"TYPE_ACTIVITY_APPOINTMENT\"},"
            // An email from the team: its body is HTML, read as text.
            + "{\"id\":\"m2\",\"direction\":\"outbound\",\"userId\":\"user-9\",\"body\":\"<html><head><style>"
            + "p{margin:0}</style></head><body><p>Jo here,</p><p>looking&nbsp;&amp; it&#8217;s <b>on</b> me<br>now"
            + "</p><script>track()</script><blockquote>On Monday you wrote: my router</blockquote></body></html>\","
            + "\"contentType\":\"text/html\",\"dateAdded\":\"2030-01-07T10:01:00.000Z\","
            + "\"messageType\":\"TYPE_EMAIL\"},"
            + "{\"id\":\"m1\",\"direction\":\"inbound\",\"body\":\"My router drops\",\"dateAdded\":"
            + "\"2030-01-07T10:00:00.000Z\",\"messageType\":\"TYPE_SMS\"}]}}";
    static final String HEADER = "The bot handed this conversation to a person (contactRequest).\n"
            + "Why: The customer asked to talk to a person.\n"
            + "Failed attempts of the bot: 0\n"
            + "Channel: SMS\n"
            + "\n"
            + "Last messages, oldest first:\n";

    final OpenApiRequests api = new OpenApiRequests();

    @Test
    void contactRequest_shouldWriteTheRichTaskAndANoteWithTheLatestMessages() {
        crm.wireMock().register(get(urlPathEqualTo("/conversations/" + conversation + "/messages"))
                .willReturn(okJson(MESSAGES)));
        crm.wireMock().register(post(urlPathEqualTo("/contacts/" + contact + "/notes")).willReturn(aResponse()
                .withStatus(201).withHeader("content-type", "application/json")
                .withBody("{\"note\":{\"id\":\"note-1\",\"body\":\"b\"}}")));

        Reply reply = customer("Can I talk to a person please?");

        assertThat(reply.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        assertThat(reply.body().get("actions").get(1).get("detail").asText()).isEqualTo("task-1 note:note-1");
        assertThat(crm.calls()).containsExactlyInAnyOrder("PUT /contacts/" + contact,
                "GET /conversations/" + conversation + "/messages?limit=50", "POST /contacts/" + contact + "/tasks",
                "POST /contacts/" + contact + "/notes", "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
        String expected = HEADER
                + "2030-01-07 10:01 UTC Team: Jo here, looking & it’s on me now\n"
                + "2030-01-07 10:02 UTC Bot: Please restart the router.\n"
                + "2030-01-07 10:03 UTC Customer: Can I talk to a person please?";
        JsonNode task = body("/contacts/" + contact + "/tasks");
        assertThat(task.get("body").asText()).isEqualTo(expected);
        assertThat(task.get("title").asText()).isEqualTo("Human handover: contactRequest");
        assertThat(task.get("assignedTo").asText()).isEqualTo("user-task");
        assertThat(body("/contacts/" + contact + "/notes").get("body").asText())
                .startsWith(expected + "\n\nHandover reference: ").matches("(?s).*reference: [0-9a-f-]{36}$");
        assertConformsToTheApi();
    }

    @Test
    void messagesThatCannotBeRead_shouldNotHoldUpTheTask() {
        crm.wireMock().register(get(urlPathEqualTo("/conversations/" + conversation + "/messages"))
                .willReturn(aResponse().withStatus(500).withBody("{\"message\":\"down\"}")));
        crm.wireMock().register(post(urlPathEqualTo("/contacts/" + contact + "/notes")).willReturn(aResponse()
                .withStatus(201).withHeader("content-type", "application/json").withBody("{\"note\":{\"id\":\"n\"}}")));

        Reply reply = customer("Can I talk to a person please?");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        // the read was retried as any CRM call, then given up
        assertThat(crm.calls().stream().filter(call -> call.contains("/messages?"))).hasSize(3);
        assertThat(body("/contacts/" + contact + "/tasks").get("body").asText()).isEqualTo(HEADER
                + "(The conversation's messages could not be read from the CRM just now; open the conversation to "
                + "see them.)");
        assertConformsToTheApi();
    }

    @Test
    void botsOwnDescription_shouldFillItsPlaceholdersAndReadNoMessages() {
        bot("Please restart the router.");
        customer("that didn't help");
        bot("Then reset it to factory settings.");

        Reply reply = customer("still not working");

        assertThat(reply.body().get("scenario").asText()).isEqualTo("failedToResolveIssue");
        assertThat(crm.calls()).containsExactlyInAnyOrder("PUT /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks", "POST /contacts/" + contact + "/tags");
        assertThat(body("/contacts/" + contact + "/tasks").get("body").asText()).isEqualTo("Customer " + contact
                + " on SMS: The bot did not resolve the customer's issue after 2 attempts (the bot allows 2); the "
                + "last one: the customer said the bot's answer did not help. (2 failed attempts)");
        assertConformsToTheApi();
    }

    @Test
    void noteOfAResumedEpisode_shouldNotBeWrittenTwice() {
        // GIVEN a note-only action whose note the CRM wrote although it answered 503
        crm.wireMock().register(post(urlPathEqualTo("/contacts/" + contact + "/notes"))
                .willReturn(aResponse().withStatus(503)));
        Reply first = bot("I'm sorry, I don't have that information.");
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.actionStatuses()).containsExactly("task=pending", "tags=done");
        String written = body("/contacts/" + contact + "/notes").get("body").asText();
        assertThat(written).startsWith("Needs an answer: The bot replied that it does not have the information the "
                + "customer asked for.\n\nHandover reference: ");
        crm.reset();
        ObjectNode note = Webhooks.JSON.createObjectNode();
        note.putArray("notes").addObject().put("id", "note-7").put("body", written);
        crm.wireMock().register(get(urlPathEqualTo("/contacts/" + contact + "/notes")).willReturn(okJson(
                note.toString())));

        // WHEN the conversation's next event resumes the episode
        Reply resumed = customer("hello?");

        // THEN the note is found, not written again
        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.actionStatuses()).containsExactly("task=done", "tags=done");
        assertThat(resumed.body().get("actions").get(0).get("detail").asText()).isEqualTo("note:note-7");
        assertThat(crm.calls()).containsExactly("GET /contacts/" + contact + "/notes");
        assertConformsToTheApi();
    }

    private JsonNode body(String path) {
        List<LoggedRequest> posts = crm.requests().stream()
                .filter(r -> r.getMethod().getName().equals("POST") && r.getUrl().equals(path)).toList();
        assertThat(posts).as("POST %s", path).isNotEmpty();
        try {
            return Webhooks.JSON.readTree(posts.get(posts.size() - 1).getBodyAsString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private void assertConformsToTheApi() {
        for (LoggedRequest request : crm.requests()) {
            OpenApiRequests.Verdict verdict = api.check(new OpenApiRequests.Request(request.getMethod().getName(),
                    request.getUrl().split("\\?")[0], request.getHeader("Version"), request.getBodyAsString()));
            assertThat(verdict.problems()).as("%s %s", request.getMethod(), request.getUrl()).isEmpty();
        }
    }

    private Reply customer(String text) {
        ObjectNode body = Webhooks.inbound(conversation, contact, text, clock.instant());
        body.put("locationId", LOCATION);
        return Lambda.invoke(Webhooks.signedEvent(body));
    }

    private Reply bot(String text) {
        return Lambda.invoke(Webhooks.signedEvent(Webhooks.botReply(LOCATION, conversation, contact, text,
                clock.instant())));
    }
}
