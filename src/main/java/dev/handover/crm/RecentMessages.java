package dev.handover.crm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import dev.handover.conversation.Channel;
import dev.handover.crm.ConversationMessage.From;
import dev.handover.text.HtmlText;

/**
 * The latest messages of a conversation that carry text, oldest first: what a person taking over reads first.
 * Activity entries (appointments, payments, ...) are not messages of the conversation and are left out, and so is an
 * email whose HTML holds no text.
 */
final class RecentMessages {

    private RecentMessages() {
    }

    /** @param page reads one page, as for {@link ConversationPages#read} */
    static List<ConversationMessage> latest(int count, Function<String, JsonNode> page) {
        List<ConversationMessage> newestFirst = new ArrayList<>();
        if (count <= 0) {
            return newestFirst;
        }
        ConversationPages.read(page, messages -> {
            for (JsonNode message : messages) {
                String text = text(message);
                if (text.isBlank() || message.path("messageType").asText("").startsWith("TYPE_ACTIVITY")) {
                    continue;
                }
                newestFirst.add(new ConversationMessage(from(message), text, MessageLookup.dated(message)));
                if (newestFirst.size() == count) {
                    return false;
                }
            }
            return true;
        });
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /**
     * What the message says: an email's body comes as HTML, read as its text before the task cuts it, so that a
     * person sees the words and not the markup (nor what a script or a style holds).
     */
    private static String text(JsonNode message) {
        String body = message.path("body").asText("");
        boolean email = Channel.fromMessageType(message.path("messageType").asText(null))
                .filter(Channel.EMAIL::equals).isPresent();
        return email ? HtmlText.of(body) : body;
    }

    private static From from(JsonNode message) {
        if (!"outbound".equalsIgnoreCase(message.path("direction").asText())) {
            return From.CUSTOMER;
        }
        return byPerson(message) ? From.TEAM : From.BOT;
    }

    /** An outbound message a person of the team wrote: it has a {@code userId}, or came from the app. */
    static boolean byPerson(JsonNode message) {
        return !message.path("userId").asText("").isBlank() || "app".equalsIgnoreCase(message.path("source").asText());
    }
}
