package dev.handover.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * AWS Secrets Manager and SSM Parameter Store as a WireMock speaking their JSON protocol (one POST to {@code /}, the
 * operation in {@code X-Amz-Target}, {@code application/x-amz-json-1.1}), with the secret and the bots parameter in
 * place before the function starts, since it reads both at init. Credentials are the static test ones of
 * {@link HandoverTestResources}; the requests are SigV4-signed by the SDK as in AWS.
 */
public class AwsStub implements QuarkusTestResourceLifecycleManager {

    public static final String PORT = "handovertest.aws-port";
    public static final String SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:handover/crm-token-AbCdEf";
    public static final String BOTS_PARAMETER = "/human-handover/test/bots";
    public static final String PARAMETER_ASSIGNEE = "user-from-parameter";
    public static final String GET_SECRET = "secretsmanager.GetSecretValue";
    /** The fingerprint salt's secret, and the salt in it (test values, no secret). */
    public static final String SALT_SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:handover/salt-XyZ123";
    public static final String SALT = "salt-from-secrets-manager-" + "0123456789";
    /** One secret holding a JSON object of the bot's secrets, read by key; and one holding a secret alone, by name. */
    public static final String BOT_SECRETS_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:handover/bots-Qw12Er";
    public static final String BOT_EVENT_SECRET = "event-secret-from-secrets-manager";
    public static final String WORKFLOW_SECRET_NAME = "human-handover/test/workflow-secret";
    public static final String BOT_WORKFLOW_SECRET = "workflow-secret-from-secrets-manager";
    public static final String GET_PARAMETER = "AmazonSSM.GetParameter";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        System.setProperty(PORT, Integer.toString(server.port()));
        WireMock aws = new WireMock("127.0.0.1", server.port());
        secret(aws, "token-at-init");
        secretValue(aws, SALT_SECRET_ARN, SALT);
        secretValue(aws, BOT_SECRETS_ARN, "{\"eventSecret\":\"" + BOT_EVENT_SECRET + "\",\"other\":\"x\"}");
        secretValue(aws, WORKFLOW_SECRET_NAME, BOT_WORKFLOW_SECRET);
        server.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(GET_PARAMETER))
                .withRequestBody(equalToJson("{\"Name\":\"" + BOTS_PARAMETER + "\",\"WithDecryption\":true}"))
                .willReturn(json("{\"Parameter\":" + parameter(botsDocument()) + "}")));
        return Map.of("handover.aws.secrets-manager-endpoint", server.baseUrl(),
                "handover.aws.ssm-endpoint", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMock client() {
        return new WireMock("127.0.0.1", Integer.getInteger(PORT));
    }

    /** From now on the CRM token secret holds this token. */
    public static void secret(WireMock aws, String token) {
        secretValue(aws, SECRET_ARN, token);
    }

    /** From now on the secret of this id (ARN or name) holds this SecretString. */
    public static void secretValue(WireMock aws, String secretId, String value) {
        String name = secretId.startsWith("arn:") ? secretId.substring(secretId.lastIndexOf(':') + 1) : secretId;
        ObjectNode answer = JsonNodeFactory.instance.objectNode()
                .put("ARN", secretId.startsWith("arn:") ? secretId : "arn:aws:secretsmanager:us-east-1:123456789012:secret:"
                        + secretId + "-AbCdEf")
                .put("Name", name).put("SecretString", value).put("VersionId", "v-" + value.hashCode())
                .put("CreatedDate", 1.7e9);
        answer.putArray("VersionStages").add("AWSCURRENT");
        aws.register(getSecret(secretId).willReturn(json(answer.toString())));
    }

    /**
     * From now on reading the secret fails as Secrets Manager fails it: its JSON protocol's error ({@code __type}
     * and {@code message}) with the status it uses, e.g. 400 {@code ResourceNotFoundException},
     * {@code AccessDeniedException} or {@code ThrottlingException}, 500 {@code InternalServiceError}.
     */
    public static void secretError(WireMock aws, String secretId, int status, String type) {
        aws.register(getSecret(secretId).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"refused by the test\"}")));
    }

    /** The GetSecretValue request for one secret id. */
    public static com.github.tomakehurst.wiremock.client.MappingBuilder getSecret(String secretId) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(GET_SECRET))
                .withRequestBody(equalToJson("{\"SecretId\":\"" + secretId + "\"}"));
    }

    /** The requests of one operation. */
    public static List<LoggedRequest> requests(WireMock aws, String target) {
        return aws.find(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target)));
    }

    /**
     * One bot at the tests' location, with over 4 KB of example phrases: more than Lambda's environment variables
     * could carry together.
     */
    public static String botsDocument() {
        String examples = IntStream.range(0, 160).mapToObj(i -> "\"zebra padding phrase number " + i + "\"")
                .collect(Collectors.joining(", "));
        return "bots:\n  - botId: parameter-bot\n    locationIds: [" + Webhooks.LOCATION + "]\n    actions:\n"
                + "      - handoverType: contactRequest\n        examples: [" + examples + "]\n"
                + "        assignToUserId: " + PARAMETER_ASSIGNEE + "\n"
                + "        taskDescription: will be created by AI\n"
                + "    eventSecret: secretsmanager:" + BOT_SECRETS_ARN + "#eventSecret\n"
                + "    workflowSecret: secretsmanager:" + WORKFLOW_SECRET_NAME + "\n";
    }

    private static String parameter(String value) {
        return JsonNodeFactory.instance.objectNode().put("Name", BOTS_PARAMETER).put("Type", "String")
                .put("Value", value).put("Version", 1).put("DataType", "text").toString();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }
}
