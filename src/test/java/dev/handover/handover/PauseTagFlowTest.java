package dev.handover.handover;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.handover.support.PauseTags.added;
import static dev.handover.support.PauseTags.addedWith;
import static dev.handover.support.PauseTags.callsAbout;
import static dev.handover.support.PauseTags.command;
import static dev.handover.support.PauseTags.removed;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.CrashingEpisodeCheckpoints;
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
 * The pause tag goes on when a pause starts (a handover that pauses, a person's reply, a pause command) and comes off
 * when a resume ends it, through the handler: the exact CRM calls, each valid against HighLevel's OpenAPI.
 */
@QuarkusTest
@TestProfile(MultiBotProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class PauseTagFlowTest extends ConversationTest {

    @Inject
    CrashingEpisodeCheckpoints checkpoints;

    @AfterEach
    void noDueWorkLeft() {
        checkpoints.disarm();
        PauseTags.sweepAll(clock, crm);
    }

    @Test
    void handoverThatPauses_shouldAddItsTagsAndThePauseTagInOneCall_reportedAsTwoActions() {
        Reply reply = customer("Can I talk to a real person please?");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.actionStatuses()).containsExactly("tags=done", "pauseTag=done");
        assertThat(reply.pausedUntil()).isEqualTo(seconds(clock.instant().plus(PauseTags.HANDOVER_PAUSE)));
        assertThat(callsAbout(crm, contact)).containsExactly(addedWith(contact, "human_handover"));
        // the pause tag is recorded for its removal all the same: the sweep takes it off at the pause's end
        crm.reset();
        clock.advance(PauseTags.HANDOVER_PAUSE.plusMinutes(1));
        assertThat(PauseTags.sweep().body().get("sweep").get("tagsRemoved").asInt()).isEqualTo(1);
        assertThat(callsAbout(crm, contact)).containsExactly(removed(contact));
    }

    @Test
    void crashAfterTheOneTagCall_redelivered_shouldLookAtTheContactAndAddNothingAgain() {
        // GIVEN a stateful CRM, and an invocation that dies after its tag call, before the checkpoint
        crm.useFakeHighLevel();
        checkpoints.arm(CrashingEpisodeCheckpoints.Point.BEFORE_CHECKPOINT);
        String event = Webhooks.signedEvent(inbound("Can I talk to a real person please?"));
        assertThat(Lambda.invoke(event).status()).isEqualTo(429);
        assertThat(callsAbout(crm, contact)).containsExactly(addedWith(contact, "human_handover"));

        // WHEN HighLevel redelivers once the lease has run out
        clock.advance(Duration.ofMinutes(2));
        crm.wireMock().resetRequests();
        Reply redelivered = Lambda.invoke(event);

        // THEN both actions are done from one look at the contact, which has both tags: no second add
        assertThat(redelivered.status()).isEqualTo(200);
        assertThat(redelivered.actionStatuses()).containsExactly("tags=done", "pauseTag=done");
        assertThat(callsAbout(crm, contact)).containsExactly("GET /contacts/" + contact);
    }

    @Test
    void crmDownWhileTaggingAHandover_shouldAnswer429_andTheRedeliveryShouldAddIt() {
        crm.wireMock().register(any(urlPathEqualTo("/contacts/" + contact + "/tags")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        String event = Webhooks.signedEvent(inbound("I want to speak to a human"));

        Reply first = Lambda.invoke(event);
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.actionStatuses()).containsExactly("tags=pending", "pauseTag=pending");

        crm.reset();
        Reply redelivered = Lambda.invoke(event);

        assertThat(redelivered.status()).isEqualTo(200);
        assertThat(redelivered.actionStatuses()).containsExactly("tags=done", "pauseTag=done");
        // a resumed handover looks at the contact before adding again, both tags in one call
        assertThat(callsAbout(crm, contact)).containsExactly("GET /contacts/" + contact,
                addedWith(contact, "human_handover"));
    }

    @Test
    void personsReply_shouldAddThePauseTagOnce() {
        Reply staff = staff("Hi, Jo here, let me look into it.");
        Reply again = staff("Found it, one moment.");

        assertThat(staff.body().get("decision").asText()).isEqualTo("paused");
        assertThat(staff.actionStatuses()).containsExactly("pauseTag=done");
        assertThat(again.actionStatuses()).containsExactly("pauseTag=done");
        assertThat(callsAbout(crm, contact)).containsExactly(added(contact));
    }

    @Test
    void crmDownWhileTaggingAPersonsReply_shouldAnswer200_andTheSweepShouldAddItAfterTheLease() {
        crm.wireMock().register(any(urlPathEqualTo("/contacts/" + contact + "/tags")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));

        Reply staff = staff("Hi, Jo here.");

        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.body().get("botPaused").asBoolean()).isTrue();
        assertThat(staff.actionStatuses()).containsExactly("pauseTag=scheduled");
        crm.reset();
        assertThat(PauseTags.sweep().body().get("sweep").get("looked").asInt()).isZero();

        clock.advance(Duration.ofSeconds(61));
        Reply sweep = PauseTags.sweep();

        assertThat(sweep.body().get("sweep").get("stillPaused").asInt()).isEqualTo(1);
        assertThat(callsAbout(crm, contact)).containsExactly("GET /contacts/" + contact, added(contact));
    }

    @Test
    void pauseCommand_shouldPauseForTheBotsManualSleep_andAddTheTag() {
        Reply paused = command(conversation, contact, "pause", clock.instant(), Map.of());

        assertThat(paused.status()).isEqualTo(200);
        assertThat(paused.body().get("decision").asText()).isEqualTo("paused");
        assertThat(paused.pausedUntil()).isEqualTo(seconds(clock.instant().plus(Duration.ofHours(2))));
        assertThat(paused.actionStatuses()).containsExactly("pauseTag=done");
        assertThat(callsAbout(crm, contact)).containsExactly(added(contact));
        assertThat(customer("hello?").body().get("decision").asText()).isEqualTo("paused");
    }

    @Test
    void pauseCommandWithADuration_orUntilResumed_shouldPauseThatLong() {
        Reply minutes = command(conversation, contact, "pause", clock.instant(),
                Map.of("sleepTime", 10, "sleepTimeUnit", "minutes"));
        assertThat(minutes.pausedUntil()).isEqualTo(seconds(clock.instant().plus(Duration.ofMinutes(10))));

        Reply indefinite = command(conversation, contact, "pause", clock.instant(), Map.of("reactivateEnabled", false));

        assertThat(indefinite.body().get("pausedUntil").asText()).isEqualTo("indefinite");
        assertThat(callsAbout(crm, contact)).containsExactly(added(contact));
    }

    @Test
    void pauseCommandWithABadDuration_shouldBeRefused400WithoutEchoingIt() {
        Reply unit = command(conversation, contact, "pause", clock.instant(),
                Map.of("sleepTime", 3, "sleepTimeUnit", "fortnights"));
        Reply negative = command(conversation, contact, "pause", clock.instant(), Map.of("sleepTime", -1));

        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.body().get("error").asText()).isEqualTo("invalid_value");
        assertThat(unit.body().get("detail").asText()).contains("sleepTimeUnit").doesNotContain("fortnights");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().get("detail").asText()).contains("sleepTime");
        assertThat(crm.requests()).isEmpty();
    }

    @Test
    void resume_shouldRemoveTheTagThePausePutOn() {
        customer("I want to talk to a person");
        crm.reset();

        Reply resumed = command(conversation, contact, "resume", clock.instant(), Map.of());

        assertThat(resumed.body().get("decision").asText()).isEqualTo("resumed");
        assertThat(resumed.actionStatuses()).containsExactly("pauseTagRemoval=done");
        assertThat(callsAbout(crm, contact)).containsExactly(removed(contact));
        // nothing is left for the sweep: the pause's end finds nothing to do
        clock.advance(PauseTags.HANDOVER_PAUSE.plusMinutes(1));
        PauseTags.sweep();
        assertThat(callsAbout(crm, contact)).containsExactly(removed(contact));
    }

    @Test
    void crmDownWhileRemovingAtResume_shouldAnswer200_andTheNextSweepShouldRemoveIt() {
        customer("I want to talk to a person");
        crm.reset();
        crmDownFor(contact);

        Reply resumed = command(conversation, contact, "resume", clock.instant(), Map.of());

        assertThat(resumed.status()).isEqualTo(200);
        assertThat(resumed.body().get("botPaused").asBoolean()).isFalse();
        assertThat(resumed.actionStatuses()).containsExactly("pauseTagRemoval=scheduled");
        crm.reset();
        Reply sweep = PauseTags.sweep();

        assertThat(sweep.body().get("sweep").get("tagsRemoved").asInt()).isEqualTo(1);
        assertThat(callsAbout(crm, contact)).containsExactly(removed(contact));
    }

    @Test
    void shadowBot_shouldNeverTag() {
        ObjectNode body = inbound("Can I talk to a real person please?");
        body.put("locationId", "loc-tagged-shadow");

        Reply handover = Lambda.accepted(body);
        Reply staff = Lambda.accepted(Webhooks.staffReply("loc-tagged-shadow", conversation, contact, "Hi",
                clock.instant()));

        assertThat(handover.actionStatuses()).containsExactly("closingMessage=shadow", "tags=shadow", "pauseTag=shadow");
        assertThat(staff.body().get("actions")).isEmpty();
        clock.advance(Duration.ofDays(2));
        PauseTags.sweep();
        assertThat(crm.requests()).isEmpty();
    }

    /** Every call about the contact fails, its look-ups too (the stub's contact would look untagged). */
    private void crmDownFor(String contactId) {
        crm.wireMock().register(any(urlPathMatching("/contacts/" + contactId + "(/tags)?")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
    }

    private ObjectNode inbound(String text) {
        ObjectNode body = Webhooks.inbound(conversation, contact, text, clock.instant());
        body.put("locationId", PauseTags.LOCATION);
        return body;
    }

    private Reply customer(String text) {
        return Lambda.accepted(inbound(text));
    }

    private Reply staff(String text) {
        return Lambda.accepted(Webhooks.staffReply(PauseTags.LOCATION, conversation, contact, text, clock.instant()));
    }

    private static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
