// The WireMock sandbox of the HighLevel API v2 (its answers: local/crm-sandbox/mappings), and its journal of the
// requests the function made, which the replay prints per sample.
import path from 'node:path';

import { freePort, log, root, spawnLogged, waitFor } from './lifecycle.mjs';

export async function startCrmSandbox() {
  const jar = path.join(root, 'target', 'local-tools', 'wiremock-standalone.jar');
  const port = await freePort();
  const child = spawnLogged('crm-sandbox', 'java', ['-jar', jar, '--port', String(port), '--bind-address', '127.0.0.1',
    '--root-dir', path.join(root, 'local', 'crm-sandbox'), '--disable-banner']);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/__admin/health`)).ok, 30_000, 'the CRM sandbox (WireMock)', child);
  log(`CRM: WireMock sandbox speaking the HighLevel API v2 at ${url}`);
  return { url, sandbox: true };
}

/** The CRM requests since the last call, oldest first, as "METHOD url"; null for a CRM that is not the sandbox. */
export async function crmRequests(crm) {
  if (!crm.sandbox) return null;
  const journal = await (await fetch(`${crm.url}/__admin/requests`)).json();
  await fetch(`${crm.url}/__admin/requests`, { method: 'DELETE' });
  return journal.requests.reverse().map((r) => `${r.request.method} ${r.request.url}`);
}
