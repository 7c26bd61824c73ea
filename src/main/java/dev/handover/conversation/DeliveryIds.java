package dev.handover.conversation;

import static dev.handover.conversation.ConversationItem.DELIVERY_PREFIX;
import static dev.handover.conversation.ConversationItem.GIVEN_BACK_PREFIX;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Which delivery ids a conversation item can drop, so that it never grows towards DynamoDB's 400 KB item limit
 * (every write is billed by the item's size, and every claim returns it). A delivery id is needed only while a
 * duplicate or a redelivery of it can still arrive: its mark's expiry. Expired ids go in batches, so that pruning
 * costs one extra write every {@value #BATCH} deliveries at most; beyond {@value #MAX} ids the oldest go too.
 */
final class DeliveryIds {

    /** The most delivery ids an item keeps after a claim's housekeeping. */
    static final int MAX = 100;
    /** Expired ids are removed once this many have piled up, or whenever the item holds more than {@link #MAX}. */
    static final int BATCH = 16;

    private DeliveryIds() {
    }

    /**
     * The attributes to remove after the claim of {@code claimed} found {@code item}; empty when no housekeeping is
     * due. The claimed delivery itself is kept.
     */
    static List<String> toPrune(Map<String, AttributeValue> item, String claimed, Instant now) {
        List<Map.Entry<String, AttributeValue>> ids = item.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(DELIVERY_PREFIX))
                .filter(entry -> !entry.getKey().equals(DELIVERY_PREFIX + claimed))
                .sorted(Comparator.comparingLong(entry -> Math.abs(Mark.whole(entry.getValue()).orElse(0L))))
                .toList();
        long expired = ids.stream().filter(entry -> expired(entry.getValue(), now)).count();
        // The claim adds one more id than the item it found held; past MAX, down to a batch below it.
        int held = ids.size() + 1;
        if (expired < BATCH && held <= MAX) {
            return List.of();
        }
        int oldestToDrop = held > MAX ? (int) Math.max(0, held - (MAX - BATCH) - expired) : 0;
        List<String> prune = new ArrayList<>();
        for (Map.Entry<String, AttributeValue> entry : ids) {
            if (expired(entry.getValue(), now)) {
                prune.add(entry.getKey());
            } else if (oldestToDrop > 0) {
                prune.add(entry.getKey());
                oldestToDrop--;
            }
        }
        // A given-back mark is of use only as long as its delivery id is kept.
        item.keySet().stream().filter(name -> name.startsWith(GIVEN_BACK_PREFIX))
                .filter(name -> !name.equals(GIVEN_BACK_PREFIX + claimed))
                .filter(name -> !item.containsKey(DELIVERY_PREFIX + name.substring(GIVEN_BACK_PREFIX.length()))
                        || prune.contains(DELIVERY_PREFIX + name.substring(GIVEN_BACK_PREFIX.length())))
                .forEach(prune::add);
        return prune;
    }

    /** A positive mark holds its expiry; an awaited one (negative) minus the end of its retry window. */
    private static boolean expired(AttributeValue mark, Instant now) {
        return Math.abs(Mark.whole(mark).orElse(0L)) < now.getEpochSecond();
    }
}
