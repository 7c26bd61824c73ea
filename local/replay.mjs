// ./run-local.sh (the default): replays every samples/*.json through the function and prints one JSON line per
// sample; a sample's "expect" says what it must answer, and the run fails when one does not.
import fs from 'node:fs';
import path from 'node:path';

import { crmRequests } from './crm-sandbox.mjs';
import { log, root } from './lifecycle.mjs';
import { invoke, invokeScheduled } from './runtime-api.mjs';

export async function replay(runtime, crm, keys, bot) {
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
