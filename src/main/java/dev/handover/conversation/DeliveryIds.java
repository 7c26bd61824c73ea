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
        String claimedName = DELIVERY_PREFIX + claimed;
        List<Held> ids = new ArrayList<>();
        int expired = 0;
        for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
            if (entry.getKey().startsWith(DELIVERY_PREFIX) && !entry.getKey().equals(claimedName)) {
                Held id = new Held(entry.getKey(), Math.abs(Mark.whole(entry.getValue()).orElse(0L)));
                ids.add(id);
                expired += id.expiredAt(now) ? 1 : 0;
            }
        }
        // The claim adds one more id than the item it found held; past MAX, down to a batch below it. Most claims
        // stop here, before any sorting.
        int held = ids.size() + 1;
        if (expired < BATCH && held <= MAX) {
            return List.of();
        }
        ids.sort(Comparator.comparingLong(Held::expiry));
        int oldestToDrop = held > MAX ? Math.max(0, held - (MAX - BATCH) - expired) : 0;
        List<String> prune = new ArrayList<>();
        for (Held id : ids) {
            if (id.expiredAt(now)) {
                prune.add(id.name());
            } else if (oldestToDrop > 0) {
                prune.add(id.name());
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

    /**
     * A delivery id with the whole part of its mark: an expiry, or for an awaited one (negative) minus the end of
     * its retry window.
     */
    private record Held(String name, long expiry) {

        boolean expiredAt(Instant now) {
            return expiry < now.getEpochSecond();
        }
    }
}
