package dev.handover.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Everything the function is configured with. Every property can be set by environment variable
 * ({@code handover.crm.base-url} is {@code HANDOVER_CRM_BASE_URL}), which is how SAM passes it.
 */
@ConfigMapping(prefix = "handover")
public interface HandoverConfig {

    /** The CRM (HighLevel API v2) the handover actions are sent to. */
    Crm crm();

    /** The DynamoDB table that holds delivery claims, pause expiry and handover episodes. */
    Table table();

    /** Where DynamoDB is reached. */
    Dynamodb dynamodb();

    /** Webhook authentication and replay protection. */
    Webhook webhook();

    /** HighLevel workflow webhooks. */
    Workflow workflow();

    interface Workflow {
        /** Identical workflow messages of a contact within this window are one delivery (they carry no id). */
        @WithDefault("PT10M")
        Duration dedupeWindow();
    }

    /** Where the bots document comes from; without one, {@link #bot()} configures a single bot. */
    Bots bots();

    /** The single bot used when no bots document is configured, and what its handover does. */
    Bot bot();

    /** The optional model-based classifier of custom handover actions (Amazon Bedrock Converse API). */
    Classifier classifier();

    interface Classifier {
        /**
         * Check custom handover actions' {@code triggerCondition} with a model. Off, the bots document may not have
         * custom actions, and no Bedrock client is built.
         */
        @WithDefault("false")
        boolean enabled();

        /** The Bedrock model id (or inference profile id) the Converse API is called with. */
        @WithDefault("anthropic.claude-3-haiku-20240307-v1:0")
        String modelId();

        /** AWS region of Bedrock; unset means the default region provider chain ({@code AWS_REGION} in Lambda). */
        Optional<String> region();

        /** Endpoint override of the Bedrock Runtime API, e.g. a local stub; unset means the regional endpoint. */
        Optional<String> endpoint();

        /**
         * Longest wait for one classification, no retry; also bounded by the invocation's remaining time. Without an
         * answer in time, the rule-based decision stands.
         */
        @WithDefault("PT1.5S")
        Duration timeout();

        /** Customer text longer than this many characters is cut before it is sent to the model. */
        @WithDefault("1000")
        int maxTextChars();
    }

    interface Bots {
        /** Path of a YAML or JSON bots document. */
        Optional<String> file();

        /** The bots document itself (YAML or JSON), e.g. passed by SAM as an environment variable. */
        Optional<String> document();

        /** Name of an SSM parameter (String or SecureString) holding the bots document, for documents over 4 KB. */
        Optional<String> parameter();
    }

    interface Crm {
        /** Base URL of the HighLevel API v2. */
        @WithDefault("https://services.leadconnectorhq.com")
        String baseUrl();

        /** Sub-account (location) access token or Private Integration Token; sent as a Bearer token. */
        Optional<String> token();

        /** ARN of the Secrets Manager secret holding the token, read at init and again once when it is refused. */
        Optional<String> tokenSecretArn();

        /** When true, CRM calls are logged and answered with made-up ids instead of being sent. */
        @WithDefault("false")
        boolean dryRun();

        /** Attempts per CRM call when it fails in a way a retry can fix (429, 5xx, timeouts). */
        @WithDefault("3")
        int maxAttempts();

        /** First backoff delay between attempts; it doubles each time, with jitter. */
        @WithDefault("PT0.2S")
        Duration retryBaseDelay();

        /** Longest backoff delay, also the cap on a server's Retry-After the function waits for in place. */
        @WithDefault("PT2S")
        Duration retryMaxDelay();

        /**
         * Time one invocation may spend on CRM calls and their retries before it answers 429 and leaves the rest to
         * HighLevel's redelivery; also bounded by the Lambda's remaining time.
         */
        @WithDefault("PT8S")
        Duration timeBudget();

        /** {@code Version} header of the contacts endpoints. */
        @WithDefault("2021-07-28")
        String contactsVersion();

        /** {@code Version} header of the conversations endpoints. */
        @WithDefault("2021-04-15")
        String conversationsVersion();
    }

    interface Table {
        /** Name of the DynamoDB table; SAM passes the one it creates. */
        @WithDefault("human-handover")
        String name();

        /** Create the table at start-up when it is missing: for local runs and tests, never in AWS. */
        @WithDefault("false")
        boolean createIfMissing();

        /**
         * How long a webhook delivery id is remembered for deduplication: longer than the retry window, since
         * HighLevel's redeliveries end within about an hour and older deliveries are refused by their timestamp.
         */
        @WithDefault("PT2H")
        Duration deliveryTtl();

        /** How long a conversation item is kept after its last change (TTL; never relied on for correctness). */
        @WithDefault("P30D")
        Duration conversationTtl();
    }

    interface Dynamodb {
        /** Endpoint override, e.g. a local dynalite; unset means the regional AWS endpoint. */
        Optional<String> endpoint();
    }

    interface Webhook {
        /**
         * Verify webhook signatures. Switching this off is for local experiments only; every response then says
         * {@code "signatureCheck":"disabled"} and a warning is logged.
         */
        @WithDefault("true")
        boolean verifySignatures();

        /** Ed25519 public key (PEM or bare base64 X.509) for {@code x-ghl-signature}; defaults to HighLevel's. */
        @WithDefault("MCowBQYDK2VwAyEAi2HR1srL4o18O8BRa7gVJY7G7bupbN3H9AwJrHCDiOg=")
        String ed25519PublicKey();

        /** RSA public key (PEM or bare base64 X.509) for the legacy {@code x-wh-signature}; defaults to HighLevel's. */
        @WithDefault(HighLevelKeys.RSA_PUBLIC_KEY)
        String rsaPublicKey();

        /** Oldest accepted webhook {@code timestamp}, against replays. */
        @WithDefault("PT5M")
        Duration maxAge();

        /**
         * How old a redelivery may be: HighLevel redelivers after a 429 up to 6 times, about 10 minutes apart, with the
         * original timestamp. Past {@link #maxAge()}, only deliveries the function asked to be redelivered pass.
         */
        @WithDefault("PT80M")
        Duration retryWindow();

        /** How far in the future a webhook {@code timestamp} may be (sender clock ahead of ours). */
        @WithDefault("PT1M")
        Duration clockSkew();

        /** Largest accepted request body, after base64 decoding. */
        @WithDefault("262144")
        int maxBodyBytes();
    }

    interface Bot {
        /** Failed attempts after which the failed-to-resolve scenario hands over. */
        @WithDefault("2")
        int maxRetries();

        /** A generic bot event whose confidence is below this shows a lack of information. */
        @WithDefault("0.5")
        double confidenceThreshold();

        /** HMAC-SHA256 key of generic JSON events for this bot (id {@code default}). */
        Optional<String> eventSecret();

        /** Shared secret of HighLevel workflow webhooks for this bot. */
        Optional<String> workflowSecret();

        /** A human reply from the CRM pauses the bot (the platform's sleepOnManualMessage). */
        @WithDefault("true")
        boolean sleepOnManualMessage();

        /** Example phrases that mean "I want a person", in addition to the built-in rules. */
        @WithDefault("speak to human,talk to agent,need help from person")
        List<String> examples();

        /** Assign the contact to a user. */
        Assign assign();

        /** Create a task for the assigned user. */
        Task task();

        /** Send a closing message to the customer on the channel they used. */
        ClosingMessage closingMessage();

        /** Tag the contact. */
        Tags tags();

        /** Pause the bot for the conversation. */
        Pause pause();
    }

    interface Assign {
        /** Whether the assignment action runs. */
        @WithDefault("true")
        boolean enabled();

        /** The HighLevel user id the conversation is handed to. */
        Optional<String> userId();

        /** Leave the contact with its current owner when it already has one. */
        @WithDefault("false")
        boolean skipIfAssigned();
    }

    interface Task {
        /** Whether the task action runs. */
        @WithDefault("true")
        boolean enabled();

        /** Task title; {@code {scenario}} is replaced by the scenario that fired. */
        @WithDefault("Human handover: {scenario}")
        String title();

        /** Task description. */
        @WithDefault("will be created by AI")
        String body();

        /** Hours from the trigger to the task's due date. */
        @WithDefault("24")
        int dueHours();
    }

    interface ClosingMessage {
        /** Whether the closing message is sent. */
        @WithDefault("true")
        boolean enabled();

        /** The message text. */
        @WithDefault("Thank you! Someone from the team will get back to you.")
        String text();
    }

    interface Tags {
        /** Whether the tags action runs. */
        @WithDefault("true")
        boolean enabled();

        /** Tags added to the contact. */
        @WithDefault("human_handover")
        List<String> values();
    }

    interface Pause {
        /** Whether the bot is paused after a handover. */
        @WithDefault("true")
        boolean enabled();

        /** How long the bot stays paused. */
        @WithDefault("PT24H")
        Duration duration();

        /** Pause until resumed instead of for {@link #duration()}. */
        @WithDefault("false")
        boolean indefinite();

        /** The contact tag on while the bot is paused, as a bots document's {@code pauseTag}; unset, none. */
        Optional<String> tag();
    }
}
