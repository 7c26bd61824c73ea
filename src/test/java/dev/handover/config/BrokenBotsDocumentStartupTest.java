package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import io.quarkus.test.QuarkusUnitTest;

/**
 * A bots document that breaks rules must stop the application at start-up, with every broken rule listed, not
 * start and fail each request. The application here is the configuration classes of the function (and a stand-in
 * Lambda handler), booted by Quarkus with that document: no request is ever sent.
 */
class BrokenBotsDocumentStartupTest {

    private static final String BROKEN = """
            bots:
              - botId: four-actions
                locationIds: [loc-a]
                actions:
                  - {handoverType: contactRequest, assign: false}
                  - {handoverType: lackOfInformation, assign: false}
                  - {handoverType: failedToResolveIssue, assign: false}
                  - {handoverType: contactRequest, assign: false, enabled: true}
              - botId: unknown-type
                locationIds: [loc-b]
                actions:
                  - {handoverType: angryCustomer, assign: false}
              - botId: no-assignee
                locationIds: [loc-c]
                actions:
                  - {handoverType: contactRequest, assign: true}
            """;

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> BotDirectoryApplication.with(jar, StandInHandler.class))
            .overrideConfigKey("handover.bots.document", BROKEN)
            // no Docker here; the function's application.properties, which says so, is not part of this application
            .overrideConfigKey("quarkus.devservices.enabled", "false")
            // whatever an earlier test class left set: the rules below are those without the classifier
            .overrideConfigKey("handover.classifier.enabled", "false")
            .assertException(BrokenBotsDocumentStartupTest::listsEveryBrokenRule);

    @Test
    void startUp_shouldFail() {
        fail("the application started with a broken bots document");
    }

    private static void listsEveryBrokenRule(Throwable failure) {
        // Thrown in the application's class loader: recognised by name, its problems read from its message.
        Throwable config = null;
        List<String> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            chain.add(cause.getClass().getName() + ": " + String.valueOf(cause.getMessage()).lines().findFirst()
                    .orElse(""));
            if (cause.getClass().getName().equals(BotConfigException.class.getName())) {
                config = cause;
            }
        }
        assertThat(config).as("a BotConfigException in the failure's causes %s", chain).isNotNull();
        List<String> lines = config.getMessage().lines().toList();
        assertThat(lines.get(0)).isEqualTo("invalid bots configuration:");
        assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrder(
                "  - bot 'four-actions': actions has 4 enabled entries; at most 3 handover actions per bot",
                "  - bot 'four-actions': actions[3].handoverType 'contactRequest' is configured twice; one action per "
                        + "scenario",
                "  - bot 'unknown-type': actions[0].handoverType 'angryCustomer' is not a known scenario "
                        + "(contactRequest, lackOfInformation, failedToResolveIssue, frustration)",
                "  - bot 'no-assignee': actions[0].assignToUserId is required when assignment is on (set assign: "
                        + "false to leave the owner alone)");
    }

    /** The Lambda extension wants a handler in the application; the function's own needs the whole function. */
    public static class StandInHandler implements RequestHandler<String, String> {
        @Override
        public String handleRequest(String input, Context context) {
            return input;
        }
    }
}
