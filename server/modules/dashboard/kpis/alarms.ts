import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/client.js';
import { num, type SectionSpec } from './types.js';

/**
 * Alarm figures (seed 003's intervention team): how soon the first responder acknowledged and arrived, how often
 * the chain had to escalate past the office's own responders, and how many alarms were false. Drills are practice,
 * not incidents: they are left out. The department is the presser's. The medians are exact (to the
 * microsecond): seconds are sorted as double precision (`date_part`), cheaper than the numeric of `extract`.
 */
export const alarmsSection: SectionSpec = {
  key: 'alarms',
  tables: [
    { key: 'counts', unit: 'count', order: ['alarms', 'escalated', 'falseAlarms'] },
    { key: 'responseTimes', unit: 'seconds', order: ['toAcknowledgement', 'toArrival'] },
  ],
  async measure(db, scope) {
    const conditions = [
      sql`a.drill = false`,
      sql`a.raised_at >= ${scope.start.toISOString()}`,
      sql`a.raised_at < ${scope.endExclusive.toISOString()}`,
    ];
    if (scope.officeId) conditions.push(sql`a.office_id = ${scope.officeId}`);
    if (scope.departmentId === null) conditions.push(sql`false`);
    else if (scope.departmentId)
      conditions.push(
        sql`exists (select 1 from users u where u.id = a.raised_by and u.department_id = ${scope.departmentId})`,
      );
    const [row] = await queryRows<{
      alarms: number;
      escalated: number;
      false_alarms: number;
      acknowledged: number;
      arrived: number;
      to_ack: string | null;
      to_arrival: string | null;
    }>(
      db,
      sql`with scoped as (
            select a.id, a.raised_at, a.first_acknowledged_at, a.level, a.state
            from alarms a where ${sql.join(conditions, sql` and `)}),
          arrival as (
            select r.alarm_id, min(r.arrived_at) as arrived_at
            from alarm_recipients r join scoped s on s.id = r.alarm_id
            where r.arrived_at is not null group by r.alarm_id)
          select count(*)::int as alarms,
                 count(*) filter (where s.level > 0)::int as escalated,
                 count(*) filter (where s.state = 'false_alarm')::int as false_alarms,
                 count(s.first_acknowledged_at)::int as acknowledged,
                 count(v.arrived_at)::int as arrived,
                 percentile_cont(0.5) within group (order by date_part('epoch', s.first_acknowledged_at - s.raised_at))
                   filter (where s.first_acknowledged_at is not null) as to_ack,
                 percentile_cont(0.5) within group (order by date_part('epoch', v.arrived_at - s.raised_at))
                   filter (where v.arrived_at is not null) as to_arrival
          from scoped s left join arrival v on v.alarm_id = s.id`,
    );
    const alarms = row?.alarms ?? 0;
    return {
      counts: [
        { key: 'alarms', label: null, value: alarms, basis: alarms },
        { key: 'escalated', label: null, value: row?.escalated ?? 0, basis: alarms },
        { key: 'falseAlarms', label: null, value: row?.false_alarms ?? 0, basis: alarms },
      ],
      responseTimes: [
        { key: 'toAcknowledgement', label: null, value: num(row?.to_ack), basis: row?.acknowledged ?? 0 },
        { key: 'toArrival', label: null, value: num(row?.to_arrival), basis: row?.arrived ?? 0 },
      ],
    };
  },
};
