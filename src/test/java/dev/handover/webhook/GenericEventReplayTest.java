package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.MultiBotProfile;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code /events} needs a fresh timestamp, as HighLevel's webhooks do: a captured {@code resume} cannot end a pause
 * again once its dedupe id has expired.
 */
@QuarkusTest
@TestProfile(MultiBotProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class GenericEventReplayTest extends ConversationTest {

    private static final String LOCATION = MultiBotFlowTest.LOCATION;
    private static final String SECRET = "test-event-secret";

    @BeforeEach
    void pausedIndefinitely() {
        // support-bot hands over on the second failed attempt and then stays paused until resumed
        send("bot", "Try turning it off and on.");
        send("user", "that didn't help");
        send("bot", "Try again please.");
        assertThat(send("user", "still not working").body().get("scenario").asText()).isEqualTo("failedToResolveIssue");
        assertThat(send("user", "hello?").body().get("pausedUntil").asText()).isEqualTo("indefinite");
        crm.wireMock().resetRequests();
    }

    @Test
    void resumeWithoutTimestamp_shouldBeRefused401AndKeepThePause() {
        ObjectNode resume = resume();
        resume.remove("timestamp");

        Reply reply = Lambda.invoke(Webhooks.genericEvent(resume, SECRET));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body().get("error").asText()).isEqualTo("missing_timestamp");
        assertThat(send("user", "are you there?").body().get("decision").asText()).isEqualTo("paused");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void replayedResume_afterItsDedupeIdExpired_shouldBeRefused401AndKeepThePause() {
        String captured = Webhooks.genericEvent(resume(), SECRET);
        assertThat(Lambda.invoke(captured).body().get("decision").asText()).isEqualTo("resumed");
        send("bot", "Try turning it off and on.");
        send("user", "that didn't help");
        send("bot", "Try again please.");
        assertThat(send("user", "still not working").body().get("scenario").asText()).isEqualTo("failedToResolveIssue");
        crm.wireMock().resetRequests();
        // past the delivery ids' 24 h: only the timestamp stands between the replay and the pause
        clock.advance(Duration.ofHours(25));

        Reply replay = Lambda.invoke(captured);

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.body().get("error").asText()).isEqualTo("stale_timestamp");
        assertThat(send("user", "are you there?").body().get("pausedUntil").asText()).isEqualTo("indefinite");
        assertThat(crm.calls()).isEmpty();
    }

    @Test
    void eventWithAFutureOrUnreadableTimestamp_shouldBeRefused() {
        ObjectNode future = Webhooks.generic(LOCATION, "support-bot", conversation, contact, "user", "hi",
                clock.instant().plus(Duration.ofMinutes(2)));
        ObjectNode unreadable = Webhooks.generic(LOCATION, "support-bot", conversation, contact, "user", "hi");
        unreadable.put("timestamp", "yesterday");

        assertThat(Lambda.invoke(Webhooks.genericEvent(future, SECRET)).body().get("error").asText())
                .isEqualTo("future_timestamp");
        assertThat(Lambda.invoke(Webhooks.genericEvent(unreadable, SECRET)).body().get("error").asText())
                .isEqualTo("invalid_timestamp");
    }

    private ObjectNode resume() {
        ObjectNode resume = Webhooks.generic(LOCATION, "support-bot", conversation, contact, "user", "",
                clock.instant());
        resume.remove("role");
        resume.put("command", "resume");
        return resume;
    }

    private Reply send(String role, String text) {
        Reply reply = Lambda.invoke(Webhooks.genericEvent(Webhooks.generic(LOCATION, "support-bot", conversation,
                contact, role, text, clock.instant()), SECRET));
        assertThat(reply.status()).as("%s: %s", role, text).isEqualTo(200);
        return reply;
    }
}
