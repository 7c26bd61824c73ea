package dev.handover.aws;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where the function reaches the AWS services it reads its configuration from (Secrets Manager, SSM). */
@ConfigMapping(prefix = "handover.aws")
public interface AwsConfig {

    /** AWS region of Secrets Manager and SSM; unset means the default region provider chain ({@code AWS_REGION}). */
    Optional<String> region();

    /** Endpoint override of Secrets Manager, e.g. a local stub; unset means the regional endpoint. */
    Optional<String> secretsManagerEndpoint();

    /** Endpoint override of SSM Parameter Store, e.g. a local stub; unset means the regional endpoint. */
    Optional<String> ssmEndpoint();
}
