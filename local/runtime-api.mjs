// A minimal AWS Lambda Runtime API, and invoking the function through it with the events AWS would hand it.
import crypto from 'node:crypto';
import http from 'node:http';

import { atShutdown, freePort } from './lifecycle.mjs';

/** A minimal AWS Lambda Runtime API: the function polls it for events and posts its answers back. */
export async function startRuntimeApi() {
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
  atShutdown(() => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }));
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

/** Builds the Function URL event for a raw body, as AWS would hand it to the function. */
export function functionUrlEvent(body, headers, rawPath = '/') {
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

export async function invoke(runtime, body, headers, rawPath = '/') {
  return answer(await runtime.invoke(functionUrlEvent(body, headers, rawPath)));
}

/** Invokes the function with an event that is no Function URL request: the one-minute schedule's input. */
export async function invokeScheduled(runtime, input) {
  return answer(await runtime.invoke(JSON.stringify(input)));
}

function answer(result) {
  if (!result.ok) return { status: 502, body: { error: 'function_error', detail: result.body } };
  const response = JSON.parse(result.body);
  return { status: response.statusCode, body: JSON.parse(response.body ?? '{}') };
}
