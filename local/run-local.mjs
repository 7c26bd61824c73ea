// Runs the packaged function locally the way AWS Lambda runs it: the JVM jar under the AWS Lambda runtime interface
// client, fed by a local Runtime API, with dynalite as DynamoDB and WireMock as a HighLevel CRM sandbox.
//
//   node local/run-local.mjs            replay every sample in samples/ and print one JSON line per sample
//   node local/run-local.mjs serve      keep running; POST your own webhooks to the printed URL
//   node local/run-local.mjs bench      measure start-up, latency, CPU and DynamoDB calls (local/bench.mjs)
//
// stdout carries only the JSON lines (replay) so that it can be piped; progress goes to stderr.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const workDir = path.join(root, 'target', 'run-local');
const log = (...args) => console.error('[run-local]', ...args);
const children = [];
const closers = [];

async function main() {
  const mode = process.argv[2] ?? 'replay';
  if (!['replay', 'serve', 'bench'].includes(mode)) {
    throw new Error(`unknown subcommand '${mode}': use replay (default), serve or bench`);
  }
  fs.mkdirSync(workDir, { recursive: true });
  const env = { ...process.env };
  if (mode === 'bench') {
    const { bench } = await import('./bench.mjs');
    await bench({ root, log, startDynalite, startCrmSandbox, signingKeys, botSecrets, functionEnv, startRuntimeApi,
      spawnLogged, functionUrlEvent, lambdaArgs, env });
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

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startDynalite() {
  const dynalite = require('dynalite');
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  // The server's own count of the API calls it answered, by operation (the benchmark reads it).
  const calls = new Map();
  calls.serverNanos = 0n;
  server.on('request', (req, res) => {
    const operation = String(req.headers['x-amz-target'] ?? '?').split('.').pop();
    calls.set(operation, (calls.get(operation) ?? 0) + 1);
    const received = process.hrtime.bigint();
    res.on('finish', () => { calls.serverNanos += process.hrtime.bigint() - received; });
  });
  const port = await freePort();
  await new Promise((resolve, reject) => server.listen(port, '127.0.0.1', (err) => (err ? reject(err) : resolve())));
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  const url = `http://127.0.0.1:${port}`;
  log(`DynamoDB: dynalite at ${url}`);
  return { url, sandbox: true, calls };
}

async function startCrmSandbox() {
  const jar = path.join(root, 'target', 'local-tools', 'wiremock-standalone.jar');
  const port = await freePort();
  const child = spawnLogged('crm-sandbox', 'java', ['-jar', jar, '--port', String(port), '--bind-address', '127.0.0.1',
    '--root-dir', path.join(root, 'local', 'crm-sandbox'), '--disable-banner']);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/__admin/health`)).ok, 30_000, 'the CRM sandbox (WireMock)', child);
  log(`CRM: WireMock sandbox speaking the HighLevel API v2 at ${url}`);
  return { url, sandbox: true };
}

/** Generates this run's webhook signing keys, unless the environment names the keys the function must trust. */
function signingKeys(env) {
  if (env.HANDOVER_WEBHOOK_ED25519_PUBLIC_KEY) {
    log('webhook keys: from the environment; the local emulator cannot sign, send your own x-ghl-signature');
    return null;
  }
  const ed25519 = crypto.generateKeyPairSync('ed25519');
  const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = (key) => key.export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    ed25519, rsa,
    ed25519Public: der(ed25519.publicKey),
    rsaPublic: der(rsa.publicKey),
    sign: (body) => crypto.sign(null, Buffer.from(body), ed25519.privateKey).toString('base64'),
    signRsa: (body) => crypto.sign('sha256', Buffer.from(body), rsa.privateKey).toString('base64'),
  };
}

/** The secrets of the sample bots (samples/bots.yaml reads them with env:NAME); generated unless given. */
function botSecrets(env) {
  const make = () => crypto.randomBytes(24).toString('base64url');
  const eventSecret = env.DEMO_BOT_EVENT_SECRET ?? make();
  const workflowSecret = env.DEMO_BOT_WORKFLOW_SECRET ?? make();
  const gatedSecret = env.GATED_BOT_EVENT_SECRET ?? make();
  return {
    eventSecret, workflowSecret, gatedSecret,
    hmac: (body) => 'sha256=' + crypto.createHmac('sha256', eventSecret).update(body).digest('hex'),
  };
}

function functionEnv(env, dynamo, crm, keys, runtime) {
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

/**
 * Plays the webhook of the sample bot behind the function (gated-bot's forwardTo): checks each forward's
 * x-handover-signature as a bot would, with the bot's eventSecret, and answers 202 (401 when it does not match).
 * Returns the calls it received since it was last asked, as "METHOD path".
 */
async function startBotWebhook(keys) {
  let calls = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const expected = 'sha256=' + crypto.createHmac('sha256', keys.gatedSecret).update(Buffer.concat(chunks)).digest('hex');
      const given = String(req.headers['x-handover-signature'] ?? '');
      const valid = given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
      calls.push(`${req.method} ${new URL(req.url, 'http://localhost').pathname}${valid ? '' : ' (bad signature)'}`);
      res.writeHead(valid ? 202 : 401, { 'content-type': 'application/json' }).end(valid ? '{"ok":true}' : '{"error":"bad signature"}');
    });
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }));
  keys.botHook = `http://127.0.0.1:${port}/hook`;
  log(`bot behind the function (gated-bot): webhook at ${keys.botHook}`);
  return { taken: () => { const taken = calls; calls = []; return taken; } };
}

/** A minimal AWS Lambda Runtime API: the function polls it for events and posts its answers back. */
async function startRuntimeApi() {
  const queue = [];
  const waiting = [];
  const pending = new Map();
  let failed = null;
  let firstPoll = null;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.method === 'GET' && req.url.endsWith('/runtime/invocation/next')) {
        firstPoll ??= process.hrtime.bigint(); // the end of the function's init
        const deliver = (invocation) => {
          res.writeHead(200, {
            'content-type': 'application/json',
            'lambda-runtime-aws-request-id': invocation.id,
            'lambda-runtime-deadline-ms': String(Date.now() + 30_000),
            'lambda-runtime-invoked-function-arn': 'arn:aws:lambda:us-east-1:000000000000:function:human-handover-local',
            'lambda-runtime-trace-id': `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${crypto.randomBytes(12).toString('hex')};Sampled=0`,
          });
          res.end(invocation.event);
        };
        const next = queue.shift();
        if (next) deliver(next); else waiting.push(deliver);
        return;
      }
      const match = req.url.match(/\/runtime\/invocation\/([^/]+)\/(response|error)$/);
      if (req.method === 'POST' && match) {
        const done = pending.get(match[1]);
        pending.delete(match[1]);
        res.writeHead(202).end('{}');
        if (done) done(match[2] === 'response' ? { ok: true, body } : { ok: false, body });
        return;
      }
      if (req.method === 'POST' && req.url.endsWith('/runtime/init/error')) {
        failed = body;
        res.writeHead(202).end('{}');
        return;
      }
      res.writeHead(404).end();
    });
  });
  server.keepAliveTimeout = 0;
  server.requestTimeout = 0;
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }));
  return {
    port,
    initError: () => failed,
    firstPoll: () => firstPoll,
    invoke(event) {
      const id = crypto.randomUUID();
      return new Promise((resolve) => {
        pending.set(id, resolve);
        const invocation = { id, event };
        const waiter = waiting.shift();
        if (waiter) waiter(invocation); else queue.push(invocation);
      });
    },
  };
}

async function startFunction(env) {
  const runner = fs.readdirSync(path.join(root, 'target')).find((f) => f.endsWith('-runner.jar'));
  if (!runner) throw new Error('target/*-runner.jar is missing: run ./mvnw package first');
  const child = spawnLogged('function', 'java', ['-XX:TieredStopAtLevel=1', ...lambdaArgs(path.join(root, 'target', runner))], env);
  log(`function: packaged JVM jar under the Lambda runtime interface client (log: ${path.relative(root, child.logFile)})`);
  return child;
}

/** The java arguments that run a packaged Quarkus Lambda jar under the Lambda runtime interface client. */
function lambdaArgs(runnerJar) {
  const tools = path.join(root, 'target', 'local-tools');
  const classpath = [runnerJar,
    ...['aws-lambda-java-runtime-interface-client', 'aws-lambda-java-serialization', 'utils-lite']
      .map((jar) => path.join(tools, `${jar}.jar`))].join(path.delimiter);
  return ['-cp', classpath, 'com.amazonaws.services.lambda.runtime.api.client.AWSLambda',
    'io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest'];
}

function spawnLogged(name, command, args, env = process.env) {
  const logFile = path.join(workDir, `${name}.log`);
  const out = fs.openSync(logFile, 'w');
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', out, out] });
  child.logFile = logFile;
  child.on('exit', (code, signal) => {
    if (!child.stopping) {
      log(`${name} exited (${code ?? signal}); its log:\n${tail(logFile)}`);
      shutdown(1);
    }
  });
  children.push(child);
  return child;
}

function tail(file) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitFor(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
}

/** Builds the Function URL event for a raw body, as AWS would hand it to the function. */
function functionUrlEvent(body, headers, rawPath = '/') {
  const now = new Date();
  return JSON.stringify({
    version: '2.0', routeKey: '$default', rawPath, rawQueryString: '',
    headers: { 'content-type': 'application/json', ...headers },
    requestContext: {
      accountId: 'anonymous', apiId: 'local', domainName: 'localhost', requestId: crypto.randomUUID(),
      http: { method: 'POST', path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: headers['user-agent'] ?? 'local' },
      stage: '$default', time: now.toUTCString(), timeEpoch: now.getTime(),
    },
    body, isBase64Encoded: false,
  });
}

async function invoke(runtime, body, headers, rawPath = '/') {
  return answer(await runtime.invoke(functionUrlEvent(body, headers, rawPath)));
}

/** Invokes the function with an event that is no Function URL request: the one-minute schedule's input. */
async function invokeScheduled(runtime, input) {
  return answer(await runtime.invoke(JSON.stringify(input)));
}

function answer(result) {
  if (!result.ok) return { status: 502, body: { error: 'function_error', detail: result.body } };
  const response = JSON.parse(result.body);
  return { status: response.statusCode, body: JSON.parse(response.body ?? '{}') };
}

async function crmRequests(crm) {
  if (!crm.sandbox) return null;
  const journal = await (await fetch(`${crm.url}/__admin/requests`)).json();
  await fetch(`${crm.url}/__admin/requests`, { method: 'DELETE' });
  return journal.requests.reverse().map((r) => `${r.request.method} ${r.request.url}`);
}

async function replay(runtime, crm, keys, bot) {
  if (!keys) throw new Error('replay signs the samples itself: unset HANDOVER_WEBHOOK_ED25519_PUBLIC_KEY');
  const dir = path.join(root, 'samples');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  await crmRequests(crm);
  let mismatches = 0;
  for (const file of files) {
    const sample = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    // A sample may wait (for a short pause to end) and may be the schedule's invocation rather than a request.
    if (sample.waitSeconds) await new Promise((resolve) => setTimeout(resolve, sample.waitSeconds * 1000));
    let reply;
    if (sample.schedule) {
      reply = await invokeScheduled(runtime, sample.schedule);
    } else {
      const { body, headers } = prepare(sample, keys);
      reply = await invoke(runtime, body, headers, sample.path ?? '/');
    }
    const expect = sample.expect ?? {};
    const line = {
      sample: file,
      status: reply.status,
      decision: reply.body.decision ?? null,
      scenario: reply.body.scenario ?? null,
      botPaused: reply.body.botPaused ?? null,
      crmCalls: (await crmRequests(crm)) ?? reply.body.actions?.map((a) => `${a.action}: ${a.status}`) ?? [],
    };
    if (reply.body.shadow) line.shadow = true;
    if ('forwarded' in reply.body) line.forwarded = reply.body.forwarded;
    if (reply.body.held) line.held = true;
    const botCalls = bot?.taken() ?? [];
    if (botCalls.length || 'botCalls' in expect) line.botCalls = botCalls;
    if (reply.body.sweep) line.sweep = reply.body.sweep;
    if (reply.body.error) line.error = `${reply.body.error}: ${reply.body.detail}`;
    if (reply.body.reason) line.reason = reply.body.reason;
    console.log(JSON.stringify(line));
    if ((expect.status && expect.status !== reply.status) || (expect.decision && expect.decision !== line.decision)
        || (expect.scenario && expect.scenario !== line.scenario)
        || ('shadow' in expect && expect.shadow !== (line.shadow ?? false))
        || ('botPaused' in expect && expect.botPaused !== line.botPaused)
        || ('forwarded' in expect && expect.forwarded !== line.forwarded)
        || ('held' in expect && expect.held !== (line.held ?? false))
        || (expect.botCalls && JSON.stringify(expect.botCalls) !== JSON.stringify(line.botCalls))
        || (crm.sandbox && expect.crmCalls && JSON.stringify(expect.crmCalls) !== JSON.stringify(line.crmCalls))) {
      mismatches++;
      log(`${file}: expected ${JSON.stringify(expect)}, got status ${reply.status} decision ${line.decision}`);
    }
  }
  log(`${files.length} samples replayed, ${mismatches} not as expected`);
  return mismatches === 0;
}

/** Stamps the sample with the current time (the function refuses stale webhooks) and signs it as HighLevel would. */
function prepare(sample, keys) {
  const payload = structuredClone(sample.body);
  if ('timestamp' in payload) payload.timestamp = new Date().toISOString();
  const body = JSON.stringify(payload);
  const headers = { 'user-agent': 'HighLevel-Webhooks (run-local)', ...(sample.headers ?? {}) };
  switch (sample.signature ?? 'ed25519') {
    case 'ed25519': headers['x-ghl-signature'] = keys.sign(body); break;
    case 'rsa': headers['x-wh-signature'] = keys.signRsa(body); break;
    case 'invalid': headers['x-ghl-signature'] = keys.sign(body + ' '); break;
    case 'hmac': headers['x-handover-signature'] = keys.hmac(body); break;
    case 'workflow-secret': headers['x-handover-secret'] = keys.workflowSecret; break;
    case 'none': break;
    default: throw new Error(`unknown signature kind ${sample.signature}`);
  }
  return { body, headers };
}

/**
 * Plays the sender's part for unauthenticated requests: HighLevel's signature, the bot's HMAC or workflow secret. An
 * unsigned generic event without a timestamp is stamped with the current time before it is signed, as its sender
 * would (the function refuses /events without a fresh one). Returns the body to send.
 */
function authenticate(route, body, headers, keys) {
  if (route === '/events') {
    if (!headers['x-handover-signature']) {
      body = stamped(body);
      headers['x-handover-signature'] = keys.hmac(body);
    }
  } else if (route === '/workflow') {
    headers['x-handover-secret'] ??= keys.workflowSecret;
  } else if (!headers['x-ghl-signature'] && !headers['x-wh-signature']) {
    headers['x-ghl-signature'] = keys.sign(body);
  }
  return body;
}

function stamped(body) {
  try {
    const payload = JSON.parse(body);
    if (payload && typeof payload === 'object' && !Array.isArray(payload) && !('timestamp' in payload)) {
      return JSON.stringify({ ...payload, timestamp: new Date().toISOString() });
    }
  } catch {
    // not JSON: sent as it is, for the function to refuse
  }
  return body;
}

async function serve(runtime, keys, crm, bot) {
  const port = Number(process.env.PORT ?? 8787);
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      let body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      const route = new URL(req.url, 'http://localhost').pathname;
      if (keys && body) body = authenticate(route, body, headers, keys);
      const reply = await invoke(runtime, body, headers, route);
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply.body));
      const calls = await crmRequests(crm);
      const botCalls = bot?.taken() ?? [];
      log(`${req.method} ${req.url} -> ${reply.status} ${reply.body.decision ?? reply.body.error}${calls ? ` crm: ${JSON.stringify(calls)}` : ''}${botCalls.length ? ` bot: ${JSON.stringify(botCalls)}` : ''}`);
    });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  console.log(`The handover function is running. POST webhooks to http://127.0.0.1:${port}/ , for example:

  curl -s http://127.0.0.1:${port}/ -H 'content-type: application/json' \\
    --data '{"type":"InboundMessage","locationId":"${process.env.HANDOVER_BOTS_FILE || process.env.HANDOVER_BOTS_DOCUMENT ? 'your-location-id' : 'l1C08ntBrFjLS0elLIYU'}","conversationId":"conv1","contactId":"contact1","messageType":"SMS","body":"can I talk to a human?","timestamp":"'$(date -u +%Y-%m-%dT%H:%M:%SZ)'","webhookId":"'$(date +%s%N)'"}'

Paths: / HighLevel webhooks, /workflow workflow webhooks, /events generic JSON events (bots: ${process.env.HANDOVER_BOTS_FILE ?? 'samples/bots.yaml, location l1C08ntBrFjLS0elLIYU, bot demo-bot'}).
${keys ? 'Unauthenticated requests are authenticated by this local endpoint as their sender would (HighLevel\'s signature with\nthe run\'s test key, the demo bot\'s HMAC or workflow secret); send your own headers to exercise the checks.'
    : 'Webhook keys come from the environment: send a valid x-ghl-signature or x-wh-signature header.'}
Samples: samples/*.json (their "body"). CRM calls are printed below${crm.sandbox ? ' from the WireMock sandbox' : ''}. Ctrl-C stops everything.`);
  await new Promise(() => {});
}

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    child.stopping = true;
    child.kill('SIGTERM');
  }
  for (const close of closers) await close().catch(() => {});
  process.exit(code);
}

process.on('SIGINT', () => shutdown(130));
process.on('SIGTERM', () => shutdown(143));
main().catch((err) => {
  log(`failed: ${err.message}`);
  shutdown(1);
});
