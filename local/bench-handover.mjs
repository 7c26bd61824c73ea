// The benchmark's handovers: their wall time, DynamoDB calls, and how many CRM rounds lie on their critical path.
import crypto from 'node:crypto';

import { customerMessage, invoke } from './bench-messages.mjs';
import { ddbCalls } from './bench-measure.mjs';
import { median } from './bench-stats.mjs';
import { log } from './lifecycle.mjs';

/**
 * Handovers of new conversations (sample 01's contact request): wall time, DynamoDB calls, and the CRM rounds
 * on the critical path, read from WireMock's journal as groups of requests that overlap in time.
 */
export async function handoverRuns(instance, dynamo, crm, keys, delayMs, count) {
  const millis = [];
  const rounds = [];
  const parts = { before: [], between: [], after: [] };
  let conversation;
  const ddb = await ddbCalls(dynamo, count, async () => {
    await fetch(`${crm.url}/__admin/requests`, { method: 'DELETE' });
    conversation = `bench-handover-${crypto.randomUUID()}`;
    const sentAt = Date.now();
    const t0 = process.hrtime.bigint();
    const reply = await invoke(instance, customerMessage(keys, conversation, 'Hi, can I speak to a real person please?'));
    millis.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const answeredAt = Date.now();
    if (reply.decision !== 'handover') throw new Error(`expected a handover, got ${JSON.stringify(reply)}`);
    const journal = (await (await fetch(`${crm.url}/__admin/requests`)).json()).requests;
    if (process.env.BENCH_TIMELINE === 'true') {
      // Where a handover's time goes: each CRM request's start and length, from the first one.
      const first = Math.min(...journal.map((r) => r.request.loggedDate));
      log(`handover ${millis.at(-1).toFixed(1)} ms:`, journal.map((r) => `${r.request.method} ${r.request.url.split('?')[0]} `
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
    const reply = await invoke(instance, customerMessage(keys, conversation, 'hello?'));
    if (reply.decision !== 'paused') throw new Error(`expected paused, got ${JSON.stringify(reply)}`);
  });
  return { millis: median(millis), rounds: median(rounds), ddbCalls: ddb.total, byOperation: ddb.byOperation, paused,
    beforeCrm: median(parts.before), betweenRounds: median(parts.between), afterCrm: median(parts.after) };
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

/** The number of groups of intervals that overlap: CRM requests in flight together make one round. */
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
