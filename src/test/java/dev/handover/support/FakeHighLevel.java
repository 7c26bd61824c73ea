package dev.handover.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * A stateful stand-in for HighLevel inside WireMock: it remembers assignments, tags, tasks and sent messages, so
 * that the function's look-before-retry reads see what earlier calls did, and it injects faults. A fault is a 429
 * (with or without {@code Retry-After}), a 500, a 503 - none of which changes anything - or a response slower than
 * the client's read timeout, which does change the state: the CRM did the work, the caller never heard; or a
 * response slow but within the read timeout ({@value #SLOW_IN_TIME_MS}). Message lists can be made longer than a
 * page ({@value #NEWER_MESSAGES}).
 *
 * <p>The fault rate comes from the system property {@value #FAULT_RATE} (0 by default), the slow delay from
 * {@value #SLOW_MS}. Sent messages are kept by contact and read back by conversation, so tests give a conversation
 * its contact's id.
 */
public class FakeHighLevel implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "fake-highlevel";
    public static final String FAULT_RATE = "handovertest.crm-fault-rate";
    public static final String SLOW_MS = "handovertest.crm-slow-ms";
    /** Delay of the slow-but-in-time fault: an answer that comes late but within the read timeout. */
    public static final String SLOW_IN_TIME_MS = "handovertest.crm-slow-in-time-ms";
    /** Messages of other people listed newer than the function's own, so that its look-up must page past them. */
    public static final String NEWER_MESSAGES = "handovertest.crm-newer-messages";
    /** Response header that marks an injected fault, so tests can count them from the journal. */
    public static final String FAULT_HEADER = "X-Injected-Fault";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTACT = Pattern.compile("^/contacts/([^/?]+)$");
    private static final Pattern TASKS = Pattern.compile("^/contacts/([^/?]+)/tasks$");
    private static final Pattern TAGS = Pattern.compile("^/contacts/([^/?]+)/tags$");
    private static final Pattern MESSAGES = Pattern.compile("^/conversations/([^/?]+)/messages$");

    private final Random random = new Random(Long.getLong("handovertest.crm-fault-seed", 7L));
    private final Map<String, ContactState> contacts = new ConcurrentHashMap<>();

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String method = event.getRequest().getMethod().getName();
        String path = event.getRequest().getUrl().split("\\?")[0];
        Fault fault = fault();
        if (fault == Fault.RATE_LIMITED_WAIT || fault == Fault.RATE_LIMITED || fault == Fault.ERROR_500
                || fault == Fault.UNAVAILABLE_503) {
            ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition()
                    .withStatus(fault.status).withHeader(FAULT_HEADER, fault.name())
                    .withHeader("Content-Type", "application/json").withBody("{\"message\":\"injected " + fault + "\"}");
            if (fault == Fault.RATE_LIMITED_WAIT) {
                response.withHeader("Retry-After", "1");
            }
            return response.build();
        }
        ResponseDefinitionBuilder response = handle(method, path, event.getRequest().getBodyAsString(),
                query(event, "limit"), query(event, "lastMessageId"));
        if (fault == Fault.SLOW) {
            response.withFixedDelay(Integer.getInteger(SLOW_MS, 1500)).withHeader(FAULT_HEADER, fault.name());
        } else if (fault == Fault.SLOW_IN_TIME) {
            response.withFixedDelay(Integer.getInteger(SLOW_IN_TIME_MS, 100)).withHeader(FAULT_HEADER, fault.name());
        }
        return response.build();
    }

    private ResponseDefinitionBuilder handle(String method, String path, String body, String limit,
            String lastMessageId) {
        try {
            Matcher matcher;
            if ((matcher = CONTACT.matcher(path)).matches()) {
                ContactState contact = contact(matcher.group(1));
                if ("PUT".equals(method)) {
                    contact.assignedTo = JSON.readTree(body).path("assignedTo").asText(null);
                }
                return ok(200, JSON.createObjectNode().set("contact", contact.toJson(matcher.group(1))));
            }
            if ((matcher = TASKS.matcher(path)).matches()) {
                ContactState contact = contact(matcher.group(1));
                if ("POST".equals(method)) {
                    ObjectNode task = (ObjectNode) JSON.readTree(body);
                    task.put("id", "task-" + UUID.randomUUID());
                    contact.tasks.add(task);
                    return ok(201, JSON.createObjectNode().set("task", task));
                }
                ArrayNode tasks = JSON.createArrayNode();
                synchronized (contact.tasks) {
                    contact.tasks.forEach(tasks::add);
                }
                return ok(200, JSON.createObjectNode().set("tasks", tasks));
            }
            if ((matcher = TAGS.matcher(path)).matches()) {
                ContactState contact = contact(matcher.group(1));
                boolean remove = "DELETE".equals(method);
                JSON.readTree(body).path("tags").forEach(tag -> {
                    if (remove) {
                        contact.tags.remove(tag.asText());
                    } else {
                        contact.tags.add(tag.asText());
                    }
                });
                ArrayNode tags = JSON.createArrayNode();
                contact.tags.forEach(tags::add);
                return ok(remove ? 200 : 201, JSON.createObjectNode().set("tags", tags));
            }
            if ("/conversations/messages".equals(path)) {
                JsonNode sent = JSON.readTree(body);
                ObjectNode message = JSON.createObjectNode();
                message.put("id", "msg-" + UUID.randomUUID());
                message.put("direction", "outbound");
                message.put("body", sent.path("message").asText());
                message.put("dateAdded", java.time.Instant.now().toString());
                contact(sent.path("contactId").asText()).messages.add(message);
                return ok(200, JSON.createObjectNode().put("conversationId", "conv").put("messageId",
                        message.get("id").asText()));
            }
            if ((matcher = MESSAGES.matcher(path)).matches()) {
                return ok(200, messagePage(contact(matcher.group(1)), limit, lastMessageId));
            }
        } catch (java.io.IOException e) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(400).withBody("{\"message\":\"bad json\"}");
        }
        return ResponseDefinitionBuilder.responseDefinition().withStatus(404).withBody("{\"message\":\"not found\"}");
    }

    /**
     * One page of the conversation, newest first as HighLevel lists it: {@value #NEWER_MESSAGES} messages of the
     * customer dated now, then those sent, paged by {@code limit} and {@code lastMessageId}.
     */
    private static ObjectNode messagePage(ContactState contact, String limit, String lastMessageId) {
        List<JsonNode> all = new ArrayList<>();
        String now = java.time.Instant.now().toString();
        for (int i = 0; i < Integer.getInteger(NEWER_MESSAGES, 0); i++) {
            all.add(JSON.createObjectNode().put("id", "newer-" + i).put("direction", "inbound")
                    .put("body", "customer message " + i).put("dateAdded", now));
        }
        synchronized (contact.messages) {
            for (int i = contact.messages.size() - 1; i >= 0; i--) {
                all.add(contact.messages.get(i));
            }
        }
        int from = 0;
        for (int i = 0; lastMessageId != null && i < all.size(); i++) {
            if (lastMessageId.equals(all.get(i).path("id").asText())) {
                from = i + 1;
            }
        }
        int size = Integer.parseInt(limit == null ? "20" : limit);
        List<JsonNode> slice = all.subList(Math.min(from, all.size()), Math.min(from + size, all.size()));
        ObjectNode page = JSON.createObjectNode();
        ObjectNode inner = page.putObject("messages");
        inner.put("nextPage", from + size < all.size());
        inner.put("lastMessageId", slice.isEmpty() ? null : slice.get(slice.size() - 1).path("id").asText());
        inner.putArray("messages").addAll(slice);
        return page;
    }

    private static String query(ServeEvent event, String name) {
        var parameter = event.getRequest().queryParameter(name);
        return parameter.isPresent() ? parameter.firstValue() : null;
    }

    private Fault fault() {
        double rate = Double.parseDouble(System.getProperty(FAULT_RATE, "0"));
        synchronized (random) {
            if (random.nextDouble() >= rate) {
                return Fault.NONE;
            }
            Fault[] kinds = {Fault.RATE_LIMITED_WAIT, Fault.RATE_LIMITED, Fault.ERROR_500, Fault.UNAVAILABLE_503,
                    Fault.SLOW, Fault.SLOW_IN_TIME};
            return kinds[random.nextInt(kinds.length)];
        }
    }

    private ContactState contact(String id) {
        return contacts.computeIfAbsent(id, key -> new ContactState());
    }

    private static ResponseDefinitionBuilder ok(int status, JsonNode body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body.toString());
    }

    /** The kinds of injected fault. */
    public enum Fault {
        NONE(200), RATE_LIMITED_WAIT(429), RATE_LIMITED(429), ERROR_500(500), UNAVAILABLE_503(503), SLOW(200),
        SLOW_IN_TIME(200);

        final int status;

        Fault(int status) {
            this.status = status;
        }
    }

    private static final class ContactState {
        volatile String assignedTo;
        final Set<String> tags = ConcurrentHashMap.newKeySet();
        final List<ObjectNode> tasks = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<ObjectNode> messages = java.util.Collections.synchronizedList(new ArrayList<>());

        ObjectNode toJson(String id) {
            ObjectNode contact = JSON.createObjectNode();
            contact.put("id", id);
            if (assignedTo != null) {
                contact.put("assignedTo", assignedTo);
            }
            ArrayNode tagList = contact.putArray("tags");
            new LinkedHashSet<>(tags).forEach(tagList::add);
            return contact;
        }
    }
}
