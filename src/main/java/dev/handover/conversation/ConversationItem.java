package dev.handover.conversation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.handover.conversation.ConversationEvent.Author;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The attribute names of a conversation item and its translation to and from {@link ConversationState}. */
final class ConversationItem {

    static final String PK = "pk";
    static final String EXPIRATION = "expiration";
    static final String PAUSED_UNTIL = "pausedUntil";
    static final String DELIVERY_PREFIX = "d#";
    /** The mark a delivery given back for a redelivery had, in case its claim lands late (see ConversationStore). */
    static final String GIVEN_BACK_PREFIX = "g#";
    /** The delivery whose failed attempt was counted last: counting is idempotent per delivery. */
    static final String COUNTED_DELIVERY = "failedAttemptDelivery";
    /** The expiry a pause longer than the conversation TTL needs; every claim keeps the item alive until then. */
    static final String EXPIRATION_FLOOR = "expirationFloor";
    static final String FAILED_ATTEMPTS = "failedAttempts";
    static final String LAST_AUTHOR = "lastAuthor";
    static final String LAST_ACTIVITY = "lastActivityAt";
    static final String LAST_FINGERPRINT = "lastCustomerFingerprint";
    static final String LAST_DELIVERY = "lastCustomerDelivery";
    /**
     * Copies, taken by each claim, of what the previous message left: a claim whose answer was lost reads the item
     * after its own write, and still needs the conversation as it was before.
     */
    static final String PREVIOUS_AUTHOR = "previousAuthor";
    static final String PREVIOUS_ACTIVITY = "previousActivityAt";
    static final String PREVIOUS_FINGERPRINT = "previousCustomerFingerprint";
    static final String PREVIOUS_DELIVERY = "previousCustomerDelivery";
    /** What a previous-copy holds when there was nothing before. */
    static final String NOTHING = "-";
    static final String EPISODE_ID = "episodeId";
    static final String EPISODE_SCENARIO = "episodeScenario";
    static final String EPISODE_REASON = "episodeReason";
    static final String EPISODE_STARTED = "episodeStartedAt";
    static final String EPISODE_OPEN = "episodeOpen";
    static final String EPISODE_PLANNED = "episodePlanned";
    static final String EPISODE_DONE = "episodeDone";
    static final String EPISODE_FAILED = "episodeFailed";
    static final String EPISODE_LEASE = "episodeLeaseUntil";
    /** The pause tag the pause put on the contact, and that contact (see {@link DueWork}). */
    static final String PAUSE_TAG = "pauseTag";
    static final String PAUSE_TAG_CONTACT = "pauseTagContact";
    /**
     * Due work, present only while the sweep must look at the conversation (the sparse index {@link DueWork#INDEX}):
     * the index's shard, the epoch second of the next look, and why.
     */
    static final String DUE_SHARD = "dueShard";
    static final String DUE_AT = "dueAt";
    static final String DUE_FOR = "dueFor";
    /**
     * A contact's pause tag holders ({@link TagHolders}): an item of its own per (contact, tag), whose string set
     * names the conversation items whose pause holds the tag on, and a count of joins that tells a stale read.
     */
    static final String HOLDERS_PREFIX = "tagholders#";
    static final String HOLDERS = "holders";
    static final String HOLDER_JOINS = "holderJoins";
    /** The failed attempts counted when the episode opened, and the customer's language guess (never their text). */
    static final String EPISODE_ATTEMPTS = "episodeFailedAttempts";
    static final String EPISODE_LANGUAGE = "episodeLanguage";
    /**
     * The latest handover's wait for a person's reply (see {@link ReplyWatches}): its episode (kept once it is over,
     * so that a handover arms it once), its deadline and route (only while it waits), and the mark of a sweep that
     * began to act on it.
     */
    static final String WATCH_EPISODE = "noReplyEpisode";
    static final String WATCH_AT = "noReplyAt";
    static final String WATCH_ROUTE = "noReplyRoute";
    static final String WATCH_TRIED = "noReplyTried";

    private ConversationItem() {
    }

    static Map<String, AttributeValue> key(ConversationKey key) {
        return Map.of(PK, string("conv#" + key.locationId() + "#" + key.conversationId()));
    }

    static ConversationState state(Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return ConversationState.EMPTY;
        }
        Optional<Instant> pausedUntil = number(item, PAUSED_UNTIL).map(ConversationItem::epochSeconds);
        Optional<Episode> episode = Optional.ofNullable(item.get(EPISODE_ID)).map(id -> new Episode(id.s(),
                item.get(EPISODE_SCENARIO).s(), item.get(EPISODE_REASON).s(),
                Instant.ofEpochSecond(Long.parseLong(item.get(EPISODE_STARTED).n())),
                Boolean.TRUE.equals(item.get(EPISODE_OPEN).bool()),
                item.get(EPISODE_PLANNED).l().stream().map(AttributeValue::s).toList(),
                strings(item.get(EPISODE_DONE)), strings(item.get(EPISODE_FAILED)),
                number(item, EPISODE_ATTEMPTS).map(Long::intValue).orElse(0),
                text(item, EPISODE_LANGUAGE).orElse(Episode.UNKNOWN_LANGUAGE)));
        return new ConversationState(pausedUntil, episode,
                number(item, FAILED_ATTEMPTS).map(Long::intValue).orElse(0),
                text(item, LAST_AUTHOR).map(Author::valueOf),
                number(item, LAST_ACTIVITY).map(Instant::ofEpochSecond),
                text(item, LAST_FINGERPRINT), text(item, LAST_DELIVERY), pauseTag(item), replyWatch(item));
    }

    private static Optional<ReplyWatch> replyWatch(Map<String, AttributeValue> item) {
        return text(item, WATCH_EPISODE).map(episode -> new ReplyWatch(episode,
                number(item, WATCH_AT).map(Instant::ofEpochSecond), item.containsKey(WATCH_TRIED),
                Optional.ofNullable(item.get(WATCH_ROUTE)).filter(AttributeValue::hasM)
                        .map(route -> route(route.m()))));
    }

    private static ReplyWatch.Route route(Map<String, AttributeValue> route) {
        return new ReplyWatch.Route(route.get("bot").s(), route.get("location").s(), route.get("conversation").s(),
                route.get("contact").s(), Channel.valueOf(route.get("channel").s()), text(route, "thread"),
                text(route, "provider"));
    }

    /** The route as the table keeps it. */
    static AttributeValue route(ReplyWatch.Route route) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        map.put("bot", string(route.botId()));
        map.put("location", string(route.locationId()));
        map.put("conversation", string(route.conversationId()));
        map.put("contact", string(route.contactId()));
        map.put("channel", string(route.channel().name()));
        route.threadId().ifPresent(thread -> map.put("thread", string(thread)));
        route.conversationProviderId().ifPresent(provider -> map.put("provider", string(provider)));
        return AttributeValue.fromM(map);
    }

    private static Optional<PauseTag> pauseTag(Map<String, AttributeValue> item) {
        return text(item, PAUSE_TAG).flatMap(name -> text(item, PAUSE_TAG_CONTACT).map(contact -> new PauseTag(name,
                contact)));
    }

    /** The state as it was before the claim that wrote this item, from the copies that claim took. */
    static ConversationState stateBefore(Map<String, AttributeValue> item) {
        ConversationState after = state(item);
        return new ConversationState(after.pausedUntil(), after.episode(), after.failedAttempts(),
                text(item, PREVIOUS_AUTHOR).filter(author -> !author.equals(NOTHING)).map(Author::valueOf),
                number(item, PREVIOUS_ACTIVITY).filter(at -> at > 0).map(Instant::ofEpochSecond),
                item.containsKey(PREVIOUS_FINGERPRINT) ? text(item, PREVIOUS_FINGERPRINT)
                        .filter(print -> !print.equals(NOTHING)) : after.lastCustomerFingerprint(),
                item.containsKey(PREVIOUS_DELIVERY) ? text(item, PREVIOUS_DELIVERY)
                        .filter(delivery -> !delivery.equals(NOTHING)) : after.lastCustomerDelivery(),
                after.pauseTag(), after.replyWatch());
    }

    static Instant epochSeconds(long seconds) {
        return seconds >= Instant.MAX.getEpochSecond() ? Instant.MAX : Instant.ofEpochSecond(seconds);
    }

    private static Optional<Long> number(Map<String, AttributeValue> item, String name) {
        return Optional.ofNullable(item.get(name)).map(AttributeValue::n).map(Long::parseLong);
    }

    private static Optional<String> text(Map<String, AttributeValue> item, String name) {
        return Optional.ofNullable(item.get(name)).map(AttributeValue::s);
    }

    private static Map<String, String> strings(AttributeValue map) {
        Map<String, String> result = new LinkedHashMap<>();
        if (map != null && map.hasM()) {
            map.m().forEach((name, value) -> result.put(name, value.s()));
        }
        return result;
    }

    static AttributeValue string(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
