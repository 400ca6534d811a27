import { randomBytes } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { queryRows } from '../../db/client.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { type DeliveryResult, deliverNow } from './dispatcher.js';
import { emitEvent } from './emit.js';
import type { WebhookScope } from './events.js';
import type { TDelivery, TWebhook, ZCreateWebhookRequest, ZUpdateWebhookRequest } from './schema.js';
import { webhookDeliveries, webhooks } from './tables.js';

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

/** Outside production a receiver on this machine is fine; in production a subscriber must use HTTPS. */
function assertUrlAllowed(ctx: AppContext, url: string): void {
  if (ctx.config.production && !url.startsWith('https://')) throw new ProblemError(400, 'webhook_https_required');
}

/** Every webhook with its delivery counts, or just the one asked for. */
export async function listWebhooks(ctx: AppContext, id?: string): Promise<TWebhook[]> {
  const rows = await queryRows<{
    id: string;
    name: string;
    url: string;
    events: string[];
    scope: WebhookScope;
    active: boolean;
    created_at: Date | string;
    delivered: number;
    failing: number;
    dead: number;
    last_delivery_at: Date | string | null;
  }>(
    ctx.db,
    sql`select w.id, w.name, w.url, w.events, w.scope, w.active, w.created_at,
               count(d.id) filter (where d.status = 'delivered')::int as delivered,
               count(d.id) filter (where d.status = 'failed')::int as failing,
               count(d.id) filter (where d.status = 'dead')::int as dead,
               max(d.delivered_at) as last_delivery_at
        from webhooks w left join webhook_deliveries d on d.webhook_id = w.id
        ${id ? sql`where w.id = ${id}` : sql``}
        group by w.id order by w.name`,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    url: row.url,
    events: row.events,
    scope: row.scope,
    active: row.active,
    createdAt: new Date(row.created_at).toISOString(),
    delivered: Number(row.delivered),
    failing: Number(row.failing),
    dead: Number(row.dead),
    lastDeliveryAt: row.last_delivery_at ? new Date(row.last_delivery_at).toISOString() : null,
  }));
}

async function findWebhook(ctx: AppContext, id: string): Promise<TWebhook> {
  const [found] = await listWebhooks(ctx, id);
  if (!found) throw new ProblemError(404, 'not_found');
  return found;
}

/** Creates a subscription; its secret is answered this once (and on rotation), never listed. */
export async function createWebhook(
  ctx: AppContext,
  admin: SessionUser,
  input: z.infer<typeof ZCreateWebhookRequest>,
): Promise<TWebhook & { secret: string }> {
  assertUrlAllowed(ctx, input.url);
  const secret = newSecret();
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhooks)
      .values({ ...input, secret, createdBy: admin.id })
      .returning();
    if (!row) throw new Error('webhook insert returned nothing');
    await recordAudit(tx, actorOf(admin), {
      action: 'webhook.created',
      entityType: 'webhook',
      entityId: row.id,
      after: { name: row.name, url: row.url, events: row.events, scope: row.scope },
    });
    return row.id;
  });
  return { ...(await findWebhook(ctx, id)), secret };
}

export async function updateWebhook(
  ctx: AppContext,
  admin: SessionUser,
  id: string,
  input: z.infer<typeof ZUpdateWebhookRequest>,
): Promise<TWebhook> {
  if (input.url) assertUrlAllowed(ctx, input.url);
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(webhooks).where(eq(webhooks.id, id)).for('update');
    if (!before) throw new ProblemError(404, 'not_found');
    const [after] = await tx
      .update(webhooks)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(webhooks.id, id))
      .returning();
    const { secret: _before, ...beforeShown } = before;
    const { secret: _after, ...afterShown } = after ?? before;
    await recordAudit(tx, actorOf(admin), {
      action: 'webhook.updated',
      entityType: 'webhook',
      entityId: id,
      before: beforeShown,
      after: afterShown,
    });
  });
  return findWebhook(ctx, id);
}

export async function rotateSecret(ctx: AppContext, admin: SessionUser, id: string): Promise<{ secret: string }> {
  const secret = newSecret();
  await ctx.db.transaction(async (tx) => {
    const changed = await tx
      .update(webhooks)
      .set({ secret, updatedAt: new Date() })
      .where(eq(webhooks.id, id))
      .returning();
    if (changed.length === 0) throw new ProblemError(404, 'not_found');
    await recordAudit(tx, actorOf(admin), { action: 'webhook.secret_rotated', entityType: 'webhook', entityId: id });
  });
  return { secret };
}

export async function deleteWebhook(ctx: AppContext, admin: SessionUser, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [removed] = await tx.delete(webhooks).where(eq(webhooks.id, id)).returning();
    if (!removed) throw new ProblemError(404, 'not_found');
    await recordAudit(tx, actorOf(admin), {
      action: 'webhook.deleted',
      entityType: 'webhook',
      entityId: id,
      before: { name: removed.name, url: removed.url },
    });
  });
}

/** The test button: a `webhook.test` event to this subscriber only, sent at once, with the answer it gave. */
export async function sendTest(ctx: AppContext, admin: SessionUser, id: string): Promise<DeliveryResult> {
  await findWebhook(ctx, id);
  const eventId = await ctx.db.transaction(async (tx) => {
    const event = await emitEvent(tx, 'webhook.test', { ids: { webhookId: id }, details: { sentBy: 'admin' } }, id);
    await recordAudit(tx, actorOf(admin), { action: 'webhook.tested', entityType: 'webhook', entityId: id });
    return event;
  });
  const [delivery] = await ctx.db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.eventId, eventId));
  if (!delivery) throw new ProblemError(404, 'not_found');
  return deliverNow(ctx.db, delivery.id);
}

export async function deliveriesOf(ctx: AppContext, id: string): Promise<TDelivery[]> {
  await findWebhook(ctx, id);
  const rows = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.webhookId, id))
    .orderBy(desc(webhookDeliveries.id))
    .limit(100);
  return rows.map((row) => ({
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    nextAttemptAt: row.status === 'failed' || row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
  }));
}
