package dev.handover.conversation;

import static dev.handover.conversation.ConversationItem.EXPIRATION;
import static dev.handover.conversation.ConversationItem.HOLDERS;
import static dev.handover.conversation.ConversationItem.HOLDERS_PREFIX;
import static dev.handover.conversation.ConversationItem.HOLDER_JOINS;
import static dev.handover.conversation.ConversationItem.PK;
import static dev.handover.conversation.ConversationItem.number;
import static dev.handover.conversation.ConversationItem.string;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.handover.config.HandoverConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Who holds a contact's pause tag on. Pauses are per conversation but the tag is per contact, so one contact may
 * have several conversations paused at once (two channels, two bots with the same tag, a pause command on a second
 * conversation): the first pause to end must not take the tag off while another still holds it. Each (contact,
 * tag) has an item of its own, {@code tagholders#<contactId>#<tag>}, with the string set of the conversation items
 * ({@code conv#...} keys) whose pause holds the tag. The key has no location: HighLevel's tag calls name only the
 * contact, so a tag two locations' bots put on one contact id is one tag. The name is lower-cased, as the CRM may
 * keep tags.
 * <p>
 * Single-item {@code ADD} / {@code DELETE} updates, idempotent, so a retried write whose answer was lost does no harm,
 * and no transaction (dynalite has none). A holder a crash left behind (its pause ended, its removal never ran) must
 * not hold the tag for ever: a member whose conversation item is no longer paused is dropped when seen (a consistent
 * read of that item), by a write conditional on the join count it saw, so a conversation that joined meanwhile is
 * never dropped with it. The item keeps no TTL worth relying on (ten years, like an indefinitely paused
 * conversation): TTL must never end a hold.
 */
@ApplicationScoped
public class TagHolders {

    /** An expiry no pause outlives: the item is cleanup only, never a way to end a hold. */
    private static final Duration KEEP = Duration.ofDays(3650);
    /** Reads of the set after a join raced a drop of stale members; past this, the stale ones are kept for now. */
    private static final int ATTEMPTS = 3;

    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoCalls calls;

    public TagHolders(DynamoDbClient dynamo, HandoverConfig config) {
        this.dynamo = dynamo;
        this.table = config.table().name();
        this.calls = new DynamoCalls(dynamo, table);
    }

    /** The key of a conversation's item, as the holder set names it. */
    public static String member(ConversationKey conversation) {
        return ConversationItem.key(conversation).get(PK).s();
    }

    /** The conversation's pause holds the tag: recorded before the tag is added, so no end misses it. */
    public void hold(String conversation, PauseTag tag, Instant now) {
        UpdateItemRequest request = UpdateItemRequest.builder().tableName(table).key(key(tag))
                .updateExpression("ADD #holders :me, #joins :one SET #expiration = :expiration")
                .expressionAttributeNames(Map.of("#holders", HOLDERS, "#joins", HOLDER_JOINS,
                        "#expiration", EXPIRATION))
                .expressionAttributeValues(Map.of(":me", AttributeValue.fromSs(List.of(conversation)),
                        ":one", number(1), ":expiration", number(now.plus(KEEP).getEpochSecond())))
                .build();
        calls.call(() -> dynamo.updateItem(request));
    }

    /**
     * The conversation's pause no longer holds the tag; the conversations that still do (still paused), from the
     * write's own answer. The condition keeps a release of a contact nobody held from creating an empty item.
     */
    public Set<String> release(String conversation, PauseTag tag, Instant now) {
        UpdateItemRequest request = UpdateItemRequest.builder().tableName(table).key(key(tag))
                .updateExpression("DELETE #holders :me").conditionExpression("attribute_exists(#holders)")
                .expressionAttributeNames(Map.of("#holders", HOLDERS))
                .expressionAttributeValues(Map.of(":me", AttributeValue.fromSs(List.of(conversation))))
                .returnValues(ReturnValue.ALL_NEW).build();
        try {
            return live(tag, calls.call(() -> dynamo.updateItem(request).attributes()), now);
        } catch (ConditionalCheckFailedException nobody) {
            // No set (or this write emptied it and its retry found none): nobody holds the tag.
            return Set.of();
        }
    }

    /** The conversations that hold the tag now (a consistent read), stale members dropped. */
    public Set<String> holding(PauseTag tag, Instant now) {
        return live(tag, calls.read(key(tag)), now);
    }

    private Set<String> live(PauseTag tag, Map<String, AttributeValue> item, Instant now) {
        for (int attempt = 1;; attempt++) {
            Set<String> members = members(item);
            Set<String> stale = new LinkedHashSet<>();
            for (String member : members) {
                if (!ConversationItem.state(calls.read(Map.of(PK, string(member)))).pausedAt(now)) {
                    stale.add(member);
                }
            }
            if (stale.isEmpty()) {
                return members;
            }
            if (attempt == ATTEMPTS) {
                // Joins keep racing the drop: keep the tag on for now, the next end drops them.
                return members;
            }
            try {
                drop(tag, stale, item.get(HOLDER_JOINS));
                members.removeAll(stale);
                return members;
            } catch (ConditionalCheckFailedException joined) {
                item = calls.read(key(tag));
            }
        }
    }

    /** Drops members whose pause is over, unless anyone joined since the set was read. */
    private void drop(PauseTag tag, Set<String> stale, AttributeValue joinsSeen) {
        UpdateItemRequest request = UpdateItemRequest.builder().tableName(table).key(key(tag))
                .updateExpression("DELETE #holders :stale").conditionExpression("#joins = :seen")
                .expressionAttributeNames(Map.of("#holders", HOLDERS, "#joins", HOLDER_JOINS))
                .expressionAttributeValues(Map.of(":stale", AttributeValue.fromSs(List.copyOf(stale)),
                        ":seen", joinsSeen == null ? number(0) : joinsSeen))
                .build();
        calls.call(() -> dynamo.updateItem(request));
    }

    private static Set<String> members(Map<String, AttributeValue> item) {
        AttributeValue set = item == null ? null : item.get(HOLDERS);
        return set == null || !set.hasSs() ? new LinkedHashSet<>() : new LinkedHashSet<>(set.ss());
    }

    private static Map<String, AttributeValue> key(PauseTag tag) {
        return Map.of(PK, string(HOLDERS_PREFIX + tag.contactId() + "#" + tag.name().toLowerCase(Locale.ROOT)));
    }
}
