package dev.handover.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.DynamoCallCounter;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.MultiBotProfile;
import dev.handover.support.PauseTags;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The signed {@code status} query of a custom bot on {@code /events}: the pause, the open episode and the last
 * handover, from one consistent read, claiming no delivery and calling no CRM.
 */
@QuarkusTest
@TestProfile(MultiBotProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class StatusQueryTest extends ConversationTest {

    @AfterEach
    void noDueWorkLeft() {
        PauseTags.sweepAll(clock, crm);
    }

    @Test
    void newConversation_shouldBeUnpausedWithoutHandovers() {
        Reply status = status(PauseTags.SECRET);

        assertThat(status.status()).isEqualTo(200);
        assertThat(fields(status.body())).containsExactly("decision", "botPaused", "pausedUntil", "openEpisode",
                "lastHandover", "awaitingReplyUntil");
        assertThat(status.body().get("decision").asText()).isEqualTo("status");
        assertThat(status.body().get("botPaused").asBoolean()).isFalse();
        assertThat(status.body().get("pausedUntil").isNull()).isTrue();
        assertThat(status.body().get("openEpisode").isNull()).isTrue();
        assertThat(status.body().get("lastHandover").isNull()).isTrue();
    }

    @Test
    void afterAHandover_shouldTellThePauseAndTheLastHandover_withOneConsistentReadAndNoClaim() {
        String started = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        customer("Can I talk to a real person please?");
        crm.wireMock().resetRequests();
        DynamoCallCounter.reset();

        Reply first = status(PauseTags.SECRET);
        Reply again = Lambda.invoke(lastStatusRequest);

        assertThat(DynamoCallCounter.calls()).isEqualTo(Map.of("GetItem", 2));
        assertThat(first.body().get("botPaused").asBoolean()).isTrue();
        assertThat(first.pausedUntil()).isEqualTo(clock.instant().plus(PauseTags.HANDOVER_PAUSE)
                .truncatedTo(ChronoUnit.SECONDS));
        assertThat(first.body().get("openEpisode").isNull()).isTrue();
        assertThat(first.body().get("lastHandover").get("scenario").asText()).isEqualTo("contactRequest");
        assertThat(first.body().get("lastHandover").get("at").asText()).isEqualTo(started);
        // the same request again is answered again, not taken for a duplicate delivery
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(crm.requests()).isEmpty();
    }

    @Test
    void handoverStillOpen_shouldListItsRemainingActions() {
        crm.wireMock().register(post(urlPathEqualTo("/contacts/" + contact + "/tags")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        Reply handover = Lambda.invoke(Webhooks.signedEvent(inbound("I want to speak to a human")));
        assertThat(handover.status()).isEqualTo(429);

        JsonNode open = status(PauseTags.SECRET).body().get("openEpisode");

        assertThat(open.get("scenario").asText()).isEqualTo("contactRequest");
        assertThat(open.get("id").asText()).isNotBlank();
        List<String> remaining = Webhooks.JSON.convertValue(open.get("remainingActions"), List.class);
        assertThat(remaining).containsExactly("tags", "pauseTag");
    }

    @Test
    void badSignature_shouldBeRefused401WithoutReadingAnything() {
        DynamoCallCounter.reset();

        Reply status = status("not-the-bots-secret");

        assertThat(status.status()).isEqualTo(401);
        assertThat(status.body().get("error").asText()).isEqualTo("invalid_signature");
        assertThat(status.body().has("botPaused")).isFalse();
        assertThat(DynamoCallCounter.calls()).isEmpty();
    }

    @Test
    void staleStatusQuery_shouldBeRefused401() {
        ObjectNode body = statusBody();
        body.put("timestamp", clock.instant().minus(Duration.ofMinutes(10)).toString());

        Reply status = Lambda.invoke(Webhooks.genericEvent(body, PauseTags.SECRET));

        assertThat(status.status()).isEqualTo(401);
        assertThat(status.body().get("error").asText()).isEqualTo("stale_timestamp");
    }

    private String lastStatusRequest;

    private Reply status(String secret) {
        lastStatusRequest = Webhooks.genericEvent(statusBody(), secret);
        return Lambda.invoke(lastStatusRequest);
    }

    private ObjectNode statusBody() {
        ObjectNode body = Webhooks.JSON.createObjectNode();
        body.put("command", "status");
        body.put("locationId", PauseTags.LOCATION);
        body.put("botId", PauseTags.BOT);
        body.put("conversationId", conversation);
        body.put("timestamp", clock.instant().toString());
        return body;
    }

    private ObjectNode inbound(String text) {
        ObjectNode body = Webhooks.inbound(conversation, contact, text, clock.instant());
        body.put("locationId", PauseTags.LOCATION);
        return body;
    }

    private void customer(String text) {
        Lambda.accepted(inbound(text));
    }

    private static List<String> fields(JsonNode body) {
        List<String> names = new java.util.ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
