package dev.handover.config;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.handover.aws.SecretReadException;

/**
 * Resolves a secret of the bots document ({@code eventSecret}, {@code workflowSecret}): {@code env:NAME} reads an
 * environment variable, {@code secretsmanager:<arn-or-name>} a Secrets Manager secret's SecretString and
 * {@code secretsmanager:<arn-or-name>#<key>} one string field of a secret that holds a JSON object (one secret for
 * several bots or both secrets of a bot); anything else is the secret itself. Each secret is read once however many
 * references name it. A reference that cannot be resolved is a problem of the document, naming the reference and
 * what went wrong, never a value or any part of the secret's text.
 */
public final class SecretReferences {

    static final String ENV = "env:";
    static final String SECRETS_MANAGER = "secretsmanager:";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a Secrets Manager secret's SecretString, or throws {@link SecretReadException}. */
    public interface SecretSource {
        String read(String secretId);
    }

    private final Function<String, String> environment;
    private final SecretSource secretsManager;
    private final Map<String, Object> read = new HashMap<>();

    public SecretReferences(Function<String, String> environment, SecretSource secretsManager) {
        this.environment = environment;
        this.secretsManager = secretsManager;
    }

    /** The environment {@code env:NAME} values are read from, for settings that are not secrets (forwardTo). */
    Function<String, String> environment() {
        return environment;
    }

    /**
     * The secret a field's value stands for; empty for no value, or when {@code problem} was told (with the rule
     * broken, to be prefixed by the field) why it cannot be resolved.
     */
    Optional<String> resolve(String value, BiConsumer<String, String> problem, String field) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.startsWith(ENV)) {
            String resolved = environment.apply(value.substring(ENV.length()));
            if (resolved == null || resolved.isBlank()) {
                problem.accept(field, "refers to environment variable " + value.substring(ENV.length())
                        + ", which is not set");
                return Optional.empty();
            }
            return Optional.of(resolved);
        }
        if (!value.startsWith(SECRETS_MANAGER)) {
            return Optional.of(value);
        }
        String reference = value.substring(SECRETS_MANAGER.length());
        int hash = reference.lastIndexOf('#');
        String secretId = hash < 0 ? reference : reference.substring(0, hash);
        if (secretId.isBlank() || hash == reference.length() - 1) {
            problem.accept(field, "'" + value + "' is not secretsmanager:<arn-or-name> or "
                    + "secretsmanager:<arn-or-name>#<jsonKey>");
            return Optional.empty();
        }
        Object text = read.computeIfAbsent(secretId, this::read);
        if (text instanceof SecretReadException e) {
            problem.accept(field, "refers to Secrets Manager " + e.getMessage());
            return Optional.empty();
        }
        return hash < 0 ? Optional.of((String) text)
                : field((String) text, secretId, reference.substring(hash + 1), problem, field);
    }

    private Object read(String secretId) {
        try {
            return secretsManager.read(secretId);
        } catch (SecretReadException e) {
            return e;
        }
    }

    private static Optional<String> field(String text, String secretId, String key, BiConsumer<String, String> problem,
            String field) {
        JsonNode object;
        try {
            object = JSON.readTree(text);
        } catch (IOException e) {
            // the parser's message quotes the text: only the fact is reported
            object = null;
        }
        if (object == null || !object.isObject()) {
            problem.accept(field, "refers to key '" + key + "' of Secrets Manager secret " + secretId
                    + ", which does not hold a JSON object");
            return Optional.empty();
        }
        JsonNode found = object.get(key);
        if (found == null || !found.isTextual() || found.asText().isBlank()) {
            problem.accept(field, "refers to key '" + key + "' of Secrets Manager secret " + secretId
                    + ", which has no non-empty string under that key");
            return Optional.empty();
        }
        return Optional.of(found.asText());
    }
}
