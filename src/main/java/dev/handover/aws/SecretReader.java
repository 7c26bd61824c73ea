package dev.handover.aws;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Reads Secrets Manager secrets (the CRM token, the fingerprint salt, bots' secrets) through one SDK client, built
 * on first use and kept for the process. The SDK retries a throttled or failed call itself (its default retry
 * policy) before this reports it. Values are returned, never logged or put in a message.
 */
@ApplicationScoped
public class SecretReader {

    private final AwsConfig config;
    private SecretsManagerClient client;

    @Inject
    public SecretReader(AwsConfig config) {
        this.config = config;
    }

    /** The secret's {@code SecretString} (its current version), as stored. */
    public String read(String secretId) {
        try {
            String value = client().getSecretValue(request -> request.secretId(secretId)).secretString();
            if (value == null || value.isBlank()) {
                throw new SecretReadException("secret " + secretId + " has no SecretString", false);
            }
            return value;
        } catch (AwsServiceException e) {
            boolean retryable = e.isThrottlingException() || e.statusCode() >= 500;
            String code = e.awsErrorDetails() == null ? "error" : e.awsErrorDetails().errorCode();
            throw new SecretReadException("secret " + secretId + " cannot be read: " + code + " (HTTP "
                    + e.statusCode() + ")", retryable);
        } catch (SdkException e) {
            throw new SecretReadException("secret " + secretId + " cannot be read: Secrets Manager not reachable ("
                    + e.getClass().getSimpleName() + ")", true);
        }
    }

    private synchronized SecretsManagerClient client() {
        if (client == null) {
            client = AwsClients.secretsManager(config);
        }
        return client;
    }

    synchronized void onStop(@Observes ShutdownEvent event) {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
