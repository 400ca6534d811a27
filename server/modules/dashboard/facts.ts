import { sql } from 'drizzle-orm';
import { type Db, type Executor, queryRows } from '../../db/client.js';
import { startLoop } from '../../jobs/loop.js';
import { analyse } from '../language/index.js';

/** Reports read per run of the background job at most, so catching up never holds the database for long. */
const JUDGE_BATCH = 2000;
const JUDGE_EVERY_MS = 60_000;

async function storeJudgements(db: Executor, reports: { id: string; facts: string }[]): Promise<number> {
  if (reports.length === 0) return 0;
  const values = reports.map(
    (row) =>
      sql`(${row.id}::uuid, ${Math.min(analyse({ id: row.id, kind: 'report', text: row.facts }).judgements.length, 32_000)}::smallint)`,
  );
  await db.execute(
    sql`update incident_facts f set judgements = v.judgements
        from (values ${sql.join(values, sql`, `)}) as v(incident_id, judgements)
        where f.incident_id = v.incident_id`,
  );
  return reports.length;
}

/**
 * The language assistant reads these reports' facts and keeps the count of judging phrases on their fact row
 * (`incident_facts.judgements`). Called by the incidents service in the transaction that sends a report or changes
 * its facts (the trigger has just emptied the count); reports without a fact row (drafts) are skipped. Derived
 * data, not an audited write: the report itself is not changed.
 */
export async function judgeReports(tx: Executor, incidentIds: string[]): Promise<number> {
  let judged = 0;
  for (let from = 0; from < incidentIds.length; from += JUDGE_BATCH) {
    const ids = incidentIds.slice(from, from + JUDGE_BATCH);
    const reports = await queryRows<{ id: string; facts: string }>(
      tx,
      sql`select i.id, i.facts from incident_facts f join incidents i on i.id = f.incident_id
          where f.incident_id in (${sql.join(
            ids.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
    );
    judged += await storeJudgements(tx, reports);
  }
  return judged;
}

/**
 * Reads reports whose count is still empty: sent before this row existed and not read by the old cache, or
 * written by a path that does not read them itself. Claims its batch with SKIP LOCKED, so processes share the work.
 */
export async function judgeUnreadReports(db: Db, limit = JUDGE_BATCH): Promise<number> {
  return db.transaction(async (tx) => {
    const reports = await queryRows<{ id: string; facts: string }>(
      tx,
      sql`select i.id, i.facts from incidents i
          join (select incident_id from incident_facts where judgements is null
                order by incident_id limit ${limit} for update skip locked) f on f.incident_id = i.id`,
    );
    return storeJudgements(tx, reports);
  });
}

/** The background job: every minute one batch, until nothing is left to read. Returns its stop function. */
export function startJudgingJob(db: Db, onError: (error: unknown) => void): () => Promise<void> {
  return startLoop(() => judgeUnreadReports(db), onError, JUDGE_EVERY_MS, { runAtStart: true });
}
