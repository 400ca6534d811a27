import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { alarmProfiles, dutyShifts, officeAlarmSettings, responseTeamMembers, responseTeams } from '../duty/tables.js';
import { replaceRoles } from '../users/repository.js';
import { users } from '../users/tables.js';
import { DEMO_DOMAIN } from './credentials.js';

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];
const WORKDAYS = [1, 2, 3, 4, 5];

function shifts(teamId: string, userId: string, weekdays: number[], start: string, end: string) {
  const minute = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  return weekdays.map((weekday) => ({ teamId, userId, weekday, startMinute: minute(start), endMinute: minute(end) }));
}

/**
 * Seed 004: an intervention team per office, of frontoffice staff and managers, plus BHV. The demo responder
 * (Mehmet Yilmaz) is on duty around the clock so that the alarm can be tried at any hour; the others work office
 * hours. Helmond gets two responders of its own (demo accounts that are not printed at start).
 */
export async function loadDutyDemo(
  tx: Tx,
  offices: { eindhoven: string; helmond: string },
  passwordHash: string,
): Promise<void> {
  const byEmail = async (local: string) => {
    const [row] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, `${local}@${DEMO_DOMAIN}`));
    if (!row) throw new Error(`demo user ${local} missing`);
    return row.id;
  };
  const mehmet = await byEmail('interventie');
  const joost = await byEmail('leidinggevende');
  const sanne = await byEmail('medewerker');
  const helmondPeople = await tx
    .insert(users)
    .values([
      {
        email: `f.elamrani@${DEMO_DOMAIN}`,
        name: 'Fatima El Amrani',
        passwordHash,
        isDemo: true,
        officeId: offices.helmond,
      },
      {
        email: `r.hendriks@${DEMO_DOMAIN}`,
        name: 'Ruud Hendriks',
        passwordHash,
        isDemo: true,
        officeId: offices.helmond,
      },
    ])
    .returning({ id: users.id });
  for (const person of helmondPeople) await replaceRoles(tx, person.id, ['employee', 'responder']);
  const [fatima, ruud] = helmondPeople.map((person) => person.id);
  if (!fatima || !ruud) throw new Error('demo insert failed');

  const teams = await tx
    .insert(responseTeams)
    .values([
      { officeId: offices.eindhoven, kind: 'intervention', name: 'Interventieteam Eindhoven' },
      { officeId: offices.eindhoven, kind: 'bhv', name: 'BHV Eindhoven' },
      { officeId: offices.helmond, kind: 'intervention', name: 'Interventieteam Helmond' },
    ])
    .returning({ id: responseTeams.id });
  const [eindhovenTeam, bhv, helmondTeam] = teams.map((team) => team.id);
  if (!eindhovenTeam || !bhv || !helmondTeam) throw new Error('demo insert failed');
  await tx.insert(responseTeamMembers).values([
    { teamId: eindhovenTeam, userId: mehmet },
    { teamId: eindhovenTeam, userId: joost },
    { teamId: bhv, userId: joost },
    { teamId: helmondTeam, userId: fatima },
    { teamId: helmondTeam, userId: ruud },
  ]);
  await tx
    .insert(dutyShifts)
    .values([
      ...shifts(eindhovenTeam, mehmet, ALL_WEEK, '00:00', '24:00'),
      ...shifts(eindhovenTeam, joost, WORKDAYS, '08:00', '17:30'),
      ...shifts(bhv, joost, WORKDAYS, '08:00', '17:30'),
      ...shifts(helmondTeam, fatima, WORKDAYS, '08:00', '17:00'),
      ...shifts(helmondTeam, ruud, [1, 2, 3], '12:00', '17:00'),
    ]);
  await tx.insert(officeAlarmSettings).values([
    {
      officeId: offices.eindhoven,
      minReachable: 2,
      ackTimeoutSeconds: 30,
      escalation: [
        { target: 'team', teamId: bhv, timeoutSeconds: 30 },
        { target: 'office', officeId: offices.helmond, timeoutSeconds: 30 },
        { target: 'managers', timeoutSeconds: 30 },
      ],
    },
    {
      officeId: offices.helmond,
      minReachable: 1,
      ackTimeoutSeconds: 30,
      escalation: [
        { target: 'office', officeId: offices.eindhoven, timeoutSeconds: 30 },
        { target: 'managers', timeoutSeconds: 30 },
      ],
    },
  ]);
  await tx.insert(alarmProfiles).values([{ userId: sanne, room: 'Balie 2' }]);
}
