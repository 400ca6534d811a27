import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { afterFailure, claimDue } from '../../db/outbox.js';
import { drain, startLoop } from '../../jobs/loop.js';
import { sign } from './signature.js';
import { webhookDeliveries, webhooks } from './tables.js';

/** Back-off between attempts; after the last one the delivery is dead and shows so in the log. */
export const RETRY_DELAYS_SECONDS = [10, 30, 120, 600, 3600, 6 * 3600, 24 * 3600];
const TIMEOUT_MS = 5000;
/** While one process sends a delivery, others leave it alone; after a crash it is picked up when this passes. */
const LEASE_SECONDS = 60;
const BATCH = 20;

export interface DeliveryResult {
  status: 'delivered' | 'failed' | 'dead';
  statusCode: number | null;
  error: string | null;
}

async function post(
  url: string,
  secret: string,
  delivery: { id: number; eventId: string; eventType: string; payload: unknown },
) {
  const body = JSON.stringify(delivery.payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const response = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    signal: AbortSignal.timeout(TIMEOUT_MS),
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Regie-Webhooks/1',
      'x-regie-event': delivery.eventType,
      'x-regie-delivery': delivery.eventId,
      'x-regie-timestamp': timestamp,
      'x-regie-signature': sign(secret, timestamp, body),
    },
    body,
  });
  await response.body?.cancel();
  return response.status;
}

/** Sends one claimed delivery and records the outcome. */
async function deliver(db: Db, id: number, now: Date): Promise<DeliveryResult> {
  const [row] = await db
    .select({
      id: webhookDeliveries.id,
      eventId: webhookDeliveries.eventId,
      eventType: webhookDeliveries.eventType,
      payload: webhookDeliveries.payload,
      attempts: webhookDeliveries.attempts,
      url: webhooks.url,
      secret: webhooks.secret,
    })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .where(eq(webhookDeliveries.id, id));
  if (!row) return { status: 'dead', statusCode: null, error: 'gone' };
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    statusCode = await post(row.url, row.secret, row);
    if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
  } catch (caught) {
    error =
      caught instanceof Error
        ? caught.cause instanceof Error
          ? caught.cause.message
          : caught.message
        : String(caught);
  }
  const attempts = row.attempts + 1;
  if (!error) {
    await db
      .update(webhookDeliveries)
      .set({ status: 'delivered', attempts, lastStatusCode: statusCode, lastError: null, deliveredAt: new Date() })
      .where(eq(webhookDeliveries.id, id));
    return { status: 'delivered', statusCode, error: null };
  }
  const next = afterFailure(attempts, RETRY_DELAYS_SECONDS, now);
  await db
    .update(webhookDeliveries)
    .set({ ...next, attempts, lastStatusCode: statusCode, lastError: error.slice(0, 500) })
    .where(eq(webhookDeliveries.id, id));
  return { status: next.status, statusCode, error };
}

const OUTBOX = {
  table: webhookDeliveries,
  id: webhookDeliveries.id,
  status: webhookDeliveries.status,
  nextAttemptAt: webhookDeliveries.nextAttemptAt,
};

/** Claims due deliveries (any process may run this at the same time), then sends them. */
export async function dispatchDue(db: Db, now = new Date()): Promise<number> {
  const claimed = await claimDue(db, OUTBOX, { batch: BATCH, leaseSeconds: LEASE_SECONDS, now });
  for (const id of claimed) await deliver(db, id, now);
  return claimed.length;
}

/** Sends one delivery now (the admin's test button), whatever its schedule. */
export function deliverNow(db: Db, id: number): Promise<DeliveryResult> {
  return deliver(db, id, new Date());
}

/** The background loop every process runs; stops cleanly on shutdown. */
export function startDispatcher(db: Db, onError: (error: unknown) => void, intervalMs = 2000): () => Promise<void> {
  return startLoop(
    drain(() => dispatchDue(db)),
    onError,
    intervalMs,
  );
}
