package dev.handover.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.handover.scenario.TextNormalizer;
import dev.handover.support.ConversationTest;
import dev.handover.support.HandoverTestResources;
import dev.handover.support.Lambda;
import dev.handover.support.Webhooks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

/**
 * What a reader of the table (a leaked backup, an over-broad IAM role) learns from a stored message fingerprint: with
 * a dictionary and the item's own key, nothing; only the deployment's secret salt makes its word hashes.
 */
@QuarkusTest
@QuarkusTestResource(value = HandoverTestResources.class, restrictToAnnotatedClass = false)
class FingerprintSecrecyTest extends ConversationTest {

    private static final String TEXT = "my invoice from Zurich was charged twice";

    @Inject
    DynamoDbClient dynamo;

    @ConfigProperty(name = "handover.table.name")
    String table;

    @ConfigProperty(name = "handover.fingerprint.salt", defaultValue = "none")
    String secret;

    @Test
    void storedFingerprint_dictionaryAttackWithTheItemKey_shouldReadBackNoWord() {
        Lambda.accepted(Webhooks.inbound(conversation, contact, TEXT, clock.instant()));
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(Map.of("pk", AttributeValue.fromS("conv#" + Webhooks.LOCATION + "#" + conversation)))
                .consistentRead(true).build()).item();
        List<String> stored = Arrays.asList(item.get("lastCustomerFingerprint").s().split(" "));
        String itemSalt = Webhooks.LOCATION + "/" + conversation;
        List<String> dictionary = Arrays.asList(TextNormalizer.normalize(TEXT).split(" "));
        assertThat(stored).hasSize(dictionary.size());

        // the attacker knows the algorithm, the item's key and every word, but not the deployment's secret
        assertThat(dictionary.stream().map(word -> sha256(itemSalt, word))).as("salted with the item key only")
                .doesNotContainAnyElementsOf(stored);
        assertThat(dictionary.stream().map(word -> hmac("a-guessed-secret-salt", itemSalt, word)))
                .as("under a guessed secret").doesNotContainAnyElementsOf(stored);
        // with the secret, the same words are exactly what is stored: the repeat detection still compares them
        assertThat(dictionary.stream().map(word -> hmac(secret, itemSalt, word)))
                .containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void repeatedQuestion_shouldStillBeNoticedThroughTheKeyedFingerprints() {
        Lambda.accepted(Webhooks.inbound(conversation, contact, "how do I reset my router password?", clock.instant()));
        Lambda.accepted(Webhooks.botReply(Webhooks.LOCATION, conversation, contact, "Hold the reset button for 10 s.",
                clock.instant()));

        Lambda.Reply repeat = Lambda.accepted(Webhooks.inbound(conversation, contact,
                "How do I reset my router password", clock.instant()));

        assertThat(repeat.body().get("reason").asText()).isEqualTo("failed-attempt 1/2 customer:repeated-question");
        assertThat(crm.calls()).isEmpty();
    }

    private static String sha256(String salt, String word) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(word.getBytes(StandardCharsets.UTF_8)), 0, 5);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String key, String salt, String word) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((salt + '\0').getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(word.getBytes(StandardCharsets.UTF_8)), 0, 5);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
