package dev.handover.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.PauseTags;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The single bot of the {@code HANDOVER_BOT_*} variables with {@code HANDOVER_BOT_PAUSE_TAG}: its pause tag goes on
 * and comes off as a bots document's does, through the handler, the exact CRM calls valid against HighLevel's API.
 */
@QuarkusTest
@TestProfile(EnvironmentPauseTagTest.PauseTagSet.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class EnvironmentPauseTagTest extends ConversationTest {

    /** The default bot, with {@code HANDOVER_BOT_PAUSE_TAG=ai_off}. */
    public static class PauseTagSet implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("handover.bot.pause.tag", PauseTags.TAG);
        }
    }

    @AfterEach
    void noDueWorkLeft() {
        PauseTags.sweepAll(clock, crm);
    }

    @Test
    void handover_shouldAddTheHandoverTagAndThePauseTagInOneCall_andTheSweepRemoveItAtThePausesEnd() {
        // GIVEN the default bot, which pauses 24 hours after a handover
        // WHEN the customer asks for a person
        Reply reply = Lambda.accepted(Webhooks.inbound(conversation, contact, "I want to speak to a human",
                clock.instant()));

        // THEN its tags and the pause tag go on in one call, two actions
        assertThat(reply.actionStatuses()).containsExactly("assign=done", "task=done", "closingMessage=done",
                "tags=done", "pauseTag=done");
        assertThat(PauseTags.callsAbout(crm, contact)).contains(PauseTags.addedWith(contact, "human_handover"))
                .filteredOn(call -> call.contains("/tags")).hasSize(1);

        // AND the sweep takes the pause tag off once the pause has ended, the handover's tag staying
        crm.reset();
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        assertThat(PauseTags.sweep().body().get("sweep").get("tagsRemoved").asInt()).isEqualTo(1);
        assertThat(PauseTags.callsAbout(crm, contact)).containsExactly(PauseTags.removed(contact));
    }

    @Test
    void personsReply_shouldAddThePauseTagOnce() {
        Reply staff = Lambda.accepted(Webhooks.staffReply(Webhooks.LOCATION, conversation, contact, "Jo here.",
                clock.instant()));
        Reply again = Lambda.accepted(Webhooks.staffReply(Webhooks.LOCATION, conversation, contact, "One moment.",
                clock.instant()));

        assertThat(staff.body().get("decision").asText()).isEqualTo("paused");
        assertThat(staff.actionStatuses()).containsExactly("pauseTag=done");
        assertThat(again.actionStatuses()).containsExactly("pauseTag=done");
        assertThat(PauseTags.callsAbout(crm, contact)).containsExactly(PauseTags.added(contact));
    }
}
