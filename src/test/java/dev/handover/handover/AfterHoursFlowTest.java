package dev.handover.handover;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.RichTaskProfile;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Business hours through the handler (the hours-bot of bots-task-test.yaml: Monday to Friday 09:00-17:00 in
 * Berlin, closed on 2030-01-01, tasks due in 8 hours): outside them the closing message says when the team is back,
 * in the customer's language, and the task falls due 8 open hours after the opening; inside them nothing changes.
 */
@QuarkusTest
@TestProfile(RichTaskProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class AfterHoursFlowTest extends ConversationTest {

    static final String LOCATION = "loc-hours-1";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void saturdayInGerman_shouldSayWhenTheTeamIsBackInGerman_andDueAtMondayClosing() {
        // 2030-01-05 is a Saturday; Monday 2030-01-07 opens at 09:00 (08:00 UTC)
        at("2030-01-05T11:20");

        Reply reply = customer("Kann ich bitte mit einem Menschen sprechen?");

        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(reply.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        String monday = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Locale.GERMAN).format(LocalDateTime.parse("2030-01-07T09:00").atZone(BERLIN));
        assertThat(monday).contains("Montag").contains("09:00");
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/conversations/messages"))
                .withRequestBody(equalToJson("{\"type\":\"SMS\",\"contactId\":\"" + contact + "\",\"message\":"
                        + "\"Danke! Unser Team ist ab " + monday + " wieder für Sie da.\"}")));
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/contacts/" + contact + "/tasks"))
                .withRequestBody(equalToJson("{\"title\":\"Human handover: contactRequest\",\"body\":\"will be "
                        + "created by AI\",\"dueDate\":\"2030-01-07T16:00:00Z\",\"completed\":false,"
                        + "\"assignedTo\":\"user-hours\"}")));
        assertThat(crm.calls()).containsExactlyInAnyOrder("PUT /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks", "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
    }

    @Test
    void eveningBeforeAClosedDate_inEnglish_shouldUseTheDefaultMessageAndSkipTheClosedDay() {
        // Monday 2029-12-31 at 17:00 (closing time, so closed); Tuesday 2030-01-01 is closed
        at("2029-12-31T17:00");

        Reply reply = customer("Can I talk to a real person please?");

        String wednesday = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Locale.ENGLISH).format(LocalDateTime.parse("2030-01-02T09:00").atZone(BERLIN));
        assertThat(reply.actionStatuses()).contains("closingMessage=done");
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/conversations/messages"))
                .withRequestBody(equalToJson("{\"message\":\"Thanks! Our team is back on " + wednesday + ".\"}",
                        true, true)));
        // 8 open hours from Wednesday 09:00 end at 17:00 (16:00 UTC)
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/contacts/" + contact + "/tasks"))
                .withRequestBody(equalToJson("{\"dueDate\":\"2030-01-02T16:00:00Z\"}", true, true)));
    }

    @Test
    void inHours_shouldBeTheUsualHandover() {
        // Wednesday 2030-01-02 at 09:00, the opening minute
        at("2030-01-02T09:00");
        Instant now = clock.instant();

        Reply reply = customer("Kann ich bitte mit einem Menschen sprechen?");

        assertThat(reply.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done");
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/conversations/messages"))
                .withRequestBody(equalToJson("{\"type\":\"SMS\",\"contactId\":\"" + contact + "\",\"message\":"
                        + "\"Thank you! Someone from the team will get back to you.\"}")));
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/contacts/" + contact + "/tasks"))
                .withRequestBody(equalToJson("{\"dueDate\":\"" + now.plus(Duration.ofHours(8)) + "\"}", true,
                        true)));
        assertThat(crm.calls()).hasSize(4);
    }

    private void at(String berlinTime) {
        Instant target = LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    private Reply customer(String text) {
        ObjectNode body = Webhooks.inbound(conversation, contact, text, clock.instant());
        body.put("locationId", LOCATION);
        return Lambda.accepted(body);
    }
}
