// ./run-local.sh serve: a local HTTP endpoint in front of the function, so that your own webhooks (curl, a tunnel)
// reach it as Function URL events; it signs unauthenticated ones as their sender would.
import http from 'node:http';

import { crmRequests } from './crm-sandbox.mjs';
import { atShutdown, log } from './lifecycle.mjs';
import { invoke } from './runtime-api.mjs';

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

export async function serve(runtime, keys, crm, bot) {
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
  atShutdown(() => new Promise((resolve) => server.close(resolve)));
  console.log(`The handover function is running. POST webhooks to http://127.0.0.1:${port}/ , for example:

  curl -s http://127.0.0.1:${port}/ -H 'content-type: application/json' \\
    --data '{"type":"InboundMessage","locationId":"${process.env.HANDOVER_BOTS_FILE || process.env.HANDOVER_BOTS_DOCUMENT ? 'your-location-id' : 'l1C08ntBrFjLS0elLIYU'}","conversationId":"conv1","contactId":"contact1","messageType":"SMS","body":"can I talk to a human?","timestamp":"'$(date -u +%Y-%m-%dT%H:%M:%SZ)'","webhookId":"'$(date +%s%N)'"}'

Paths: / HighLevel webhooks, /workflow workflow webhooks, /events generic JSON events (bots: ${process.env.HANDOVER_BOTS_FILE ?? 'samples/bots.yaml, location l1C08ntBrFjLS0elLIYU, bot demo-bot'}).
${keys ? 'Unauthenticated requests are authenticated by this local endpoint as their sender would (HighLevel\'s signature with\nthe run\'s test key, the demo bot\'s HMAC or workflow secret); send your own headers to exercise the checks.'
    : 'Webhook keys come from the environment: send a valid x-ghl-signature or x-wh-signature header.'}
Samples: samples/*.json (their "body"). CRM calls are printed below${crm.sandbox ? ' from the WireMock sandbox' : ''}. Ctrl-C stops everything.`);
  await new Promise(() => {});
}
