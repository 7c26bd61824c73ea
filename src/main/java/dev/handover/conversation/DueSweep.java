package dev.handover.conversation;

import static dev.handover.conversation.ConversationItem.DUE_AT;
import static dev.handover.conversation.ConversationItem.DUE_FOR;
import static dev.handover.conversation.ConversationItem.DUE_SHARD;
import static dev.handover.conversation.ConversationItem.PAUSED_UNTIL;
import static dev.handover.conversation.ConversationItem.PAUSE_TAG;
import static dev.handover.conversation.ConversationItem.PAUSE_TAG_CONTACT;
import static dev.handover.conversation.ConversationItem.PK;
import static dev.handover.conversation.ConversationItem.number;
import static dev.handover.conversation.ConversationItem.string;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.HandoverConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The sweep's expressions: the query of the sparse due-work index, and the conditional writes that take a due
 * conversation, finish it or schedule its next look. The index is eventually consistent, so it only says where to
 * look: a sweep takes a conversation by a conditional write on the due time the index showed (one of two sweeps at
 * once wins, and a stale entry is refused), and runs from the item that write returns.
 */
@ApplicationScoped
public class DueSweep {

    private static final int PAGE_SIZE = 100;
    private static final Logger LOG = Logger.getLogger(DueSweep.class);

    private final DynamoDbClient dynamo;
    private final String table;
    private final DynamoCalls calls;
    private final DueWork work;

    public DueSweep(DynamoDbClient dynamo, HandoverConfig config, DueWork work) {
        this.dynamo = dynamo;
        this.table = config.table().name();
        this.calls = new DynamoCalls(dynamo, table);
        this.work = work;
    }

    /** A conversation the index lists as due, with the due time it was listed with. */
    public record Due(String pk, AttributeValue dueAt) {
    }

    /** One page of a shard's due conversations; {@link #last()} false when more may follow. */
    public record Page(List<Due> due, Optional<Map<String, AttributeValue>> next) {

        public boolean last() {
            return next.isEmpty();
        }
    }

    /**
     * A due conversation this sweep holds until its lease ends, as the take left it.
     *
     * @param mark the lease's due time, which tells this sweep's writes from anyone else's
     */
    public record Taken(String pk, String mark, ConversationState state) {
    }

    public int shards() {
        return work.shards();
    }

    /** The conversations of one shard due at {@code now}, oldest first; {@code after} continues a page. */
    public Page due(int shard, Instant now, Optional<Page> after) {
        QueryRequest.Builder request = QueryRequest.builder().tableName(table).indexName(DueWork.INDEX)
                .keyConditionExpression("#shard = :shard AND #dueAt <= :now")
                .expressionAttributeNames(Map.of("#shard", DUE_SHARD, "#dueAt", DUE_AT))
                .expressionAttributeValues(Map.of(":shard", string(Integer.toString(shard)),
                        ":now", number(now.getEpochSecond())))
                .limit(PAGE_SIZE);
        after.flatMap(Page::next).ifPresent(request::exclusiveStartKey);
        QueryResponse page = calls.call(() -> dynamo.query(request.build()));
        List<Due> due = page.items().stream().map(item -> new Due(item.get(PK).s(), item.get(DUE_AT))).toList();
        return new Page(due, page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty()
                ? Optional.of(page.lastEvaluatedKey()) : Optional.empty());
    }

    /**
     * Takes a due conversation until {@code leaseUntil}, which is also its next look should this sweep not finish
     * it. Empty when another sweep took it first or the index entry was stale.
     */
    public Optional<Taken> take(Due due, Instant leaseUntil) {
        String mark = Mark.of(leaseUntil.getEpochSecond());
        Map<String, AttributeValue> key = Map.of(PK, string(due.pk()));
        try {
            Map<String, AttributeValue> item = calls.update(UpdateItemRequest.builder().key(key)
                    .updateExpression("SET #dueAt = :mark").conditionExpression("#dueAt = :seen")
                    .expressionAttributeNames(Map.of("#dueAt", DUE_AT))
                    .expressionAttributeValues(Map.of(":mark", AttributeValue.fromN(mark), ":seen", due.dueAt()))
                    .returnValues(ReturnValue.ALL_NEW));
            return Optional.of(new Taken(due.pk(), mark, ConversationItem.state(item)));
        } catch (ConditionalCheckFailedException refused) {
            Map<String, AttributeValue> item = calls.refused(key, refused);
            return Mark.same(item.get(DUE_AT), mark) ? Optional.of(new Taken(due.pk(), mark,
                    ConversationItem.state(item))) : Optional.empty();
        }
    }

    /**
     * The pause is over and its tag off (or there was none): the tag's record goes, and the due work too, unless a
     * wait for a reply is still pending ({@code waitAt}): its deadline is then the next look. Unless the
     * conversation changed meanwhile: empty when done; otherwise the conversation as it now is (paused again: a
     * handover, a person's reply or a pause command came in while this sweep removed the tag; or its wait changed).
     */
    public Optional<ConversationState> finish(Taken taken, Instant now, Optional<Instant> waitAt) {
        Map<String, String> names = new HashMap<>(Map.of("#tag", PAUSE_TAG, "#contact", PAUSE_TAG_CONTACT,
                "#paused", PAUSED_UNTIL));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":mark", AttributeValue.fromN(taken.mark()),
                ":now", number(now.getEpochSecond())));
        String update = waitAt.isPresent() ? "REMOVE #tag, #contact SET " + next(waitAt.get(), waitAt, names, values)
                : "REMOVE #tag, #contact, " + DueWork.remove(names).substring("REMOVE ".length());
        Map<String, AttributeValue> key = Map.of(PK, string(taken.pk()));
        try {
            calls.update(UpdateItemRequest.builder().key(key).updateExpression(update)
                    .conditionExpression("#dueAt = :mark AND (attribute_not_exists(#paused) OR #paused <= :now) AND "
                            + waitAsSeen(waitAt, names, values))
                    .expressionAttributeNames(names).expressionAttributeValues(values));
            return Optional.empty();
        } catch (ConditionalCheckFailedException refused) {
            Map<String, AttributeValue> item = calls.refused(key, refused);
            // No tag left and the look where this write puts it: this write was applied and its answer lost, or
            // another finished it.
            boolean looked = waitAt.isPresent()
                    ? Mark.whole(item.get(DUE_AT)).equals(waitAt.map(Instant::getEpochSecond))
                    : !item.containsKey(DUE_AT);
            if (looked && !item.containsKey(PAUSE_TAG)) {
                return Optional.empty();
            }
            return Optional.of(ConversationItem.state(item));
        }
    }

    /**
     * The pause is still on (and its tag on), or a wait for a reply pending ({@code waitAt}): the next look is at
     * {@code at}, none when empty. Left alone when the conversation changed meanwhile: whoever changed it
     * scheduled its own look.
     */
    public void reschedule(Taken taken, Optional<Instant> at, Optional<Instant> waitAt) {
        Map<String, String> names = new HashMap<>(Map.of("#dueAt", DUE_AT));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":mark", AttributeValue.fromN(taken.mark())));
        String update = at.isPresent() ? "SET " + next(at.get(), waitAt, names, values) : DueWork.remove(names);
        try {
            calls.update(UpdateItemRequest.builder().key(Map.of(PK, string(taken.pk()))).updateExpression(update)
                    .conditionExpression("#dueAt = :mark AND " + waitAsSeen(waitAt, names, values))
                    .expressionAttributeNames(names).expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException changed) {
            LOG.debugf("due conversation %s changed during the sweep; its look stays as scheduled", taken.pk());
        }
    }

    /** {@code #dueAt = :at, #dueFor = :why}: the next look, and why (the wait's deadline, or the pause tag). */
    private static String next(Instant at, Optional<Instant> waitAt, Map<String, String> names,
            Map<String, AttributeValue> values) {
        names.put("#dueAt", DUE_AT);
        names.put("#dueFor", DUE_FOR);
        values.put(":at", number(at.getEpochSecond()));
        values.put(":why", string(waitAt.filter(at::equals).isPresent() ? DueWork.NO_REPLY_WORK
                : DueWork.PAUSE_TAG_WORK));
        return "#dueAt = :at, #dueFor = :why";
    }

    /** The wait for a reply is as this sweep last saw it: a look it schedules must not pass a wait armed since. */
    private static String waitAsSeen(Optional<Instant> waitAt, Map<String, String> names,
            Map<String, AttributeValue> values) {
        if (waitAt.isEmpty()) {
            return DueWork.noWait(names);
        }
        names.put("#waitAt", ConversationItem.WATCH_AT);
        values.put(":waitAt", number(waitAt.get().getEpochSecond()));
        return "#waitAt = :waitAt";
    }
}
