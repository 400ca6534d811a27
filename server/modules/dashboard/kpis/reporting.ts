import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.js';
import { factConditions, num, percent, type SectionSpec } from './types.js';

/**
 * Reporting and follow-up: the share of incidents reported within 1 working day (why employees stop reporting:
 * they hear nothing back), and how soon the case's first follow-up task is done after the report was sent. Read
 * from `incident_facts`, where the triggers keep "within 1 working day" (counted as `addWorkingDays` counts the
 * case's tasks: whole days of 24 hours, skipping Saturday and Sunday in Dutch time) and the first follow-up.
 * The median is exact (to the microsecond): it sorts the seconds as double precision (`date_part`), several times
 * cheaper over five years than sorting the numeric that `extract` gives; only the median becomes hours.
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
      sql`select count(*)::int as reports,
                 count(*) filter (where f.reported_in_time)::int as within,
                 count(f.first_follow_up_at)::int as followed,
                 count(*) filter (where f.first_follow_up_at <= f.first_follow_up_due_at)::int as on_time,
                 percentile_cont(0.5) within group (
                   order by date_part('epoch', f.first_follow_up_at - f.submitted_at))
                   filter (where f.first_follow_up_at is not null) / 3600 as median_hours
          from incident_facts f where ${factConditions(scope)}`,
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
