import { eq } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { Executor } from '../../db/client.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../db/errors.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { lockHandling } from '../handlings/repository.js';
import { mayReadReasons, presentMeasures } from '../measures/presenter.js';
import {
  type ClientRow,
  digitsOf,
  findClient,
  measuresOfClients,
  recentHandlingsOf,
  recentIncidentsOf,
  searchClients,
} from './repository.js';
import type { TClient, TClientSummary, TCreateClientRequest, THandlingClient, TUpdateClientRequest } from './schema.js';
import { clients, handlingClients } from './tables.js';

/** How far back a client page looks for earlier handlings and incidents ("the client calls again"). */
const HISTORY_DAYS = 180;
/** "Recent weeks" on the live handling screen (issue 4): long enough to see a pattern of calling again. */
const RECENT_DAYS = 42;

/** Who may open an incident's case from the client page: those who follow incidents up. */
function mayOpenIncidents(user: SessionUser): boolean {
  return user.roles.includes('manager') || user.roles.includes('safety_officer');
}

function uniqueNumber(error: unknown): never {
  if (pgErrorCode(error) === UNIQUE_VIOLATION) throw new ProblemError(409, 'client_number_taken');
  throw error;
}

export async function findClients(ctx: AppContext, user: SessionUser, term: string): Promise<TClientSummary[]> {
  const rows = await searchClients(ctx.db, term);
  const measures = await presentMeasuresByClient(ctx, user, rows);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    clientNumber: row.clientNumber,
    phone: row.phone,
    activeMeasures: (measures.get(row.id) ?? []).filter((measure) => measure.active),
  }));
}

async function presentMeasuresByClient(ctx: AppContext, user: SessionUser, rows: ClientRow[]) {
  const measureRows = await measuresOfClients(
    ctx.db,
    rows.map((row) => row.id),
  );
  const presented = await presentMeasures(ctx.db, measureRows, user);
  const byClient = new Map<string, typeof presented>();
  measureRows.forEach((row, index) => {
    if (!row.clientId) return;
    const list = byClient.get(row.clientId) ?? [];
    list.push(presented[index] as (typeof presented)[number]);
    byClient.set(row.clientId, list);
  });
  return byClient;
}

export async function getClient(ctx: AppContext, user: SessionUser, id: string): Promise<TClient> {
  const client = await findClient(ctx.db, id);
  if (!client) throw new ProblemError(404, 'not_found');
  const since = new Date(Date.now() - HISTORY_DAYS * 86_400_000);
  const [measures, handlingRows, incidentRows] = await Promise.all([
    presentMeasuresByClient(ctx, user, [client]),
    recentHandlingsOf(ctx.db, id, since),
    recentIncidentsOf(ctx.db, id, since, user.roles.includes('safety_officer')),
  ]);
  const all = measures.get(id) ?? [];
  return {
    id: client.id,
    name: client.name,
    clientNumber: client.clientNumber,
    phone: client.phone,
    address: client.address,
    notes: client.notes,
    activeMeasures: all.filter((measure) => measure.active),
    measures: mayReadReasons(user) ? all : [],
    handlings: handlingRows.map((row) => ({ ...row, startedAt: row.startedAt.toISOString() })),
    incidents: incidentRows.map((row) => ({ ...row, occurredAt: row.occurredAt?.toISOString() ?? null })),
    canOpenIncidents: mayOpenIncidents(user),
  };
}

function normalised(input: TUpdateClientRequest) {
  return {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.clientNumber !== undefined
      ? { clientNumber: input.clientNumber === '' ? null : input.clientNumber }
      : {}),
    ...(input.phone !== undefined ? { phone: input.phone, phoneDigits: digitsOf(input.phone) } : {}),
    ...(input.address !== undefined ? { address: input.address } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
  };
}

/** What identifies a client as a person: the audit log only records that these changed (see AuditEntry.personal). */
const CLIENT_PERSONAL_FIELDS = ['name', 'clientNumber', 'phone', 'address', 'notes'];

export async function createClient(ctx: AppContext, user: SessionUser, input: TCreateClientRequest): Promise<string> {
  return ctx.db
    .transaction(async (tx) => {
      const [row] = await tx
        .insert(clients)
        .values({ name: input.name, createdBy: user.id, ...normalised(input) })
        .returning();
      if (!row) throw new Error('client insert returned nothing');
      await recordAudit(tx, actorOf(user), {
        action: 'client.created',
        entityType: 'client',
        entityId: row.id,
        after: { name: row.name, clientNumber: row.clientNumber, phone: row.phone, address: row.address },
        personal: CLIENT_PERSONAL_FIELDS,
      });
      return row.id;
    })
    .catch(uniqueNumber);
}

export async function updateClient(
  ctx: AppContext,
  user: SessionUser,
  id: string,
  input: TUpdateClientRequest,
): Promise<void> {
  await ctx.db
    .transaction(async (tx) => {
      const [before] = await tx.select().from(clients).where(eq(clients.id, id)).for('update');
      if (!before) throw new ProblemError(404, 'not_found');
      const changes = normalised(input);
      const [after] = await tx
        .update(clients)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(clients.id, id))
        .returning();
      await recordAudit(tx, actorOf(user), {
        action: 'client.updated',
        entityType: 'client',
        entityId: id,
        before: {
          name: before.name,
          clientNumber: before.clientNumber,
          phone: before.phone,
          address: before.address,
          notes: before.notes,
        },
        after: {
          name: after?.name,
          clientNumber: after?.clientNumber,
          phone: after?.phone,
          address: after?.address,
          notes: after?.notes,
        },
        personal: CLIENT_PERSONAL_FIELDS,
      });
    })
    .catch(uniqueNumber);
}

/** The client a handling is about, with active measures, for the handling screen; null when none is linked. */
export async function clientOfHandling(
  ctx: AppContext,
  user: SessionUser,
  handlingId: string,
): Promise<THandlingClient | null> {
  const [link] = await ctx.db.select().from(handlingClients).where(eq(handlingClients.handlingId, handlingId));
  if (!link) return null;
  const client = await findClient(ctx.db, link.clientId);
  if (!client) return null;
  const since = new Date(Date.now() - RECENT_DAYS * 86_400_000);
  const [measures, handlingRows, incidentRows] = await Promise.all([
    presentMeasuresByClient(ctx, user, [client]),
    recentHandlingsOf(ctx.db, client.id, since),
    recentIncidentsOf(ctx.db, client.id, since, user.roles.includes('safety_officer')),
  ]);
  const earlier = handlingRows.filter((row) => row.id !== handlingId);
  const moments = [
    ...earlier.map((row) => row.startedAt.getTime()),
    ...incidentRows.flatMap((row) => (row.occurredAt ? [row.occurredAt.getTime()] : [])),
  ];
  return {
    id: client.id,
    name: client.name,
    clientNumber: client.clientNumber,
    phone: client.phone,
    activeMeasures: (measures.get(client.id) ?? []).filter((measure) => measure.active),
    recent: {
      days: RECENT_DAYS,
      handlings: earlier.length,
      incidents: incidentRows.length,
      lastContactAt: moments.length > 0 ? new Date(Math.max(...moments)).toISOString() : null,
    },
  };
}

/** Links (or unlinks, with null) the client of a live handling; only the person handling it now may. */
export async function linkClient(
  ctx: AppContext,
  user: SessionUser,
  handlingId: string,
  clientId: string | null,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const handling = await lockHandling(tx, handlingId);
    if (!handling) throw new ProblemError(404, 'not_found');
    if (handling.handlerId !== user.id) throw new ProblemError(403, 'not_handler');
    if (clientId !== null && !(await findClient(tx, clientId)))
      throw new ProblemError(400, 'unknown_reference', { field: 'klant / client' });
    const [before] = await tx.select().from(handlingClients).where(eq(handlingClients.handlingId, handlingId));
    await tx.delete(handlingClients).where(eq(handlingClients.handlingId, handlingId));
    if (clientId !== null) await tx.insert(handlingClients).values({ handlingId, clientId, linkedBy: user.id });
    await recordAudit(tx, actorOf(user), {
      action: 'handling.client_linked',
      entityType: 'handling',
      entityId: handlingId,
      before: { clientId: before?.clientId ?? null },
      after: { clientId },
    });
  });
}

/** The client linked to a handling, for the draft report made when the handling closes. */
export async function linkedClientId(db: Executor, handlingId: string): Promise<string | null> {
  const [link] = await db.select().from(handlingClients).where(eq(handlingClients.handlingId, handlingId));
  return link?.clientId ?? null;
}
