// ./run-local.sh bench: measures the packaged function the way run-local runs it (the jar under the Lambda runtime
// interface client, fed by a local Runtime API, dynalite as DynamoDB, WireMock as the CRM with a fixed delay) beside
// a hello-world Quarkus Lambda run the same way, and prints a table and one final JSON line (docs/performance.md).
//
// BENCH_CRM_DELAY_MS (50) the CRM's fixed delay; BENCH_ROUNDS (3) start-up rounds of each; BENCH_MESSAGES (2000)
// measured plain messages after BENCH_WARMUP (1500); BENCH_HANDOVERS (10); BENCH_JAVA_OPTS the JVM flags of both
// (default those of Lambda's managed Java runtime: -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto);
// BENCH_JAVA the java command (a JDK 25 for BENCH_AOT=true: a training run of each writes an AOT cache first).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { helloWorldJar, stackFloorJar } from './hello-world.mjs';

const number = (name, fallback) => Number(process.env[name] ?? fallback);

export async function bench(h) {
  const delayMs = number('BENCH_CRM_DELAY_MS', 50);
  const rounds = number('BENCH_ROUNDS', 3);
  const messages = number('BENCH_MESSAGES', 2000);
  const warmup = number('BENCH_WARMUP', 1500);
  // The flags the managed Java runtime of AWS Lambda starts a JVM with (C1 only, the serial collector).
  const javaOpts = (process.env.BENCH_JAVA_OPTS ?? '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto').split(/\s+/)
    // An AOT cache replaces the class-data sharing archive: the JVM refuses both.
    .filter((option) => option && !(process.env.BENCH_AOT === 'true' && option.startsWith('-Xshare')));
  const jars = { hello: helloWorldJar(h.root, h.log), floor: stackFloorJar(h.root, h.log) };
  const runner = fs.readdirSync(path.join(h.root, 'target')).find((f) => f.endsWith('-runner.jar'));
  const dynamo = await h.startDynalite();
  const crm = await h.startCrmSandbox();
  await fetch(`${crm.url}/__admin/settings`, { method: 'POST', body: JSON.stringify({ fixedDelay: delayMs }) });
  const keys = Object.assign(h.signingKeys({}), h.botSecrets({}));
  const baseEnv = { ...h.env, HANDOVER_FINGERPRINT_SALT: crypto.randomBytes(24).toString('base64url') };
  const plain = plainMessages(keys);
  const java = process.env.BENCH_JAVA ?? 'java';
  const aot = {};

  /** Starts one instance with its first invocation already queued; resolves once that invocation is answered. */
  async function start(kind, name) {
    const runtime = await h.startRuntimeApi();
    const env = h.functionEnv(baseEnv, dynamo, crm, keys, runtime);
    // Only the uncounted first start creates the table: in AWS the stack does, and init never asks.
    env.HANDOVER_TABLE_CREATE_IF_MISSING = String(name === 'bench-warm');
    const jar = jars[kind] ?? path.join(h.root, 'target', runner);
    const first = runtime.invoke(h.functionUrlEvent(...plain.next()));
    const started = process.hrtime.bigint();
    const child = h.spawnLogged(name, java, [...javaOpts, ...(aot[kind] ?? []), ...h.lambdaArgs(jar)], env);
    const answer = await first;
    const answered = process.hrtime.bigint();
    const millis = Number(answered - started) / 1e6;
    // The runtime client polls for its first event once the handler is built, that is once init is over.
    const firstInvocationMillis = Number(answered - runtime.firstPoll()) / 1e6;
    if (!answer.ok) throw new Error(`${name}: the first invocation failed: ${answer.body}`);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // SIGTERM lets a JVM write what it was asked to (a JFR recording with dumponexit); the next start waits for it.
    return { runtime, child, millis, firstInvocationMillis, stop: () => { child.stopping = true; child.kill('SIGTERM'); return exited; } };
  }

  h.log('start-up: one uncounted start (creates the table), then', rounds, 'rounds of each, in turn');
  await (await start('function', 'bench-warm')).stop();
  if (process.env.BENCH_AOT === 'true') {
    // JDK 25+: a training run of each writes its AOT cache, which every later start of it then maps.
    for (const kind of ['function', 'hello', 'floor']) {
      const file = path.join(h.root, 'target', 'bench', `${kind}.aot`);
      fs.rmSync(file, { force: true });
      aot[kind] = [`-XX:AOTCacheOutput=${file}`];
      const training = await start(kind, `bench-${kind}-training`);
      for (let i = 0; i < 200; i++) await invoke(training, h, plain.next());
      await training.stop();
      aot[kind] = [`-XX:AOTCache=${file}`];
    }
  }
  const startups = { function: [], hello: [], floor: [] };
  const firstInvocations = { function: [], hello: [], floor: [] };
  for (let i = 0; i < rounds; i++) {
    for (const kind of ['function', 'hello', 'floor']) {
      const instance = await start(kind, `bench-${kind}-${i}`);
      startups[kind].push(instance.millis);
      firstInvocations[kind].push(instance.firstInvocationMillis);
      await instance.stop();
    }
  }

  h.log(`steady state: ${warmup} warm-up then ${messages} measured plain messages, each instance`);
  const helloInstance = await start('hello', 'bench-hello');
  const noop = await series(helloInstance, () => plain.next(), h, dynamo, warmup, messages);
  noop.rss = rssMegabytes(helloInstance.child.pid);
  await helloInstance.stop();
  const floorInstance = await start('floor', 'bench-floor');
  const floor = await series(floorInstance, () => plain.next(), h, dynamo, warmup, messages);
  floor.rss = rssMegabytes(floorInstance.child.pid);
  await floorInstance.stop();

  const fn = await start('function', 'bench-function');
  const steady = await series(fn, () => plain.next(), h, dynamo, warmup, messages);
  const rss = rssMegabytes(fn.child.pid);
  const ddbPlain = await ddbCalls(dynamo, 50, () => invoke(fn, h, plain.next()));
  const duplicate = plain.next();
  await invoke(fn, h, duplicate);
  const ddbDuplicate = await ddbCalls(dynamo, 1, () => invoke(fn, h, duplicate));
  const handovers = await handoverRuns(fn, h, dynamo, crm, keys, delayMs, number('BENCH_HANDOVERS', 10));
  await fn.stop();

  const result = {
    startupMillis: Math.round(median(startups.function)),
    helloWorldStartupMillis: Math.round(median(startups.hello)),
    startupRatio: round2(median(startups.function) / median(startups.hello)),
    firstInvocationMillis: round2(median(firstInvocations.function)),
    helloWorldFirstInvocationMillis: round2(median(firstInvocations.hello)),
    plainP50Micros: Math.round(percentile(steady.latencies, 50)),
    plainP99Micros: Math.round(percentile(steady.latencies, 99)),
    noopP50Micros: Math.round(percentile(noop.latencies, 50)),
    noopP99Micros: Math.round(percentile(noop.latencies, 99)),
    cpuMicrosPerPlainMessage: Math.round(steady.cpuMicros),
    dynamoServerMicrosPerPlainMessage: Math.round(steady.dynamoServerMicros),
    helloWorldCpuMicrosPerMessage: Math.round(noop.cpuMicros),
    throughputPerSecondOneInstance: Math.round(steady.perSecond),
    ddbCallsPerPlainMessage: ddbPlain.total,
    ddbCallsPerDuplicate: ddbDuplicate.total,
    ddbCallsPerPaused: handovers.paused.total,
    ddbCallsPerHandover: handovers.ddbCalls,
    ddbCallsByOperation: { plain: ddbPlain.byOperation, duplicate: ddbDuplicate.byOperation,
      paused: handovers.paused.byOperation, handover: handovers.byOperation },
    crmRoundsPerHandover: handovers.rounds,
    handoverMillis: Math.round(handovers.millis),
    handoverToCriticalPathRatio: round2(handovers.millis / (handovers.rounds * delayMs)),
    handoverBeforeCrmMillis: handovers.beforeCrm,
    handoverBetweenRoundsMillis: handovers.betweenRounds,
    handoverAfterCrmMillis: handovers.afterCrm,
    rssMegabytes: Math.round(rss),
    helloWorldRssMegabytes: Math.round(noop.rss),
    stackFloorStartupMillis: Math.round(median(startups.floor)),
    stackFloorFirstInvocationMillis: round2(median(firstInvocations.floor)),
    stackFloorP50Micros: Math.round(percentile(floor.latencies, 50)),
    stackFloorP99Micros: Math.round(percentile(floor.latencies, 99)),
    stackFloorCpuMicrosPerMessage: Math.round(floor.cpuMicros),
    stackFloorThroughputPerSecond: Math.round(floor.perSecond),
    stackFloorRssMegabytes: Math.round(floor.rss),
    startupRatioToStackFloor: round2(median(startups.function) / median(startups.floor)),
    cpuRatioToStackFloor: round2(steady.cpuMicros / floor.cpuMicros),
    rssRatioToStackFloor: round2(rss / floor.rss),
    crmDelayMillis: delayMs,
    javaOptions: javaOpts.join(' '),
    java: `${java}${process.env.BENCH_AOT === 'true' ? ' with an AOT cache' : ''}`,
  };
  printTable(result);
  console.log(JSON.stringify(result));
}

/** Ordinary questions (decision none) over 50 conversations, each a new delivery with a fresh timestamp. */
function plainMessages(keys) {
  let n = 0;
  return {
    next() {
      n++;
      const body = JSON.stringify({
        type: 'InboundMessage', locationId: 'l1C08ntBrFjLS0elLIYU', contactId: `bench-contact-${n % 50}`,
        conversationId: `bench-plain-${n % 50}`, messageType: 'WhatsApp', direction: 'inbound',
        body: 'What are your opening hours on Saturday?', messageId: `m-${n}`,
        timestamp: new Date().toISOString(), webhookId: crypto.randomUUID(),
      });
      return [body, { 'x-ghl-signature': keys.sign(body) }];
    },
  };
}

async function invoke(instance, h, [body, headers]) {
  const answer = await instance.runtime.invoke(h.functionUrlEvent(body, headers));
  if (!answer.ok) throw new Error(`invocation failed: ${answer.body}`);
  const response = JSON.parse(answer.body);
  if (response.statusCode >= 300) throw new Error(`answered ${response.statusCode}: ${response.body}`);
  return JSON.parse(response.body ?? '{}');
}

/** Back-to-back invocations, as one Lambda instance takes them: latency each, and the JVM's CPU per message. */
async function series(instance, next, h, dynamo, warmup, count) {
  for (let i = 0; i < warmup; i++) await invoke(instance, h, next());
  const events = Array.from({ length: count }, () => h.functionUrlEvent(...next()));
  const latencies = [];
  const cpuBefore = cpuMicros(instance.child.pid);
  const dynamoBefore = dynamo.calls.serverNanos;
  const started = process.hrtime.bigint();
  for (const event of events) {
    const t0 = process.hrtime.bigint();
    const answer = await instance.runtime.invoke(event);
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e3);
    if (!answer.ok) throw new Error(`invocation failed: ${answer.body}`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { latencies, cpuMicros: (cpuMicros(instance.child.pid) - cpuBefore) / count, perSecond: count / seconds,
    dynamoServerMicros: Number(dynamo.calls.serverNanos - dynamoBefore) / 1e3 / count };
}

/** DynamoDB calls per run of {@code action}, from dynalite's own count of the requests it answered. */
async function ddbCalls(dynamo, runs, action) {
  const before = new Map(dynamo.calls);
  for (let i = 0; i < runs; i++) await action();
  const byOperation = {};
  let total = 0;
  for (const [operation, count] of dynamo.calls) {
    const delta = count - (before.get(operation) ?? 0);
    if (delta > 0) byOperation[operation] = round2(delta / runs);
    total += delta;
  }
  return { total: round2(total / runs), byOperation };
}

/**
 * Handovers of new conversations (sample 01's contact request): wall time, DynamoDB calls, and the CRM rounds
 * on the critical path, read from WireMock's journal as groups of requests that overlap in time.
 */
async function handoverRuns(instance, h, dynamo, crm, keys, delayMs, count) {
  const millis = [];
  const rounds = [];
  const parts = { before: [], between: [], after: [] };
  let conversation;
  const ddb = await ddbCalls(dynamo, count, async () => {
    await fetch(`${crm.url}/__admin/requests`, { method: 'DELETE' });
    conversation = `bench-handover-${crypto.randomUUID()}`;
    const sentAt = Date.now();
    const t0 = process.hrtime.bigint();
    const reply = await invoke(instance, h, customerMessage(keys, conversation, 'Hi, can I speak to a real person please?'));
    millis.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const answeredAt = Date.now();
    if (reply.decision !== 'handover') throw new Error(`expected a handover, got ${JSON.stringify(reply)}`);
    const journal = (await (await fetch(`${crm.url}/__admin/requests`)).json()).requests;
    if (process.env.BENCH_TIMELINE === 'true') {
      // Where a handover's time goes: each CRM request's start and length, from the first one.
      const first = Math.min(...journal.map((r) => r.request.loggedDate));
      h.log(`handover ${millis.at(-1).toFixed(1)} ms:`, journal.map((r) => `${r.request.method} ${r.request.url.split('?')[0]} `
        + `+${r.request.loggedDate - first} ms (${r.timing?.totalTime} ms)`).reverse().join(', '));
    }
    const intervals = journal.map((r) => [r.request.loggedDate, r.request.loggedDate + (r.timing?.totalTime ?? delayMs)]);
    rounds.push(overlapGroups(intervals));
    // The handover's time outside the CRM's answers (WireMock logs on the same clock, to the millisecond): before the
    // first request (the claim and the episode's writes), between the rounds, and after the last answer (the
    // checkpoint and the reply).
    const first = Math.min(...intervals.map(([start]) => start));
    const last = Math.max(...intervals.map(([, stop]) => stop));
    parts.before.push(first - sentAt);
    parts.between.push(last - first - busyMillis(intervals));
    parts.after.push(answeredAt - last);
  });
  // The conversation just handed over is paused: its next message costs what a paused one does.
  const paused = await ddbCalls(dynamo, 1, async () => {
    const reply = await invoke(instance, h, customerMessage(keys, conversation, 'hello?'));
    if (reply.decision !== 'paused') throw new Error(`expected paused, got ${JSON.stringify(reply)}`);
  });
  return { millis: median(millis), rounds: median(rounds), ddbCalls: ddb.total, byOperation: ddb.byOperation, paused,
    beforeCrm: median(parts.before), betweenRounds: median(parts.between), afterCrm: median(parts.after) };
}

function customerMessage(keys, conversationId, text) {
  const body = JSON.stringify({
    type: 'InboundMessage', locationId: 'l1C08ntBrFjLS0elLIYU', contactId: 'cI08i1Bls3iTB9bKgFJh', conversationId,
    messageType: 'SMS', direction: 'inbound', body: text, messageId: crypto.randomUUID(),
    timestamp: new Date().toISOString(), webhookId: crypto.randomUUID(),
  });
  return [body, { 'x-ghl-signature': keys.sign(body) }];
}

/** How long at least one of the intervals was open. */
function busyMillis(intervals) {
  let busy = 0;
  let end = -Infinity;
  for (const [start, stop] of [...intervals].sort((a, b) => a[0] - b[0])) {
    busy += Math.max(0, stop - Math.max(start, end));
    end = Math.max(end, stop);
  }
  return busy;
}

function overlapGroups(intervals) {
  intervals.sort((a, b) => a[0] - b[0]);
  let groups = 0;
  let end = -Infinity;
  for (const [start, stop] of intervals) {
    if (start >= end) groups++;
    end = Math.max(end, stop);
  }
  return groups;
}

const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim() || 100);

function cpuMicros(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 1e6 / ticksPerSecond;
}

function rssMegabytes(pid) {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]) / 1024;
}

function median(values) {
  return percentile(values, 50);
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function round2(x) {
  return Math.round(x * 100) / 100;
}

function printTable(r) {
  const rows = [
    ['start of the JVM to the first response (ms)', r.startupMillis, r.helloWorldStartupMillis, `${r.startupRatio}x`],
    ['of which the first invocation, after init (ms)', r.firstInvocationMillis, r.helloWorldFirstInvocationMillis, ''],
    ['latency p50 / p99 (µs)', `${r.plainP50Micros} / ${r.plainP99Micros}`, `${r.noopP50Micros} / ${r.noopP99Micros}`, 'hello world: the harness floor'],
    ['CPU per message (µs)', r.cpuMicrosPerPlainMessage, r.helloWorldCpuMicrosPerMessage, 'the JVM\'s own (user + system)'],
    ['dynalite serving the message\'s calls (µs, mean)', r.dynamoServerMicrosPerPlainMessage, '', 'inside the latency, not the CPU'],
    ['one instance, back to back (/s)', r.throughputPerSecondOneInstance, '', ''],
    ['DynamoDB calls: plain / duplicate / paused / handover', `${r.ddbCallsPerPlainMessage} / ${r.ddbCallsPerDuplicate} / ${r.ddbCallsPerPaused} / ${r.ddbCallsPerHandover}`, '', 'counted by dynalite'],
    [`handover wall time, CRM delay ${r.crmDelayMillis} ms (ms)`, r.handoverMillis, '', `${r.crmRoundsPerHandover} CRM rounds: ${r.handoverToCriticalPathRatio}x`],
    ['of which outside the CRM: before / between rounds / after (ms)', `${r.handoverBeforeCrmMillis} / ${r.handoverBetweenRoundsMillis} / ${r.handoverAfterCrmMillis}`, '', 'medians'],
    ['RSS after warm-up (MB)', r.rssMegabytes, r.helloWorldRssMegabytes, `${round2(r.rssMegabytes / r.helloWorldRssMegabytes)}x`],
  ];
  console.log('| figure | this function | hello world | note |\n|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  // The fixed stack's own cost: what no code of the product can take below.
  const floorRows = [
    ['start of the JVM to the first response (ms)', r.startupMillis, r.stackFloorStartupMillis, `${r.startupRatioToStackFloor}x`],
    ['of which the first invocation, after init (ms)', r.firstInvocationMillis, r.stackFloorFirstInvocationMillis, ''],
    ['latency p50 / p99 (µs)', `${r.plainP50Micros} / ${r.plainP99Micros}`, `${r.stackFloorP50Micros} / ${r.stackFloorP99Micros}`, 'both: one DynamoDB write'],
    ['CPU per message (µs)', r.cpuMicrosPerPlainMessage, r.stackFloorCpuMicrosPerMessage, `${r.cpuRatioToStackFloor}x`],
    ['one instance, back to back (/s)', r.throughputPerSecondOneInstance, r.stackFloorThroughputPerSecond, ''],
    ['RSS after warm-up (MB)', r.rssMegabytes, r.stackFloorRssMegabytes, `${r.rssRatioToStackFloor}x`],
  ];
  console.log('\n| figure | this function | stack floor | note |\n|---|---|---|---|');
  for (const row of floorRows) console.log(`| ${row.join(' | ')} |`);
}
