package dev.handover.crm;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import dev.handover.crm.HighLevelDtos.SendMessage;

/**
 * Finds a closing message the function already sent, before it sends one again after an unclear failure. It reads
 * the conversation newest first, page by page ({@link ConversationPages}), until the messages are older than the
 * episode, so that a busy conversation cannot hide ours behind a full first page.
 *
 * <p>What makes a message ours: an email carries a reference we put in its HTML (an HTML comment, invisible to the
 * customer), and the CRM gives emails back as HTML. A text message cannot carry a hidden reference without changing
 * what the customer reads (and on SMS what a segment costs), so there it is the same text, sent outbound by no
 * person of the team ({@code userId}, {@code source: app}), dated after the episode started, give or take the
 * clocks' skew.
 */
final class MessageLookup {

    /** NTP-synchronised clocks: the CRM may date our message slightly before our own clock started the episode. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(MessageLookup.class);

    private MessageLookup() {
    }

    /** The HTML an email is sent with: the given HTML and our reference. */
    static String marked(String html, String reference) {
        return html + marker(reference);
    }

    /**
     * @param page reads one page: the {@code lastMessageId} of the previous page (null for the newest) to its body
     * @return the id of our message, if the conversation holds it
     */
    static Optional<String> find(SendMessage sent, String reference, Instant since,
            Function<String, JsonNode> page) {
        String[] found = {null};
        boolean settled = ConversationPages.read(page, messages -> {
            boolean older = false;
            for (JsonNode message : messages) {
                if (ours(message, sent, reference, since)) {
                    found[0] = message.path("id").asText(null);
                    return false;
                }
                older |= dated(message).filter(at -> at.isBefore(since.minus(CLOCK_SKEW))).isPresent();
            }
            return !older;
        });
        if (!settled) {
            LOG.warnf("closing message look-up: more than %d pages newer than the episode, taken as not sent",
                    ConversationPages.MAX_PAGES);
        }
        return Optional.ofNullable(found[0]);
    }

    static boolean ours(JsonNode message, SendMessage sent, String reference, Instant since) {
        if (!"outbound".equalsIgnoreCase(message.path("direction").asText())) {
            return false;
        }
        String body = message.path("body").asText("");
        if (sent.html() != null) {
            return body.contains(marker(reference));
        }
        return !RecentMessages.byPerson(message) && body.strip().equals(sent.message().strip())
                && dated(message).filter(at -> !at.isBefore(since.minus(CLOCK_SKEW))).isPresent();
    }

    private static String marker(String reference) {
        return "<!-- handover-ref:" + reference + " -->";
    }

    static Optional<Instant> dated(JsonNode message) {
        String text = message.path("dateAdded").asText("");
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
