package dev.handover.crm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import dev.handover.crm.ConversationMessage.From;

/**
 * The latest messages of a conversation that carry text, oldest first: what a person taking over reads first.
 * Activity entries (appointments, payments, ...) are not messages of the conversation and are left out.
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
                String text = message.path("body").asText("");
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
