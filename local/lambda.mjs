// The packaged function run the way AWS Lambda runs a JVM function: the runner jar under the AWS Lambda runtime
// interface client, with the environment Lambda would give it, pointed at the local DynamoDB, CRM and Runtime API.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { log, root, spawnLogged } from './lifecycle.mjs';

export function functionEnv(env, dynamo, crm, keys, runtime) {
  const result = {
    ...env,
    AWS_LAMBDA_RUNTIME_API: `127.0.0.1:${runtime.port}`,
    AWS_LAMBDA_FUNCTION_NAME: 'human-handover-local',
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
    AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/human-handover-local',
    AWS_LAMBDA_LOG_STREAM_NAME: 'local',
    AWS_REGION: env.AWS_REGION ?? 'us-east-1',
    AWS_ACCESS_KEY_ID: env.AWS_ACCESS_KEY_ID ?? 'local',
    AWS_SECRET_ACCESS_KEY: env.AWS_SECRET_ACCESS_KEY ?? 'local',
    HANDOVER_DYNAMODB_ENDPOINT: dynamo.url,
    HANDOVER_CRM_BASE_URL: crm.url,
    HANDOVER_CRM_TOKEN: env.HANDOVER_CRM_TOKEN ?? 'local-sandbox-token',
    HANDOVER_TABLE_NAME: env.HANDOVER_TABLE_NAME ?? 'human-handover-local',
    HANDOVER_TABLE_CREATE_IF_MISSING: env.HANDOVER_TABLE_CREATE_IF_MISSING ?? String(dynamo.sandbox),
    HANDOVER_BOT_ASSIGN_USER_ID: env.HANDOVER_BOT_ASSIGN_USER_ID ?? 'sandbox-user-1',
    HANDOVER_BOT_ASSIGN_SKIP_IF_ASSIGNED: env.HANDOVER_BOT_ASSIGN_SKIP_IF_ASSIGNED ?? 'true',
    // The secret salt of the message fingerprints: one per run with the run's own dynalite; with a shared DynamoDB
    // (HANDOVER_DYNAMODB_ENDPOINT) one derived from the endpoint and table, so that local instances sharing it agree.
    // A local value only: a deployment gets its own secret (template.yaml).
    HANDOVER_FINGERPRINT_SALT: env.HANDOVER_FINGERPRINT_SALT ?? (dynamo.sandbox
      ? crypto.randomBytes(24).toString('base64url')
      : crypto.createHash('sha256').update(`human-handover-local|${dynamo.url}|${env.HANDOVER_TABLE_NAME ?? ''}`)
        .digest('base64url')),
  };
  if (!env.HANDOVER_BOTS_FILE && !env.HANDOVER_BOTS_DOCUMENT) {
    result.HANDOVER_BOTS_FILE = path.join(root, 'samples', 'bots.yaml');
  }
  if (keys) {
    result.HANDOVER_WEBHOOK_ED25519_PUBLIC_KEY = keys.ed25519Public;
    result.HANDOVER_WEBHOOK_RSA_PUBLIC_KEY = keys.rsaPublic;
    result.DEMO_BOT_EVENT_SECRET = keys.eventSecret;
    result.DEMO_BOT_WORKFLOW_SECRET = keys.workflowSecret;
    result.GATED_BOT_EVENT_SECRET = keys.gatedSecret;
    // The gated bot's webhook: the local one of startBotWebhook; without one (bench), a loopback address no sample
    // sends to, so that samples/bots.yaml still starts.
    result.GATED_BOT_FORWARD_TO = env.GATED_BOT_FORWARD_TO ?? keys.botHook ?? 'http://127.0.0.1:9/hook';
  }
  return result;
}

export async function startFunction(env) {
  const runner = fs.readdirSync(path.join(root, 'target')).find((f) => f.endsWith('-runner.jar'));
  if (!runner) throw new Error('target/*-runner.jar is missing: run ./mvnw package first');
  const child = spawnLogged('function', 'java', ['-XX:TieredStopAtLevel=1', ...lambdaArgs(path.join(root, 'target', runner))], env);
  log(`function: packaged JVM jar under the Lambda runtime interface client (log: ${path.relative(root, child.logFile)})`);
  return child;
}

/** The java arguments that run a packaged Quarkus Lambda jar under the Lambda runtime interface client. */
export function lambdaArgs(runnerJar) {
  const tools = path.join(root, 'target', 'local-tools');
  const classpath = [runnerJar,
    ...['aws-lambda-java-runtime-interface-client', 'aws-lambda-java-serialization', 'utils-lite']
      .map((jar) => path.join(tools, `${jar}.jar`))].join(path.delimiter);
  return ['-cp', classpath, 'com.amazonaws.services.lambda.runtime.api.client.AWSLambda',
    'io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest'];
}
