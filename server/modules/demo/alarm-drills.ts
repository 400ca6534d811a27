import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import { freezeChain } from '../alarms/escalation.js';
import { DEFAULT_OFFICE_SETTINGS } from '../duty/repository.js';
import { DEMO_DOMAIN } from './credentials.js';

const DAY = 86_400_000;

/**
 * Seed 004 says the intervention team practises: a drill six weeks ago in Eindhoven, pressed at the desk by Sanne,
 * answered by Mehmet and Joost, who both came. It is a whole alarm with its timeline, as a real drill leaves it,
 * so the team's training requirement ("alarm drills count") is met by it and the alarm history shows it.
 */
export async function loadAlarmDrillDemo(tx: Tx, eindhoven: string, now = new Date()): Promise<void> {
  const people = await queryRows<{ email: string; id: string }>(
    tx,
    sql`select email, id from users where email in (${`medewerker@${DEMO_DOMAIN}`}, ${`interventie@${DEMO_DOMAIN}`},
                                                  ${`leidinggevende@${DEMO_DOMAIN}`})`,
  );
  const id = (local: string) => {
    const row = people.find((person) => person.email === `${local}@${DEMO_DOMAIN}`);
    if (!row) throw new Error(`demo user ${local} missing`);
    return row.id;
  };
  const [sanne, mehmet, joost] = [id('medewerker'), id('interventie'), id('leidinggevende')];
  const raisedAt = new Date(now.getTime() - 42 * DAY);
  const at = (seconds: number) => new Date(raisedAt.getTime() + seconds * 1000).toISOString();
  const [alarm] = await queryRows<{ id: string }>(
    tx,
    sql`insert into alarms (state, drill, raised_by, office_id, room, type, escalation, raised_at,
                            first_acknowledged_by, first_acknowledged_at, closed_at, closed_by, reason)
        values ('resolved', true, ${sanne}, ${eindhoven}, 'Balie 2', 'verbal',
                ${JSON.stringify(freezeChain(eindhoven, DEFAULT_OFFICE_SETTINGS))}::jsonb, ${at(0)}::timestamptz,
                ${mehmet}, ${at(9)}::timestamptz, ${at(240)}::timestamptz, ${mehmet},
                'Oefening: binnen vier minuten twee collega''s aan de balie')
        returning id`,
  );
  if (!alarm) throw new Error('demo drill insert failed');
  await tx.execute(sql`insert into alarm_recipients (alarm_id, user_id, level, role, notified_at, acknowledged_at, arrived_at)
    values (${alarm.id}, ${mehmet}, 0, 'responder', ${at(0.4)}::timestamptz, ${at(9)}::timestamptz, ${at(75)}::timestamptz),
           (${alarm.id}, ${joost}, 0, 'responder', ${at(0.4)}::timestamptz, ${at(14)}::timestamptz, ${at(96)}::timestamptz)`);
  await tx.execute(sql`insert into alarm_deliveries (alarm_id, user_id, channel, created_at, delivered_at, seen_at)
    values (${alarm.id}, ${mehmet}, 'websocket', ${at(0.4)}::timestamptz, ${at(0.7)}::timestamptz, ${at(2)}::timestamptz),
           (${alarm.id}, ${joost}, 'websocket', ${at(0.4)}::timestamptz, ${at(0.8)}::timestamptz, ${at(3)}::timestamptz)`);
  await tx.execute(sql`insert into alarm_jobs (alarm_id, level, due_at, done_at, outcome)
    values (${alarm.id}, 0, ${at(0)}::timestamptz, ${at(0.4)}::timestamptz, 'fired'),
           (${alarm.id}, 1, ${at(30.4)}::timestamptz, ${at(9)}::timestamptz, 'skipped')`);
  await tx.execute(sql`insert into alarm_events (alarm_id, at, type, actor_id, level, data) values
    (${alarm.id}, ${at(0)}::timestamptz, 'raised', ${sanne}, 0, '{"room":"Balie 2","type":"verbal","drill":true}'),
    (${alarm.id}, ${at(0.02)}::timestamptz, 'committed', null, 0, '{}'),
    (${alarm.id}, ${at(0.4)}::timestamptz, 'notified', null, 0,
       ${JSON.stringify({ target: 'office_responders', recipients: [mehmet, joost] })}::jsonb),
    (${alarm.id}, ${at(9)}::timestamptz, 'acknowledged', ${mehmet}, 0, '{"first":true}'),
    (${alarm.id}, ${at(14)}::timestamptz, 'acknowledged', ${joost}, 0, '{"first":false}'),
    (${alarm.id}, ${at(75)}::timestamptz, 'arrived', ${mehmet}, null, '{}'),
    (${alarm.id}, ${at(96)}::timestamptz, 'arrived', ${joost}, null, '{}'),
    (${alarm.id}, ${at(240)}::timestamptz, 'resolved', ${mehmet}, null,
       '{"reason":"Oefening: binnen vier minuten twee collega''s aan de balie"}')`);
}
