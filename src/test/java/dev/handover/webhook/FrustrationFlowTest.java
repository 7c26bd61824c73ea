package dev.handover.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.MultiBotProfile;
import dev.handover.support.OpenApiRequests;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The frustration scenario through the handler, with the bots of bots-test.yaml: care-bot has a frustration action,
 * support-bot (three actions already) has none.
 */
@QuarkusTest
@TestProfile(MultiBotProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class FrustrationFlowTest extends ConversationTest {

    private static final String CARE_LOCATION = "loc-care-1";
    private static final String ANGRY = "This is absolutely ridiculous. Third week without my refund!!!";

    @Test
    void frustratedMessage_botWithTheAction_shouldHandOverWithTheFrustrationActions() {
        Reply reply = customer(CARE_LOCATION, ANGRY);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(reply.body().get("scenario").asText()).isEqualTo("frustration");
        assertThat(reply.body().get("reason").asText()).isEqualTo("frustration:anger:en:outrage");
        assertThat(reply.body().get("botPaused").asBoolean()).isTrue();
        assertThat(reply.pausedUntil())
                .isEqualTo(clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS));
        assertThat(crm.calls()).containsExactlyInAnyOrder("PUT /contacts/" + contact,
                "POST /contacts/" + contact + "/tasks", "POST /conversations/messages",
                "POST /contacts/" + contact + "/tags");
        crm.wireMock().verifyThat(putRequestedFor(urlPathEqualTo("/contacts/" + contact))
                .withRequestBody(equalToJson("{\"assignedTo\":\"user-escalations\"}")));
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/contacts/" + contact + "/tasks"))
                .withRequestBody(equalToJson("{\"title\":\"Upset customer: frustration\","
                        + "\"body\":\"The customer is upset; call them first\",\"assignedTo\":\"user-escalations\"}",
                        true, true)));
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/conversations/messages"))
                .withRequestBody(equalToJson("{\"type\":\"SMS\",\"contactId\":\"" + contact + "\","
                        + "\"message\":\"I'm sorry about this. A senior teammate is taking over right now.\"}")));
        crm.wireMock().verifyThat(postRequestedFor(urlPathEqualTo("/contacts/" + contact + "/tags"))
                .withRequestBody(equalToJson("{\"tags\":[\"human_handover\",\"upset_customer\"]}")));
        OpenApiRequests api = new OpenApiRequests();
        for (LoggedRequest request : crm.requests()) {
            assertThat(api.check(new OpenApiRequests.Request(request.getMethod().getName(),
                    request.getUrl().split("\\?")[0], request.getHeader("Version"), request.getBodyAsString()))
                    .problems()).as(request.getMethod() + " " + request.getUrl()).isEmpty();
        }

        // the bot stays paused: a calmer follow-up is not decided again
        crm.wireMock().resetRequests();
        assertThat(customer(CARE_LOCATION, "hello??").body().get("decision").asText()).isEqualTo("paused");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void angryContactRequest_botWithBothActions_shouldHandOverForTheContactRequest() {
        Reply reply = customer(CARE_LOCATION, "I'm furious. Get me a human now.");

        assertThat(reply.body().get("scenario").asText()).isEqualTo("contactRequest");
        crm.wireMock().verifyThat(putRequestedFor(urlPathEqualTo("/contacts/" + contact))
                .withRequestBody(equalToJson("{\"assignedTo\":\"user-care\"}")));
    }

    @Test
    void calmLookAlikes_botWithTheAction_shouldNotHandOver() {
        for (String calm : new String[] {"THANK YOU SO MUCH!!! YOU GUYS ARE THE BEST", "How do I cancel my "
                + "subscription?", "getting ERROR 404 when i click the booking link", "that didn't help"}) {
            Reply reply = customer(CARE_LOCATION, calm);
            assertThat(reply.body().get("decision").asText()).as(calm).isEqualTo("none");
        }
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void frustratedMessage_botWithoutTheAction_shouldNotHandOver() {
        Reply reply = customer(MultiBotFlowTest.LOCATION, ANGRY);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("none");
        assertThat(reply.body().get("botPaused").asBoolean()).isFalse();
        assertThat(crm.calls()).isEmpty();
    }

    private Reply customer(String location, String text) {
        ObjectNode body = Webhooks.inbound(conversation, contact, text, clock.instant());
        body.put("locationId", location);
        return Lambda.accepted(body);
    }
}
