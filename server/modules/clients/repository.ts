import { and, desc, eq, gte, ilike, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { handlings } from '../handlings/tables.js';
import { incidents } from '../incidents/tables.js';
import { clientMeasures } from '../measures/tables.js';
import { clients, handlingClients } from './tables.js';

export type ClientRow = typeof clients.$inferSelect;
export type MeasureRow = typeof clientMeasures.$inferSelect;

/** Digits only, with the Dutch country code as the 0 people type: "+31 6 1234" and "06 1234" are the same. */
export function digitsOf(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+31')) return `0${digits.slice(2)}`;
  if (digits.startsWith('0031')) return `0${digits.slice(4)}`;
  return digits;
}

/** Escapes LIKE wildcards so a search for "50%" looks for those characters. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
}

export async function findClient(db: Executor, id: string): Promise<ClientRow | undefined> {
  const [row] = await db.select().from(clients).where(eq(clients.id, id));
  return row;
}

/** Clients whose name or client number contains the term, or whose phone number contains its digits. */
export function searchClients(db: Executor, term: string) {
  const digits = digitsOf(term);
  const conditions = [ilike(clients.name, likePattern(term)), ilike(clients.clientNumber, likePattern(term))];
  if (digits.length >= 3) conditions.push(sql`${clients.phoneDigits} like ${likePattern(digits)}`);
  return db
    .select()
    .from(clients)
    .where(term === '' ? undefined : or(...conditions))
    .orderBy(clients.name)
    .limit(25);
}

export function measuresOfClients(db: Executor, clientIds: string[]): Promise<MeasureRow[]> {
  if (clientIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(clientMeasures)
    .where(inArray(clientMeasures.clientId, clientIds))
    .orderBy(desc(clientMeasures.decidedAt));
}

export function recentHandlingsOf(db: Executor, clientId: string, since: Date) {
  return db
    .select({
      id: handlings.id,
      startedAt: handlings.startedAt,
      procedureKey: handlings.procedureKey,
      channel: handlings.channel,
      phase: handlings.phase,
    })
    .from(handlingClients)
    .innerJoin(handlings, eq(handlings.id, handlingClients.handlingId))
    .where(and(eq(handlingClients.clientId, clientId), gte(handlings.startedAt, since)))
    .orderBy(desc(handlings.startedAt))
    .limit(20);
}

/** Submitted incidents with the client; reports routed to the safety officer only for them. */
export function recentIncidentsOf(db: Executor, clientId: string, since: Date, includeSafetyRouted: boolean) {
  return db
    .select({
      id: incidents.id,
      occurredAt: incidents.occurredAt,
      channel: incidents.channel,
      forms: incidents.forms,
      phase: incidents.phase,
      caseStatus: incidents.caseStatus,
    })
    .from(incidents)
    .where(
      and(
        eq(incidents.clientId, clientId),
        eq(incidents.status, 'submitted'),
        isNotNull(incidents.occurredAt),
        gte(incidents.occurredAt, since),
        includeSafetyRouted ? undefined : ne(incidents.routeTo, 'safety_officer'),
      ),
    )
    .orderBy(desc(incidents.occurredAt))
    .limit(20);
}
