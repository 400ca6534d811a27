import { randomUUID } from 'node:crypto';
import { and, arrayContains, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { type EventData, payloadFor, type WebhookEvent, type WebhookScope } from './events.js';
import { webhookDeliveries, webhooks } from './tables.js';

/**
 * Queues an event for every active subscriber, inside the caller's transaction (the outbox): it is sent only when
 * that transaction commits, and then until it arrives.
 */
export async function emitEvent(tx: Executor, type: WebhookEvent, data: EventData, only?: string): Promise<string> {
  const id = randomUUID();
  const occurredAt = new Date().toISOString();
  // The admin's test goes to the one webhook asked for; real events to every active subscriber of their type.
  const subscribers = await tx
    .select({ id: webhooks.id, scope: webhooks.scope })
    .from(webhooks)
    .where(only ? eq(webhooks.id, only) : and(eq(webhooks.active, true), arrayContains(webhooks.events, [type])));
  if (subscribers.length === 0) return id;
  await tx.insert(webhookDeliveries).values(
    subscribers.map((subscriber) => ({
      webhookId: subscriber.id,
      eventId: id,
      eventType: type,
      payload: payloadFor(subscriber.scope as WebhookScope, { id, type, occurredAt, data }),
    })),
  );
  return id;
}
