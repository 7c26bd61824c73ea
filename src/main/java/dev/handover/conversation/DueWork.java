package dev.handover.conversation;

import static dev.handover.conversation.ConversationItem.DUE_AT;
import static dev.handover.conversation.ConversationItem.DUE_FOR;
import static dev.handover.conversation.ConversationItem.DUE_SHARD;
import static dev.handover.conversation.ConversationItem.PAUSED_UNTIL;
import static dev.handover.conversation.ConversationItem.PAUSE_TAG;
import static dev.handover.conversation.ConversationItem.PAUSE_TAG_CONTACT;
import static dev.handover.conversation.ConversationItem.key;
import static dev.handover.conversation.ConversationItem.number;
import static dev.handover.conversation.ConversationItem.string;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.handover.config.HandoverConfig;
import dev.handover.config.SweepConfig;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The due-work expressions of the pause paths. A conversation has due work while the sweep must look at it: then,
 * and only then, it carries {@code dueShard} (the partition key of the sparse index {@value #INDEX}), {@code dueAt}
 * (the epoch second of the next look, the index's sort key) and {@code dueFor} (why). The sweep decides what to do
 * from the item as it finds it, never from the reason alone, so a look that comes early is always safe (it finds
 * the pause still on and looks again at its end) and only a late one would be wrong: every write here moves the
 * look earlier or to the pause's end as it stands, and never past the deadline of a pending wait for a person's
 * reply ({@link ReplyWatches}). Package-private helpers are shared with {@link DueSweep} and {@link ReplyWatches}.
 */
@ApplicationScoped
public class DueWork {

    /** The sparse global secondary index of due work: only items with due work have its key attributes. */
    public static final String INDEX = "due-work";
    /**
     * Why the sweep looks: the pause tag must follow the pause (on while paused, off once the pause ended). A later
     * reason (a no-reply timeout) is another value; the sweep then checks every reason whenever it looks, and each
     * write keeps the earliest look.
     */
    static final String PAUSE_TAG_WORK = "pauseTag";
    /** Why the sweep looks: a handover's wait for a person's reply runs out ({@link ReplyWatches}). */
    static final String NO_REPLY_WORK = "noReply";
    private static final Logger LOG = Logger.getLogger(DueWork.class);

    private final DynamoCalls calls;
    private final int shards;

    public DueWork(DynamoDbClient dynamo, HandoverConfig config, SweepConfig sweep) {
        this.calls = new DynamoCalls(dynamo, config.table().name());
        this.shards = sweep.shards();
    }

    /**
     * Records that the pause put {@code tag} on the contact, so that its end removes it, and schedules the next look
     * ({@code lookAt}: the pause's end, or sooner when the tag call may not get through; empty for a pause until
     * resumed, which leaves any due work as it is). Only while the pause is on: false when it ended meanwhile (a
     * resume), and then no tag is to be added.
     */
    public boolean expectTag(ConversationKey key, PauseTag tag, Optional<Instant> lookAt, Instant now) {
        Map<String, String> names = new HashMap<>(Map.of("#tag", PAUSE_TAG, "#contact", PAUSE_TAG_CONTACT,
                "#paused", PAUSED_UNTIL));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":tag", string(tag.name()),
                ":contact", string(tag.contactId()), ":now", number(now.getEpochSecond())));
        String update = "SET #tag = :tag, #contact = :contact"
                + lookAt.map(at -> ", " + schedule(key, at, names, values)).orElse("");
        String condition = "attribute_exists(#paused) AND #paused > :now"
                + lookAt.map(at -> " AND " + noWaitBefore(":dueAt", names)).orElse("");
        try {
            calls.update(key, update, condition, names, values);
            return true;
        } catch (ConditionalCheckFailedException refused) {
            ConversationState found = ConversationItem.state(calls.refused(key, refused));
            // Our own write whose answer was lost leaves the tag recorded and the pause on.
            if (found.pausedAt(now) && found.pauseTag().filter(tag::equals).isPresent()) {
                return true;
            }
            // A wait for a reply runs out first: its look stays, and finds the tag recorded.
            boolean waitsFirst = lookAt.isPresent() && found.replyWatch().flatMap(ReplyWatch::deadline)
                    .filter(at -> at.isBefore(lookAt.get())).isPresent();
            return found.pausedAt(now) && waitsFirst && expectTag(key, tag, Optional.empty(), now);
        }
    }

    /**
     * Once the tag is on: the next look is the pause's end ({@code until}; none for a pause until resumed). Only while
     * the pause lasts at least that long: a resume meanwhile scheduled its own look, which must not be moved later.
     */
    public void lookAtPauseEnd(ConversationKey key, Instant until) {
        Map<String, String> names = new HashMap<>(Map.of("#paused", PAUSED_UNTIL));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":until", number(until.getEpochSecond())));
        String update = until.equals(Instant.MAX) ? remove(names) : "SET " + schedule(key, until, names, values);
        try {
            calls.update(key, update, "#paused >= :until AND " + noWaitBefore(":until", names), names, values);
        } catch (ConditionalCheckFailedException changed) {
            LOG.debugf("conversation %s: its pause changed; its look stays as scheduled", key.conversationId());
        }
    }

    /** The pause ended by a resume: the sweep looks at once, should the tag's removal not get through now. */
    public void lookNow(ConversationKey key, Instant now) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        calls.update(key, "SET " + schedule(key, now, names, values), null, names, values);
    }

    /**
     * The conversation whose item key is {@code pk} holds a tag that may have come off under it (another
     * conversation's end removed it as this one joined): the sweep looks at once, finds it paused and makes sure of
     * the tag. Only while it is paused; a look sooner cannot be wrong, and a sweep holding it meanwhile finds its
     * next write refused and leaves this look as it is.
     */
    public void lookNowWhilePaused(String pk, Instant now) {
        Map<String, String> names = new HashMap<>(Map.of("#shard", DUE_SHARD, "#dueAt", DUE_AT, "#dueFor", DUE_FOR,
                "#paused", PAUSED_UNTIL));
        Map<String, AttributeValue> values = Map.of(":shard", string(shard(pk)), ":dueAt",
                number(now.getEpochSecond()), ":dueFor", string(PAUSE_TAG_WORK), ":now", number(now.getEpochSecond()));
        try {
            calls.update(UpdateItemRequest.builder().key(Map.of(ConversationItem.PK, string(pk)))
                    .updateExpression("SET #shard = :shard, #dueAt = :dueAt, #dueFor = :dueFor")
                    .conditionExpression("#paused > :now").expressionAttributeNames(names)
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException over) {
            LOG.debugf("conversation %s is no longer paused; its own end sees to the tag", pk);
        }
    }

    /** The tag is off: no due work remains, unless the conversation was paused again meanwhile. */
    public void tagRemoved(ConversationKey key, PauseTag tag, Instant now) {
        Map<String, String> names = new HashMap<>(Map.of("#tag", PAUSE_TAG, "#contact", PAUSE_TAG_CONTACT,
                "#paused", PAUSED_UNTIL));
        String update = "REMOVE #tag, #contact, " + remove(names).substring("REMOVE ".length());
        try {
            calls.update(key, update, "(attribute_not_exists(#paused) OR #paused <= :now) AND #tag = :tag "
                    + "AND #contact = :contact AND " + noWait(names), names, Map.of(":tag", string(tag.name()),
                            ":contact", string(tag.contactId()), ":now", number(now.getEpochSecond())));
        } catch (ConditionalCheckFailedException pausedAgain) {
            LOG.debugf("conversation %s was paused again; its due work stays", key.conversationId());
        }
    }

    /** {@code #shard = :shard, #dueAt = :dueAt, #dueFor = :dueFor} for the pause tag, with its names and values. */
    String schedule(ConversationKey key, Instant at, Map<String, String> names, Map<String, AttributeValue> values) {
        return schedule(key, at, PAUSE_TAG_WORK, names, values);
    }

    /** The same, for the reason {@code why}. */
    String schedule(ConversationKey key, Instant at, String why, Map<String, String> names,
            Map<String, AttributeValue> values) {
        names.put("#shard", DUE_SHARD);
        names.put("#dueAt", DUE_AT);
        names.put("#dueFor", DUE_FOR);
        values.put(":shard", string(shard(key(key).get(ConversationItem.PK).s())));
        values.put(":dueAt", number(at.getEpochSecond()));
        values.put(":dueFor", string(why));
        return "#shard = :shard, #dueAt = :dueAt, #dueFor = :dueFor";
    }

    /**
     * No wait for a reply runs out before the value {@code at}: a look moved to {@code at} would come after it. The
     * wait's own look is then kept, and being earlier, it is safe.
     */
    static String noWaitBefore(String at, Map<String, String> names) {
        names.put("#waitAt", ConversationItem.WATCH_AT);
        return "(attribute_not_exists(#waitAt) OR #waitAt >= " + at + ")";
    }

    /** No wait for a reply is pending: removing the due work would leave it without a look. */
    static String noWait(Map<String, String> names) {
        names.put("#waitAt", ConversationItem.WATCH_AT);
        return "attribute_not_exists(#waitAt)";
    }

    /** {@code REMOVE} of the due attributes: the item leaves the index. */
    static String remove(Map<String, String> names) {
        names.put("#shard", DUE_SHARD);
        names.put("#dueAt", DUE_AT);
        names.put("#dueFor", DUE_FOR);
        return "REMOVE #shard, #dueAt, #dueFor";
    }

    /** A conversation's shard: fixed by its key, so that every write of its due work lands in the same one. */
    String shard(String pk) {
        return Integer.toString(Math.floorMod(pk.hashCode(), shards));
    }

    int shards() {
        return shards;
    }
}
