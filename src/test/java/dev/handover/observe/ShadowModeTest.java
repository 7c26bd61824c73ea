package dev.handover.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.ConversationTest;
import dev.handover.support.EmfDocuments;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.MdcLog;
import dev.handover.support.MultiBotProfile;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A bot with {@code shadow: true} (bots-test.yaml): decided, recorded, logged and counted; no CRM write, no pause. */
@QuarkusTest
@TestProfile(MultiBotProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class ShadowModeTest extends ConversationTest {

    private static final String LOCATION = "loc-shadow-1";

    @Inject
    EmfDocuments emf;

    @BeforeEach
    void noDocuments() {
        emf.clear();
    }

    @Test
    void contactRequest_isDecidedAndReported_butNothingIsWrittenAndNothingPaused() {
        Reply reply;
        List<MdcLog.Line> lines;
        try (MdcLog log = MdcLog.start()) {
            reply = customer("Can I talk to someone from your team?");
            lines = log.lines();
        }

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(reply.body().get("scenario").asText()).isEqualTo("contactRequest");
        assertThat(reply.body().get("shadow").asBoolean()).isTrue();
        assertThat(reply.body().get("botPaused").asBoolean()).isFalse();
        assertThat(reply.body().get("pausedUntil").isNull()).isTrue();
        assertThat(reply.actionStatuses()).containsExactly("assign=shadow", "task=shadow", "closingMessage=shadow",
                "tags=shadow");
        assertThat(crm.requests()).isEmpty();

        MdcLog.Line decision = lines.get(lines.size() - 1);
        assertThat(decision.message()).endsWith("[shadow]");
        assertThat(decision.mdc()).containsEntry("shadow", "true").containsEntry("botId", "shadow-bot")
                .containsEntry("decision", "handover");
        assertThat(lines).allSatisfy(line -> assertThat(line.mdc()).containsEntry("shadow", "true"));

        JsonNode decisions = emf.withMetric("Decisions").get(0);
        assertThat(decisions.get("Mode").asText()).isEqualTo("shadow");
        assertThat(decisions.get("shadow").asBoolean()).isTrue();
        JsonNode handovers = emf.withMetric("Handovers").get(0);
        assertThat(handovers.get("BotId").asText()).isEqualTo("shadow-bot");
        assertThat(handovers.get("Mode").asText()).isEqualTo("shadow");
        assertThat(emf.withMetric("CrmCalls")).isEmpty();
    }

    @Test
    void afterAShadowHandover_theBotIsNotPaused_andTheNextRequestIsDecidedAgain() {
        customer("I want to speak to a human");

        Reply question = customer("What time do you open on Saturday?");
        Reply again = customer("agent please");

        assertThat(question.body().get("decision").asText()).isEqualTo("none");
        assertThat(question.body().get("shadow").asBoolean()).isTrue();
        assertThat(again.body().get("decision").asText()).isEqualTo("handover");
        assertThat(again.body().get("botPaused").asBoolean()).isFalse();
        assertThat(crm.requests()).isEmpty();
    }

    @Test
    void duplicateDelivery_isADuplicate_andSaysShadow() {
        ObjectNode body = Webhooks.inbound(conversation, contact, "agent please", clock.instant());
        body.put("locationId", LOCATION);
        String event = Webhooks.signedEvent(body);

        Reply first = Lambda.invoke(event);
        Reply second = Lambda.invoke(event);

        assertThat(first.body().get("decision").asText()).isEqualTo("handover");
        assertThat(second.body().get("decision").asText()).isEqualTo("duplicate");
        assertThat(second.body().get("shadow").asBoolean()).isTrue();
        assertThat(second.body().get("botPaused").asBoolean()).isFalse();
        assertThat(crm.requests()).isEmpty();
    }

    @Test
    void staffReply_wouldPause_butPausesNothing() {
        Reply staff = Lambda.accepted(Webhooks.staffReply(LOCATION, conversation, contact, "Hi, Sam here",
                clock.instant()));
        Reply next = customer("Can I talk to someone from your team?");

        assertThat(staff.body().get("decision").asText()).isEqualTo("paused");
        assertThat(staff.body().get("botPaused").asBoolean()).isFalse();
        assertThat(staff.body().get("shadow").asBoolean()).isTrue();
        assertThat(next.body().get("decision").asText()).isEqualTo("handover");
        assertThat(crm.requests()).isEmpty();
    }

    @Test
    void botFallback_lackOfInformation_isAShadowHandoverToo() {
        Reply reply = Lambda.accepted(Webhooks.botReply(LOCATION, conversation, contact,
                "I don't have that information, sorry.", clock.instant()));

        assertThat(reply.body().get("scenario").asText()).isEqualTo("lackOfInformation");
        assertThat(reply.body().get("shadow").asBoolean()).isTrue();
        assertThat(reply.actionStatuses()).containsExactly("assign=shadow", "closingMessage=shadow", "tags=shadow");
        assertThat(crm.requests()).isEmpty();
    }

    private Reply customer(String text) {
        ObjectNode body = Webhooks.inbound(conversation, contact, text, clock.instant());
        body.put("locationId", LOCATION);
        return Lambda.accepted(body);
    }
}
