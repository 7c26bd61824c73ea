// dynalite, an open-source DynamoDB, in this process: the local run's DynamoDB unless HANDOVER_DYNAMODB_ENDPOINT names one.
import { createRequire } from 'node:module';

import { atShutdown, freePort, log } from './lifecycle.mjs';

const require = createRequire(import.meta.url);

export async function startDynalite() {
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
  atShutdown(() => new Promise((resolve) => server.close(resolve)));
  const url = `http://127.0.0.1:${port}`;
  log(`DynamoDB: dynalite at ${url}`);
  return { url, sandbox: true, calls };
}
