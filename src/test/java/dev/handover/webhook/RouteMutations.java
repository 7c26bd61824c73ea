package dev.handover.webhook;

import static dev.handover.webhook.FuzzEnvelopes.TEXTS;
import static dev.handover.webhook.FuzzEnvelopes.bytes;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.support.Webhooks;

/**
 * Generators aimed at the routes around the HighLevel webhook: the /events and /workflow webhooks (which no test
 * bot can authenticate), unknown paths and methods other than POST.
 */
final class RouteMutations {

    private static final String[] KNOWN_ROUTES = {"/", "/highlevel", "/workflow", "/events"};

    private final FuzzDraws draws;
    private final Random random;
    private final FuzzEnvelopes envelopes;

    RouteMutations(FuzzDraws draws, FuzzEnvelopes envelopes) {
        this.draws = draws;
        this.random = draws.random;
        this.envelopes = envelopes;
    }

    FuzzCase genericEvent() {
        // The default bot has no eventSecret: its events cannot be authenticated, and other bots do not exist here.
        boolean defaultBot = random.nextInt(3) != 0;
        ObjectNode event = Webhooks.generic(envelopes.randomLocation(), defaultBot ? "default"
                : draws.pick(new String[] {"sales", "Default", "DEFAULT", "bot-" + random.nextInt(1000)}),
                "conv-" + UUID.randomUUID(), "contact-" + UUID.randomUUID(),
                draws.pick(new String[] {"user", "bot", "agent", "robot"}), draws.pick(TEXTS));
        if (random.nextInt(4) == 0) {
            event.put("command", "resume");
        }
        if (random.nextInt(4) == 0) {
            event.put("confidence", random.nextDouble() * 3 - 1);
        }
        if (random.nextInt(4) == 0) {
            event.put("timestamp", draws.pick(new String[] {envelopes.now.toString(),
                envelopes.now.minusSeconds(7200).toString(), "nope"}));
        }
        Set<String> expected = Set.of(defaultBot ? "401 no_secret" : "200 ignored");
        byte[] body = bytes(event);
        if (random.nextInt(4) == 0) {
            // Broken before the bot is known: refused as a bad request
            String field = random.nextBoolean() ? "locationId" : "botId";
            switch (random.nextInt(4)) {
                case 0 -> event.remove(field);
                case 1 -> event.put(field, random.nextInt());
                case 2 -> event.put(field, "x".repeat(129));
                default -> event.put(field, " ");
            }
            body = bytes(event);
            if (random.nextBoolean()) {
                body = Arrays.copyOf(body, 1 + random.nextInt(body.length - 1)); // and cut short: not JSON
            }
            expected = Set.of("400 *");
        }
        Map<String, String> headers = envelopes.junkHeaders();
        switch (random.nextInt(4)) {
            case 0 -> headers.put("x-handover-signature", "sha256=" + SignatureMutations.hmacHex(
                    draws.randomAscii(16), body));
            case 1 -> headers.put("X-Handover-Signature", SignatureMutations.hmacHex("", body));
            case 2 -> headers.put("x-handover-signature", draws.randomAscii(random.nextInt(80)));
            default -> { }
        }
        return new FuzzCase("/events", envelopes.request("POST", draws.pick(new String[] {"/events", "/events/"}),
                headers, body), expected);
    }

    FuzzCase workflowEvent() {
        // No workflowSecret is configured: no workflow webhook can be authenticated, and nothing is looked up.
        ObjectNode payload = Webhooks.workflow(envelopes.randomLocation(), "contact-" + UUID.randomUUID(),
                draws.pick(TEXTS));
        ObjectNode custom = (ObjectNode) payload.get("customData");
        Set<String> expected = Set.of("401 no_secret");
        switch (random.nextInt(5)) {
            case 0 -> custom.put("secret", draws.randomAscii(1 + random.nextInt(40)));
            case 1 -> custom.put("botId", "default");
            case 2 -> {
                custom.put("botId", "bot-" + random.nextInt(1000));
                expected = Set.of("200 ignored");
            }
            case 3 -> custom.put("command", "resume");
            default -> { }
        }
        Map<String, String> headers = envelopes.junkHeaders();
        if (random.nextBoolean()) {
            headers.put(draws.caseOf("x-handover-secret"), draws.randomAscii(random.nextInt(40)));
        }
        byte[] body = bytes(payload);
        if (random.nextInt(4) == 0) {
            switch (random.nextInt(4)) {
                case 0 -> payload.remove("location");
                case 1 -> payload.put("contact_id", random.nextBoolean() ? "" : "c".repeat(200));
                case 2 -> payload.set("customData", JsonNodeFactory.instance.arrayNode());
                default -> payload.put("location", "loc");
            }
            body = bytes(payload);
            expected = Set.of("400 *");
        }
        return new FuzzCase("/workflow", envelopes.request("POST", draws.pick(new String[] {"/workflow",
            "/workflow/"}), headers, body), expected);
    }

    FuzzCase unknownPath() {
        String path;
        do {
            path = switch (random.nextInt(3)) {
                case 0 -> draws.pick(new String[] {"/foo", "/Highlevel", "/EVENTS", "/events/x", "/highlevel//", "//",
                    "/workflow/../events", "/%2F", "/index.html", "/ ", "/events?x=1", "events", "highlevel",
                    "/highlevel/events", "/.well-known/x", "/\u0000", "/é"});
                case 1 -> "/" + draws.randomAscii(1 + random.nextInt(30));
                default -> "/" + draws.randomUnicode(1 + random.nextInt(10));
            };
        } while (knownRoute(path));
        byte[] body = bytes(envelopes.validMessage());
        return new FuzzCase("path", envelopes.request("POST", path, envelopes.signedHeaders(body), body),
                Set.of("404 unknown_path"));
    }

    FuzzCase wrongMethod() {
        String method;
        do {
            method = draws.pick(new String[] {"GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT",
                "", "POSTT", " POST", draws.randomAscii(1 + random.nextInt(10))});
        } while (method.equalsIgnoreCase("POST"));
        byte[] body = bytes(envelopes.validMessage());
        return new FuzzCase("method", envelopes.request(method, envelopes.highLevelPath(),
                envelopes.signedHeaders(body), body), Set.of("405 method_not_allowed"));
    }

    private static boolean knownRoute(String path) {
        if (path == null || path.isEmpty()) {
            return true;
        }
        String route = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return Arrays.asList(KNOWN_ROUTES).contains(route);
    }
}
