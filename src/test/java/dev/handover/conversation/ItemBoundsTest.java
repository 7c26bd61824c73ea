package dev.handover.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.handover.support.ConversationItems;
import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/**
 * What a conversation item keeps: a bounded number of delivery ids (never near DynamoDB's 400 KB item limit), and an
 * expiry that moves forward while the conversation is active but never before a long pause ends.
 */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class ItemBoundsTest extends ConversationTest {

    @Inject
    DynamoDbClient dynamo;

    @Test
    void itemHoldingTheMostDeliveryIds_nextMessage_shouldStayWithinTheBound() {
        // GIVEN a busy conversation whose item holds the most delivery ids, none expired yet
        Map<String, AttributeValue> seeded = new HashMap<>();
        long live = clock.instant().plus(Duration.ofMinutes(90)).getEpochSecond();
        for (int i = 0; i < DeliveryIds.MAX; i++) {
            seeded.put("d#seeded-" + i, AttributeValue.fromN(Long.toString(live + i)));
        }
        ConversationItems.put(dynamo, Webhooks.LOCATION, conversation, seeded);

        // WHEN one more message arrives
        send("What are your opening hours?");

        // THEN the item still holds at most the bound, the new delivery among them
        Map<String, AttributeValue> item = item();
        assertThat(ConversationItems.deliveryIds(item)).isLessThanOrEqualTo(DeliveryIds.MAX);
        assertThat(item.keySet().stream().filter(name -> name.startsWith("d#") && !name.startsWith("d#seeded-")))
                .hasSize(1);
    }

    @Test
    void itemAtTheSizeLimit_nextMessage_shouldMakeRoomAndBeProcessed() {
        // GIVEN an item an earlier version grew to DynamoDB's limit with expired delivery ids
        seedAtTheSizeLimit();

        // WHEN a message arrives
        Reply reply = Lambda.invoke(Webhooks.signedEvent(Webhooks.inbound(conversation, contact,
                "I want to talk to a human", clock.instant())));

        // THEN it is handed over (not answered 429 for ever), and the item has shrunk
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        assertThat(reply.body().get("decision").asText()).isEqualTo("handover");
        assertThat(ConversationItems.deliveryIds(item())).isLessThanOrEqualTo(DeliveryIds.MAX);
    }

    @Test
    void activeConversation_shouldPushItsExpiryForward() {
        send("What are your opening hours?");
        clock.advance(Duration.ofDays(20));

        send("Do you have parking?");

        long expiration = Long.parseLong(item().get("expiration").n());
        assertThat(expiration).isGreaterThanOrEqualTo(clock.instant().plus(Duration.ofDays(30)).getEpochSecond());
    }

    @Test
    void longPause_messagesDuringIt_shouldNotMoveTheExpiryBeforeItEnds_andAfterItShould() {
        // GIVEN a conversation paused for 60 days (a long manual pause), its item kept until 30 days after that
        Instant now = clock.instant();
        long keep = now.plus(Duration.ofDays(90)).getEpochSecond();
        ConversationItems.put(dynamo, Webhooks.LOCATION, conversation, Map.of(
                "pausedUntil", number(now.plus(Duration.ofDays(60)).getEpochSecond()),
                "expiration", number(keep), "expirationFloor", number(keep)));

        // WHEN the customer writes during the pause
        Reply paused = send("hello?");

        // THEN the expiry stays after the pause
        assertThat(paused.body().get("decision").asText()).isEqualTo("paused");
        assertThat(Long.parseLong(item().get("expiration").n())).isEqualTo(keep);

        // AND once the pause is over, messages move it again
        clock.advance(Duration.ofDays(75));
        send("are you there?");
        assertThat(Long.parseLong(item().get("expiration").n()))
                .isEqualTo(clock.instant().plus(Duration.ofDays(30)).getEpochSecond());
        assertThat(item()).doesNotContainKey("expirationFloor");
    }

    private void seedAtTheSizeLimit() {
        Map<String, AttributeValue> seeded = new HashMap<>();
        long expired = clock.instant().minus(Duration.ofHours(1)).getEpochSecond();
        String longId = "x".repeat(900);
        for (int i = 0; i < 440; i++) {
            seeded.put("d#" + longId + i, AttributeValue.fromN(Long.toString(expired - i)));
        }
        // The largest filler DynamoDB still accepts: the item is within a few bytes of the limit.
        int low = 0;
        int high = 20_000;
        while (low < high) {
            int mid = (low + high + 1) / 2;
            seeded.put("filler", AttributeValue.fromS("f".repeat(mid)));
            try {
                ConversationItems.put(dynamo, Webhooks.LOCATION, conversation, seeded);
                low = mid;
            } catch (DynamoDbException tooLarge) {
                high = mid - 1;
            }
        }
        assertThat(low).as("filler that fits").isPositive().isLessThan(20_000);
        seeded.put("filler", AttributeValue.fromS("f".repeat(low)));
        ConversationItems.put(dynamo, Webhooks.LOCATION, conversation, seeded);
    }

    private Reply send(String text) {
        Reply reply = Lambda.invoke(Webhooks.signedEvent(Webhooks.inbound(conversation, contact, text,
                clock.instant())));
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return reply;
    }

    private Map<String, AttributeValue> item() {
        return ConversationItems.get(dynamo, Webhooks.LOCATION, conversation);
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
