// The run's webhook signing keys and the sample bots' secrets: generated per run, so that nothing secret is committed.
import crypto from 'node:crypto';

import { log } from './lifecycle.mjs';

/** Generates this run's webhook signing keys, unless the environment names the keys the function must trust. */
export function signingKeys(env) {
  if (env.HANDOVER_WEBHOOK_ED25519_PUBLIC_KEY) {
    log('webhook keys: from the environment; the local emulator cannot sign, send your own x-ghl-signature');
    return null;
  }
  const ed25519 = crypto.generateKeyPairSync('ed25519');
  const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = (key) => key.export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    ed25519, rsa,
    ed25519Public: der(ed25519.publicKey),
    rsaPublic: der(rsa.publicKey),
    sign: (body) => crypto.sign(null, Buffer.from(body), ed25519.privateKey).toString('base64'),
    signRsa: (body) => crypto.sign('sha256', Buffer.from(body), rsa.privateKey).toString('base64'),
  };
}

/** The secrets of the sample bots (samples/bots.yaml reads them with env:NAME); generated unless given. */
export function botSecrets(env) {
  const make = () => crypto.randomBytes(24).toString('base64url');
  const eventSecret = env.DEMO_BOT_EVENT_SECRET ?? make();
  const workflowSecret = env.DEMO_BOT_WORKFLOW_SECRET ?? make();
  const gatedSecret = env.GATED_BOT_EVENT_SECRET ?? make();
  return {
    eventSecret, workflowSecret, gatedSecret,
    hmac: (body) => 'sha256=' + crypto.createHmac('sha256', eventSecret).update(body).digest('hex'),
  };
}
