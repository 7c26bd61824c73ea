// The webhooks the benchmark sends, each a new signed delivery with a fresh timestamp (the function refuses stale or
// replayed ones), and sending one to an instance with its answer checked.
import crypto from 'node:crypto';

import { functionUrlEvent } from './runtime-api.mjs';

/** Ordinary questions (decision none) over 50 conversations, each a new delivery with a fresh timestamp. */
export function plainMessages(keys) {
  let n = 0;
  return {
    next() {
      n++;
      const body = JSON.stringify({
        type: 'InboundMessage', locationId: 'l1C08ntBrFjLS0elLIYU', contactId: `bench-contact-${n % 50}`,
        conversationId: `bench-plain-${n % 50}`, messageType: 'WhatsApp', direction: 'inbound',
        body: 'What are your opening hours on Saturday?', messageId: `m-${n}`,
        timestamp: new Date().toISOString(), webhookId: crypto.randomUUID(),
      });
      return [body, { 'x-ghl-signature': keys.sign(body) }];
    },
  };
}

/** A customer's message in the sample contact's conversation (sample 01's contact, which the CRM sandbox knows). */
export function customerMessage(keys, conversationId, text) {
  const body = JSON.stringify({
    type: 'InboundMessage', locationId: 'l1C08ntBrFjLS0elLIYU', contactId: 'cI08i1Bls3iTB9bKgFJh', conversationId,
    messageType: 'SMS', direction: 'inbound', body: text, messageId: crypto.randomUUID(),
    timestamp: new Date().toISOString(), webhookId: crypto.randomUUID(),
  });
  return [body, { 'x-ghl-signature': keys.sign(body) }];
}

/** Sends one message; a failed invocation or a refusal ends the benchmark, as its figures would be wrong. */
export async function invoke(instance, [body, headers]) {
  const answer = await instance.runtime.invoke(functionUrlEvent(body, headers));
  if (!answer.ok) throw new Error(`invocation failed: ${answer.body}`);
  const response = JSON.parse(answer.body);
  if (response.statusCode >= 300) throw new Error(`answered ${response.statusCode}: ${response.body}`);
  return JSON.parse(response.body ?? '{}');
}
