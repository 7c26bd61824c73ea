// The webhook of the sample bot behind the function (gated-bot), so that the replay can show what the function
// forwards to a bot and that a bot can check its signature.
import crypto from 'node:crypto';
import http from 'node:http';

import { atShutdown, freePort, log } from './lifecycle.mjs';

/**
 * Plays the webhook of the sample bot behind the function (gated-bot's forwardTo): checks each forward's
 * x-handover-signature as a bot would, with the bot's eventSecret, and answers 202 (401 when it does not match).
 * Returns the calls it received since it was last asked, as "METHOD path".
 */
export async function startBotWebhook(keys) {
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
  atShutdown(() => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }));
  keys.botHook = `http://127.0.0.1:${port}/hook`;
  log(`bot behind the function (gated-bot): webhook at ${keys.botHook}`);
  return { taken: () => { const taken = calls; calls = []; return taken; } };
}
