// What the benchmark measures of a running instance: latency and CPU over a series of messages, DynamoDB calls from
// dynalite's own count, and the JVM's resident memory.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

import { invoke } from './bench-messages.mjs';
import { round2 } from './bench-stats.mjs';
import { functionUrlEvent } from './runtime-api.mjs';

/** Back-to-back invocations, as one Lambda instance takes them: latency each, and the JVM's CPU per message. */
export async function series(instance, next, dynamo, warmup, count) {
  for (let i = 0; i < warmup; i++) await invoke(instance, next());
  const events = Array.from({ length: count }, () => functionUrlEvent(...next()));
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
export async function ddbCalls(dynamo, runs, action) {
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

const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim() || 100);

function cpuMicros(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 1e6 / ticksPerSecond;
}

export function rssMegabytes(pid) {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line.split(/\s+/)[1]) / 1024;
}
