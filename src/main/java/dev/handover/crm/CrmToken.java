package dev.handover.crm;

import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;

import org.jboss.logging.Logger;

import dev.handover.aws.SecretReadException;
import dev.handover.aws.SecretReader;
import dev.handover.config.HandoverConfig;

/**
 * The CRM token: read from Secrets Manager ({@code HANDOVER_CRM_TOKEN_SECRET_ARN}) at init, again after a SnapStart
 * restore, and once more when the CRM refuses it (a rotated token), so a new token needs no deploy and is never an
 * environment variable; or, for local runs and tests, {@code HANDOVER_CRM_TOKEN} as given. The value is never
 * logged. A secret that cannot be read is retried on the next call (429, HighLevel redelivers) unless Secrets
 * Manager refused it for good (no such secret, no permission), which is a configuration error.
 */
@ApplicationScoped
public class CrmToken {

    private static final Logger LOG = Logger.getLogger(CrmToken.class);
    /**
     * A token still refused after a re-read is not read again for this long: parallel actions and a burst of
     * webhooks then cost one read, and a secret fixed by an operator is still picked up by HighLevel's redelivery.
     */
    static final long REREAD_AFTER_NANOS = 30_000_000_000L;

    private final Optional<String> fixed;
    private final Optional<String> secretArn;
    private final SecretReader secrets;
    private volatile String current;
    /** The token a renewal found refused and read again without getting another, and when. */
    private String refused;
    private long refusedAt;

    @Inject
    public CrmToken(HandoverConfig config, SecretReader secrets) {
        this.fixed = config.crm().token().filter(token -> !token.isBlank());
        this.secretArn = config.crm().tokenSecretArn().filter(arn -> !arn.isBlank());
        this.secrets = secrets;
    }

    /** Reads the secret at init, so the first request does not wait for it; a failure is left to that request. */
    void onStart(@Observes StartupEvent event) {
        if (secretArn.isPresent()) {
            try {
                reload();
            } catch (CrmException e) {
                LOG.warnf("CRM token not read at init, will retry on first use: %s", e.getMessage());
            }
        }
    }

    /** The token to send now. */
    public String current() {
        String token = current;
        if (token != null) {
            return token;
        }
        if (secretArn.isEmpty()) {
            return fixed.orElseThrow(() -> new CrmException(CrmException.Kind.CONFIGURATION,
                    "no CRM token configured (HANDOVER_CRM_TOKEN_SECRET_ARN or HANDOVER_CRM_TOKEN)"));
        }
        return reload();
    }

    /**
     * The CRM refused {@code used}: true when there is another token to try (renewed meanwhile, or read again now),
     * false when the secret holds the refused one still (a configuration error; not read again for it for a while).
     */
    public synchronized boolean renew(String used) {
        if (secretArn.isEmpty()) {
            return false;
        }
        if (!Objects.equals(used, current)) {
            return current != null;
        }
        if (used.equals(refused) && System.nanoTime() - refusedAt < REREAD_AFTER_NANOS) {
            return false;
        }
        refused = used;
        refusedAt = System.nanoTime();
        String fresh = reload();
        LOG.infof("the CRM refused the token; read the secret again: %s", fresh.equals(used) ? "unchanged" : "new");
        return !fresh.equals(used);
    }

    /** Reads the secret again (init, after a SnapStart restore, a refused token). */
    public synchronized String reload() {
        if (secretArn.isEmpty()) {
            return current();
        }
        try {
            current = secrets.read(secretArn.get()).strip();
            return current;
        } catch (SecretReadException e) {
            throw new CrmException(e.retryable() ? CrmException.Kind.RETRYABLE : CrmException.Kind.CONFIGURATION,
                    "the CRM token (HANDOVER_CRM_TOKEN_SECRET_ARN): " + e.getMessage());
        }
    }
}
