package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.handover.aws.SecretReadException;

/** How a bots document's secret references resolve, with the secrets in memory (no I/O). */
class SecretReferencesTest {

    private static final String JSON_SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:bots-AbCdEf";
    private static final Map<String, String> STORED = Map.of(
            JSON_SECRET, "{\"sales\":\"sales-secret-value\",\"blank\":\"\",\"number\":7}",
            "plain/secret", "plain-secret-value",
            "not/json", "sales-secret-value is not json");

    private final List<String> reads = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final SecretReferences references = new SecretReferences(Map.of("SET", "from-env")::get, id -> {
        reads.add(id);
        if (id.equals("denied/secret")) {
            throw new SecretReadException("secret denied/secret cannot be read: AccessDeniedException (HTTP 400)",
                    false);
        }
        return STORED.get(id);
    });

    @Test
    void plainValuesAndEnvironmentVariables_shouldResolveAsBefore() {
        assertThat(resolve("literal")).contains("literal");
        assertThat(resolve("env:SET")).contains("from-env");
        assertThat(resolve("")).isEmpty();
        assertThat(problems).isEmpty();

        assertThat(resolve("env:UNSET")).isEmpty();
        assertThat(problems).containsExactly("eventSecret refers to environment variable UNSET, which is not set");
        assertThat(reads).isEmpty();
    }

    @Test
    void secretsManagerReferences_shouldResolveTheWholeSecretOrOneKeyReadingEachSecretOnce() {
        assertThat(resolve("secretsmanager:plain/secret")).contains("plain-secret-value");
        assertThat(resolve("secretsmanager:" + JSON_SECRET + "#sales")).contains("sales-secret-value");
        assertThat(resolve("secretsmanager:" + JSON_SECRET + "#sales")).contains("sales-secret-value");

        assertThat(problems).isEmpty();
        assertThat(reads).containsExactly("plain/secret", JSON_SECRET);
    }

    @Test
    void unreadableSecret_shouldBeAProblemNamingTheSecretAndReadOnce() {
        assertThat(resolve("secretsmanager:denied/secret")).isEmpty();
        assertThat(resolve("secretsmanager:denied/secret#key")).isEmpty();

        assertThat(problems).containsExactly(
                "eventSecret refers to Secrets Manager secret denied/secret cannot be read: AccessDeniedException "
                        + "(HTTP 400)",
                "eventSecret refers to Secrets Manager secret denied/secret cannot be read: AccessDeniedException "
                        + "(HTTP 400)");
        assertThat(reads).containsExactly("denied/secret");
    }

    @Test
    void keysThatAreMissingBlankOrNotStrings_shouldBeProblemsThatQuoteNoSecretText() {
        for (String key : List.of("missing", "blank", "number")) {
            assertThat(resolve("secretsmanager:" + JSON_SECRET + "#" + key)).isEmpty();
        }
        assertThat(resolve("secretsmanager:not/json#sales")).isEmpty();

        assertThat(problems).containsExactly(
                "eventSecret refers to key 'missing' of Secrets Manager secret " + JSON_SECRET
                        + ", which has no non-empty string under that key",
                "eventSecret refers to key 'blank' of Secrets Manager secret " + JSON_SECRET
                        + ", which has no non-empty string under that key",
                "eventSecret refers to key 'number' of Secrets Manager secret " + JSON_SECRET
                        + ", which has no non-empty string under that key",
                "eventSecret refers to key 'sales' of Secrets Manager secret not/json, which does not hold a JSON "
                        + "object");
        assertThat(problems).noneMatch(problem -> problem.contains("secret-value"));
    }

    @Test
    void malformedReferences_shouldBeProblemsWithoutARead() {
        assertThat(resolve("secretsmanager:")).isEmpty();
        assertThat(resolve("secretsmanager:plain/secret#")).isEmpty();

        assertThat(problems).containsExactly(
                "eventSecret 'secretsmanager:' is not secretsmanager:<arn-or-name> or "
                        + "secretsmanager:<arn-or-name>#<jsonKey>",
                "eventSecret 'secretsmanager:plain/secret#' is not secretsmanager:<arn-or-name> or "
                        + "secretsmanager:<arn-or-name>#<jsonKey>");
        assertThat(reads).isEmpty();
    }

    private Optional<String> resolve(String value) {
        return references.resolve(value, (field, rule) -> problems.add(field + " " + rule), "eventSecret");
    }
}
