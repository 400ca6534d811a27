import { inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { dutchDate } from '../../time/dutch-time.js';
import { managersOf } from '../handlings/repository.js';
import type { IncidentRow } from '../incidents/repository.js';
import { users } from '../users/tables.js';
import { planCheckins } from './schedule.js';
import { aftercareSchedule } from './settings.js';
import { aftercareCheckins } from './tables.js';

type PersonRole = 'employee' | 'involved' | 'witness';

/** The colleagues with an account on a report: the employee first, then those involved, then witnesses. */
export function peopleOf(incident: Pick<IncidentRow, 'employeeId' | 'involved' | 'witnesses'>) {
  const people = new Map<string, PersonRole>([[incident.employeeId, 'employee']]);
  for (const [list, role] of [
    [incident.involved, 'involved'],
    [incident.witnesses, 'witness'],
  ] as const)
    for (const person of list) if (person.userId && !people.has(person.userId)) people.set(person.userId, role);
  return people;
}

/**
 * Who holds a person's conversations: the safety officer when the reporter routed the report there (they did not
 * feel safe with their manager), else the managers of the person's department; without one, the safety officer.
 */
async function caretakerFor(tx: Tx, incident: IncidentRow, personId: string, departmentId: string | null) {
  if (incident.routeTo === 'safety_officer') return 'safety_officer';
  const managers = (await managersOf(tx, departmentId)).filter((id) => id !== personId);
  return managers.length > 0 ? 'manager' : 'safety_officer';
}

/**
 * Plans the aftercare check-ins of everyone on a report as it is sent (inside the sending transaction): the
 * employee it happened to, colleagues involved and witnesses with an account. Returns how many were made.
 */
export async function scheduleAftercare(tx: Tx, incident: IncidentRow, sentAt: Date): Promise<number> {
  const people = peopleOf(incident);
  const rows = await tx
    .select({ id: users.id, departmentId: users.departmentId, active: users.active })
    .from(users)
    .where(inArray(users.id, [...people.keys()]));
  const { schedule } = await aftercareSchedule(tx);
  const incidentDay = dutchDate(incident.occurredAt ?? sentAt);
  const reportDay = dutchDate(sentAt);
  const values: (typeof aftercareCheckins.$inferInsert)[] = [];
  for (const person of rows.filter((row) => row.active)) {
    const personRole = people.get(person.id) ?? 'witness';
    const caretaker = await caretakerFor(tx, incident, person.id, person.departmentId);
    const plan = planCheckins(schedule, incidentDay, reportDay, personRole === 'employee' && incident.wantsAftercare);
    for (const moment of plan)
      values.push({
        incidentId: incident.id,
        personId: person.id,
        personRole,
        departmentId: person.departmentId,
        caretaker,
        kind: 'scheduled',
        ...moment,
      });
  }
  if (values.length > 0) await tx.insert(aftercareCheckins).values(values).onConflictDoNothing();
  return values.length;
}
