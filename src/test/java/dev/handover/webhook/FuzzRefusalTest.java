package dev.handover.webhook;

import static dev.handover.webhook.FuzzChecks.TABLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

import dev.handover.support.HandoverTestResources;
import dev.handover.support.TestKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Sends thousands of generated malformed or mutated requests straight through the handler bean. Every generator
 * ({@link FuzzGenerators}) makes input that is invalid BY CONSTRUCTION (a valid message is only ever the starting
 * point of a mutation), so "nothing written to DynamoDB, nothing sent to the CRM" is a real check:
 * {@link FuzzBaseTest} shows the same base messages, unmutated, are processed, written and handed over.
 *
 * <p>The seed is random per run and printed (fixed under CI, so that a landing cannot hinge on a draw); reproduce a
 * failure with {@code -Dfuzz.seed=<seed>}, and send more
 * with {@code -Dfuzz.requests=<n>} (default 12,000).
 */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class FuzzRefusalTest extends FuzzHarness {

    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 12_000);
    /** No refusal may take long: the Lambda's CRM budget is 8 s, and a refusal does no I/O but a store read. */
    private static final Duration MAX_REQUEST_TIME = Duration.ofSeconds(5);

    @Test
    void malformedRequests_shouldAllBeRefusedWithoutCrmCallsOrStoreWrites() {
        // GIVEN a seeded generator, and the table and the CRM journal as they are
        long seed = FuzzDraws.seed();
        Random random = new Random(seed);
        KeyPair foreignEd25519 = TestKeys.generate("Ed25519", 0);
        FuzzGenerators generators = new FuzzGenerators(random, now, foreignEd25519);
        Map<String, Map<String, AttributeValue>> before = FuzzChecks.tableSnapshot(dynamo);

        Map<String, Integer> perGenerator = new LinkedHashMap<>();
        generators.all().forEach(generator -> perGenerator.put(generator.name(), 0));
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
                FuzzGenerators.Generator generator = generators.pick();
                FuzzCase fuzz = generator.make().get();
                perGenerator.merge(generator.name(), 1, Integer::sum);
                APIGatewayV2HTTPResponse response;
                long sent = System.nanoTime();
                try {
                    response = function.handleRequest(fuzz.event(), null);
                } catch (Throwable e) {
                    escaped++;
                    failures.add(FuzzChecks.describe(i, fuzz, "exception escaped: " + e));
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
                String answer = FuzzChecks.check(fuzz, response, failures, i);
                perAnswer.merge(answer, 1, Integer::sum);
            }
        } finally {
            serviceLog.setLevel(level);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<String> crmCalls = crm.calls();
        Map<String, Map<String, AttributeValue>> after = FuzzChecks.tableSnapshot(dynamo);

        StringBuilder report = new StringBuilder("\n===== FuzzRefusalTest: seed ").append(seed)
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
}
