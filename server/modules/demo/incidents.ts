import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { digitsOf } from '../clients/repository.js';
import { clients } from '../clients/tables.js';
import { judgeReports } from '../dashboard/facts.js';
import { followUpTasks } from '../handlings/tables.js';
import { addWorkingDays } from '../handlings/working-days.js';
import { incidents, ordegesprekken } from '../incidents/tables.js';
import { CASE_TASKS } from '../incidents/vocabulary.js';
import { dutchDate } from '../measures/rules.js';
import { clientMeasures } from '../measures/tables.js';
import { users } from '../users/tables.js';
import { DEMO_DOMAIN } from './credentials.js';

const DAY = 86_400_000;

/**
 * Demo clients, incidents in several states of their case, and one active access ban, so that `npm start` shows
 * the after-incident cycle. Follow-up tasks of these cases are done: the manager's queue starts empty.
 */
export async function loadIncidentDemoData(tx: Tx, offices: { eindhoven: string; helmond: string }): Promise<void> {
  const byEmail = async (local: string) => {
    const [row] = await tx
      .select()
      .from(users)
      .where(eq(users.email, `${local}@${DEMO_DOMAIN}`));
    if (!row) throw new Error(`demo user ${local} missing`);
    return row;
  };
  const sanne = await byEmail('medewerker');
  const joost = await byEmail('leidinggevende');
  const anouk = await byEmail('directeur');
  const now = Date.now();

  const clientRows = await tx
    .insert(clients)
    .values(
      [
        {
          name: 'Henk de Groot',
          clientNumber: 'WZ-100234',
          phone: '06 41 22 98 10',
          address: 'Tongelresestraat 88, Eindhoven',
        },
        { name: 'Ria Verbeek', clientNumber: 'WZ-100871', phone: '040 212 45 67', address: 'Kanaaldijk 12, Helmond' },
        {
          name: 'Ahmed Benali',
          clientNumber: 'WZ-101502',
          phone: '06 18 73 44 02',
          address: 'Woenselse Markt 3, Eindhoven',
        },
        {
          name: 'Marloes Peeters',
          clientNumber: 'WZ-102113',
          phone: '0492 55 01 23',
          address: 'Mierloseweg 140, Helmond',
        },
      ].map((client) => ({ ...client, phoneDigits: digitsOf(client.phone), createdBy: joost.id })),
    )
    .returning();
  const [henk, ria, ahmed] = clientRows;
  if (!henk || !ria || !ahmed) throw new Error('demo insert failed');

  const base = {
    reportedBy: sanne.id,
    employeeId: sanne.id,
    departmentId: sanne.departmentId,
    status: 'submitted',
    routeTo: 'manager',
  } as const;
  const [banned, running, fresh] = await tx
    .insert(incidents)
    .values([
      {
        ...base,
        occurredAt: new Date(now - 12 * DAY),
        submittedAt: new Date(now - 12 * DAY + 3_600_000),
        locationKind: 'office',
        officeId: offices.eindhoven,
        locationDetail: 'Balie 2',
        channel: 'desk',
        forms: ['verbal', 'threat'],
        nature: 'instrumental',
        phase: 4,
        clientId: henk.id,
        facts:
          'De klant kwam zonder afspraak voor zijn huurachterstand. Toen ik uitlegde dat de regeling niet kon worden ' +
          'verlengd, sloeg hij met zijn vuist op de balie en bleef staan toen ik hem vroeg te gaan.',
        quotes: '„Als jullie mij eruit zetten, weet ik je te vinden.”',
        emotionalImpact: 4,
        wantsAftercare: true,
        caseStatus: 'measures_decided',
        feedback: 'Er is een ordegesprek gevoerd en de klant mag voorlopig niet op het kantoor Eindhoven komen.',
      },
      {
        ...base,
        occurredAt: new Date(now - 4 * DAY),
        submittedAt: new Date(now - 4 * DAY + 1_800_000),
        locationKind: 'office',
        officeId: offices.helmond,
        channel: 'telephone',
        forms: ['verbal'],
        nature: 'emotional',
        phase: 3,
        clientId: ria.id,
        facts: 'De klant belde over een lekkage die al drie weken niet is verholpen en begon te schelden.',
        quotes: '„Jullie zijn allemaal nutteloos.”',
        emotionalImpact: 2,
        caseStatus: 'in_progress',
      },
      {
        ...base,
        occurredAt: new Date(now - DAY),
        submittedAt: new Date(now - DAY + 600_000),
        locationKind: 'home_visit',
        locationDetail: 'Huisbezoek Woenselse Markt',
        channel: 'home_visit',
        forms: ['non_verbal'],
        nature: 'emotional',
        phase: 2,
        clientId: ahmed.id,
        facts: 'Tijdens het huisbezoek ging de klant dicht voor mij staan en blokkeerde de deur kort.',
        emotionalImpact: 3,
        caseStatus: 'new',
      },
    ])
    .returning();
  if (!banned || !running || !fresh) throw new Error('demo insert failed');

  await tx.insert(ordegesprekken).values({
    incidentId: banned.id,
    plannedAt: new Date(now - 8 * DAY),
    participants: 'Henk de Groot, Sanne de Vries, Joost Bakker',
    location: 'Kantoor Eindhoven, spreekkamer 1',
    heldAt: new Date(now - 8 * DAY),
    outcome: 'De klant erkent dat hij dreigde. Hij krijgt een toegangsbeperking en een vaste contactpersoon.',
    agreements: 'Contact alleen telefonisch met Joost Bakker; afspraken op kantoor Helmond na overleg.',
    createdBy: joost.id,
  });
  await tx.insert(clientMeasures).values({
    clientId: henk.id,
    incidentId: banned.id,
    kind: 'access_ban',
    details: { officeIds: [offices.eindhoven] },
    reason: 'Bedreiging van een medewerker aan de balie.',
    status: 'decided',
    decidedBy: joost.id,
    decidedAt: new Date(now - 8 * DAY),
    startsOn: dutchDate(new Date(now - 8 * DAY)),
    endsOn: dutchDate(new Date(now + 80 * DAY)),
    reviewOn: dutchDate(new Date(now + 30 * DAY)),
    approvedBy: anouk.id,
    approvedAt: new Date(now - 7 * DAY),
  });
  // As sending them would: the language assistant's reading for the dashboard (incident_facts).
  await judgeReports(
    tx,
    [banned, running, fresh].map((incident) => incident.id),
  );
  for (const incident of [banned, running, fresh]) {
    const submittedAt = incident.submittedAt ?? new Date(now);
    await tx.insert(followUpTasks).values(
      Object.entries(CASE_TASKS).map(([kind, days]) => ({
        incidentId: incident.id,
        kind,
        assigneeId: joost.id,
        dueAt: addWorkingDays(submittedAt, days),
        status: 'done',
        doneAt: submittedAt,
        doneBy: joost.id,
      })),
    );
  }
}
