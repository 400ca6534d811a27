import { type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';

/** Which handlings count: started in [from, toExclusive), optionally narrowed to a department, office, procedure. */
export interface ComplianceScope {
  from: Date;
  toExclusive: Date;
  departmentId?: string | null;
  officeId?: string;
  procedure?: string;
  version?: number;
}

function scopedHandlings(scope: ComplianceScope): SQL {
  const conditions = [
    sql`h.started_at >= ${scope.from.toISOString()}`,
    sql`h.started_at < ${scope.toExclusive.toISOString()}`,
  ];
  if (scope.departmentId !== undefined) conditions.push(sql`h.department_id = ${scope.departmentId}`);
  if (scope.officeId) conditions.push(sql`h.office_id = ${scope.officeId}`);
  if (scope.procedure) conditions.push(sql`h.procedure_key = ${scope.procedure}`);
  if (scope.version) conditions.push(sql`h.protocol_version = ${scope.version}`);
  return sql`select h.id, h.procedure_key, h.protocol_version, h.started_at, h.closed_at
             from handlings h where ${sql.join(conditions, sql` and `)}`;
}

export interface ProcedureFigures {
  procedureKey: string;
  handlings: number;
  closed: number;
  withSkippedSteps: number;
  medianDurationSeconds: number | null;
  versions: number[];
}

export async function procedureFigures(db: Executor, scope: ComplianceScope): Promise<ProcedureFigures[]> {
  const rows = await queryRows<ProcedureFigures & { medianDurationSeconds: string | number | null }>(
    db,
    sql`with scoped as (${scopedHandlings(scope)})
        select s.procedure_key as "procedureKey",
               count(*)::int as handlings,
               count(s.closed_at)::int as closed,
               count(*) filter (where exists (
                 select 1 from handling_events e where e.handling_id = s.id and e.type = 'step_skipped'))::int
                 as "withSkippedSteps",
               percentile_cont(0.5) within group (order by extract(epoch from s.closed_at - s.started_at))
                 filter (where s.closed_at is not null) as "medianDurationSeconds",
               array_agg(distinct s.protocol_version order by s.protocol_version) as versions
        from scoped s
        group by s.procedure_key`,
  );
  return rows.map((row) => ({
    ...row,
    medianDurationSeconds: row.medianDurationSeconds === null ? null : Number(row.medianDurationSeconds),
    versions: row.versions.map(Number),
  }));
}

/** Per procedure: how many handlings, and in how many of them a step was skipped. */
export interface SkippedStepCounts {
  procedureKey: string;
  handlings: number;
  withSkippedSteps: number;
}

/**
 * The two counts of `procedureFigures` the dashboard shows, without its median and versions (which sort every
 * handling): one hashed pass over the period's handlings, and one read of the partial index of skipped steps
 * (`handling_events_skipped_idx`) as a hashed set instead of a probe per handling. Five years stay well under a
 * second (issue 8).
 */
export async function skippedStepCounts(db: Executor, scope: ComplianceScope): Promise<SkippedStepCounts[]> {
  return queryRows<SkippedStepCounts>(
    db,
    sql`with scoped as (${scopedHandlings(scope)})
        select s.procedure_key as "procedureKey", count(*)::int as handlings,
               count(*) filter (where s.id in (
                 select e.handling_id from handling_events e where e.type = 'step_skipped'))::int as "withSkippedSteps"
        from scoped s
        group by s.procedure_key`,
  );
}

export interface StepFigures {
  procedureKey: string;
  stepId: string;
  done: number;
  notApplicable: number;
  skipped: number;
  medianSeconds: number | null;
  skipReasons: string[] | null;
}

/**
 * Per step: what was done with it, and how long it took from the previous step's outcome (or the start). Phase
 * changes, handovers and alarm moments in between do not reset the clock: they are part of the step's time.
 */
export async function stepFigures(db: Executor, scope: ComplianceScope): Promise<StepFigures[]> {
  const rows = await queryRows<StepFigures & { medianSeconds: string | number | null }>(
    db,
    sql`with scoped as (${scopedHandlings(scope)}),
        outcomes as (
          select s.procedure_key, e.step_id, e.type, e.reason, e.at,
                 extract(epoch from e.at - lag(e.at) over (partition by e.handling_id order by e.id)) as seconds
          from handling_events e
          join scoped s on s.id = e.handling_id
          where e.type in ('started', 'step_done', 'step_not_applicable', 'step_skipped'))
        select procedure_key as "procedureKey", step_id as "stepId",
               count(*) filter (where type = 'step_done')::int as done,
               count(*) filter (where type = 'step_not_applicable')::int as "notApplicable",
               count(*) filter (where type = 'step_skipped')::int as skipped,
               percentile_cont(0.5) within group (order by seconds) as "medianSeconds",
               (array_agg(reason order by at desc) filter (where type = 'step_skipped'))[1:5] as "skipReasons"
        from outcomes
        where type <> 'started' and step_id is not null
        group by procedure_key, step_id`,
  );
  return rows.map((row) => ({
    ...row,
    medianSeconds: row.medianSeconds === null ? null : Number(row.medianSeconds),
  }));
}
