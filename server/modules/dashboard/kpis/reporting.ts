import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.js';
import { incidentConditions, num, percent, type SectionSpec } from './types.js';

/**
 * The deadline "within 1 working day" of the moment it happened, counted as `addWorkingDays` counts it for the
 * case's tasks: whole days of 24 hours, skipping Saturday and Sunday in Dutch time (Friday's incident is due
 * Monday, Saturday's and Sunday's too). One time-zone conversion per row: on a million rows each one counts.
 */
const DEADLINE = sql`(i.occurred_at + case extract(isodow from i.occurred_at at time zone 'Europe/Amsterdam')::int
  when 5 then interval '72 hours' when 6 then interval '48 hours' else interval '24 hours' end)`;

/**
 * Reporting and follow-up: the share of incidents reported within 1 working day (why employees stop reporting:
 * they hear nothing back), and how soon the case's first follow-up task is done after the report was sent.
 */
export const reportingSection: SectionSpec = {
  key: 'reporting',
  tables: [
    { key: 'timeliness', unit: 'percent' },
    { key: 'followUp', unit: 'hours' },
    { key: 'followUpOnTime', unit: 'percent' },
  ],
  async measure(db, scope) {
    const [row] = await queryRows<{
      reports: number;
      within: number;
      followed: number;
      on_time: number;
      median_hours: string | null;
    }>(
      db,
      sql`with scoped as (
            select i.id, i.occurred_at, i.submitted_at, ${DEADLINE} as deadline
            from incidents i where ${incidentConditions(scope)}),
          first_follow_up as (
            select t.incident_id, min(t.done_at) as done_at, min(t.due_at) as due_at
            from follow_up_tasks t join scoped s on s.id = t.incident_id
            group by t.incident_id)
          select count(*)::int as reports,
                 count(*) filter (where s.submitted_at <= s.deadline)::int as within,
                 count(f.done_at)::int as followed,
                 count(*) filter (where f.done_at <= f.due_at)::int as on_time,
                 percentile_cont(0.5) within group (order by extract(epoch from f.done_at - s.submitted_at) / 3600)
                   filter (where f.done_at is not null) as median_hours
          from scoped s left join first_follow_up f on f.incident_id = s.id`,
    );
    const reports = row?.reports ?? 0;
    const followed = row?.followed ?? 0;
    return {
      timeliness: [
        { key: 'withinOneWorkingDay', label: null, value: percent(row?.within ?? 0, reports), basis: reports },
      ],
      followUp: [{ key: 'medianHours', label: null, value: num(row?.median_hours), basis: followed }],
      followUpOnTime: [
        { key: 'firstTaskOnTime', label: null, value: percent(row?.on_time ?? 0, followed), basis: followed },
      ],
    };
  },
};
