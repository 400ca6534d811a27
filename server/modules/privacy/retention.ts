import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { queryRows } from '../../db/client.js';
import { ADVISORY_LOCKS } from '../../db/locks.js';
import { ProblemError } from '../../http/problem.js';
import { startLoop } from '../../jobs/loop.js';
import { dutchDate, startOfDutchDay } from '../../time/dutch-time.js';
import { type Actor, recordAudit } from '../audit/record.js';
import { confidentialReports } from '../confidential/tables.js';
import { incidents } from '../incidents/tables.js';
import {
  anonymiseAftercare,
  anonymiseClient,
  anonymiseConfidentialReports,
  anonymiseIncidents,
  mergeOutcomes,
} from './anonymise.js';
import { anonymisations, type ErasureOutcome, retentionRuns, retentionSettings } from './tables.js';

export const DEFAULT_RETENTION = { incidentYears: 5, measureGraceMonths: 12 };

export async function readRetentionSettings(db: Db | Tx) {
  const [row] = await db.select().from(retentionSettings).where(eq(retentionSettings.id, 1));
  return row ? { incidentYears: row.incidentYears, measureGraceMonths: row.measureGraceMonths } : DEFAULT_RETENTION;
}

/** A calendar date some months earlier; the 31st becomes the month's last day (31 May − 3 months = 28/29 Feb). */
export function monthsBefore(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const index = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

export interface RetentionCutoffs {
  /** Incidents that happened before this moment are past retention. */
  incidentCutoff: Date;
  /** Measures that ended on or before this day are past their grace period. */
  measureCutoff: string;
}

export function cutoffsOf(
  now: Date,
  settings: { incidentYears: number; measureGraceMonths: number },
): RetentionCutoffs {
  const today = dutchDate(now);
  return {
    incidentCutoff: startOfDutchDay(monthsBefore(today, settings.incidentYears * 12)),
    measureCutoff: monthsBefore(today, settings.measureGraceMonths),
  };
}

/** When an incident counts as having happened: its occurrence, else (a draft without a date) when it was written. */
const happened = sql`coalesce(${incidents.occurredAt}, ${incidents.createdAt})`;

async function incidentsPastRetention(tx: Tx, cutoffs: RetentionCutoffs): Promise<string[]> {
  const rows = await tx
    .select({ id: incidents.id })
    .from(incidents)
    .where(
      and(
        sql`${happened} < ${cutoffs.incidentCutoff.toISOString()}::timestamptz`,
        sql`not exists (select 1 from anonymisations a where a.subject_type = 'incident' and a.subject_id = ${incidents.id})`,
      ),
    );
  return rows.map((row) => row.id);
}

/**
 * Clients with nothing left that needs them: recorded before the cutoff, every report and linked handling before
 * it, and every measure ended (or rejected) at least the grace period ago. A measure without an end is never past.
 */
async function clientsPastRetention(tx: Tx, cutoffs: RetentionCutoffs): Promise<string[]> {
  const cutoff = cutoffs.incidentCutoff.toISOString();
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select c.id from clients c
      where c.created_at < ${cutoff}::timestamptz
        and not exists (select 1 from anonymisations a where a.subject_type = 'client' and a.subject_id = c.id)
        and not exists (select 1 from incidents i where i.client_id = c.id
          and coalesce(i.occurred_at, i.created_at) >= ${cutoff}::timestamptz)
        and not exists (select 1 from handling_clients hc join handlings h on h.id = hc.handling_id
          where hc.client_id = c.id and h.started_at >= ${cutoff}::timestamptz)
        and not exists (select 1 from client_measures m where m.client_id = c.id and coalesce(
          case when m.status = 'rejected' then (m.decided_at at time zone 'Europe/Amsterdam')::date
               else least(m.ends_on, (m.ended_at at time zone 'Europe/Amsterdam')::date) end,
          'infinity'::date) > ${cutoffs.measureCutoff}::date)
      order by c.created_at`,
  );
  return rows.map((row) => row.id);
}

/**
 * Confidential reports follow the incidents' period: a closed report without any activity (status change, message)
 * since the cutoff is past retention. An open one is still being worked on and stays. A report already emptied
 * (no description) is not counted again; its own text is the mark, so no other table learns the report exists.
 */
async function confidentialPastRetention(tx: Tx, cutoffs: RetentionCutoffs): Promise<string[]> {
  const rows = await tx
    .select({ id: confidentialReports.id })
    .from(confidentialReports)
    .where(
      and(
        eq(confidentialReports.status, 'closed'),
        sql`${confidentialReports.updatedAt} < ${cutoffs.incidentCutoff.toISOString()}::timestamptz`,
        sql`${confidentialReports.description} <> ''`,
      ),
    );
  return rows.map((row) => row.id);
}

export type RetentionRunRow = typeof retentionRuns.$inferSelect;

/**
 * One retention run in the caller's transaction: anonymises clients past retention (with the erasure's code) and
 * the free text of incidents past retention, records exactly which ones in the run row and in anonymisations,
 * and leaves an audit row per client plus one for the run.
 */
async function retain(tx: Tx, run: RetentionRunRow, actor: Actor, cutoffs: RetentionCutoffs): Promise<RetentionRunRow> {
  const clientIds = await clientsPastRetention(tx, cutoffs);
  const outcomes: ErasureOutcome[] = [];
  const viaClients = new Set<string>();
  for (const clientId of clientIds) {
    const theirs = await tx.select({ id: incidents.id }).from(incidents).where(eq(incidents.clientId, clientId));
    for (const row of theirs) viaClients.add(row.id);
    const outcome = await anonymiseClient(tx, clientId);
    outcomes.push(outcome);
    await recordAudit(tx, actor, {
      action: 'retention.anonymised',
      entityType: 'client',
      entityId: clientId,
      details: { runId: run.id, outcome },
    });
  }
  const pastIncidents = await incidentsPastRetention(tx, cutoffs);
  const remaining = pastIncidents.filter((id) => !viaClients.has(id));
  outcomes.push(await anonymiseIncidents(tx, remaining));
  const incidentIds = [...new Set([...pastIncidents, ...viaClients])];
  // Aftercare answers and conversation notes go with the incident they followed.
  outcomes.push(await anonymiseAftercare(tx, { incidentsBefore: cutoffs.incidentCutoff }));
  const confidential = await anonymiseConfidentialReports(tx, await confidentialPastRetention(tx, cutoffs));
  if (confidential > 0) outcomes.push({ confidential_reports: confidential });
  const marks = [
    ...clientIds.map((subjectId) => ({ subjectType: 'client', subjectId })),
    ...incidentIds.map((subjectId) => ({ subjectType: 'incident', subjectId })),
  ];
  if (marks.length > 0) {
    await tx
      .insert(anonymisations)
      .values(marks.map((mark) => ({ ...mark, retentionRunId: run.id, anonymisedAt: run.startedAt })))
      .onConflictDoNothing();
  }
  const outcome = mergeOutcomes(...outcomes);
  const [finished] = await tx
    .update(retentionRuns)
    .set({ finishedAt: new Date(), clientIds, incidentIds, outcome })
    .where(eq(retentionRuns.id, run.id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'retention.run',
    entityType: 'retention_run',
    entityId: run.id,
    details: {
      trigger: run.trigger,
      incidentCutoff: cutoffs.incidentCutoff.toISOString(),
      measureCutoff: cutoffs.measureCutoff,
      clients: clientIds.length,
      incidents: incidentIds.length,
      outcome,
    },
  });
  if (!finished) throw new Error('retention run vanished');
  return finished;
}

async function lockRuns(tx: Tx): Promise<boolean> {
  const [row] = await queryRows<{ locked: boolean }>(
    tx,
    sql`select pg_try_advisory_xact_lock(${ADVISORY_LOCKS.retentionRun}) as locked`,
  );
  return row?.locked === true;
}

/**
 * The daily run: the first process to claim today's row (unique per Dutch day) does the work in the same
 * transaction. A crash rolls back the claim too, so the next tick (on any process) runs it again.
 */
export async function runScheduledRetention(db: Db, actor: Actor, now = new Date()): Promise<RetentionRunRow | null> {
  return db.transaction(async (tx) => {
    if (!(await lockRuns(tx))) return null;
    const settings = await readRetentionSettings(tx);
    const cutoffs = cutoffsOf(now, settings);
    const [run] = await tx
      .insert(retentionRuns)
      .values({
        trigger: 'schedule',
        runDay: dutchDate(now),
        actorLabel: actor.label,
        startedAt: now,
        incidentCutoff: cutoffs.incidentCutoff,
        measureCutoff: cutoffs.measureCutoff,
      })
      .onConflictDoNothing({ target: retentionRuns.runDay })
      .returning();
    if (!run) return null;
    return retain(tx, run, actor, cutoffs);
  });
}

/** A run started by hand (the admin or safety officer), for instance right after shortening a period. */
export async function runRetentionNow(db: Db, actor: Actor, now = new Date()): Promise<RetentionRunRow> {
  return db.transaction(async (tx) => {
    if (!(await lockRuns(tx))) throw new ProblemError(409, 'retention_run_busy');
    const cutoffs = cutoffsOf(now, await readRetentionSettings(tx));
    const [run] = await tx
      .insert(retentionRuns)
      .values({
        trigger: 'manual',
        actorLabel: actor.label,
        startedAt: now,
        incidentCutoff: cutoffs.incidentCutoff,
        measureCutoff: cutoffs.measureCutoff,
      })
      .returning();
    if (!run) throw new Error('retention run insert returned nothing');
    return retain(tx, run, actor, cutoffs);
  });
}

export function recentRuns(db: Db, limit = 50): Promise<RetentionRunRow[]> {
  return db.select().from(retentionRuns).orderBy(desc(retentionRuns.startedAt)).limit(limit);
}

export async function findRun(db: Db, id: string): Promise<RetentionRunRow | undefined> {
  const [row] = await db
    .select()
    .from(retentionRuns)
    .where(inArray(retentionRuns.id, [id]));
  return row;
}

/** The background loop: looks every hour whether today's run is done; stops cleanly on shutdown. */
export function startRetentionJob(
  db: Db,
  actor: Actor,
  onError: (error: unknown) => void,
  intervalMs = 60 * 60_000,
): () => Promise<void> {
  return startLoop(() => runScheduledRetention(db, actor), onError, intervalMs, { runAtStart: true });
}
