package dev.handover.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.handover.support.ConversationItems;
import dev.handover.support.ConversationTest;
import dev.handover.support.CrashingEpisodeCheckpoints;
import dev.handover.support.CrashingEpisodeCheckpoints.Point;
import dev.handover.support.EmfDocuments;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The episode metrics that need an episode left open: abandoned when the bot no longer has its action. */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class EpisodeMetricsTest extends ConversationTest {

    @Inject
    CrashingEpisodeCheckpoints checkpoints;
    @Inject
    DynamoDbClient dynamo;
    @Inject
    EmfDocuments emf;

    @BeforeEach
    void setUp() {
        checkpoints.disarm();
        emf.clear();
    }

    @AfterEach
    void tearDown() {
        checkpoints.disarm();
    }

    @Test
    void episodeOfAScenarioTheBotNoLongerHas_isCountedAbandoned() {
        // GIVEN an episode left open by a crash, of a scenario the bot has no action for (its settings changed)
        checkpoints.arm(Point.AFTER_EPISODE_OPENED);
        String event = Webhooks.signedEvent(Webhooks.inbound(conversation, contact, "I want to talk to a human",
                clock.instant()));
        assertThat(Lambda.invoke(event).status()).isEqualTo(429);
        ConversationItems.set(dynamo, Webhooks.LOCATION, conversation, "#scenario", Map.of("#scenario",
                "episodeScenario"), AttributeValue.fromS("custom"));
        clock.advance(Duration.ofMinutes(10));
        emf.clear();

        // WHEN the redelivery resumes it
        Reply reply = Lambda.invoke(event);

        // THEN its actions fail for good and the episode is counted abandoned, not as a new handover
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        assertThat(reply.actionStatuses()).allMatch(status -> status.endsWith("=failed"));
        assertThat(emf.withMetric("EpisodesAbandoned")).singleElement()
                .satisfies(doc -> assertThat(doc.get("Scenario").asText()).isEqualTo("custom"));
        assertThat(emf.withMetric("Handovers")).isEmpty();
        assertThat(emf.withMetric("Decisions")).singleElement()
                .satisfies(doc -> assertThat(doc.get("Decision").asText()).isEqualTo("handover"));
    }
}
