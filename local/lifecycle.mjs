// The local run's processes and servers: where they log, the ports they take, and stopping them all together, so that
// no child (the function, WireMock) outlives the run, whichever way it ends.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const workDir = path.join(root, 'target', 'run-local');
// Progress goes to stderr: stdout carries only the results (the replay's JSON lines, the benchmark's tables).
export const log = (...args) => console.error('[run-local]', ...args);
const children = [];
const closers = [];

/** Registers what closes a server at shutdown. */
export function atShutdown(close) {
  closers.push(close);
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a child logging into target/run-local/<name>.log; one that exits unasked ends the run, with its log. */
export function spawnLogged(name, command, args, env = process.env) {
  const logFile = path.join(workDir, `${name}.log`);
  const out = fs.openSync(logFile, 'w');
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', out, out] });
  child.logFile = logFile;
  child.on('exit', (code, signal) => {
    if (!child.stopping) {
      log(`${name} exited (${code ?? signal}); its log:\n${tail(logFile)}`);
      shutdown(1);
    }
  });
  children.push(child);
  return child;
}

function tail(file) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

export async function waitFor(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
}

let stopping = false;
export async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    child.stopping = true;
    child.kill('SIGTERM');
  }
  for (const close of closers) await close().catch(() => {});
  process.exit(code);
}
