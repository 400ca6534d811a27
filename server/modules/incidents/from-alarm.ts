import { eq, or } from 'drizzle-orm';
import type { AppContext } from '../../app-context.js';
import type { SessionUser } from '../../http/policy.js';
import { ProblemError } from '../../http/problem.js';
import { eventsOf } from '../alarms/repository.js';
import { alarms } from '../alarms/tables.js';
import { recordAudit } from '../audit/record.js';
import { actorOf } from '../auth/service.js';
import { incidents } from './tables.js';
import { FORMS } from './vocabulary.js';

const CLOCK = new Intl.DateTimeFormat('nl-NL', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

const EVENT_WORDS: Record<string, string> = {
  raised: 'alarm gegeven',
  committed: 'alarm vastgelegd',
  delivered: 'ontvangen',
  seen: 'gezien',
  acknowledged: 'ik kom',
  arrived: 'aangekomen',
  escalated: 'opgeschaald',
  call_112: 'opdracht 112 te bellen',
  details_changed: 'details aangevuld',
  resolved: 'afgehandeld',
};

/** Only what tells the story of the incident: deliveries per device are the alarm's own log, not facts. */
const STORY = new Set(['raised', 'acknowledged', 'arrived', 'escalated', 'call_112', 'resolved']);

/**
 * "Resolving offers to start the incident report": a draft for the presser, its facts prefilled with the alarm's
 * timeline (who came, when), its time, office, room and phase. Asked twice, it answers the same draft; an alarm
 * raised from a live handling uses that handling's report.
 */
export async function draftFromAlarm(ctx: AppContext, user: SessionUser, alarmId: string): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const [alarm] = await tx.select().from(alarms).where(eq(alarms.id, alarmId)).for('update');
    if (!alarm) throw new ProblemError(404, 'not_found');
    if (alarm.raisedBy !== user.id) throw new ProblemError(403, 'not_presser');
    if (alarm.drill || alarm.state === 'false_alarm' || alarm.state === 'cancelled')
      throw new ProblemError(409, 'alarm_not_an_incident');
    const [existing] = await tx
      .select({ id: incidents.id })
      .from(incidents)
      .where(
        alarm.handlingId
          ? or(eq(incidents.alarmId, alarmId), eq(incidents.handlingId, alarm.handlingId))
          : eq(incidents.alarmId, alarmId),
      );
    if (existing) return existing.id;
    const timeline = (await eventsOf(tx, alarmId))
      .filter((event) => STORY.has(event.type))
      .map(
        (event) =>
          `${CLOCK.format(new Date(event.at))} ${EVENT_WORDS[event.type] ?? event.type}${event.actor ? ` — ${event.actor.name}` : ''}`,
      );
    const facts = `Stil alarm${alarm.room ? ` (${alarm.room})` : ''}.\n\nVerloop (uit het alarm):\n${timeline.join('\n')}`;
    const form = (FORMS as readonly string[]).includes(alarm.type ?? '') ? [alarm.type as string] : [];
    const [row] = await tx
      .insert(incidents)
      .values({
        reportedBy: user.id,
        employeeId: user.id,
        departmentId: user.departmentId,
        alarmId,
        handlingId: alarm.handlingId,
        occurredAt: alarm.raisedAt,
        locationKind: alarm.officeId ? 'office' : null,
        officeId: alarm.officeId,
        locationDetail: alarm.room,
        channel: 'desk',
        forms: form,
        phase: alarm.phase,
        facts,
      })
      .returning({ id: incidents.id });
    if (!row) throw new Error('incident insert returned nothing');
    await recordAudit(tx, actorOf(user), {
      action: 'incident.draft_created',
      entityType: 'incident',
      entityId: row.id,
      after: { employeeId: user.id, alarmId },
    });
    return row.id;
  });
}
