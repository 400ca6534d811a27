import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client.js';
import type { Period } from '../../http/period.js';
import { dutchDate } from '../../time/dutch-time.js';

/** Aftercare figures for one department (null: people without a department). */
export interface AftercareDepartmentFigures {
  departmentId: string | null;
  departmentName: string | null;
  /** Check-ins whose due day falls in the period. */
  checkinsDue: number;
  /** Held on or before their due day. */
  onTime: number;
  /** Held after their due day. */
  late: number;
  /** Not held, due day passed. */
  overdue: number;
  /** Not held, due day still to come. */
  open: number;
  /** Absence days recorded for incidents that occurred in the period (by the person's absence, summed). */
  absenceDays: number;
  /** Incidents in the period with any absence recorded. */
  incidentsWithAbsence: number;
}

/**
 * For the dashboard: were aftercare conversations held on time, per department, and how much absence followed
 * incidents. Check-ins count by their due day in the period; absence by the day the incident occurred, under the
 * incident's department. Numbers only: no names, no answers.
 */
export async function aftercareFigures(db: Executor, period: Period): Promise<AftercareDepartmentFigures[]> {
  const today = dutchDate();
  const checkins = await queryRows<{
    departmentId: string | null;
    due: string | number;
    onTime: string | number;
    late: string | number;
    overdue: string | number;
    open: string | number;
  }>(
    db,
    sql`select c.department_id as "departmentId",
               count(*) as due,
               count(*) filter (where c.held_on is not null and c.held_on <= c.due_on) as "onTime",
               count(*) filter (where c.held_on is not null and c.held_on > c.due_on) as late,
               count(*) filter (where c.held_on is null and c.due_on < ${today}) as overdue,
               count(*) filter (where c.held_on is null and c.due_on >= ${today}) as open
        from aftercare_checkins c
        where c.due_on between ${period.from} and ${period.to}
        group by c.department_id`,
  );
  const absence = await queryRows<{ departmentId: string | null; days: string | number; incidents: string | number }>(
    db,
    sql`select i.department_id as "departmentId", sum(a.days) as days, count(distinct i.id) as incidents
        from aftercare_absences a
        join incidents i on i.id = a.incident_id
        where i.occurred_at >= ${period.start.toISOString()} and i.occurred_at < ${period.endExclusive.toISOString()}
        group by i.department_id`,
  );
  const names = await queryRows<{ id: string; name: string }>(db, sql`select id, name from departments`);
  const nameOf = new Map(names.map((row) => [row.id, row.name]));
  const keys = new Set([...checkins.map((row) => row.departmentId), ...absence.map((row) => row.departmentId)]);
  return [...keys]
    .map((departmentId) => {
      const c = checkins.find((row) => row.departmentId === departmentId);
      const a = absence.find((row) => row.departmentId === departmentId);
      return {
        departmentId,
        departmentName: departmentId ? (nameOf.get(departmentId) ?? null) : null,
        checkinsDue: Number(c?.due ?? 0),
        onTime: Number(c?.onTime ?? 0),
        late: Number(c?.late ?? 0),
        overdue: Number(c?.overdue ?? 0),
        open: Number(c?.open ?? 0),
        absenceDays: Number(a?.days ?? 0),
        incidentsWithAbsence: Number(a?.incidents ?? 0),
      };
    })
    .sort((x, y) => (x.departmentName ?? '~').localeCompare(y.departmentName ?? '~', 'nl'));
}
