package dev.handover.handover;

import java.util.Optional;

import dev.handover.conversation.Channel;
import dev.handover.crm.CrmException;
import dev.handover.crm.HighLevelDtos.SendMessage;

/**
 * A message of the function to the customer, on the channel the customer wrote on: the closing message of a handover,
 * the bot's message when nobody answered it. An email answers in the customer's thread, in HTML as well.
 */
final class CustomerMessage {

    private CustomerMessage() {
    }

    /**
     * @param subject the customer's subject, answered with {@code Re:}; empty sends none
     * @throws CrmException (permanent) for a channel that takes no text reply
     */
    static SendMessage of(Channel channel, String contactId, String text, Optional<String> subject,
            Optional<String> threadId, Optional<String> conversationProviderId) {
        String type = channel.sendType().orElseThrow(() -> new CrmException(CrmException.Kind.PERMANENT,
                channel.noReplyReason()));
        if (channel == Channel.EMAIL) {
            String reply = subject.map(s -> s.regionMatches(true, 0, "Re:", 0, 3) ? s : "Re: " + s).orElse(null);
            return new SendMessage(type, contactId, text, "<p>" + escapeHtml(text) + "</p>", reply,
                    threadId.orElse(null), null);
        }
        return new SendMessage(type, contactId, text, null, null, null,
                channel == Channel.CUSTOM ? conversationProviderId.orElse(null) : null);
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
