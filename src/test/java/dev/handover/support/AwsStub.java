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
    public static final String GET_PARAMETER = "AmazonSSM.GetParameter";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        System.setProperty(PORT, Integer.toString(server.port()));
        secret(new WireMock("127.0.0.1", server.port()), "token-at-init");
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

    /** From now on the secret holds this token. */
    public static void secret(WireMock aws, String token) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("ARN", SECRET_ARN).put("Name", "handover/crm-token")
                .put("SecretString", token).put("VersionId", "v-" + token).put("CreatedDate", 1.7e9);
        answer.putArray("VersionStages").add("AWSCURRENT");
        aws.register(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(GET_SECRET))
                .withRequestBody(equalToJson("{\"SecretId\":\"" + SECRET_ARN + "\"}"))
                .willReturn(json(answer.toString())));
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
                + "        taskDescription: will be created by AI\n";
    }

    private static String parameter(String value) {
        return JsonNodeFactory.instance.objectNode().put("Name", BOTS_PARAMETER).put("Type", "String")
                .put("Value", value).put("Version", 1).put("DataType", "text").toString();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }
}
