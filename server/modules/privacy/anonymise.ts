import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { alarms } from '../alarms/tables.js';
import { recoveryCodes, sessions } from '../auth/tables.js';
import { clients, handlingClients } from '../clients/tables.js';
import { judgeReports } from '../dashboard/facts.js';
import { alarmProfiles } from '../duty/tables.js';
import { handlingEvents, handlings } from '../handlings/tables.js';
import { incidentAttachments } from '../incidents/attachments-tables.js';
import { incidents, ordegesprekken } from '../incidents/tables.js';
import { clientMeasures } from '../measures/tables.js';
import { ssoIdentities } from '../sso/tables.js';
import { userRoles, users } from '../users/tables.js';
import type { ErasureOutcome } from './tables.js';

/**
 * Anonymisation keeps every row (so counts per office, department, form, channel and period stay as they were)
 * and replaces what identifies a person: names, numbers, addresses and all free text. It runs inside the caller's
 * transaction, so it is done completely or not at all. The same code serves an erasure request and the
 * retention job.
 */
export const ANONYMISED_NAME = 'Geanonimiseerd';

/** A person named in a report without an account of their own is replaced by a placeholder (the count stays). */
function anonymisedPeople(column: typeof incidents.involved | typeof incidents.witnesses, userId?: string) {
  const keep = userId
    ? sql`(p->>'userId') is not null and (p->>'userId') <> ${userId}`
    : sql`(p->>'userId') is not null`;
  return sql`coalesce((select jsonb_agg(case when ${keep} then p
      else jsonb_build_object('name', ${ANONYMISED_NAME}::text, 'userId', p->'userId') end)
    from jsonb_array_elements(${column}) as p), '[]'::jsonb)`;
}

function count(outcome: ErasureOutcome, key: string, amount: number): void {
  if (amount > 0) outcome[key] = (outcome[key] ?? 0) + amount;
}

export function mergeOutcomes(...outcomes: ErasureOutcome[]): ErasureOutcome {
  const merged: ErasureOutcome = {};
  for (const outcome of outcomes) for (const [key, amount] of Object.entries(outcome)) count(merged, key, amount);
  return merged;
}

/**
 * The free text of these incident reports (facts, quotes, the client's description, the place, consequences,
 * feedback, people without an account) and of their ordegesprekken; attachments (photos, e-mails) are removed.
 * Form, channel, phase, dates, office, department and the yes/no facts stay: they are the figures.
 */
export async function anonymiseIncidents(tx: Tx, incidentIds: string[]): Promise<ErasureOutcome> {
  const outcome: ErasureOutcome = {};
  if (incidentIds.length === 0) return outcome;
  const changed = await tx
    .update(incidents)
    .set({
      clientDescription: '',
      facts: '',
      quotes: '',
      locationDetail: '',
      consequences: '',
      feedback: '',
      involved: anonymisedPeople(incidents.involved),
      witnesses: anonymisedPeople(incidents.witnesses),
      updatedAt: new Date(),
    })
    .where(inArray(incidents.id, incidentIds))
    .returning({ id: incidents.id });
  count(outcome, 'incidents', changed.length);
  // Emptied facts hold no judgements: the dashboard's count follows (sent reports only).
  await judgeReports(
    tx,
    changed.map((row) => row.id),
  );
  const talks = await tx
    .update(ordegesprekken)
    .set({ participants: '', location: '', outcome: '', agreements: '' })
    .where(inArray(ordegesprekken.incidentId, incidentIds))
    .returning({ id: ordegesprekken.id });
  count(outcome, 'ordegesprekken', talks.length);
  const removed = await tx
    .delete(incidentAttachments)
    .where(inArray(incidentAttachments.incidentId, incidentIds))
    .returning({ id: incidentAttachments.id });
  count(outcome, 'attachments_removed', removed.length);
  return outcome;
}

/** A client: the record itself, every report about them, their measures' reasons and the handlings linked to them. */
export async function anonymiseClient(tx: Tx, clientId: string): Promise<ErasureOutcome> {
  const outcome: ErasureOutcome = {};
  const updated = await tx
    .update(clients)
    .set({
      name: ANONYMISED_NAME,
      clientNumber: null,
      phone: '',
      phoneDigits: '',
      address: '',
      notes: '',
      updatedAt: new Date(),
    })
    .where(eq(clients.id, clientId))
    .returning({ id: clients.id });
  count(outcome, 'clients', updated.length);
  const reports = await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.clientId, clientId));
  const fromIncidents = await anonymiseIncidents(
    tx,
    reports.map((row) => row.id),
  );
  const measures = await tx
    .update(clientMeasures)
    .set({
      reason: '',
      approvalNote: '',
      details: sql`${clientMeasures.details} - 'contactName' - 'policeReference' - 'restriction'`,
    })
    .where(eq(clientMeasures.clientId, clientId))
    .returning({ id: clientMeasures.id });
  count(outcome, 'measures', measures.length);
  const linked = tx
    .select({ id: handlingClients.handlingId })
    .from(handlingClients)
    .where(eq(handlingClients.clientId, clientId));
  const summaries = await tx
    .update(handlings)
    .set({ summary: '' })
    .where(inArray(handlings.id, linked))
    .returning({ id: handlings.id });
  count(outcome, 'handlings', summaries.length);
  await tx.update(handlingEvents).set({ reason: null }).where(inArray(handlingEvents.handlingId, linked));
  return mergeOutcomes(outcome, fromIncidents);
}

/**
 * An employee: the account is closed and stripped of name, address, secrets and sessions; reports about them lose
 * their free text (health effects, consequences); elsewhere their name in a report becomes the placeholder.
 * Reports they wrote about a colleague keep their text: that is the colleague's case.
 */
export async function anonymiseEmployee(tx: Tx, userId: string): Promise<ErasureOutcome> {
  const outcome: ErasureOutcome = {};
  const updated = await tx
    .update(users)
    .set({
      name: ANONYMISED_NAME,
      email: `geanonimiseerd-${userId}@invalid`,
      passwordHash: null,
      active: false,
      mustChangePassword: false,
      totpSecret: null,
      totpPendingSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      lastLoginAt: null,
      updatedAt: new Date(),
    })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  count(outcome, 'employees', updated.length);
  const ended = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  count(outcome, 'sessions_ended', ended.length);
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.delete(ssoIdentities).where(eq(ssoIdentities.userId, userId));
  await tx.delete(userRoles).where(eq(userRoles.userId, userId));
  await tx.delete(alarmProfiles).where(eq(alarmProfiles.userId, userId));
  const about = await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.employeeId, userId));
  const fromIncidents = await anonymiseIncidents(
    tx,
    about.map((row) => row.id),
  );
  const mentioned = await tx
    .update(incidents)
    .set({
      involved: anonymisedPeople(incidents.involved, userId),
      witnesses: anonymisedPeople(incidents.witnesses, userId),
    })
    .where(
      and(
        sql`${incidents.employeeId} <> ${userId}`,
        or(
          sql`${incidents.involved} @> ${JSON.stringify([{ userId }])}::jsonb`,
          sql`${incidents.witnesses} @> ${JSON.stringify([{ userId }])}::jsonb`,
        ),
      ),
    )
    .returning({ id: incidents.id });
  count(outcome, 'mentions', mentioned.length);
  const rooms = await tx
    .update(alarms)
    .set({ room: '' })
    .where(eq(alarms.raisedBy, userId))
    .returning({ id: alarms.id });
  count(outcome, 'alarms', rooms.length);
  return mergeOutcomes(outcome, fromIncidents);
}
