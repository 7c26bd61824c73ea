package dev.handover.webhook;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.conversation.Channel;

/**
 * Generators that keep the body a signed JSON object and break one field of the message: its type, its presence,
 * its channel, an id, or a hostile email body. Each returns the request and the one answer it must get.
 */
final class FieldMutations {

    private static final String[] REQUIRED_FIELDS = {"locationId", "contactId", "conversationId", "type",
        "messageType", "timestamp"};
    private static final String[] CHECKED_IDS = {"locationId", "contactId", "conversationId", "webhookId", "userId",
        "conversationProviderId", "threadId", "messageId", "emailMessageId"};

    private final FuzzDraws draws;
    private final Random random;
    private final FuzzEnvelopes envelopes;

    FieldMutations(FuzzDraws draws, FuzzEnvelopes envelopes) {
        this.draws = draws;
        this.random = draws.random;
        this.envelopes = envelopes;
    }

    FuzzCase typeSwap() {
        ObjectNode message = envelopes.validMessage();
        String field = random.nextInt(8) == 0 ? "dateAdded" : draws.pick(REQUIRED_FIELDS);
        String original = message.path(field).asText();
        if (field.equals("dateAdded")) {
            message.remove("timestamp"); // dateAdded is read only without a timestamp
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        String expected = "400 wrong_type";
        JsonNode swapped = switch (random.nextInt(9)) {
            case 0 -> nodes.numberNode(random.nextInt());
            case 1 -> nodes.numberNode(random.nextDouble() * 1e12);
            case 2 -> nodes.arrayNode();
            case 3 -> nodes.arrayNode().add(original);
            case 4 -> nodes.objectNode().put("value", original);
            case 5 -> nodes.booleanNode(random.nextBoolean());
            case 6 -> {
                // Longer than Jackson's number limit: refused while reading, before the field is looked at.
                expected = "400 invalid_json";
                yield nodes.numberNode(new BigInteger("9".repeat(1001 + random.nextInt(2000))));
            }
            default -> {
                boolean timestamp = field.equals("timestamp") || field.equals("dateAdded");
                if (timestamp) {
                    message.remove("dateAdded"); // else the null timestamp falls back to dateAdded
                }
                expected = timestamp ? "401 missing_timestamp" : "400 missing_field";
                yield nodes.nullNode();
            }
        };
        message.set(field, swapped);
        return envelopes.signedCase("type swap", message, expected);
    }

    FuzzCase requiredRemoved() {
        ObjectNode message = envelopes.validMessage();
        String field = draws.pick(REQUIRED_FIELDS);
        if (field.equals("timestamp")) {
            message.remove("timestamp");
            message.remove("dateAdded");
            return envelopes.signedCase("removed", message, "401 missing_timestamp");
        }
        if (field.endsWith("Id") && random.nextBoolean()) {
            message.put(field, draws.pick(new String[] {"", " ", "\t", "   \n"})); // blank ids are missing ids
        } else {
            message.remove(field);
        }
        return envelopes.signedCase("removed", message, "400 missing_field");
    }

    FuzzCase unknownMessageType() {
        ObjectNode message = envelopes.validMessage();
        String type;
        do {
            type = switch (random.nextInt(3)) {
                case 0 -> draws.pick(new String[] {"Carrier Pigeon", "SMSS", "E-mail", "Whats App", "TYPE_", "", " ",
                    "TYPE_TYPE_SMS", "sms\u0000", "ＳＭＳ", "IG ", "Live-Chat!", "Type_Email2"});
                case 1 -> draws.randomAscii(random.nextInt(40));
                default -> draws.randomUnicode(random.nextInt(20));
            };
        } while (Channel.fromMessageType(type).isPresent());
        message.put("messageType", type);
        return envelopes.signedCase("messageType", message, "400 unknown_channel");
    }

    FuzzCase hostileHtmlEmail() {
        // An email body that made the HTML reading quadratic: the body is read before the timestamp is checked.
        ObjectNode message = envelopes.validMessage();
        message.put("messageType", "Email");
        int size = 150_000 + random.nextInt(50_000);
        String unit = draws.pick(new String[] {"<", "<br", "<script", "<style>", "<style", "<head>", "<header>x",
            "<p>a</p><script>", "<blockquote", "&amp;<"});
        message.put("body", unit.repeat(size / unit.length())
                + draws.pick(new String[] {"", "</style>", ">", "</head>"}));
        if (random.nextBoolean()) {
            message.remove("timestamp");
            message.remove("dateAdded");
            return envelopes.signedCase("hostile html", message, "401 missing_timestamp");
        }
        Instant stale = envelopes.now.minus(TimestampMutations.RETRY_WINDOW).minusSeconds(1 + random.nextInt(86_400));
        message.put("timestamp", stale.toString());
        return envelopes.signedCase("hostile html", message, "401 stale_timestamp");
    }

    FuzzCase invalidId() {
        ObjectNode message = envelopes.validMessage();
        String field = draws.pick(CHECKED_IDS);
        // Optional ids are only read in turn: messageId when there is no webhookId, and so on.
        if (field.equals("messageId") || field.equals("emailMessageId")) {
            message.remove("webhookId");
        }
        if (field.equals("emailMessageId")) {
            message.remove("messageId");
        }
        String value;
        if (random.nextBoolean()) {
            value = draws.randomPrintable(129 + (random.nextBoolean() ? random.nextInt(8) : random.nextInt(4000)));
        } else {
            // Short, but with a character that is not printable ASCII, between ordinary ones so it is never blank
            String bad = draws.pick(new String[] {" ", "\t", "\u0000", "\u007f", "é", "😀", "\u001c", "\u00a0",
                "\n"});
            value = "id" + bad + "x";
        }
        message.put(field, value);
        return envelopes.signedCase("invalid id", message, "400 invalid_id");
    }
}
