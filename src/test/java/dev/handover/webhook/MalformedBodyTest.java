package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Lambda.Reply;
import dev.handover.support.LogCapture;
import dev.handover.support.MultiBotProfile;
import dev.handover.support.TestKeys;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A malformed body's text reaches neither the answer nor the log, on every ingress, before authentication
 * ({@code /events}, {@code /workflow}: the bot and its secret are in the body) and after it ({@code /}, signed): the
 * refusal names the problem and where it is.
 */
@QuarkusTest
@TestProfile(MultiBotProfile.class)
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class MalformedBodyTest extends ConversationTest {

    /** Looks like a leaked API key; it must not be echoed anywhere. */
    private static final String CANARY = "tok_FAKE_c4n4ry_7Qx9ZpLm";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/ signed", "/events unsigned", "/events with a signature header", "/workflow unsigned",
            "/workflow with its secret header"})
    void bareWordInTheBody_shouldBeNamedWithItsPositionNeverQuoted(String route) {
        String body = "{\"locationId\": \"" + MultiBotFlowTest.LOCATION + "\",\n \"botId\": " + CANARY + "}";

        Reply reply;
        try (LogCapture log = LogCapture.start()) {
            reply = Lambda.invoke(event(route, body));
            assertThat(log.text()).as("log").contains("invalid_json").doesNotContain(CANARY).doesNotContain("c4n4ry");
        }

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("error").asText()).isEqualTo("invalid_json");
        assertThat(reply.body().get("detail").asText())
                .isEqualTo("the body is not valid JSON: an unrecognised token (a bare word or a misspelt true, "
                        + "false or null) at line 2, column 11");
        assertThat(reply.body().toString()).doesNotContain(CANARY).doesNotContain("c4n4ry");
        assertThat(crm.calls()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"text\": \"" + CANARY, "{\"text\": \"" + CANARY + "\u0001\"}",
            "{\"text\": \"" + CANARY + "\"]", "{\"text\": \"" + CANARY + "\" " + CANARY + "}",
            "[\"" + CANARY + "\"]", "\"" + CANARY + "\""})
    void otherMalformedBodies_shouldNotQuoteThemEither(String body) {
        for (String route : new String[] {"/ signed", "/events unsigned", "/workflow unsigned"}) {
            Reply reply;
            try (LogCapture log = LogCapture.start()) {
                reply = Lambda.invoke(event(route, body));
                assertThat(log.text()).as("log of %s", route).doesNotContain(CANARY).doesNotContain("c4n4ry");
            }
            assertThat(reply.status()).as(route).isEqualTo(400);
            assertThat(reply.body().get("error").asText()).as(route).isEqualTo("invalid_json");
            assertThat(reply.body().toString()).as(route).doesNotContain(CANARY).doesNotContain("c4n4ry");
        }
        assertThat(crm.calls()).isEmpty();
    }

    private static String event(String route, String body) {
        return switch (route) {
            case "/ signed" -> Webhooks.event(body, Map.of("x-ghl-signature", TestKeys.signEd25519(body)));
            case "/events unsigned" -> Webhooks.event("/events", body, Map.of());
            case "/events with a signature header" -> Webhooks.event("/events", body,
                    Map.of("x-handover-signature", "sha256=00"));
            case "/workflow unsigned" -> Webhooks.event("/workflow", body, Map.of());
            case "/workflow with its secret header" -> Webhooks.event("/workflow", body,
                    Map.of("x-handover-secret", "test-workflow-secret"));
            default -> throw new IllegalArgumentException(route);
        };
    }
}
