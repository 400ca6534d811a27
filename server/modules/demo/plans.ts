import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { addCalendarDays, dutchDate, startOfDutchDay } from '../../time/dutch-time.js';
import { drawSample } from '../audits/sample.js';
import { reportAuditSamples, reportAudits } from '../audits/tables.js';
import { coachingPlanItems, coachingPlans, type DuoObservation } from '../coaching-plans/tables.js';
import { planItems } from '../coaching-plans/template.js';
import { incidents } from '../incidents/tables.js';
import { departments, teams } from '../org/tables.js';
import { DEFAULT_PROTOCOL } from '../protocols/default-protocol.js';
import { LIBRARY } from '../training/library/index.js';
import { users } from '../users/tables.js';
import { DEMO_DOMAIN } from './credentials.js';

const DAY = 86_400_000;
/** The plan started 80 days ago: in month 3, with one month-2 item left behind. */
const PLAN_AGE_DAYS = 80;

/** The evening of a Dutch calendar day, when an item was ticked off. */
const eveningOf = (isoDate: string) => new Date(startOfDutchDay(isoDate).getTime() + 17 * 3_600_000);

/**
 * Seed 000's borging in the demo: the Helmond front office (Fatima and Ruud, who staff the Helmond desk) runs a
 * 90-day plan after a training: meetings and duo coaching done, one month-2 repetition overdue on the manager's
 * home screen, and the month-3 audit of Klantcontact finished by the safety officer.
 */
export async function loadPlanDemo(tx: Tx): Promise<void> {
  const byEmail = async (local: string) => {
    const [row] = await tx
      .select()
      .from(users)
      .where(eq(users.email, `${local}@${DEMO_DOMAIN}`));
    if (!row) throw new Error(`demo user ${local} missing`);
    return row;
  };
  const [customers] = await tx.select().from(departments).where(eq(departments.name, 'Klantcontact'));
  const [helmond] = await tx.select().from(teams).where(eq(teams.name, 'Frontoffice Helmond'));
  if (!customers || !helmond) throw new Error('demo organisation missing');
  const fatima = await byEmail('f.elamrani');
  const ruud = await byEmail('r.hendriks');
  const joost = await byEmail('leidinggevende');
  const joyce = await byEmail('preventie');
  await tx.update(users).set({ departmentId: customers.id, teamId: helmond.id }).where(eq(users.id, fatima.id));
  await tx.update(users).set({ departmentId: customers.id, teamId: helmond.id }).where(eq(users.id, ruud.id));

  const today = dutchDate();
  const auditedUntil = addCalendarDays(today, -2);
  const auditFrom = addCalendarDays(today, -91);
  const finishedAt = eveningOf(auditedUntil);
  const eligible = await tx
    .select({ id: incidents.id })
    .from(incidents)
    .where(
      and(
        eq(incidents.status, 'submitted'),
        eq(incidents.departmentId, customers.id),
        gte(incidents.submittedAt, startOfDutchDay(auditFrom)),
        lt(incidents.submittedAt, startOfDutchDay(addCalendarDays(auditedUntil, 1))),
      ),
    )
    .orderBy(asc(incidents.submittedAt));
  const seed = 'demo-audit-klantcontact';
  const sample = drawSample(
    eligible.map((row) => row.id),
    seed,
    5,
  );
  const [audit] = await tx
    .insert(reportAudits)
    .values({
      departmentId: customers.id,
      periodFrom: auditFrom,
      periodTo: auditedUntil,
      sampleSize: 5,
      seed,
      status: 'finished',
      conclusion:
        'Meldingen zijn feitelijk en op tijd opgevolgd. Let op: schrijf letterlijk op wat de klant zei, ook als het grof is.',
      createdBy: joyce.id,
      createdAt: new Date(finishedAt.getTime() - 2 * 3_600_000),
      finishedAt,
      finishedBy: joyce.id,
    })
    .returning();
  if (!audit) throw new Error('demo insert failed');
  if (sample.length > 0) {
    await tx.insert(reportAuditSamples).values(
      sample.map((incidentId, position) => ({
        auditId: audit.id,
        incidentId,
        position,
        factsNotOpinions: position === 0 ? 'no' : 'yes',
        followUpOnTime: 'yes',
        measuresRecorded: position === 0 ? 'yes' : 'na',
        aftercareDone: 'yes',
        note: position === 0 ? 'Citaat ontbreekt; er staat "hij deed dreigend" in plaats van wat hij zei.' : '',
        scoredAt: finishedAt,
        scoredBy: joyce.id,
      })),
    );
  }

  const startDate = addCalendarDays(today, -PLAN_AGE_DAYS);
  const [plan] = await tx
    .insert(coachingPlans)
    .values({
      teamId: helmond.id,
      startDate,
      createdBy: joyce.id,
      createdAt: new Date(Date.now() - PLAN_AGE_DAYS * DAY),
    })
    .returning();
  if (!plan) throw new Error('demo insert failed');
  const items = planItems({
    startDate,
    members: [fatima.id, ruud.id],
    coordinatorId: joost.id,
    auditorId: joyce.id,
    sentenceCount: DEFAULT_PROTOCOL.boundarySentences.length,
    basicScenarioIds: LIBRARY.filter((entry) => entry.scenario.level === 'basic').map((entry) => entry.id),
    harderScenarioIds: LIBRARY.filter((entry) => entry.scenario.level === 'month2').map((entry) => entry.id),
  });
  const notes: Record<string, string> = {
    micro_exercise: 'Geoefend in het teamoverleg; iedereen heeft de zin hardop gezegd.',
    repetition: 'Telefoonscenario samen gespeeld; besproken wanneer je het gesprek beëindigt.',
  };
  const lastRepetition = Math.max(...items.filter((item) => item.stage === 'repetition').map((item) => item.position));
  await tx.insert(coachingPlanItems).values(
    items.map((item) => {
      const base = { ...item, planId: plan.id };
      if (item.stage === 'repetition' && item.position === lastRepetition) return base; // overdue
      if (item.stage === 'audit') return { ...base, doneAt: finishedAt, doneBy: joyce.id, auditId: audit.id };
      const doneBy = item.stage === 'duo_coaching' ? fatima.id : joost.id;
      return {
        ...base,
        doneAt: eveningOf(item.dueDate),
        doneBy,
        note: notes[item.stage] ?? '',
        observation:
          item.stage === 'duo_coaching'
            ? {
                observedOn: addCalendarDays(item.dueDate, -2),
                situation:
                  'Een klant aan de balie riep: "Jullie doen nooit iets!" Ruud zei: "Ik zie dat u boos bent. Ik wil dit voor u oplossen."',
                scriptParts: ['acknowledge', 'goal', 'choice'] satisfies DuoObservation['scriptParts'],
                wentWell: 'Rustige stem, korte zinnen, de klant werd rustiger.',
                toSharpen: 'De grens eerder benoemen toen de klant over de balie leunde.',
              }
            : null,
      };
    }),
  );
}
