// Starting a measured instance (the function, the hello world or the stack floor) the way run-local runs the function,
// timing its start-up up to the answer of its first invocation.
import path from 'node:path';

import { functionEnv, lambdaArgs } from './lambda.mjs';
import { root, spawnLogged } from './lifecycle.mjs';
import { functionUrlEvent, startRuntimeApi } from './runtime-api.mjs';

/**
 * Returns start(kind, name), which starts one instance of kind (function, hello or floor) with its first invocation
 * already queued and resolves once that invocation is answered. aot is read at each start: the AOT training runs
 * change it between starts.
 */
export function instanceStarter({ baseEnv, dynamo, crm, keys, jars, runner, java, javaOpts, aot, plain }) {
  return async function start(kind, name) {
    const runtime = await startRuntimeApi();
    const env = functionEnv(baseEnv, dynamo, crm, keys, runtime);
    // Only the uncounted first start creates the table: in AWS the stack does, and init never asks.
    env.HANDOVER_TABLE_CREATE_IF_MISSING = String(name === 'bench-warm');
    const jar = jars[kind] ?? path.join(root, 'target', runner);
    const first = runtime.invoke(functionUrlEvent(...plain.next()));
    const started = process.hrtime.bigint();
    const child = spawnLogged(name, java, [...javaOpts, ...(aot[kind] ?? []), ...lambdaArgs(jar)], env);
    const answer = await first;
    const answered = process.hrtime.bigint();
    const millis = Number(answered - started) / 1e6;
    // The runtime client polls for its first event once the handler is built, that is once init is over.
    const firstInvocationMillis = Number(answered - runtime.firstPoll()) / 1e6;
    if (!answer.ok) throw new Error(`${name}: the first invocation failed: ${answer.body}`);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // SIGTERM lets a JVM write what it was asked to (a JFR recording with dumponexit); the next start waits for it.
    return { runtime, child, millis, firstInvocationMillis, stop: () => { child.stopping = true; child.kill('SIGTERM'); return exited; } };
  };
}
