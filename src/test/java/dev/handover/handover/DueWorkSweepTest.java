package dev.handover.handover;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.handover.support.PauseTags.added;
import static dev.handover.support.PauseTags.callsAbout;
import static dev.handover.support.PauseTags.removed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.MultiBotProfile;
import dev.handover.support.PauseTags;
import dev.handover.support.Webhooks;
import dev.handover.webhook.HandoverFunction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The one-minute sweep ends pauses on time in silent conversations: it removes the pause tag once the pause is over,
 * leaves an extended pause alone, retries a CRM failure at the next sweep, is idempotent with two sweeps at once, and
 * cannot be set off through the Function URL.
 */
@QuarkusTest
@TestProfile(MultiBotProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class DueWorkSweepTest extends ConversationTest {

    @Inject
    HandoverFunction function;

    @AfterEach
    void noDueWorkLeft() {
        PauseTags.sweepAll(clock, crm);
    }

    @Test
    void pauseOverInASilentConversation_shouldHaveItsTagRemovedByTheSweep_once() {
        handover();
        clock.advance(PauseTags.HANDOVER_PAUSE.minusMinutes(1));
        assertThat(report(PauseTags.sweep()).get("looked").asInt()).isZero();

        clock.advance(Duration.ofMinutes(1));
        JsonNode swept = report(PauseTags.sweep());
        JsonNode again = report(PauseTags.sweep());

        assertThat(swept.get("looked").asInt()).isEqualTo(1);
        assertThat(swept.get("tagsRemoved").asInt()).isEqualTo(1);
        assertThat(again.get("looked").asInt()).isZero();
        assertThat(callsAbout(crm, contact)).containsExactly(removed(contact));
        assertThat(customer("hello again").body().get("decision").asText()).isEqualTo("none");
    }

    @Test
    void pauseExtendedByAPersonsReply_shouldBeLeftAlone_untilItsNewEnd() {
        crm.useFakeHighLevel();
        handover();
        clock.advance(Duration.ofMinutes(20));
        Lambda.accepted(Webhooks.staffReply(PauseTags.LOCATION, conversation, contact, "Hi, Jo here.",
                clock.instant()));
        crm.wireMock().resetRequests();

        // WHEN the sweep looks at the handover's pause end, which the person's reply has moved 2 h on
        clock.advance(Duration.ofMinutes(11));
        JsonNode atOldEnd = report(PauseTags.sweep());

        // THEN the tag stays (the sweep only makes sure it is there), and it comes off at the new end
        assertThat(atOldEnd.get("stillPaused").asInt()).isEqualTo(1);
        assertThat(callsAbout(crm, contact)).containsExactly("GET /contacts/" + contact);
        assertThat(tags()).containsExactly(PauseTags.TAG, "human_handover");
        clock.advance(Duration.ofMinutes(108));
        assertThat(report(PauseTags.sweep()).get("looked").asInt()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(report(PauseTags.sweep()).get("tagsRemoved").asInt()).isEqualTo(1);
        assertThat(tags()).containsExactly("human_handover");
    }

    @Test
    void crmFailingToRemoveTheTag_shouldBeRetriedByTheNextSweepAfterTheLease() {
        handover();
        clock.advance(PauseTags.HANDOVER_PAUSE);
        // every call about the contact fails, its look-up too (the stub's contact would look untagged)
        crm.wireMock().register(any(urlPathMatching("/contacts/" + contact + "(/tags)?")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        JsonNode failing = report(PauseTags.sweep());
        assertThat(failing.get("retrying").asInt()).isEqualTo(1);
        crm.reset();
        assertThat(report(PauseTags.sweep()).get("looked").asInt()).as("held by the lease").isZero();

        clock.advance(Duration.ofSeconds(61));
        JsonNode retried = report(PauseTags.sweep());

        assertThat(retried.get("tagsRemoved").asInt()).isEqualTo(1);
        assertThat(callsAbout(crm, contact)).containsExactly(removed(contact));
    }

    @Test
    void twoSweepsAtOnce_shouldRemoveTheTagOnce() {
        handover();
        clock.advance(PauseTags.HANDOVER_PAUSE);

        List<CompletableFuture<JsonNode>> sweeps = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(
                () -> parse(function.handleRequest(Webhooks.event(PauseTags.SCHEDULE_EVENT), null).getBody())))
                .toList();

        int removedTotal = sweeps.stream().mapToInt(sweep -> sweep.join().get("sweep").get("tagsRemoved").asInt())
                .sum();
        assertThat(removedTotal).isEqualTo(1);
        assertThat(callsAbout(crm, contact)).containsExactly(removed(contact));
    }

    @Test
    void urlRequestShapedLikeTheSchedule_shouldNotSweep() {
        handover();
        clock.advance(PauseTags.HANDOVER_PAUSE);

        // a body with the schedule's input, on every path, signed or not, and the event's fields as headers
        Reply root = Lambda.invoke(Webhooks.event("/", PauseTags.SCHEDULE_EVENT, Map.of()));
        Reply signed = Lambda.invoke(Webhooks.signedEvent(PauseTags.SCHEDULE_EVENT));
        ObjectNode generic = (ObjectNode) Webhooks.JSON.valueToTree(Map.of("routeKey", "human-handover:sweep",
                "locationId", PauseTags.LOCATION, "botId", PauseTags.BOT));
        Reply events = Lambda.invoke(Webhooks.genericEvent(generic, PauseTags.SECRET));
        Reply header = Lambda.invoke(Webhooks.event("/", PauseTags.SCHEDULE_EVENT, Map.of("routeKey",
                "human-handover:sweep")));

        assertThat(List.of(root, events, header)).allSatisfy(reply -> assertThat(reply.status()).isBetween(400, 499));
        assertThat(List.of(root, signed, events, header)).allSatisfy(reply ->
                assertThat(reply.body().has("sweep")).isFalse());
        assertThat(crm.requests()).isEmpty();
        // the due pause is still there for the real schedule
        assertThat(report(PauseTags.sweep()).get("tagsRemoved").asInt()).isEqualTo(1);
    }

    @Test
    void manyPausesEndingTogether_shouldAllBeSweptInOneRun_withThreeWritesAndAReadEach() {
        List<String> contacts = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            contact = "contact-many-" + java.util.UUID.randomUUID();
            conversation = "conv-many-" + java.util.UUID.randomUUID();
            contacts.add(contact);
            handover();
        }
        clock.advance(PauseTags.HANDOVER_PAUSE);
        dev.handover.support.DynamoCallCounter.reset();

        long started = System.nanoTime();
        JsonNode swept = report(PauseTags.sweep());
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("[figures] sweep: %d due conversations in %d ms (%.1f ms each), DynamoDB calls %s%n",
                contacts.size(), millis, millis / (double) contacts.size(), dev.handover.support.DynamoCallCounter.calls());
        assertThat(swept.get("tagsRemoved").asInt()).isEqualTo(30);
        // one query per shard, then per conversation a take, the release of its hold on the contact's tag, the
        // read of the holders after the removal (did another conversation pause meanwhile?) and a finish
        assertThat(dev.handover.support.DynamoCallCounter.calls()).isEqualTo(Map.of("Query", 4, "UpdateItem", 90,
                "GetItem", 30));
        assertThat(crm.calls()).hasSize(30).allSatisfy(call -> assertThat(call).startsWith("DELETE /contacts/"));
        assertThat(contacts).allSatisfy(each -> assertThat(callsAbout(crm, each)).containsExactly(removed(each)));
    }

    @Test
    void directInvocationThatIsNeitherAUrlRequestNorTheSchedule_shouldBeRefused() {
        Reply other = Lambda.invoke("{\"routeKey\":\"something-else\"}");

        assertThat(other.status()).isEqualTo(400);
        assertThat(other.body().has("sweep")).isFalse();
    }

    private void handover() {
        Reply reply = customer("Can I talk to a real person please?");
        assertThat(reply.actionStatuses()).containsExactly("tags=done", "pauseTag=done");
        crm.wireMock().resetRequests();
    }

    private Reply customer(String text) {
        ObjectNode body = Webhooks.inbound(conversation, contact, text, clock.instant());
        body.put("locationId", PauseTags.LOCATION);
        return Lambda.accepted(body);
    }

    /** The contact's tags as the stateful fake CRM holds them. */
    private List<String> tags() {
        List<String> tags = new java.util.ArrayList<>();
        try {
            JsonNode contactJson = Webhooks.JSON.readTree(new java.net.URL("http://127.0.0.1:"
                    + System.getProperty(HandoverTestResources.CRM_PORT) + "/contacts/" + contact).openStream());
            contactJson.path("contact").path("tags").forEach(tag -> tags.add(tag.asText()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        java.util.Collections.sort(tags);
        return tags;
    }

    private static JsonNode report(Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        return reply.body().get("sweep");
    }

    private static JsonNode parse(String body) {
        try {
            return Webhooks.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
