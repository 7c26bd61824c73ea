package dev.handover.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The CRM token, the fingerprint salt and the bot's secrets from Secrets Manager and the bots document from SSM
 * Parameter Store, all served by {@link AwsStub}.
 */
public class AwsSourcesProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "handover.crm.token-secret-arn", AwsStub.SECRET_ARN,
                "handover.bots.parameter", AwsStub.BOTS_PARAMETER,
                "handover.fingerprint.salt-secret-arn", AwsStub.SALT_SECRET_ARN,
                "handover.aws.region", "us-east-1");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(AwsStub.class));
    }
}
