package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;

import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.handover.conversation.Channel;
import dev.handover.support.Crm;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.TestClock;
import dev.handover.support.TestKeys;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * Sends thousands of generated malformed or mutated requests straight through the handler bean. Every generator
 * makes input that is invalid BY CONSTRUCTION (a valid message is only ever the starting point of a mutation), so
 * "nothing written to DynamoDB, nothing sent to the CRM" is a real check: {@link #unmutatedBase_shouldBeProcessed}
 * shows the same base messages, unmutated, are processed, written and handed over.
 *
 * <p>The seed is random per run and printed (fixed under CI, so that a landing cannot hinge on a draw); reproduce a
 * failure with {@code -Dfuzz.seed=<seed>}, and send more
 * with {@code -Dfuzz.requests=<n>} (default 12,000).
 */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class FuzzTest {

    private static final String TABLE = "handover-test";
    private static final int MAX_BODY_BYTES = 262_144;
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 12_000);
    private static final Duration RETRY_WINDOW = Duration.ofMinutes(80);
    private static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    /** No refusal may take long: the Lambda's CRM budget is 8 s, and a refusal does no I/O but a store read. */
    private static final Duration MAX_REQUEST_TIME = Duration.ofSeconds(5);

    /** Texts that hand over when processed, so that a request slipping through would show as CRM calls. */
    private static final String[] TEXTS = {"Can I talk to a real person please?", "I want to speak to a human",
        "agent please", "human please", "connect me with a person", "¿Puedo hablar con una persona? 😀 ok",
        "What time do you open on Saturday?", "ok let me talk to someone from the team", ""};
    private static final String[] HTML_TEXTS = {"<p>I want to speak to a human</p>",
        "<div>talk to agent<br>please</div><blockquote>old</blockquote>", "<script>x</script><style>p{}</style>hi",
        "&lt;b&gt; human please &amp; thanks", "<p>unclosed <script", "<head><title>t</title></head><p>human</p>"};
    private static final String[] CHANNELS = {"SMS", "Email", "WhatsApp", "IG", "FB", "GMB", "Live_Chat",
        "Live Chat", "TYPE_SMS", "RCS", "Custom", "TIKTOK", "CALL", "VoiceMail"};
    private static final String[] KNOWN_ROUTES = {"/", "/highlevel", "/workflow", "/events"};
    private static final String[] REQUIRED_FIELDS = {"locationId", "contactId", "conversationId", "type",
        "messageType", "timestamp"};
    private static final String[] CHECKED_IDS = {"locationId", "contactId", "conversationId", "webhookId", "userId",
        "conversationProviderId", "threadId", "messageId", "emailMessageId"};

    @Inject
    HandoverFunction function;

    @Inject
    TestClock clock;

    @Inject
    DynamoDbClient dynamo;

    Crm crm;
    Random random;
    Instant now;
    KeyPair foreignEd25519;

    /** One generated request and the answers it may get, as "status error" (or "200 ignored"); "400 *" is any 400. */
    record Case(String generator, APIGatewayV2HTTPEvent event, Set<String> expected) {
    }

    record Generator(String name, int weight, Supplier<Case> make) {
    }

    @BeforeEach
    void setUp() {
        clock.reset();
        now = clock.instant();
        crm = new Crm();
        crm.reset();
    }

    @Test
    void malformedRequests_shouldAllBeRefusedWithoutCrmCallsOrStoreWrites() {
        // GIVEN a seeded generator, and the table and the CRM journal as they are
        long seed = seed();
        random = new Random(seed);
        foreignEd25519 = TestKeys.generate("Ed25519", 0);
        List<Generator> generators = generators();
        int totalWeight = generators.stream().mapToInt(Generator::weight).sum();
        Map<String, Map<String, AttributeValue>> before = tableSnapshot();

        Map<String, Integer> perGenerator = new LinkedHashMap<>();
        generators.forEach(generator -> perGenerator.put(generator.name(), 0));
        Map<Integer, Integer> perStatus = new TreeMap<>();
        Map<String, Integer> perAnswer = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int escaped = 0;
        int serverErrors = 0;
        long slowestNanos = 0;
        String slowest = "-";

        // WHEN every generated request goes through the handler (refusals are logged at INFO: quiet them meanwhile)
        java.util.logging.Logger serviceLog = java.util.logging.Logger.getLogger(WebhookService.class.getName());
        Level level = serviceLog.getLevel();
        serviceLog.setLevel(Level.WARNING);
        long started = System.nanoTime();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                Generator generator = pick(generators, totalWeight);
                Case fuzz = generator.make().get();
                perGenerator.merge(generator.name(), 1, Integer::sum);
                APIGatewayV2HTTPResponse response;
                long sent = System.nanoTime();
                try {
                    response = function.handleRequest(fuzz.event(), null);
                } catch (Throwable e) {
                    escaped++;
                    failures.add(describe(i, fuzz, "exception escaped: " + e));
                    continue;
                } finally {
                    long took = System.nanoTime() - sent;
                    if (took > slowestNanos) {
                        slowestNanos = took;
                        slowest = generator.name();
                    }
                }
                int status = response.getStatusCode();
                perStatus.merge(status, 1, Integer::sum);
                if (status >= 500) {
                    serverErrors++;
                }
                String answer = check(fuzz, response, failures, i);
                perAnswer.merge(answer, 1, Integer::sum);
            }
        } finally {
            serviceLog.setLevel(level);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<String> crmCalls = crm.calls();
        Map<String, Map<String, AttributeValue>> after = tableSnapshot();

        StringBuilder report = new StringBuilder("\n===== FuzzTest: seed ").append(seed)
                .append(" (reproduce with -Dfuzz.seed=").append(seed).append(") =====\n")
                .append(String.format("requests sent: %d in %.1f s (%.0f/s)%n", REQUESTS, seconds, REQUESTS / seconds))
                .append("per generator:\n");
        perGenerator.forEach((name, count) -> report.append(String.format("  %-34s %6d%n", name, count)));
        report.append("per status:\n");
        perStatus.forEach((status, count) -> report.append(String.format("  %-34d %6d%n", status, count)));
        report.append("per answer:\n");
        perAnswer.forEach((answer, count) -> report.append(String.format("  %-34s %6d%n", answer, count)));
        report.append(String.format("slowest request: %d ms (%s)%n", slowestNanos / 1_000_000, slowest));
        report.append(String.format("failures: %d, exceptions escaped: %d, 5xx: %d, CRM requests: %d, "
                + "table items before/after: %d/%d%s%n", failures.size(), escaped, serverErrors, crmCalls.size(),
                before.size(), after.size(), before.equals(after) ? " (unchanged)" : " (CHANGED)"));
        report.append("=====");
        System.out.println(report);

        // THEN no 5xx, nothing escaped, each answer is one its generator allows, and nothing reached the CRM or store
        String reproduce = "seed " + seed + ", reproduce with -Dfuzz.seed=" + seed;
        assertThat(escaped).as("exceptions escaping handleRequest (" + reproduce + ")").isZero();
        assertThat(serverErrors).as("responses with status >= 500 (" + reproduce + ")").isZero();
        assertThat(failures).as("unexpected answers (" + reproduce + ")").isEmpty();
        assertThat(Duration.ofNanos(slowestNanos)).as("slowest request, " + slowest + " (" + reproduce + ")")
                .isLessThan(MAX_REQUEST_TIME);
        assertThat(crmCalls).as("CRM requests (" + reproduce + ")").isEmpty();
        assertThat(after.keySet()).as("items of " + TABLE + " (" + reproduce + ")").isEqualTo(before.keySet());
        assertThat(after).as("items of " + TABLE + " unchanged (" + reproduce + ")").isEqualTo(before);
    }

    private static long seed() {
        return Long.getLong("fuzz.seed", System.getenv("CI") != null ? 20_261_126L : System.nanoTime());
    }

    @Test
    void unmutatedBase_shouldBeProcessed() {
        // GIVEN the valid messages the generators start from, not mutated
        random = new Random(seed());
        int itemsBefore = itemCount();
        int handovers = 0;

        // WHEN a few are sent as they are
        for (int i = 0; i < 8; i++) {
            ObjectNode message = validMessage();
            if (i < 4) {
                message.put("type", "InboundMessage");
                message.put("body", "Can I talk to a real person please?");
                message.put("messageType", "SMS");
            }
            byte[] body = bytes(message);
            APIGatewayV2HTTPResponse response = function.handleRequest(
                    request("POST", highLevelPath(), signedHeaders(body), body), null);

            // THEN each is processed and answered 200 with a decision, never refused
            JsonNode answer = json(response.getBody());
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
            assertThat(answer.path("decision").asText()).isIn("handover", "none", "paused");
            if (answer.path("decision").asText().equals("handover")) {
                handovers++;
            }
        }

        // AND the checks of the fuzz test can see what a processed message does: an item each, and CRM calls
        assertThat(itemCount()).isEqualTo(itemsBefore + 8);
        assertThat(handovers).isGreaterThanOrEqualTo(4);
        assertThat(crm.calls()).isNotEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Generators: each returns a request that cannot be a processable message, and the answers it may get.

    private List<Generator> generators() {
        return List.of(
                new Generator("random bytes", 8, this::randomBytes),
                new Generator("JSON token soup (no message type)", 5, this::tokenSoup),
                new Generator("mutated after signing", 12, this::mutatedAfterSigning),
                new Generator("truncated, re-signed", 7, this::truncatedResigned),
                new Generator("required field type swap", 9, this::typeSwap),
                new Generator("required field removed/blank", 6, this::requiredRemoved),
                new Generator("huge body (> 256 KB)", 1, this::hugeBody),
                new Generator("deeply nested JSON", 4, this::deeplyNested),
                new Generator("bad base64", 5, this::badBase64),
                new Generator("garbage signature headers", 8, this::garbageSignature),
                new Generator("stale timestamp (> 80 min)", 4, this::staleTimestamp),
                new Generator("stale in retry window, not awaited", 1, this::staleInRetryWindow),
                new Generator("future timestamp (> 1 min)", 4, this::futureTimestamp),
                new Generator("unparseable timestamp", 2, this::badTimestampText),
                new Generator("unknown messageType", 5, this::unknownMessageType),
                new Generator("hostile HTML email (~200 KB)", 1, this::hostileHtmlEmail),
                new Generator("invalid id (> 128 chars, bad chars)", 6, this::invalidId),
                new Generator("non-object JSON", 4, this::nonObjectJson),
                new Generator("/events", 6, this::genericEvent),
                new Generator("/workflow", 6, this::workflowEvent),
                new Generator("unknown path", 3, this::unknownPath),
                new Generator("wrong method", 1, this::wrongMethod));
    }

    private Case randomBytes() {
        int length = random.nextInt(5) == 0 ? 0 : random.nextInt(2048);
        byte[] body = switch (random.nextInt(3)) {
            case 0 -> {
                byte[] bytes = new byte[length];
                random.nextBytes(bytes);
                yield bytes;
            }
            case 1 -> randomAscii(length).getBytes(StandardCharsets.UTF_8);
            default -> randomUnicode(length).getBytes(StandardCharsets.UTF_8);
        };
        // Without a closing brace the body can never be a JSON object, let alone a message.
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '}') {
                body[i] = ')';
            }
        }
        boolean signed = random.nextBoolean();
        APIGatewayV2HTTPEvent event = request("POST", highLevelPath(), signed ? signedHeaders(body) : junkHeaders(), body);
        if (random.nextInt(10) == 0) {
            event.setRequestContext(null); // no method at all: read as a POST
        }
        return new Case("random bytes", event,
                transportRefusal(body, signed ? "400 invalid_json" : "401 missing_signature"));
    }

    private Case tokenSoup() {
        String[] tokens = {"{", "}", "[", "]", ":", ",", "\"type\"", "\"locationId\"", "\"contactId\"",
            "\"conversationId\"", "\"messageType\"", "\"timestamp\"", "\"SMS\"", "\"x\"", "1", "-0.5e3", "true",
            "false", "null", "\"2024-01-01T00:00:00Z\"", "\"ContactCreate\"", "\"Inbound\"", " ", "\"\""};
        StringBuilder soup = new StringBuilder(random.nextBoolean() ? "{\"type\":" : "{");
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) {
            soup.append(pick(tokens));
        }
        if (random.nextBoolean()) {
            soup.append('}');
        }
        // The soup holds no InboundMessage/OutboundMessage, so at best it is an event type that is ignored.
        byte[] body = soup.toString().getBytes(StandardCharsets.UTF_8);
        return new Case("soup", request("POST", highLevelPath(), signedHeaders(body), body),
                Set.of("400 *", "200 ignored"));
    }

    private Case mutatedAfterSigning() {
        byte[] original = bytes(validMessage());
        Map<String, String> headers = signedHeaders(original);
        byte[] mutated = original;
        while (Arrays.equals(mutated, original)) {
            mutated = mutate(original);
        }
        return new Case("mutated", request("POST", highLevelPath(), headers, mutated),
                transportRefusal(mutated, "401 invalid_signature"));
    }

    private byte[] mutate(byte[] original) {
        byte[] bytes = original.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                int flips = 1 + random.nextInt(4);
                for (int i = 0; i < flips; i++) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return bytes;
            }
            case 1 -> {
                return Arrays.copyOf(original, random.nextInt(original.length));
            }
            case 2 -> {
                byte[] inserted = new byte[1 + random.nextInt(16)];
                if (random.nextBoolean()) {
                    random.nextBytes(inserted);
                } else {
                    inserted = randomAscii(inserted.length).getBytes(StandardCharsets.UTF_8);
                }
                return splice(original, random.nextInt(original.length + 1), 0, inserted);
            }
            default -> {
                int at = random.nextInt(original.length);
                return splice(original, at, 1 + random.nextInt(Math.min(16, original.length - at)), new byte[0]);
            }
        }
    }

    private Case truncatedResigned() {
        byte[] original = bytes(validMessage());
        // A strict prefix of one JSON object never closes it: invalid JSON whatever the cut.
        byte[] truncated = Arrays.copyOf(original, random.nextInt(original.length));
        return new Case("truncated", request("POST", highLevelPath(), signedHeaders(truncated), truncated),
                transportRefusal(truncated, "400 invalid_json"));
    }

    private Case typeSwap() {
        ObjectNode message = validMessage();
        String field = random.nextInt(8) == 0 ? "dateAdded" : pick(REQUIRED_FIELDS);
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
        return signedCase("type swap", message, expected);
    }

    private Case requiredRemoved() {
        ObjectNode message = validMessage();
        String field = pick(REQUIRED_FIELDS);
        if (field.equals("timestamp")) {
            message.remove("timestamp");
            message.remove("dateAdded");
            return signedCase("removed", message, "401 missing_timestamp");
        }
        if (field.endsWith("Id") && random.nextBoolean()) {
            message.put(field, pick(new String[] {"", " ", "\t", "   \n"})); // blank ids are missing ids
        } else {
            message.remove(field);
        }
        return signedCase("removed", message, "400 missing_field");
    }

    private Case hugeBody() {
        ObjectNode message = validMessage();
        int target = MAX_BODY_BYTES + 1 + random.nextInt(64 * 1024);
        switch (random.nextInt(3)) {
            // ASCII text in the message body
            case 0 -> message.put("body", "h".repeat(target));
            // Two-byte characters: few enough characters to pass the length check, too many bytes once encoded
            case 1 -> message.put("body", "é".repeat(target / 2 + 1));
            // A large unknown field
            default -> message.putArray("attachments").add("x".repeat(target));
        }
        byte[] body = bytes(message);
        assertThat(body.length).isGreaterThan(MAX_BODY_BYTES);
        return new Case("huge", request("POST", highLevelPath(), signedHeaders(body), body),
                Set.of("400 body_too_large"));
    }

    private Case deeplyNested() {
        String message = validMessage().toString();
        String json;
        if (random.nextBoolean()) {
            // Nested inside the message: 32 levels under the root object go past the limit of 32.
            int depth = 32 + (random.nextBoolean() ? random.nextInt(8) : random.nextInt(5000));
            json = message.substring(0, message.length() - 1) + ",\"extra\":" + nested(depth, "1") + "}";
        } else {
            // The message wrapped in an array (then arrays or objects): too deep, or not an object at the top.
            json = "[" + nested(random.nextInt(3000), message) + "]";
        }
        return signedCase("nested", json.getBytes(StandardCharsets.UTF_8), "400 invalid_json");
    }

    private String nested(int depth, String inner) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            if (random.nextBoolean()) {
                open.append('[');
                close.append(']');
            } else {
                open.append("{\"k\":");
                close.append('}');
            }
        }
        return open.append(inner).append(close.reverse()).toString();
    }

    private Case badBase64() {
        byte[] body = bytes(validMessage());
        String base64 = Base64.getEncoder().encodeToString(body);
        String corrupted = switch (random.nextInt(4)) {
            case 0 -> {
                // A character outside the basic alphabet (URL-safe ones, spaces and line breaks are outside it too)
                String illegal = pick(new String[] {"!", "*", "#", "-", "_", " ", "\n", "\t", "é", "\"", "{", "."});
                int at = random.nextInt(base64.length() + 1);
                yield base64.substring(0, at) + illegal + base64.substring(at);
            }
            case 1 -> base64 + "=QQ="; // data after the padding, or padding where a unit starts
            case 2 -> {
                String unpadded = base64.replace("=", "");
                yield unpadded.substring(0, unpadded.length() / 4 * 4) + "Q"; // a last unit of one character
            }
            default -> randomAscii(1 + random.nextInt(200)) + "%"; // junk with at least one illegal character
        };
        APIGatewayV2HTTPEvent event = request("POST", highLevelPath(), signedHeaders(body), body);
        event.setBody(corrupted);
        event.setIsBase64Encoded(true);
        return new Case("base64", event, Set.of("400 bad_base64"));
    }

    private Case garbageSignature() {
        byte[] body = bytes(validMessage());
        Map<String, String> headers = junkHeaders();
        String[] names = {"x-ghl-signature", "x-wh-signature"};
        switch (random.nextInt(4)) {
            case 0 -> headers.put(caseOf(names[0]), garbageSignature(body, true));
            case 1 -> headers.put(caseOf(names[1]), garbageSignature(body, false));
            case 2 -> {
                headers.put(caseOf(names[0]), garbageSignature(body, true));
                headers.put(caseOf(names[1]), garbageSignature(body, false));
            }
            default -> {
                // "N/A" or blank beside a garbage legacy signature, or a header name that is not the one checked
                headers.put(names[0], pick(new String[] {"N/A", "n/a", "", "   "}));
                if (random.nextBoolean()) {
                    headers.put(names[1], garbageSignature(body, false));
                } else {
                    headers.put(pick(new String[] {"x-ghl-signature ", "x_ghl_signature", "ghl-signature",
                        "x-ghl-signature-v2"}), TestKeys.signEd25519(body));
                }
            }
        }
        APIGatewayV2HTTPEvent event = request("POST", highLevelPath(), headers, body);
        if (random.nextInt(20) == 0) {
            event.setHeaders(null);
        }
        return new Case("signature", event, Set.of("401 invalid_signature", "401 missing_signature"));
    }

    /** Anything but the valid signature of this body for this header. */
    private String garbageSignature(byte[] body, boolean ed25519) {
        return switch (random.nextInt(10)) {
            case 0 -> {
                byte[] bytes = new byte[random.nextInt(300)];
                random.nextBytes(bytes);
                yield Base64.getEncoder().encodeToString(bytes); // any length, incl. 64 and 256 bytes
            }
            case 1 -> {
                byte[] bytes = new byte[ed25519 ? 64 : 256];
                random.nextBytes(bytes);
                yield Base64.getEncoder().encodeToString(bytes); // the right length, the wrong bytes
            }
            case 2 -> randomAscii(1 + random.nextInt(120)) + "%"; // not base64
            case 3 -> "N/A";
            case 4 -> {
                byte[] other = bytes(validMessage());
                yield ed25519 ? TestKeys.signEd25519(other) : TestKeys.signRsa(other); // another body's
            }
            case 5 -> ed25519 ? TestKeys.signRsa(body) : TestKeys.signEd25519(body); // the other algorithm's
            case 6 -> TestKeys.sign("Ed25519", foreignEd25519.getPrivate(), new String(body, StandardCharsets.UTF_8));
            case 7 -> {
                // The valid signature with a bit flipped in its bytes (not its base64, whose padding bits are loose)
                byte[] valid = Base64.getDecoder().decode(ed25519 ? TestKeys.signEd25519(body) : TestKeys.signRsa(body));
                valid[random.nextInt(valid.length)] ^= (byte) (1 << random.nextInt(8));
                yield Base64.getEncoder().encodeToString(valid);
            }
            case 8 -> {
                String valid = ed25519 ? TestKeys.signEd25519(body) : TestKeys.signRsa(body);
                yield valid.substring(0, random.nextInt(valid.length() - 4)); // truncated
            }
            default -> "sha256=" + HexFormat.of().formatHex(new byte[32]);
        };
    }

    private Case staleTimestamp() {
        Instant stale = random.nextInt(10) == 0 ? pick(new Instant[] {Instant.MIN, Instant.EPOCH,
            Instant.parse("0000-01-01T00:00:00Z")})
                : now.minus(RETRY_WINDOW).minusSeconds(1 + (long) (random.nextDouble() * 20 * 365 * 86_400L));
        return timestampCase("stale", stale, "401 stale_timestamp");
    }

    private Case staleInRetryWindow() {
        // Older than the maximum age, inside the retry window, and never answered 429: the claim is refused.
        long span = RETRY_WINDOW.minus(MAX_AGE).toSeconds() - 2;
        Instant stale = now.minus(MAX_AGE).minusSeconds(1 + (long) (random.nextDouble() * span));
        return timestampCase("stale in window", stale, "401 stale_timestamp");
    }

    private Case futureTimestamp() {
        Instant future = random.nextInt(10) == 0 ? Instant.MAX
                : now.plus(CLOCK_SKEW).plusSeconds(1 + (long) (random.nextDouble() * 20 * 365 * 86_400L));
        return timestampCase("future", future, "401 future_timestamp");
    }

    private Case timestampCase(String name, Instant timestamp, String expected) {
        ObjectNode message = validMessage();
        message.put("dateAdded", timestamp.toString());
        if (random.nextInt(4) == 0) {
            message.remove("timestamp"); // dateAdded stands in for it
        } else {
            message.put("timestamp", timestamp.toString());
        }
        return signedCase(name, message, expected);
    }

    private Case badTimestampText() {
        ObjectNode message = validMessage();
        String text = pick(new String[] {"yesterday", "2024-13-01T00:00:00Z", "1700000000", "", " ",
            "2024-01-01", "2024-01-01T00:00:00", now.toString() + " ", "T" + now, now.toString().replace("T", " "),
            randomAscii(1 + random.nextInt(40)), "+1000000001-01-01T00:00:00Z", "-1000000001-01-01T00:00:00Z"});
        message.put("timestamp", text);
        return signedCase("timestamp text", message, "400 invalid_timestamp");
    }

    private Case unknownMessageType() {
        ObjectNode message = validMessage();
        String type;
        do {
            type = switch (random.nextInt(3)) {
                case 0 -> pick(new String[] {"Carrier Pigeon", "SMSS", "E-mail", "Whats App", "TYPE_", "", " ",
                    "TYPE_TYPE_SMS", "sms\u0000", "ＳＭＳ", "IG ", "Live-Chat!", "Type_Email2"});
                case 1 -> randomAscii(random.nextInt(40));
                default -> randomUnicode(random.nextInt(20));
            };
        } while (Channel.fromMessageType(type).isPresent());
        message.put("messageType", type);
        return signedCase("messageType", message, "400 unknown_channel");
    }

    private Case hostileHtmlEmail() {
        // An email body that made the HTML reading quadratic: the body is read before the timestamp is checked.
        ObjectNode message = validMessage();
        message.put("messageType", "Email");
        int size = 150_000 + random.nextInt(50_000);
        String unit = pick(new String[] {"<", "<br", "<script", "<style>", "<style", "<head>", "<header>x",
            "<p>a</p><script>", "<blockquote", "&amp;<"});
        message.put("body", unit.repeat(size / unit.length()) + pick(new String[] {"", "</style>", ">", "</head>"}));
        if (random.nextBoolean()) {
            message.remove("timestamp");
            message.remove("dateAdded");
            return signedCase("hostile html", message, "401 missing_timestamp");
        }
        Instant stale = now.minus(RETRY_WINDOW).minusSeconds(1 + random.nextInt(86_400));
        message.put("timestamp", stale.toString());
        return signedCase("hostile html", message, "401 stale_timestamp");
    }

    private Case invalidId() {
        ObjectNode message = validMessage();
        String field = pick(CHECKED_IDS);
        // Optional ids are only read in turn: messageId when there is no webhookId, and so on.
        if (field.equals("messageId") || field.equals("emailMessageId")) {
            message.remove("webhookId");
        }
        if (field.equals("emailMessageId")) {
            message.remove("messageId");
        }
        String value;
        if (random.nextBoolean()) {
            value = randomPrintable(129 + (random.nextBoolean() ? random.nextInt(8) : random.nextInt(4000)));
        } else {
            // Short, but with a character that is not printable ASCII, between ordinary ones so it is never blank
            String bad = pick(new String[] {" ", "\t", "\u0000", "\u007f", "é", "😀", "\u001c", "\u00a0", "\n"});
            value = "id" + bad + "x";
        }
        message.put(field, value);
        return signedCase("invalid id", message, "400 invalid_id");
    }

    private Case nonObjectJson() {
        String message = validMessage().toString();
        String json = pick(new String[] {"[]", "[" + message + "]", Webhooks.JSON.valueToTree(message).toString(),
            "\"InboundMessage\"", Integer.toString(random.nextInt()), "-1.5e300", "null", "true", "false", "  ",
            "[" + message + "," + message + "]"});
        return signedCase("non-object", json.getBytes(StandardCharsets.UTF_8), "400 invalid_json");
    }

    private Case genericEvent() {
        // The default bot has no eventSecret: its events cannot be authenticated, and other bots do not exist here.
        boolean defaultBot = random.nextInt(3) != 0;
        ObjectNode event = Webhooks.generic(randomLocation(), defaultBot ? "default" : pick(new String[] {"sales",
            "Default", "DEFAULT", "bot-" + random.nextInt(1000)}), "conv-" + UUID.randomUUID(),
                "contact-" + UUID.randomUUID(), pick(new String[] {"user", "bot", "agent", "robot"}), pick(TEXTS));
        if (random.nextInt(4) == 0) {
            event.put("command", "resume");
        }
        if (random.nextInt(4) == 0) {
            event.put("confidence", random.nextDouble() * 3 - 1);
        }
        if (random.nextInt(4) == 0) {
            event.put("timestamp", pick(new String[] {now.toString(), now.minusSeconds(7200).toString(), "nope"}));
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
        Map<String, String> headers = junkHeaders();
        switch (random.nextInt(4)) {
            case 0 -> headers.put("x-handover-signature", "sha256=" + hmacHex(randomAscii(16), body));
            case 1 -> headers.put("X-Handover-Signature", hmacHex("", body));
            case 2 -> headers.put("x-handover-signature", randomAscii(random.nextInt(80)));
            default -> { }
        }
        return new Case("/events", request("POST", pick(new String[] {"/events", "/events/"}), headers, body),
                expected);
    }

    private Case workflowEvent() {
        // No workflowSecret is configured: no workflow webhook can be authenticated, and nothing is looked up.
        ObjectNode payload = Webhooks.workflow(randomLocation(), "contact-" + UUID.randomUUID(), pick(TEXTS));
        ObjectNode custom = (ObjectNode) payload.get("customData");
        Set<String> expected = Set.of("401 no_secret");
        switch (random.nextInt(5)) {
            case 0 -> custom.put("secret", randomAscii(1 + random.nextInt(40)));
            case 1 -> custom.put("botId", "default");
            case 2 -> {
                custom.put("botId", "bot-" + random.nextInt(1000));
                expected = Set.of("200 ignored");
            }
            case 3 -> custom.put("command", "resume");
            default -> { }
        }
        Map<String, String> headers = junkHeaders();
        if (random.nextBoolean()) {
            headers.put(caseOf("x-handover-secret"), randomAscii(random.nextInt(40)));
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
        return new Case("/workflow", request("POST", pick(new String[] {"/workflow", "/workflow/"}), headers, body),
                expected);
    }

    private Case unknownPath() {
        String path;
        do {
            path = switch (random.nextInt(3)) {
                case 0 -> pick(new String[] {"/foo", "/Highlevel", "/EVENTS", "/events/x", "/highlevel//", "//",
                    "/workflow/../events", "/%2F", "/index.html", "/ ", "/events?x=1", "events", "highlevel",
                    "/highlevel/events", "/.well-known/x", "/\u0000", "/é"});
                case 1 -> "/" + randomAscii(1 + random.nextInt(30));
                default -> "/" + randomUnicode(1 + random.nextInt(10));
            };
        } while (knownRoute(path));
        byte[] body = bytes(validMessage());
        return new Case("path", request("POST", path, signedHeaders(body), body), Set.of("404 unknown_path"));
    }

    private Case wrongMethod() {
        String method;
        do {
            method = pick(new String[] {"GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT",
                "", "POSTT", " POST", randomAscii(1 + random.nextInt(10))});
        } while (method.equalsIgnoreCase("POST"));
        byte[] body = bytes(validMessage());
        return new Case("method", request(method, highLevelPath(), signedHeaders(body), body),
                Set.of("405 method_not_allowed"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The valid message every mutation starts from, and the request around it.

    /** A message the function would process: signed, fresh and well formed, and mostly one that hands over. */
    private ObjectNode validMessage() {
        String channel = pick(CHANNELS);
        boolean email = Channel.fromMessageType(channel).orElseThrow() == Channel.EMAIL;
        Instant timestamp = now.minusMillis(random.nextInt(120_000));
        ObjectNode message = Webhooks.inbound("conv-" + UUID.randomUUID(), "contact-" + UUID.randomUUID(),
                email ? pick(HTML_TEXTS) : pick(TEXTS), timestamp);
        message.put("locationId", randomLocation());
        message.put("messageType", channel);
        if (email) {
            message.put("subject", "Re: appointment");
            message.put("threadId", "thread-" + random.nextInt(1000));
        }
        switch (random.nextInt(6)) {
            case 0 -> {
                message.put("type", "OutboundMessage");
                message.put("direction", "outbound");
                message.put("source", "api");
            }
            case 1 -> {
                message.put("type", "OutboundMessage");
                message.put("direction", "outbound");
                message.put("source", "app");
                message.put("userId", "staff-user-" + random.nextInt(100));
            }
            default -> { }
        }
        return message;
    }

    private String randomLocation() {
        return random.nextBoolean() ? Webhooks.LOCATION : "loc-fuzz-" + random.nextInt(100);
    }

    private String highLevelPath() {
        return pick(new String[] {"/", "/", "/highlevel", "/highlevel/", "", null});
    }

    private static boolean knownRoute(String path) {
        if (path == null || path.isEmpty()) {
            return true;
        }
        String route = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return Arrays.asList(KNOWN_ROUTES).contains(route);
    }

    private Case signedCase(String name, ObjectNode message, String expected) {
        return signedCase(name, bytes(message), expected);
    }

    private Case signedCase(String name, byte[] body, String expected) {
        return new Case(name, request("POST", highLevelPath(), signedHeaders(body), body), Set.of(expected));
    }

    /** A valid signature: Ed25519 mostly, the legacy RSA sometimes, under either spelling of the header name. */
    private Map<String, String> signedHeaders(byte[] body) {
        Map<String, String> headers = junkHeaders();
        if (random.nextInt(8) == 0) {
            headers.put(caseOf("x-wh-signature"), TestKeys.signRsa(body));
        } else {
            headers.put(caseOf("x-ghl-signature"), TestKeys.signEd25519(body));
        }
        return headers;
    }

    /** Ordinary headers, and now and then odd ones: no value, empty, huge. */
    private Map<String, String> junkHeaders() {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        if (random.nextInt(10) == 0) {
            headers.put("x-odd", null);
            headers.put(null, "no name");
            headers.put("", "");
            headers.put("x-big", "b".repeat(random.nextInt(10_000)));
        }
        return headers;
    }

    private String caseOf(String name) {
        return switch (random.nextInt(3)) {
            case 0 -> name;
            case 1 -> name.toUpperCase();
            default -> name.substring(0, 1).toUpperCase() + name.substring(1);
        };
    }

    /** The event as a Function URL delivers it; bytes that are not UTF-8 travel base64-encoded. */
    private APIGatewayV2HTTPEvent request(String method, String path, Map<String, String> headers, byte[] body) {
        boolean asText = utf8(body) && random.nextInt(4) != 0;
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRouteKey("$default");
        event.setRawPath(path);
        event.setHeaders(headers);
        event.setBody(asText ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body));
        event.setIsBase64Encoded(!asText);
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(method);
        http.setPath(path);
        context.setHttp(http);
        event.setRequestContext(context);
        return event;
    }

    /** What the decoder refuses before anything else looks at the body, or else {@code otherwise}. */
    private static Set<String> transportRefusal(byte[] body, String otherwise) {
        if (body.length == 0) {
            return Set.of("400 empty_body");
        }
        if (body.length > MAX_BODY_BYTES) {
            return Set.of("400 body_too_large");
        }
        return Set.of(utf8(body) ? otherwise : "400 not_utf8");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Checks

    /** Checks one answer against what its generator allows; returns it as "status error|decision". */
    private String check(Case fuzz, APIGatewayV2HTTPResponse response, List<String> failures, int index) {
        int status = response.getStatusCode();
        JsonNode body;
        try {
            body = json(response.getBody());
        } catch (RuntimeException e) {
            failures.add(describe(index, fuzz, status + " with a body that is not JSON: " + response.getBody()));
            return status + " (not JSON)";
        }
        String answer;
        if (status == 200) {
            answer = "200 " + body.path("decision").asText();
            if (!answer.equals("200 ignored")) {
                failures.add(describe(index, fuzz, "processed: " + response.getBody()));
            }
        } else {
            answer = status + " " + body.path("error").asText();
            if (status < 400 || status >= 500) {
                failures.add(describe(index, fuzz, "status " + status + ": " + response.getBody()));
            }
            if (body.path("error").asText().isBlank() || body.path("detail").asText().isBlank()) {
                failures.add(describe(index, fuzz, "error without error/detail: " + response.getBody()));
            }
        }
        if (!fuzz.expected().contains(answer) && !fuzz.expected().contains(status + " *")) {
            failures.add(describe(index, fuzz, "answered " + answer + " (" + body.path("detail").asText("")
                    + "), expected one of " + fuzz.expected()));
        }
        return answer;
    }

    private static String describe(int index, Case fuzz, String problem) {
        APIGatewayV2HTTPEvent event = fuzz.event();
        String body = event.getBody() == null ? "null" : event.getBody();
        return "#" + index + " [" + fuzz.generator() + "] " + problem + "\n    path=" + event.getRawPath()
                + " base64=" + event.getIsBase64Encoded() + " headers=" + abbreviate(String.valueOf(event.getHeaders()))
                + "\n    body=" + abbreviate(body);
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...(" + text.length() + " chars)";
    }

    private Map<String, Map<String, AttributeValue>> tableSnapshot() {
        Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        dynamo.scanPaginator(ScanRequest.builder().tableName(TABLE).consistentRead(true).build()).items()
                .forEach(item -> items.put(item.get("pk").s(), item));
        return items;
    }

    private int itemCount() {
        ScanRequest count = ScanRequest.builder().tableName(TABLE).select(Select.COUNT).consistentRead(true).build();
        return dynamo.scanPaginator(count).stream().mapToInt(ScanResponse::count).sum();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Small helpers

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private Generator pick(List<Generator> generators, int totalWeight) {
        int ticket = random.nextInt(totalWeight);
        for (Generator generator : generators) {
            ticket -= generator.weight();
            if (ticket < 0) {
                return generator;
            }
        }
        throw new IllegalStateException();
    }

    private String randomAscii(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(128));
        }
        return text.toString();
    }

    private String randomPrintable(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x21 + random.nextInt(0x7e - 0x21)));
        }
        return text.toString();
    }

    /** Code points from all planes, lone surrogates excluded (they cannot be encoded). */
    private String randomUnicode(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x800);
            if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
                codePoint = 'x';
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] result = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
        return result;
    }

    private static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String text) {
        try {
            return Webhooks.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String hmacHex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.isEmpty() ? new byte[1] : secret.getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
