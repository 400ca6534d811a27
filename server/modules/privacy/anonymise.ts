import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { aftercareCheckins, incidentDebriefs, incidentEvaluations } from '../aftercare/tables.js';
import { alarms } from '../alarms/tables.js';
import { recoveryCodes, sessions } from '../auth/tables.js';
import { clients, handlingClients } from '../clients/tables.js';
import { confidentialMessages, confidentialNotes, confidentialReports } from '../confidential/tables.js';
import { judgeReports } from '../dashboard/facts.js';
import { alarmProfiles } from '../duty/tables.js';
import { handlingEvents, handlings } from '../handlings/tables.js';
import { incidentAttachments } from '../incidents/attachments-tables.js';
import { incidents, ordegesprekken } from '../incidents/tables.js';
import { measureLetters } from '../letters/tables.js';
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
  // The debrief and the evaluation are the case's own text: who took part, what went well, the triggers seen. The
  // protocol proposals they led to stay: they are about the protocol, not about a person.
  const debriefs = await tx
    .update(incidentDebriefs)
    .set({ participants: '', wentWell: '', couldBeSharper: '', triggers: '', updatedAt: new Date() })
    .where(inArray(incidentDebriefs.incidentId, incidentIds))
    .returning({ id: incidentDebriefs.incidentId });
  count(outcome, 'debriefs', debriefs.length);
  const evaluations = await tx
    .update(incidentEvaluations)
    .set({ explanation: '', updatedAt: new Date() })
    .where(inArray(incidentEvaluations.incidentId, incidentIds))
    .returning({ id: incidentEvaluations.incidentId });
  count(outcome, 'evaluations', evaluations.length);
  return outcome;
}

/**
 * Aftercare check-ins lose what the person answered (what they need, how they are, the referrals they asked for)
 * and what the manager wrote of the conversation. The dates stay (planned, due, answered, held): they are the
 * "aftercare on time" figures. Absence rows hold no text, only days, and stay for the absence figures.
 */
export async function anonymiseAftercare(
  tx: Tx,
  of: { personId: string } | { incidentsBefore: Date },
): Promise<ErasureOutcome> {
  const outcome: ErasureOutcome = {};
  // By content, not by the incident's mark: an incident anonymised earlier for its client kept its aftercare (the
  // employee's, not the client's), and retention must still reach it.
  const notEmpty = sql`(${aftercareCheckins.needs} <> '' or ${aftercareCheckins.notes} <> ''
    or ${aftercareCheckins.agreements} <> '' or ${aftercareCheckins.wellbeing} is not null
    or ${aftercareCheckins.referrals} <> '[]'::jsonb)`;
  const which =
    'personId' in of
      ? eq(aftercareCheckins.personId, of.personId)
      : sql`${aftercareCheckins.incidentId} in (select i.id from incidents i
          where coalesce(i.occurred_at, i.created_at) < ${of.incidentsBefore.toISOString()}::timestamptz)`;
  const changed = await tx
    .update(aftercareCheckins)
    .set({ needs: '', wellbeing: null, referrals: [], notes: '', agreements: '' })
    .where(and(which, notEmpty))
    .returning({ id: aftercareCheckins.id });
  count(outcome, 'aftercare_checkins', changed.length);
  return outcome;
}

/**
 * Confidential reports (PSA, seed 001) lose everything that tells who reported and what they told: the report
 * becomes anonymous (no reporter, no contact), its description, the people involved, the conversation and the
 * counsellor's notes are emptied. Category, wish, status and dates stay.
 *
 * Deliberately NOT counted in the outcome: the outcome is shown to the safety officer on the privacy request and
 * written to the audit log, which the administrator reads; a count would tell them that this person went to the
 * confidential counsellor, which the confidential route promises nobody but the counsellor learns
 * (docs/ARCHITECTURE.md). The retention job (which names nobody) counts them.
 */
export async function anonymiseConfidentialReports(tx: Tx, reportIds: string[]): Promise<number> {
  if (reportIds.length === 0) return 0;
  const changed = await tx
    .update(confidentialReports)
    .set({ anonymous: true, reporterId: null, contact: '', description: '', involved: '', updatedAt: new Date() })
    .where(inArray(confidentialReports.id, reportIds))
    .returning({ id: confidentialReports.id });
  await tx.update(confidentialMessages).set({ body: '' }).where(inArray(confidentialMessages.reportId, reportIds));
  await tx.update(confidentialNotes).set({ body: '' }).where(inArray(confidentialNotes.reportId, reportIds));
  return changed.length;
}

/**
 * The letters sent to a client (written warning, card, access ban, civil-law letter) carry the client's name and
 * address in their text and PDF. A sent letter can never be changed (a trigger guards what was sent), so the
 * letter is removed, like an attachment; the measure it belonged to stays with its kind and dates.
 */
async function removeLetters(tx: Tx, clientId: string): Promise<ErasureOutcome> {
  const outcome: ErasureOutcome = {};
  const theirs = tx.select({ id: clientMeasures.id }).from(clientMeasures).where(eq(clientMeasures.clientId, clientId));
  const removed = await tx
    .delete(measureLetters)
    .where(inArray(measureLetters.measureId, theirs))
    .returning({ id: measureLetters.id });
  count(outcome, 'letters_removed', removed.length);
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
  const letters = await removeLetters(tx, clientId);
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
  // Confidential reports are about colleagues and have no link to a client record (confidential/tables.ts); a
  // client named in their free text cannot be found reliably, and searching for them there would hand the safety
  // officer reports only the counsellor may read. The retention job empties closed ones in time.
  return mergeOutcomes(outcome, fromIncidents, letters);
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
  const aftercare = await anonymiseAftercare(tx, { personId: userId });
  // Only the reports they filed under their name can be found; an anonymous report has no link to anyone.
  const confidential = await tx
    .select({ id: confidentialReports.id })
    .from(confidentialReports)
    .where(eq(confidentialReports.reporterId, userId));
  await anonymiseConfidentialReports(
    tx,
    confidential.map((row) => row.id),
  );
  return mergeOutcomes(outcome, fromIncidents, aftercare);
}
