// Runs the packaged function locally the way AWS Lambda runs it: the JVM jar under the AWS Lambda runtime interface
// client, fed by a local Runtime API, with dynalite as DynamoDB and WireMock as a HighLevel CRM sandbox.
//
//   node local/run-local.mjs            replay every sample in samples/ and print one JSON line per sample
//   node local/run-local.mjs serve      keep running; POST your own webhooks to the printed URL
//   node local/run-local.mjs bench      measure start-up, latency, CPU and DynamoDB calls (local/bench.mjs)
//
// stdout carries only the JSON lines (replay) so that it can be piped; progress goes to stderr. Each part has a module
// of its own: lifecycle (children, ports, shutdown), dynalite, crm-sandbox, credentials, lambda (the function under
// the runtime interface client), runtime-api, bot-webhook, replay and serve.
import fs from 'node:fs';

import { startBotWebhook } from './bot-webhook.mjs';
import { startCrmSandbox } from './crm-sandbox.mjs';
import { botSecrets, signingKeys } from './credentials.mjs';
import { startDynalite } from './dynalite.mjs';
import { functionEnv, startFunction } from './lambda.mjs';
import { log, shutdown, workDir } from './lifecycle.mjs';
import { replay } from './replay.mjs';
import { startRuntimeApi } from './runtime-api.mjs';
import { serve } from './serve.mjs';

async function main() {
  const mode = process.argv[2] ?? 'replay';
  if (!['replay', 'serve', 'bench'].includes(mode)) {
    throw new Error(`unknown subcommand '${mode}': use replay (default), serve or bench`);
  }
  fs.mkdirSync(workDir, { recursive: true });
  const env = { ...process.env };
  if (mode === 'bench') {
    // Imported only here: the benchmark's yardsticks are not needed by the other subcommands.
    const { bench } = await import('./bench.mjs');
    await bench(env);
    return shutdown(0);
  }
  const dynamo = env.HANDOVER_DYNAMODB_ENDPOINT ? external('DynamoDB', env.HANDOVER_DYNAMODB_ENDPOINT) : await startDynalite();
  const crm = env.HANDOVER_CRM_BASE_URL ? external('CRM', env.HANDOVER_CRM_BASE_URL) : await startCrmSandbox();
  const keys = signingKeys(env);
  keys && Object.assign(keys, botSecrets(env));
  const bot = keys ? await startBotWebhook(keys) : null;
  const runtime = await startRuntimeApi();
  await startFunction(functionEnv(env, dynamo, crm, keys, runtime));
  if (mode === 'replay') {
    const ok = await replay(runtime, crm, keys, bot);
    await shutdown(ok ? 0 : 1);
  } else {
    await serve(runtime, keys, crm, bot);
  }
}

function external(what, url) {
  log(`${what}: using ${url} from the environment`);
  return { url, sandbox: false };
}

process.on('SIGINT', () => shutdown(130));
process.on('SIGTERM', () => shutdown(143));
main().catch((err) => {
  log(`failed: ${err.message}`);
  shutdown(1);
});
