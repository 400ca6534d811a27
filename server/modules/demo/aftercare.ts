import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { addCalendarDays, dutchDate } from '../../time/dutch-time.js';
import { DEFAULT_SCHEDULE, planCheckins } from '../aftercare/schedule.js';
import {
  aftercareAbsences,
  aftercareCheckins,
  incidentDebriefs,
  incidentEvaluations,
  protocolProposals,
} from '../aftercare/tables.js';
import { incidents } from '../incidents/tables.js';
import { users } from '../users/tables.js';
import { DEMO_DOMAIN } from './credentials.js';

/**
 * Aftercare for the demo incidents (incidents.ts): after the threat at the desk twelve days ago Sanne's first
 * conversation was held and her answers are in, the witness Mehmet's first conversation is overdue, and the home
 * visit of yesterday has its first conversation due; the threat also has absence, a debrief and an evaluation with
 * two proposals for the safety officer.
 */
export async function loadAftercareDemoData(tx: Tx): Promise<void> {
  const byEmail = async (local: string) => {
    const [row] = await tx
      .select()
      .from(users)
      .where(eq(users.email, `${local}@${DEMO_DOMAIN}`));
    if (!row) throw new Error(`demo user ${local} missing`);
    return row;
  };
  const sanne = await byEmail('medewerker');
  const mehmet = await byEmail('interventie');
  const joost = await byEmail('leidinggevende');
  const reports = await tx
    .select()
    .from(incidents)
    .where(and(eq(incidents.employeeId, sanne.id), eq(incidents.status, 'submitted')))
    .orderBy(asc(incidents.occurredAt));
  const [threat, call, visit] = reports;
  if (!threat?.occurredAt || !call?.occurredAt || !visit?.occurredAt) throw new Error('demo incidents missing');

  await tx
    .update(incidents)
    .set({ witnesses: [{ name: mehmet.name, userId: mehmet.id }], absenceDays: 5, sickLeave: true })
    .where(eq(incidents.id, threat.id));

  const plan = (incident: typeof threat, personId: string, personRole: string, departmentId: string | null) => {
    const day = dutchDate(incident.occurredAt ?? new Date());
    return planCheckins(DEFAULT_SCHEDULE, day, day, incident.wantsAftercare && personRole === 'employee').map(
      (moment) => ({
        incidentId: incident.id,
        personId,
        personRole,
        departmentId,
        caretaker: 'manager',
        kind: 'scheduled',
        ...moment,
      }),
    );
  };
  const [sanneFirst, ...sanneLater] = plan(threat, sanne.id, 'employee', sanne.departmentId);
  if (!sanneFirst) throw new Error('demo schedule empty');
  const heldOn = addCalendarDays(sanneFirst.opensOn, 1);
  await tx.insert(aftercareCheckins).values([
    {
      ...sanneFirst,
      answeredAt: new Date(`${sanneFirst.opensOn}T19:30:00+01:00`),
      needs: 'Even niet alleen aan de balie staan. En weten dat hij er niet zomaar in kan.',
      wellbeing: 2,
      referrals: ['hr'],
      heldOn,
      notes: 'Sanne slaapt slecht en schrikt als de deur opengaat. Ze wil graag blijven werken.',
      agreements: 'Twee weken samen met een collega aan de balie. HR belt over een gesprek met de bedrijfsarts.',
      recordedBy: joost.id,
      recordedAt: new Date(`${heldOn}T11:00:00+01:00`),
    },
    ...sanneLater,
    // The witness was not spoken to yet: this one is overdue in Joost's queue.
    ...plan(threat, mehmet.id, 'witness', mehmet.departmentId),
    ...plan(call, sanne.id, 'employee', sanne.departmentId).map((checkin, index) =>
      index === 0
        ? {
            ...checkin,
            heldOn: checkin.dueOn,
            notes: 'Kort telefonisch gesproken; het gaat goed.',
            agreements: 'Geen verdere afspraken.',
            recordedBy: joost.id,
            recordedAt: new Date(`${checkin.dueOn}T10:00:00+01:00`),
          }
        : checkin,
    ),
    ...plan(visit, sanne.id, 'employee', sanne.departmentId),
  ]);

  const absenceStart = addCalendarDays(dutchDate(threat.occurredAt), 1);
  await tx.insert(aftercareAbsences).values({
    incidentId: threat.id,
    personId: sanne.id,
    startOn: absenceStart,
    endOn: addCalendarDays(absenceStart, 4),
    days: 5,
    recordedBy: joost.id,
  });
  await tx.insert(incidentDebriefs).values({
    incidentId: threat.id,
    heldOn: addCalendarDays(dutchDate(threat.occurredAt), 2),
    participants: 'Team balie Eindhoven, Joost Bakker',
    wentWell: 'Mehmet kwam meteen naast Sanne staan. Sanne benoemde het gedrag en bleef rustig.',
    couldBeSharper: 'De klant stond te lang aan de balie nadat hij dreigde. Eerder vragen te vertrekken en 333 bellen.',
    triggers:
      'Huurachterstand, regeling afgewezen, klant kwam zonder afspraak en verhief zijn stem al bij binnenkomst.',
    recordedBy: joost.id,
  });
  await tx.insert(incidentEvaluations).values({
    incidentId: threat.id,
    protocolFollowed: 'partly',
    explanation: 'Stap 4 (de klant vragen het gebouw te verlaten) kwam pas na de bedreiging.',
    needsTightening: true,
    evaluatedBy: joost.id,
  });
  await tx.insert(protocolProposals).values([
    {
      incidentId: threat.id,
      proposal: 'Bij een bedreiging aan de balie direct 333 bellen, ook als de klant daarna rustig lijkt.',
      proposedBy: joost.id,
    },
    {
      incidentId: threat.id,
      proposal: 'Slecht-nieuwsgesprekken over huurachterstand niet aan de open balie maar in een spreekkamer.',
      status: 'under_consideration',
      proposedBy: joost.id,
    },
  ]);
}
