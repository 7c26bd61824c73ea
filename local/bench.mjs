// ./run-local.sh bench: measures the packaged function the way run-local runs it (the jar under the Lambda runtime
// interface client, fed by a local Runtime API, dynalite as DynamoDB, WireMock as the CRM with a fixed delay) beside
// a hello-world Quarkus Lambda run the same way, and prints a table and one final JSON line (docs/performance.md).
//
// BENCH_CRM_DELAY_MS (50) the CRM's fixed delay; BENCH_ROUNDS (3) start-up rounds of each; BENCH_MESSAGES (2000)
// measured plain messages after BENCH_WARMUP (1500); BENCH_HANDOVERS (10); BENCH_JAVA_OPTS the JVM flags of both
// (default those of Lambda's managed Java runtime: -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto);
// BENCH_JAVA the java command (a JDK 25 for BENCH_AOT=true: a training run of each writes an AOT cache first).
//
// This file runs the benchmark in its order; its parts have modules of their own: bench-instances (starting and
// timing an instance), bench-messages, bench-measure (latency, CPU, DynamoDB calls, memory), bench-handover,
// bench-stats and bench-report (the result and its tables).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { handoverRuns } from './bench-handover.mjs';
import { instanceStarter } from './bench-instances.mjs';
import { ddbCalls, rssMegabytes, series } from './bench-measure.mjs';
import { invoke, plainMessages } from './bench-messages.mjs';
import { printTable, summarize } from './bench-report.mjs';
import { startCrmSandbox } from './crm-sandbox.mjs';
import { botSecrets, signingKeys } from './credentials.mjs';
import { startDynalite } from './dynalite.mjs';
import { helloWorldJar, stackFloorJar } from './hello-world.mjs';
import { log, root } from './lifecycle.mjs';

const number = (name, fallback) => Number(process.env[name] ?? fallback);

export async function bench(env) {
  const delayMs = number('BENCH_CRM_DELAY_MS', 50);
  const rounds = number('BENCH_ROUNDS', 3);
  const messages = number('BENCH_MESSAGES', 2000);
  const warmup = number('BENCH_WARMUP', 1500);
  // The flags the managed Java runtime of AWS Lambda starts a JVM with (C1 only, the serial collector).
  const javaOpts = (process.env.BENCH_JAVA_OPTS ?? '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto').split(/\s+/)
    // An AOT cache replaces the class-data sharing archive: the JVM refuses both.
    .filter((option) => option && !(process.env.BENCH_AOT === 'true' && option.startsWith('-Xshare')));
  const jars = { hello: helloWorldJar(root, log), floor: stackFloorJar(root, log) };
  const runner = fs.readdirSync(path.join(root, 'target')).find((f) => f.endsWith('-runner.jar'));
  const dynamo = await startDynalite();
  const crm = await startCrmSandbox();
  await fetch(`${crm.url}/__admin/settings`, { method: 'POST', body: JSON.stringify({ fixedDelay: delayMs }) });
  const keys = Object.assign(signingKeys({}), botSecrets({}));
  const baseEnv = { ...env, HANDOVER_FINGERPRINT_SALT: crypto.randomBytes(24).toString('base64url') };
  const plain = plainMessages(keys);
  const java = process.env.BENCH_JAVA ?? 'java';
  const aot = {};
  const start = instanceStarter({ baseEnv, dynamo, crm, keys, jars, runner, java, javaOpts, aot, plain });

  log('start-up: one uncounted start (creates the table), then', rounds, 'rounds of each, in turn');
  await (await start('function', 'bench-warm')).stop();
  if (process.env.BENCH_AOT === 'true') {
    // JDK 25+: a training run of each writes its AOT cache, which every later start of it then maps.
    for (const kind of ['function', 'hello', 'floor']) {
      const file = path.join(root, 'target', 'bench', `${kind}.aot`);
      fs.rmSync(file, { force: true });
      aot[kind] = [`-XX:AOTCacheOutput=${file}`];
      const training = await start(kind, `bench-${kind}-training`);
      for (let i = 0; i < 200; i++) await invoke(training, plain.next());
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

  log(`steady state: ${warmup} warm-up then ${messages} measured plain messages, each instance`);
  const helloInstance = await start('hello', 'bench-hello');
  const noop = await series(helloInstance, () => plain.next(), dynamo, warmup, messages);
  noop.rss = rssMegabytes(helloInstance.child.pid);
  await helloInstance.stop();
  const floorInstance = await start('floor', 'bench-floor');
  const floor = await series(floorInstance, () => plain.next(), dynamo, warmup, messages);
  floor.rss = rssMegabytes(floorInstance.child.pid);
  await floorInstance.stop();

  const fn = await start('function', 'bench-function');
  const steady = await series(fn, () => plain.next(), dynamo, warmup, messages);
  const rss = rssMegabytes(fn.child.pid);
  const ddbPlain = await ddbCalls(dynamo, 50, () => invoke(fn, plain.next()));
  const duplicate = plain.next();
  await invoke(fn, duplicate);
  const ddbDuplicate = await ddbCalls(dynamo, 1, () => invoke(fn, duplicate));
  const handovers = await handoverRuns(fn, dynamo, crm, keys, delayMs, number('BENCH_HANDOVERS', 10));
  await fn.stop();

  const result = summarize({ startups, firstInvocations, steady, noop, floor, rss, ddbPlain, ddbDuplicate, handovers,
    delayMs, javaOpts, java });
  printTable(result);
  console.log(JSON.stringify(result));
}
