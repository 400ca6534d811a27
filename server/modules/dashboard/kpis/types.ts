import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';

/** Which records a figure counts: one period and the dashboard's office and department filters. */
export interface KpiScope {
  start: Date;
  endExclusive: Date;
  officeId?: string;
  /** undefined: every department; null: none at all (a manager without a department). */
  departmentId?: string | null;
}

export type KpiUnit = 'count' | 'percent' | 'hours' | 'seconds' | 'days';

/** One figure of one period. `basis` is how many records (or, for people-based figures, people) it rests on. */
export interface Measured {
  key: string;
  /** A name from the data (office, department); null when the client labels the key from its own vocabulary. */
  label: string | null;
  value: number | null;
  basis: number;
}

export interface KpiTableSpec {
  key: string;
  unit: KpiUnit;
  /**
   * A figure about people (absence, sick leave, per-person data): shown only for a group of at least
   * MIN_GROUP_SIZE people, whoever looks. See suppression.ts.
   */
  peopleBased?: boolean;
  /** The order of known keys (vocabulary); other rows follow by label. */
  order?: readonly string[];
}

/** One section of the dashboard: its tables and how to measure them for one period. */
export interface SectionSpec {
  key: string;
  tables: KpiTableSpec[];
  /** A scope whose department filter cannot apply (complaints are counted per office) leaves it out. */
  measure(db: Executor, scope: KpiScope): Promise<Record<string, Measured[]>>;
}

/** The submitted incidents in scope, as conditions on alias `i`. */
export function incidentConditions(scope: KpiScope): SQL {
  const conditions = [
    sql`i.status = 'submitted'`,
    sql`i.occurred_at >= ${scope.start.toISOString()}`,
    sql`i.occurred_at < ${scope.endExclusive.toISOString()}`,
  ];
  if (scope.officeId) conditions.push(sql`i.office_id = ${scope.officeId}`);
  if (scope.departmentId === null) conditions.push(sql`false`);
  else if (scope.departmentId) conditions.push(sql`i.department_id = ${scope.departmentId}`);
  return sql.join(conditions, sql` and `);
}

/**
 * The same reports as `incidentConditions`, on their narrow fact row (alias `f`, dashboard/tables.ts incidentFacts):
 * a row exists exactly for the sent reports with a moment, so the status needs no condition.
 */
export function factConditions(scope: KpiScope): SQL {
  const conditions = [
    sql`f.occurred_at >= ${scope.start.toISOString()}`,
    sql`f.occurred_at < ${scope.endExclusive.toISOString()}`,
  ];
  if (scope.officeId) conditions.push(sql`f.office_id = ${scope.officeId}`);
  if (scope.departmentId === null) conditions.push(sql`false`);
  else if (scope.departmentId) conditions.push(sql`f.department_id = ${scope.departmentId}`);
  return sql.join(conditions, sql` and `);
}

/** A numeric from PostgreSQL (text for numeric/percentile results) as a number rounded to one decimal. */
export function num(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return Math.round(Number(value) * 10) / 10;
}

/** A share in percent with one decimal; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}
